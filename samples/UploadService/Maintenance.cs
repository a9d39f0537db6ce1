using System.Threading;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;

namespace Acme.Uploads
{
    /// <summary>Operations chores: the re-encoding job that rewrites every original, its settings and its old key.</summary>
    public sealed class Maintenance
    {
        private readonly IAmazonS3 _s3;
        private readonly IAmazonSimpleSystemsManagement _ssm;
        private readonly IAmazonKeyManagementService _kms;

        public Maintenance(IAmazonS3 s3, IAmazonSimpleSystemsManagement ssm, IAmazonKeyManagementService kms)
        {
            _s3 = s3;
            _ssm = ssm;
            _kms = kms;
        }

        public async Task PrepareReencodeAsync(CancellationToken cancellationToken = default)
        {
            // Rewriting every object would double storage while versions pile up, so versioning is paused...
            // and with it the only way back from an overwrite or a delete.
            await _s3.PutBucketVersioningAsync(new PutBucketVersioningRequest
            {
                BucketName = BucketSetup.UploadsBucket,
                VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Suspended }, // expect: SRM501
            }, cancellationToken);
        }

        /// <summary>Stores the encoder licence key where the job reads it: readable by anyone with ssm:GetParameter.</summary>
        public Task StoreEncoderLicenseAsync(string licenseKey, CancellationToken cancellationToken = default) =>
            _ssm.PutParameterAsync(new PutParameterRequest
            {
                Name = "/acme/uploads/encoder/api-key",
                Value = licenseKey,
                Type = ParameterType.String, // expect: SRM104
                Overwrite = true,
            }, cancellationToken);

        /// <summary>Retires the previous data key after the job, with the shortest waiting period KMS allows.</summary>
        public Task RetireKeyAsync(string keyId, CancellationToken cancellationToken = default) =>
            _kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = 7 }, cancellationToken); // expect: SRM105
    }
}
