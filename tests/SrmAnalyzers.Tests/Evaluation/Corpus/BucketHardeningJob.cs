// Evaluation corpus: nightly compliance job re-applying the bucket baseline (block public access, owner-enforced ACLs, TLS-only). Sdk: v4
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Logging;

namespace Woodgrove.Compliance.Jobs
{
    public sealed class BucketHardeningJob
    {
        private readonly IAmazonS3 _s3;
        private readonly ILogger<BucketHardeningJob> _logger;

        public BucketHardeningJob(IAmazonS3 s3, ILogger<BucketHardeningJob> logger)
        {
            _s3 = s3;
            _logger = logger;
        }

        public async Task RunAsync(IEnumerable<string> buckets, CancellationToken ct)
        {
            foreach (var bucket in buckets)
            {
                await _s3.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest
                {
                    BucketName = bucket,
                    PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
                    {
                        BlockPublicAcls = true,
                        IgnorePublicAcls = true,
                        BlockPublicPolicy = true,
                        RestrictPublicBuckets = true,
                    },
                }, ct);

                await _s3.PutBucketOwnershipControlsAsync(new PutBucketOwnershipControlsRequest
                {
                    BucketName = bucket,
                    OwnershipControls = new OwnershipControls
                    {
                        Rules = new List<OwnershipControlsRule> { new() { ObjectOwnership = ObjectOwnership.BucketOwnerEnforced } },
                    },
                }, ct);

                await _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest
                {
                    BucketName = bucket,
                    Policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"TlsOnly\",\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"s3:*\"," +
                             "\"Resource\":[\"arn:aws:s3:::" + bucket + "\",\"arn:aws:s3:::" + bucket + "/*\"],\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}}]}",
                }, ct);

                _logger.LogInformation("Baseline applied to {Bucket}", bucket);
            }
        }

        public Task CreateBucketAsync(string bucket, CancellationToken ct) =>
            _s3.PutBucketAsync(new PutBucketRequest
            {
                BucketName = bucket,
                ObjectOwnership = ObjectOwnership.BucketOwnerEnforced,
                CannedACL = S3CannedACL.Private,
            }, ct);
    }
}
