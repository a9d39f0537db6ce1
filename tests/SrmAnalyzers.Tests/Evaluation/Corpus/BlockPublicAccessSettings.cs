// Evaluation corpus: bucket factory applying Block Public Access from feature constants and target-typed initializers. Sdk: both
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace Fabrikam.Platform.Buckets
{
    internal static class BucketFeatures
    {
        // Flipped on for the "public datasets" programme in 2022.
        public const bool AllowPublicBucketPolicies = true;
    }

    public class BucketFactory
    {
        private readonly IAmazonS3 _s3;

        public BucketFactory(IAmazonS3 s3) => _s3 = s3;

        public async Task CreatePrivateAsync(string bucket)
        {
            await _s3.PutBucketAsync(new PutBucketRequest { BucketName = bucket });

            var request = new PutPublicAccessBlockRequest();
            request.BucketName = bucket;
            request.PublicAccessBlockConfiguration = new()
            {
                BlockPublicAcls = true,
                IgnorePublicAcls = true,
                BlockPublicPolicy = true,
                RestrictPublicBuckets = true,
            };
            await _s3.PutPublicAccessBlockAsync(request);
        }

        public async Task CreateDatasetBucketAsync(string bucket)
        {
            await _s3.PutBucketAsync(new PutBucketRequest { BucketName = bucket });
            await _s3.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest // expect: SRM402
            {
                BucketName = bucket,
                PublicAccessBlockConfiguration = new()
                {
                    BlockPublicAcls = true,
                    IgnorePublicAcls = true,
                    BlockPublicPolicy = !BucketFeatures.AllowPublicBucketPolicies,
                    RestrictPublicBuckets = true,
                },
            });
        }

        public Task RelaxForMigrationAsync(string bucket)
        {
            var request = new PutPublicAccessBlockRequest
            {
                BucketName = bucket,
                PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
                {
                    BlockPublicAcls = true,
                    IgnorePublicAcls = true,
                    BlockPublicPolicy = true,
                    RestrictPublicBuckets = true,
                },
            };
            request.PublicAccessBlockConfiguration.RestrictPublicBuckets = false; // expect: SRM402
            return _s3.PutPublicAccessBlockAsync(request);
        }

        public Task CreateScratchBucketAsync(string bucket)
        {
            // RestrictPublicBuckets was forgotten when this was copied from a blog post.
            PutPublicAccessBlockRequest request = new() // expect: SRM402
            {
                BucketName = bucket,
                PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
                {
                    BlockPublicAcls = true,
                    IgnorePublicAcls = true,
                    BlockPublicPolicy = true,
                },
            };
            return _s3.PutPublicAccessBlockAsync(request);
        }
    }
}
