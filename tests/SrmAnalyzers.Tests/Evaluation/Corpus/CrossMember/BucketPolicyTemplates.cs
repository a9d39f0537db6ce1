// Evaluation corpus: bucket policy wrapper applied with constant policy templates, some public or wildcard and some scoped. Sdk: both
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace Contoso.Storage.Policies
{
    public static class PolicyTemplates
    {
        public const string PublicDownloads = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::contoso-downloads/*"}]}
            """;

        public const string VpcOnlyDownloads = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::contoso-internal/*","Condition":{"StringEquals":{"aws:SourceVpce":"vpce-0a1b2c3d4e5f67890"}}}]}
            """;

        public const string AnalyticsFullAccess = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:role/analytics"},"Action":"s3:*","Resource":["arn:aws:s3:::contoso-lake","arn:aws:s3:::contoso-lake/*"]}]}
            """;

        public const string AnalyticsReadOnly = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:role/analytics"},"Action":["s3:GetObject","s3:ListBucket"],"Resource":["arn:aws:s3:::contoso-lake","arn:aws:s3:::contoso-lake/*"]}]}
            """;

        public const string DenyInsecureTransport = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::contoso-lake","arn:aws:s3:::contoso-lake/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}
            """;
    }

    public sealed class BucketPolicyService
    {
        private readonly IAmazonS3 _s3;

        public BucketPolicyService(IAmazonS3 s3) => _s3 = s3;

        public Task ApplyAsync(string bucket, string policyJson, CancellationToken ct = default) =>
            _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest { BucketName = bucket, Policy = policyJson }, ct);
    }

    public sealed class PolicyRollout
    {
        private readonly BucketPolicyService _policies;

        public PolicyRollout(BucketPolicyService policies) => _policies = policies;

        public async Task RunAsync(CancellationToken ct)
        {
            await _policies.ApplyAsync("contoso-downloads", PolicyTemplates.PublicDownloads, ct); // expect: SRM202
            await _policies.ApplyAsync("contoso-internal", PolicyTemplates.VpcOnlyDownloads, ct);
            await _policies.ApplyAsync("contoso-lake", PolicyTemplates.DenyInsecureTransport, ct);
            await _policies.ApplyAsync("contoso-lake", PolicyTemplates.AnalyticsReadOnly, ct);
        }

        // Used during the quarterly migration when the analytics jobs rewrite partitions.
        public Task GrantMigrationAccessAsync(CancellationToken ct) =>
            _policies.ApplyAsync("contoso-lake", PolicyTemplates.AnalyticsFullAccess, ct); // expect: SRM201

        public Task OpenForPartnerAsync(string bucket, CancellationToken ct) =>
            _policies.ApplyAsync(
                bucket,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":["s3:GetObject","s3:ListBucket"],"Resource":"*"}]}""", // expect: SRM202
                ct);
    }
}
