// Evaluation corpus: policies serialized from anonymous objects with System.Text.Json. Sdk: v4
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace Fabrikam.Media.Buckets
{
    public sealed class SerializedPolicyDocuments
    {
        private readonly IAmazonS3 _s3;

        public SerializedPolicyDocuments(IAmazonS3 s3) => _s3 = s3;

        public Task MakePodcastFeedPublicAsync(string bucket, CancellationToken ct)
        {
            var document = new
            {
                Version = "2012-10-17",
                Statement = new[]
                {
                    new
                    {
                        Sid = "PublicFeed",
                        Effect = "Allow",
                        Principal = "*",
                        Action = "s3:GetObject",
                        Resource = $"arn:aws:s3:::{bucket}/feeds/*",
                    },
                },
            };

            return _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest { BucketName = bucket, Policy = JsonSerializer.Serialize(document) }, ct); // expect: SRM202
        }

        public Task GrantTranscoderAsync(string bucket, string transcoderRoleArn, CancellationToken ct)
        {
            var document = new
            {
                Version = "2012-10-17",
                Statement = new object[]
                {
                    new
                    {
                        Sid = "TranscoderReadWrite",
                        Effect = "Allow",
                        Principal = new { AWS = transcoderRoleArn },
                        Action = new[] { "s3:GetObject", "s3:PutObject" },
                        Resource = $"arn:aws:s3:::{bucket}/episodes/*",
                    },
                },
            };

            var json = JsonSerializer.Serialize(document);
            return _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest { BucketName = bucket, Policy = json }, ct);
        }

        public Task GrantOperationsAsync(string bucket, string operationsRoleArn, CancellationToken ct)
        {
            var document = new
            {
                Version = "2012-10-17",
                Statement = new[]
                {
                    new { Sid = "Operations", Effect = "Allow", Principal = new { AWS = operationsRoleArn }, Action = new[] { "s3:*" }, Resource = new[] { $"arn:aws:s3:::{bucket}", $"arn:aws:s3:::{bucket}/*" } },
                },
            };
            var json = JsonSerializer.Serialize(document);
            return _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest { BucketName = bucket, Policy = json }, ct); // expect: SRM201
        }
    }
}
