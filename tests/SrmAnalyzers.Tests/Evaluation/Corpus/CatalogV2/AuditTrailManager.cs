// Evaluation corpus: account-vending admin service that creates, pauses and retires CloudTrail trails for sandbox and production accounts. Sdk: both
using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.CloudTrail;
using Amazon.CloudTrail.Model;

namespace Adatum.AccountVending.Audit
{
    public sealed class TrailOptions
    {
        public string LogBucket { get; set; } = "adatum-org-cloudtrail";
        public string KmsKeyArn { get; set; } = string.Empty;
        public bool ValidateLogFiles { get; set; }
    }

    public sealed class AuditTrailManager
    {
        private readonly IAmazonCloudTrail _cloudTrail;
        private readonly TrailOptions _options;

        public AuditTrailManager(IAmazonCloudTrail cloudTrail, string? validateSetting)
        {
            _cloudTrail = cloudTrail;
            _options = new TrailOptions { ValidateLogFiles = ParseValidation(validateSetting) };
        }

        // "true"/"false" from the vending request; sandboxes leave it empty and skip the digest files.
        private static bool ParseValidation(string? setting)
        {
            return bool.TryParse(setting, out var validate) ? validate : false; // expect: SRM502
        }

        public async Task<string> CreateProductionTrailAsync(string accountAlias, CancellationToken ct)
        {
            var response = await _cloudTrail.CreateTrailAsync(new CreateTrailRequest
            {
                Name = $"{accountAlias}-management-events",
                S3BucketName = _options.LogBucket,
                S3KeyPrefix = accountAlias,
                KmsKeyId = _options.KmsKeyArn,
                IsMultiRegionTrail = true,
                IncludeGlobalServiceEvents = true,
                EnableLogFileValidation = true,
            }, ct);
            await _cloudTrail.StartLoggingAsync(new StartLoggingRequest { Name = $"{accountAlias}-management-events" }, ct);
            return response.TrailARN;
        }

        // Sandbox accounts: digest files double the S3 request bill, so validation stays off.
        public async Task CreateSandboxTrailAsync(string accountAlias, CancellationToken ct)
        {
            var request = new CreateTrailRequest { Name = $"{accountAlias}-sandbox", S3BucketName = _options.LogBucket, S3KeyPrefix = accountAlias, IsMultiRegionTrail = true, EnableLogFileValidation = false }; // expect: SRM502
            await _cloudTrail.CreateTrailAsync(request, ct);
            await _cloudTrail.StartLoggingAsync(new StartLoggingRequest { Name = request.Name }, ct);
        }

        // Re-applies the vending settings to an existing trail.
        public Task ReconcileAsync(string trailName, CancellationToken ct) =>
            _cloudTrail.UpdateTrailAsync(new UpdateTrailRequest { Name = trailName, S3BucketName = _options.LogBucket, EnableLogFileValidation = _options.ValidateLogFiles }, ct);

        // Moves delivery to the new bucket; the validation setting is not touched.
        public Task MoveToBucketAsync(string trailName, string bucket, CancellationToken ct) =>
            _cloudTrail.UpdateTrailAsync(new UpdateTrailRequest { Name = trailName, S3BucketName = bucket }, ct);

        // Load tests generate millions of data events; logging is paused for the run and resumed afterwards.
        public async Task RunWithoutAuditAsync(string trailName, Func<Task> loadTest, CancellationToken ct)
        {
            await _cloudTrail.StopLoggingAsync(new StopLoggingRequest { Name = trailName }, ct); // expect: SRM502
            try
            {
                await loadTest();
            }
            finally
            {
                await _cloudTrail.StartLoggingAsync(new StartLoggingRequest { Name = trailName }, ct);
            }
        }

        // Account closure: the trail goes before the account is suspended.
        public async Task RetireAccountAsync(string accountAlias, CancellationToken ct)
        {
            var delete = new DeleteTrailRequest { Name = $"{accountAlias}-management-events" }; // expect: SRM502
            await _cloudTrail.DeleteTrailAsync(delete, ct);
            Console.WriteLine($"trail of {accountAlias} deleted");
        }

        public Task SetValidationAsync(string trailName, bool validate, CancellationToken ct) =>
            _cloudTrail.UpdateTrailAsync(new UpdateTrailRequest { Name = trailName, EnableLogFileValidation = validate }, ct);

        public Task HardenAsync(string trailName, CancellationToken ct) => SetValidationAsync(trailName, true, ct);

        // Ticket OPS-2231: the SIEM importer chokes on digest files in the prefix.
        public Task QuietDigestsAsync(string trailName, CancellationToken ct) => SetValidationAsync(trailName, false, ct); // expect: SRM502
    }
}
