// ValidCode: the account's audit trail, configuration recorder and threat detector, kept on. Sdk: v4
using System.Threading;
using System.Threading.Tasks;
using Amazon.CloudTrail;
using Amazon.CloudTrail.Model;
using Amazon.ConfigService;
using Amazon.ConfigService.Model;
using Amazon.GuardDuty;
using Amazon.GuardDuty.Model;

namespace Acme.ValidCode.Monitoring
{
    /// <summary>Creates the organization trail with log file validation, and turns recording and detection on.</summary>
    public sealed class AuditTrailSetup
    {
        private const string TrailName = "acme-organization-trail";
        private const string TrailBucket = "acme-audit-logs";
        private const string TrailKeyAlias = "alias/audit-logs";

        private readonly IAmazonCloudTrail _cloudTrail;
        private readonly IAmazonConfigService _config;
        private readonly IAmazonGuardDuty _guardDuty;

        public AuditTrailSetup(IAmazonCloudTrail cloudTrail, IAmazonConfigService config, IAmazonGuardDuty guardDuty)
        {
            _cloudTrail = cloudTrail;
            _config = config;
            _guardDuty = guardDuty;
        }

        public async Task CreateTrailAsync(CancellationToken cancellationToken = default)
        {
            await _cloudTrail.CreateTrailAsync(new CreateTrailRequest
            {
                Name = TrailName,
                S3BucketName = TrailBucket,
                KmsKeyId = TrailKeyAlias,
                IsMultiRegionTrail = true,
                IncludeGlobalServiceEvents = true,
                EnableLogFileValidation = true, // compliant: SRM502
            }, cancellationToken);
            await _cloudTrail.StartLoggingAsync(new StartLoggingRequest { Name = TrailName }, cancellationToken); // compliant: SRM502
        }

        /// <summary>Moves the trail's log files to another prefix; validation and logging are left as they are.</summary>
        public Task MoveLogPrefixAsync(string prefix, CancellationToken cancellationToken = default) =>
            _cloudTrail.UpdateTrailAsync(new UpdateTrailRequest { Name = TrailName, S3KeyPrefix = prefix }, cancellationToken); // compliant: SRM502

        public Task StartRecorderAsync(CancellationToken cancellationToken = default) =>
            _config.StartConfigurationRecorderAsync(new StartConfigurationRecorderRequest { ConfigurationRecorderName = "default" }, cancellationToken);

        /// <summary>Resumes a suspended detector and publishes findings every fifteen minutes.</summary>
        public Task ResumeDetectorAsync(string detectorId, CancellationToken cancellationToken = default) =>
            _guardDuty.UpdateDetectorAsync(new UpdateDetectorRequest
            {
                DetectorId = detectorId,
                Enable = true, // compliant: SRM502
                FindingPublishingFrequency = FindingPublishingFrequency.FIFTEEN_MINUTES,
            }, cancellationToken);
    }
}
