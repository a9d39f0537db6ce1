using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace Acme.Uploads
{
    /// <summary>One-time configuration of the service's two buckets: private uploads, public previews.</summary>
    public sealed class BucketSetup
    {
        public const string UploadsBucket = "acme-uploads-prod";
        public const string PreviewsBucket = "acme-previews-prod";

        private readonly IAmazonS3 _s3;

        public BucketSetup(IAmazonS3 s3) => _s3 = s3;

        public async Task ConfigureAsync(CancellationToken cancellationToken = default)
        {
            // The worker role only reads originals and writes previews, yet gets every S3 action.
            await _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest // expect: SRM201
            {
                BucketName = UploadsBucket,
                Policy = """
                    {
                      "Version": "2012-10-17",
                      "Statement": [
                        {
                          "Sid": "PreviewWorker",
                          "Effect": "Allow",
                          "Principal": { "AWS": "arn:aws:iam::123456789012:role/preview-worker" },
                          "Action": "s3:*",
                          "Resource": [ "arn:aws:s3:::acme-uploads-prod", "arn:aws:s3:::acme-uploads-prod/*" ]
                        }
                      ]
                    }
                    """,
            }, cancellationToken);

            // Previews are served to browsers straight from S3, so the bucket's public guard comes off...
            await _s3.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest // expect: SRM402
            {
                BucketName = PreviewsBucket,
                PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
                {
                    BlockPublicAcls = true,
                    IgnorePublicAcls = true,
                    BlockPublicPolicy = false,
                    RestrictPublicBuckets = false,
                },
            }, cancellationToken);

            // ...and anyone, from anywhere, may read the whole bucket (a CDN origin access control would not need this).
            await _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest // expect: SRM202
            {
                BucketName = PreviewsBucket,
                Policy = """
                    {
                      "Version": "2012-10-17",
                      "Statement": [
                        {
                          "Sid": "PublicPreviews",
                          "Effect": "Allow",
                          "Principal": "*",
                          "Action": "s3:GetObject",
                          "Resource": "arn:aws:s3:::acme-previews-prod/*"
                        }
                      ]
                    }
                    """,
            }, cancellationToken);
        }
    }
}
