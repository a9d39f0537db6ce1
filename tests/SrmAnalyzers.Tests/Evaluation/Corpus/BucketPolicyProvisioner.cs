// Evaluation corpus: provisioning step writing a CloudFront origin bucket policy and a TLS-only deny policy. Sdk: v4
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace Contoso.Web.Provisioning
{
    public sealed class BucketPolicyProvisioner
    {
        private readonly IAmazonS3 _s3;

        public BucketPolicyProvisioner(IAmazonS3 s3) => _s3 = s3;

        public Task AllowCloudFrontAsync(string bucket, string accountId, string distributionId, CancellationToken ct)
        {
            var policy = $$"""
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Sid": "AllowCloudFrontServicePrincipalReadOnly",
                      "Effect": "Allow",
                      "Principal": { "Service": "cloudfront.amazonaws.com" },
                      "Action": "s3:GetObject",
                      "Resource": "arn:aws:s3:::{{bucket}}/*",
                      "Condition": {
                        "StringEquals": { "AWS:SourceArn": "arn:aws:cloudfront::{{accountId}}:distribution/{{distributionId}}" }
                      }
                    }
                  ]
                }
                """;

            return _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest { BucketName = bucket, Policy = policy }, ct);
        }

        public Task RequireTlsAsync(string bucket, CancellationToken ct)
        {
            var policy = $$"""
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Sid": "DenyInsecureTransport",
                      "Effect": "Deny",
                      "Principal": "*",
                      "Action": "s3:*",
                      "Resource": [ "arn:aws:s3:::{{bucket}}", "arn:aws:s3:::{{bucket}}/*" ],
                      "Condition": { "Bool": { "aws:SecureTransport": "false" } }
                    }
                  ]
                }
                """;

            return _s3.PutBucketPolicyAsync(bucket, policy, ct);
        }

        public Task AllowInventoryDeliveryAsync(string bucket, string sourceBucket, string accountId, CancellationToken ct)
        {
            var request = new PutBucketPolicyRequest { BucketName = bucket };
            request.Policy = $$"""
                {
                  "Version": "2012-10-17",
                  "Statement": [{
                    "Sid": "InventoryAndAnalyticsExamplePolicy",
                    "Effect": "Allow",
                    "Principal": { "Service": "s3.amazonaws.com" },
                    "Action": "s3:PutObject",
                    "Resource": "arn:aws:s3:::{{bucket}}/*",
                    "Condition": {
                      "ArnLike": { "aws:SourceArn": "arn:aws:s3:::{{sourceBucket}}" },
                      "StringEquals": { "aws:SourceAccount": "{{accountId}}", "s3:x-amz-acl": "bucket-owner-full-control" }
                    }
                  }]
                }
                """;
            return _s3.PutBucketPolicyAsync(request, ct);
        }
    }
}
