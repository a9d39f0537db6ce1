// Evaluation corpus: scheduled Lambda that pauses GuardDuty in sandbox accounts overnight and removes it when a sandbox is decommissioned. Sdk: both
using System;
using System.Threading.Tasks;
using Amazon.GuardDuty;
using Amazon.GuardDuty.Model;

namespace Fabrikam.Sandbox.CostSaver
{
    public sealed class ScheduleEvent
    {
        public string Action { get; set; } = "pause";
        public string AccountTier { get; set; } = "sandbox";
    }

    public class SandboxCostSaverFunction
    {
        private readonly IAmazonGuardDuty _guardDuty;

        public SandboxCostSaverFunction() : this(new AmazonGuardDutyClient())
        {
        }

        public SandboxCostSaverFunction(IAmazonGuardDuty guardDuty) => _guardDuty = guardDuty;

        public async Task<string> Handler(ScheduleEvent evt)
        {
            var detectors = await _guardDuty.ListDetectorsAsync(new ListDetectorsRequest());
            foreach (var detectorId in detectors.DetectorIds ?? new System.Collections.Generic.List<string>())
            {
                switch (evt.Action)
                {
                    case "pause":
                        // 19:00 EventBridge rule: nobody works in the sandbox at night.
                        await _guardDuty.UpdateDetectorAsync(new UpdateDetectorRequest { DetectorId = detectorId, Enable = false }); // expect: SRM502
                        break;
                    case "resume":
                        await _guardDuty.UpdateDetectorAsync(new UpdateDetectorRequest { DetectorId = detectorId, Enable = true, FindingPublishingFrequency = FindingPublishingFrequency.FIFTEEN_MINUTES });
                        break;
                    case "decommission":
                        await _guardDuty.DeleteDetectorAsync(new DeleteDetectorRequest { DetectorId = detectorId }); // expect: SRM502
                        break;
                    default:
                        await ApplyTierAsync(detectorId, evt);
                        break;
                }
            }

            return $"{evt.Action} done";
        }

        private async Task ApplyTierAsync(string detectorId, ScheduleEvent evt)
        {
            var request = new UpdateDetectorRequest // expect: SRM502
            {
                DetectorId = detectorId,
                Enable = evt.AccountTier == "production" ? true : false,
            };
            await _guardDuty.UpdateDetectorAsync(request);
        }

        // Findings from sandboxes are low value; export them less often. Enablement is not touched.
        public Task SlowDownExportsAsync(string detectorId) =>
            _guardDuty.UpdateDetectorAsync(new UpdateDetectorRequest { DetectorId = detectorId, FindingPublishingFrequency = FindingPublishingFrequency.SIX_HOURS });
    }

    // Used by the sandbox self-service portal ("pause protection for my sandbox").
    public sealed class DetectorSwitch
    {
        private readonly IAmazonGuardDuty _guardDuty;

        public DetectorSwitch(IAmazonGuardDuty guardDuty) => _guardDuty = guardDuty;

        public async Task SetEnabledAsync(string detectorId, bool enabled)
        {
            await _guardDuty.UpdateDetectorAsync(new UpdateDetectorRequest { DetectorId = detectorId, Enable = enabled });
            Console.WriteLine($"detector {detectorId} enabled={enabled}");
        }

        public Task ResumeAsync(string detectorId) => SetEnabledAsync(detectorId, true);

        public Task PauseAsync(string detectorId) => SetEnabledAsync(detectorId, false); // expect: SRM502

        // The portal passes the user's checkbox; unknown at analysis time.
        public Task ApplyUserChoiceAsync(string detectorId, string checkbox) => SetEnabledAsync(detectorId, checkbox == "on");
    }
}
