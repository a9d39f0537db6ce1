using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace Acme.Uploads
{
    /// <summary>Operations chores: the re-encoding job that rewrites every original in place.</summary>
    public sealed class Maintenance
    {
        private readonly IAmazonS3 _s3;

        public Maintenance(IAmazonS3 s3) => _s3 = s3;

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
    }
}
