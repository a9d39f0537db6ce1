using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SrmAnalyzers.Core;

namespace SrmAnalyzers.Rules
{
    /// <summary>
    /// SRM502: the record of who did what in the account, or the detection of threats in it, turned
    /// off. A request that stops or deletes a CloudTrail trail, a GuardDuty detector, an AWS Config
    /// recorder or VPC flow logs is reported where it is created: making it is the mistake, whatever
    /// it names. CloudTrail log file validation (<c>CreateTrailRequest</c>/<c>UpdateTrailRequest</c>)
    /// and a GuardDuty detector's <c>Enable</c> (<c>UpdateDetectorRequest</c>) count only when written
    /// false, reported at that value: left unset, an update keeps the current setting.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class AuditLoggingDisabledAnalyzer : SrmAnalyzer
    {
        /// <summary>Diagnostic property telling the fixer it may write <c>EnableLogFileValidation = true</c>.</summary>
        public const string FixableProperty = "TurnValidationOn";

        internal const string LogFileValidationProperty = "EnableLogFileValidation";

        internal const string DetectorEnableProperty = "Enable";

        /// <summary>Requests whose only effect is to stop or delete a record or a detector, and what is lost.</summary>
        private static readonly (string MetadataName, string Consequence)[] Removals =
        {
            ("Amazon.CloudTrail.Model.StopLoggingRequest", "stops the CloudTrail trail: no record of API calls is kept while the trail is stopped"),
            ("Amazon.CloudTrail.Model.DeleteTrailRequest", "deletes the CloudTrail trail: no record of the API calls it logged is kept from then on"),
            ("Amazon.GuardDuty.Model.DeleteDetectorRequest", "deletes the GuardDuty detector: no threats are detected in the Region's API calls, network traffic and DNS queries, and the detector's findings are deleted with it"),
            ("Amazon.ConfigService.Model.StopConfigurationRecorderRequest", "stops the AWS Config recorder: no record of resource configuration changes is kept while it is stopped"),
            ("Amazon.ConfigService.Model.DeleteConfigurationRecorderRequest", "deletes the AWS Config recorder: no record of resource configuration changes is kept until a new recorder is created"),
            ("Amazon.EC2.Model.DeleteFlowLogsRequest", "deletes VPC flow logs: no record of the network traffic they captured (who connected to what) is kept from then on"),
        };

        private static readonly ImmutableDictionary<string, string?> Fixable = ImmutableDictionary<string, string?>.Empty.Add(FixableProperty, "true");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.AuditLoggingDisabled);

        private protected override void OnAwsCompilationStart(SrmRegistrar context, AwsSymbols symbols)
        {
            foreach (var (metadataName, consequence) in Removals)
            {
                context.RegisterCreationAction(
                    symbols.GetAll(metadataName),
                    creation => creation.Report(
                        DiagnosticDescriptors.AuditLoggingDisabled,
                        Locations.OfCreation(creation.Creation),
                        properties: null,
                        $"{creation.Creation.Type?.Name} {consequence}"));
            }

            context.RegisterCreationAction(
                symbols.GetAll("Amazon.CloudTrail.Model.CreateTrailRequest", "Amazon.CloudTrail.Model.UpdateTrailRequest"),
                AnalyzeTrail);
            context.RegisterCreationAction(symbols.GetAll("Amazon.GuardDuty.Model.UpdateDetectorRequest"), AnalyzeDetectorUpdate);
        }

        private static void AnalyzeTrail(CreationContext creation) =>
            creation.ReportFirstUnsafeWrite(
                creation.Tracked,
                LogFileValidationProperty,
                IsOff,
                DiagnosticDescriptors.AuditLoggingDisabled,
                Fixable,
                certain => $"{creation.Tracked.Type.Name} {(certain ? "turns" : "may turn")} CloudTrail log file validation off (EnableLogFileValidation = false): no digest files are delivered, so a log file changed or deleted after delivery goes unnoticed");

        // No fix: suspending the detector is what such an update is for, as stopping is for StopLogging.
        private static void AnalyzeDetectorUpdate(CreationContext creation) =>
            creation.ReportFirstUnsafeWrite(
                creation.Tracked,
                DetectorEnableProperty,
                IsOff,
                DiagnosticDescriptors.AuditLoggingDisabled,
                properties: null,
                certain => $"UpdateDetectorRequest {(certain ? "suspends" : "may suspend")} the GuardDuty detector (Enable = false): no threats are detected in the Region's API calls, network traffic and DNS queries while it is suspended");

        /// <summary>True when the value may be false (what the fix replaces with true).</summary>
        internal static bool IsOff(ResolvedValue value) => value.Any(v => v is false);
    }
}
