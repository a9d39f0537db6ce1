// Evaluation corpus: bucket policy composer that interpolates a ternary-chosen action into policy JSON, sent by other methods. Sdk: both
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace Tailspin.DataLake.Access
{
    public static class LakePolicyComposer
    {
        // "Maintainer" consumers run compaction jobs and were given everything.
        public static string ForConsumer(string bucket, string roleArn, bool maintainer)
        {
            return $$"""
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Sid": "Consumer",
                      "Effect": "Allow",
                      "Principal": { "AWS": "{{roleArn}}" },
                      "Action": "{{(maintainer ? "s3:*" : "s3:GetObject")}}",
                      "Resource": "arn:aws:s3:::{{bucket}}/*"
                    }
                  ]
                }
                """; // expect: SRM201
        }

        public static string ReadOnly(string bucket, string roleArn, bool includeListing)
        {
            var actions = includeListing ? "\"s3:GetObject\",\"s3:ListBucket\"" : "\"s3:GetObject\"";
            return $$"""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"{{roleArn}}"},"Action":[{{actions}}],"Resource":["arn:aws:s3:::{{bucket}}","arn:aws:s3:::{{bucket}}/*"]}]}
                """;
        }
    }

    public sealed class LakeAccessService
    {
        private readonly IAmazonS3 _s3;

        public LakeAccessService(IAmazonS3 s3) => _s3 = s3;

        public Task GrantAnalystsAsync(string bucket, string analystRole, CancellationToken ct) =>
            _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest
            {
                BucketName = bucket,
                Policy = LakePolicyComposer.ForConsumer(bucket, analystRole, maintainer: false),
            }, ct);

        public Task GrantCompactionAsync(string bucket, string compactionRole, CancellationToken ct)
        {
            var policy = LakePolicyComposer.ForConsumer(bucket, compactionRole, maintainer: true);
            return _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest { BucketName = bucket, Policy = policy }, ct);
        }

        public Task GrantDashboardsAsync(string bucket, string dashboardRole, CancellationToken ct) =>
            _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest
            {
                BucketName = bucket,
                Policy = LakePolicyComposer.ReadOnly(bucket, dashboardRole, includeListing: true),
            }, ct);
    }
}
