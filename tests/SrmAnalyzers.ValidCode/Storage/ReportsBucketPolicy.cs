// ValidCode: the reports bucket's policy built with the SDK's policy objects (Amazon.Auth.AccessControlPolicy). Sdk: both
using System.Threading;
using System.Threading.Tasks;
using Amazon.Auth.AccessControlPolicy;
using Amazon.S3;
using Amazon.S3.Model;

namespace Acme.ValidCode.Storage
{
    /// <summary>Everyone is denied plain HTTP; one role may read. Written with Policy/Statement objects instead of JSON.</summary>
    public sealed class ReportsBucketPolicy
    {
        public const string ReportsBucket = "acme-monthly-reports";

        private readonly IAmazonS3 _s3;

        public ReportsBucketPolicy(IAmazonS3 s3) => _s3 = s3;

        public async Task ApplyAsync(CancellationToken cancellationToken = default)
        {
            var bucket = new Resource("arn:aws:s3:::acme-monthly-reports");
            var objects = new Resource("arn:aws:s3:::acme-monthly-reports/*");
            var policy = new Policy("monthly-reports")
                .WithStatements(
                    new Statement(Statement.StatementEffect.Deny)
                        .WithId("DenyInsecureTransport")
                        .WithPrincipals(Principal.AllUsers)
                        .WithActionIdentifiers(new ActionIdentifier("s3:*"))
                        .WithResources(bucket, objects)
                        .WithConditions(ConditionFactory.NewCondition(ConditionFactory.SECURE_TRANSPORT_CONDITION_KEY, false)),
                    new Statement(Statement.StatementEffect.Allow)
                        .WithId("ReportsReader")
                        .WithPrincipals(new Principal(Principal.AWS_PROVIDER, "arn:aws:iam::111122223333:role/reports-reader", false))
                        .WithActionIdentifiers(new ActionIdentifier("s3:GetObject"), new ActionIdentifier("s3:ListBucket"))
                        .WithResources(bucket, objects));

            await _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest { BucketName = ReportsBucket, Policy = policy.ToJson() }, cancellationToken); // compliant: SRM201, SRM202, SRM203
        }

        /// <summary>Publishes a report with SSE-KMS, written as the wire value.</summary>
        public Task PublishAsync(string month, string filePath, CancellationToken cancellationToken = default) =>
            _s3.PutObjectAsync(new PutObjectRequest
            {
                BucketName = ReportsBucket,
                Key = $"{month}/report.pdf",
                FilePath = filePath,
                ServerSideEncryptionMethod = "aws:kms", // compliant: SRM101
            }, cancellationToken);
    }
}
