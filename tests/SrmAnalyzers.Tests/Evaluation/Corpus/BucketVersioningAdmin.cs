// Evaluation corpus: storage admin service toggling bucket versioning for cost reviews, migrations and restores. Sdk: both
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace Adatum.Storage.Admin
{
    public sealed class BucketVersioningAdmin
    {
        private static readonly VersionStatus CostSavingStatus = VersionStatus.Suspended;
        private readonly IAmazonS3 _s3;

        public BucketVersioningAdmin(IAmazonS3 s3) => _s3 = s3;

        public Task ProtectAsync(string bucket, CancellationToken ct) =>
            _s3.PutBucketVersioningAsync(new PutBucketVersioningRequest
            {
                BucketName = bucket,
                VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled },
            }, ct);

        // Finance flagged the noncurrent-version storage bill of the media bucket.
        public Task StopKeepingVersionsAsync(string bucket, CancellationToken ct) =>
            _s3.PutBucketVersioningAsync(new PutBucketVersioningRequest // expect: SRM501
            {
                BucketName = bucket,
                VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Suspended },
            }, ct);

        public Task ApplyCostReviewAsync(string bucket, CancellationToken ct)
        {
            var config = new S3BucketVersioningConfig { Status = CostSavingStatus }; // expect: SRM501
            return _s3.PutBucketVersioningAsync(new PutBucketVersioningRequest { BucketName = bucket, VersioningConfig = config }, ct);
        }

        // Bulk migration copies millions of objects; versioning "doubles the cost" while it runs.
        public async Task MigrateAsync(string bucket, bool pauseVersioning, CancellationToken ct)
        {
            var request = new PutBucketVersioningRequest
            {
                BucketName = bucket,
                VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled },
            };
            if (pauseVersioning)
            {
                request.VersioningConfig.Status = VersionStatus.Suspended; // expect: SRM501
            }

            await _s3.PutBucketVersioningAsync(request, ct);
        }

        // The ticket says which state to apply.
        public Task ApplyTicketAsync(string bucket, VersionStatus requested, CancellationToken ct) =>
            _s3.PutBucketVersioningAsync(new PutBucketVersioningRequest
            {
                BucketName = bucket,
                VersioningConfig = new S3BucketVersioningConfig { Status = requested },
            }, ct);

        public Task ApplyEnvironmentDefaultAsync(string bucket, bool isProduction, CancellationToken ct) =>
            _s3.PutBucketVersioningAsync(new PutBucketVersioningRequest // expect: SRM501
            {
                BucketName = bucket,
                VersioningConfig = new S3BucketVersioningConfig { Status = isProduction ? VersionStatus.Enabled : VersionStatus.Suspended },
            }, ct);

        public async Task<bool> IsProtectedAsync(string bucket, CancellationToken ct)
        {
            var current = await _s3.GetBucketVersioningAsync(new GetBucketVersioningRequest { BucketName = bucket }, ct);
            if (current.VersioningConfig.Status == VersionStatus.Suspended)
            {
                System.Console.WriteLine($"{bucket}: versioning suspended");
            }

            return current.VersioningConfig.Status == VersionStatus.Enabled;
        }
    }
}
