// Evaluation corpus: open-data portal publishing research datasets, some meant to be public, some restricted to partners. Sdk: v4
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace Woodgrove.Research.Portal
{
    public sealed record Dataset(string Bucket, bool IsOpenData, string PartnerCidr);

    public class DatasetPortalService
    {
        private readonly IAmazonS3 _s3;

        public DatasetPortalService(IAmazonS3 s3) => _s3 = s3;

        public async Task PublishAsync(Dataset dataset, CancellationToken ct)
        {
            await _s3.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest // expect: SRM402
            {
                BucketName = dataset.Bucket,
                PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
                {
                    BlockPublicAcls = true,
                    IgnorePublicAcls = true,
                    BlockPublicPolicy = dataset.IsOpenData ? false : true,
                    RestrictPublicBuckets = !dataset.IsOpenData,
                },
            }, ct);

            if (dataset.IsOpenData)
            {
                await _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest // expect: SRM202
                {
                    BucketName = dataset.Bucket,
                    Policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"OpenData\",\"Effect\":\"Allow\",\"Principal\":\"*\"," +
                             "\"Action\":[\"s3:GetObject\",\"s3:ListBucket\"],\"Resource\":[\"arn:aws:s3:::" + dataset.Bucket + "\",\"arn:aws:s3:::" + dataset.Bucket + "/*\"]}]}",
                }, ct);
            }
            else
            {
                await _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest
                {
                    BucketName = dataset.Bucket,
                    Policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"PartnerNetwork\",\"Effect\":\"Allow\",\"Principal\":\"*\"," +
                             "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::" + dataset.Bucket + "/*\"," +
                             "\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":\"" + dataset.PartnerCidr + "\"}}}]}",
                }, ct);
            }
        }

        public Task RestrictAsync(string bucket, CancellationToken ct)
        {
            var configuration = new PublicAccessBlockConfiguration
            {
                BlockPublicAcls = true,
                IgnorePublicAcls = false, // expect: SRM402
                BlockPublicPolicy = true,
                RestrictPublicBuckets = true,
            };
            var request = new PutPublicAccessBlockRequest { BucketName = bucket, PublicAccessBlockConfiguration = configuration };
            return _s3.PutPublicAccessBlockAsync(request, ct);
        }
    }
}
