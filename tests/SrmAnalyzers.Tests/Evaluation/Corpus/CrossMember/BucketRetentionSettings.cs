// Evaluation corpus: options object exposing computed S3 settings as properties, consumed by a bucket bootstrapper. Sdk: both
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace Tailspin.Storage.Bootstrap
{
    public sealed class BucketRetentionSettings
    {
        public string Mode { get; init; } = "standard";
        public string? Versioning { get; init; }
        public string? LogVersioning { get; init; }

        // "scratch" buckets were meant to be cheap: no version history.
        public VersionStatus VersioningStatus =>
            Mode == "scratch" ? VersionStatus.Suspended : VersionStatus.Enabled; // expect: SRM501

        public VersionStatus LogVersioningStatus =>
            string.IsNullOrEmpty(LogVersioning) ? VersionStatus.Enabled : VersionStatus.FindValue(LogVersioning);

        public S3CannedACL ObjectAcl => Mode == "shared" ? S3CannedACL.BucketOwnerFullControl : S3CannedACL.Private;
    }

    public sealed class BucketBootstrapper
    {
        private readonly IAmazonS3 _s3;
        private readonly BucketRetentionSettings _settings;
        private readonly VersionStatus _status;

        public BucketBootstrapper(IAmazonS3 s3, BucketRetentionSettings settings)
        {
            _s3 = s3;
            _settings = settings;
            _status = settings.VersioningStatus;
        }

        public async Task EnsureAsync(string bucket, CancellationToken ct)
        {
            await _s3.PutBucketAsync(new PutBucketRequest { BucketName = bucket }, ct);
            await _s3.PutBucketVersioningAsync(new PutBucketVersioningRequest
            {
                BucketName = bucket,
                VersioningConfig = new S3BucketVersioningConfig { Status = _status },
            }, ct);
        }

        public async Task EnsureLogBucketAsync(string bucket, CancellationToken ct)
        {
            await _s3.PutBucketAsync(new PutBucketRequest { BucketName = bucket }, ct);
            var versioning = new S3BucketVersioningConfig { Status = _settings.LogVersioningStatus };
            await _s3.PutBucketVersioningAsync(new PutBucketVersioningRequest { BucketName = bucket, VersioningConfig = versioning }, ct);
        }

        public Task WriteManifestAsync(string bucket, string json, CancellationToken ct) =>
            _s3.PutObjectAsync(new PutObjectRequest
            {
                BucketName = bucket,
                Key = "manifest.json",
                ContentBody = json,
                CannedACL = _settings.ObjectAcl,
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
            }, ct);
    }
}
