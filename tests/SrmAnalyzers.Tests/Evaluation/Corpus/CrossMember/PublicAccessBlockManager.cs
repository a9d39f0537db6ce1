// Evaluation corpus: bucket guardrail service with Block Public Access wrappers (single switch, per-flag optional parameters). Sdk: both
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace Woodgrove.Storage.Guardrails
{
    public sealed class PublicAccessBlockManager
    {
        private readonly IAmazonS3 _s3;

        public PublicAccessBlockManager(IAmazonS3 s3) => _s3 = s3;

        public Task SetBlockAsync(string bucket, bool enabled, CancellationToken ct = default) =>
            _s3.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest
            {
                BucketName = bucket,
                PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
                {
                    BlockPublicAcls = enabled,
                    IgnorePublicAcls = enabled,
                    BlockPublicPolicy = enabled,
                    RestrictPublicBuckets = enabled,
                },
            }, ct);

        public Task ApplyAsync(string bucket, bool blockAcls = true, bool ignoreAcls = true, bool blockPolicy = true, bool restrictBuckets = true)
        {
            var configuration = new PublicAccessBlockConfiguration
            {
                BlockPublicAcls = blockAcls,
                IgnorePublicAcls = ignoreAcls,
                BlockPublicPolicy = blockPolicy,
                RestrictPublicBuckets = restrictBuckets,
            };
            return _s3.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest { BucketName = bucket, PublicAccessBlockConfiguration = configuration });
        }

        // Website buckets: policy-based public reads are the point, so buckets stay unrestricted unless asked.
        public Task PrepareWebsiteBucketAsync(string bucket, bool restrictPublicBuckets = false) =>
            ApplyAsync(bucket, restrictBuckets: restrictPublicBuckets);
    }

    public sealed class GuardrailJob
    {
        private readonly PublicAccessBlockManager _manager;

        public GuardrailJob(PublicAccessBlockManager manager) => _manager = manager;

        public async Task RunAsync(string[] dataBuckets, string marketingBucket, string docsBucket, string partnerBucket)
        {
            foreach (var bucket in dataBuckets)
            {
                await _manager.SetBlockAsync(bucket, true);
                await _manager.ApplyAsync(bucket);
            }

            // Marketing needs to paste public links into campaigns.
            await _manager.SetBlockAsync(marketingBucket, false); // expect: SRM402

            await _manager.ApplyAsync(docsBucket, blockPolicy: false); // expect: SRM402

            await _manager.PrepareWebsiteBucketAsync(docsBucket); // expect: SRM402

            await _manager.PrepareWebsiteBucketAsync(partnerBucket, restrictPublicBuckets: true);

            await _manager.ApplyAsync(partnerBucket, blockAcls: true, ignoreAcls: true);
        }
    }
}
