// Evaluation corpus: multi-tenant SaaS writing per-tenant bucket policies from interpolated templates. Sdk: v4
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace Woodgrove.Saas.Tenancy
{
    public sealed record Tenant(string Id, string Bucket, string RoleArn, string VpcEndpointId);

    public class TenantBucketPolicyWriter
    {
        private readonly IAmazonS3 _s3;

        public TenantBucketPolicyWriter(IAmazonS3 s3) => _s3 = s3;

        public Task WriteAsync(Tenant tenant, CancellationToken ct)
        {
            var policy = $$"""
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Sid": "TenantRole",
                      "Effect": "Allow",
                      "Principal": { "AWS": "{{tenant.RoleArn}}" },
                      "Action": [ "s3:GetObject", "s3:PutObject", "s3:DeleteObject" ],
                      "Resource": "arn:aws:s3:::{{tenant.Bucket}}/*"
                    },
                    {
                      "Sid": "OnlyThroughVpcEndpoint",
                      "Effect": "Deny",
                      "Principal": "*",
                      "Action": "s3:*",
                      "Resource": [ "arn:aws:s3:::{{tenant.Bucket}}", "arn:aws:s3:::{{tenant.Bucket}}/*" ],
                      "Condition": { "StringNotEquals": { "aws:SourceVpce": "{{tenant.VpcEndpointId}}" } }
                    }
                  ]
                }
                """;
            return _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest { BucketName = tenant.Bucket, Policy = policy }, ct);
        }

        public Task WriteAdminOverrideAsync(Tenant tenant, string supportRoleArn, CancellationToken ct)
        {
            // Support needs to "fix anything" in a tenant bucket.
            var policy = $$"""
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Sid": "SupportOverride",
                      "Effect": "Allow",
                      "Principal": { "AWS": "{{supportRoleArn}}" },
                      "Action": "s3:*",
                      "Resource": [ "arn:aws:s3:::{{tenant.Bucket}}", "arn:aws:s3:::{{tenant.Bucket}}/*" ]
                    }
                  ]
                }
                """;
            var request = new PutBucketPolicyRequest { BucketName = tenant.Bucket, Policy = policy }; // expect: SRM201
            return _s3.PutBucketPolicyAsync(request, ct);
        }
    }
}
