using SrmAnalyzers.Core;
using SrmAnalyzers.Core.LeastPrivilege;
using SrmAnalyzers.Tests.Infrastructure;
using static SrmAnalyzers.Tests.Core.LeastPrivilege.LeastPrivilegeTestCode;

namespace SrmAnalyzers.Tests.Core.LeastPrivilege
{
    /// <summary>Resources are scoped when the code fixes the names, <c>*</c> otherwise; KMS dependent actions follow what the request shows.</summary>
    public class ResourceScopingTests
    {
        private const string S3Usings = "using Amazon.S3; using Amazon.S3.Model; using Amazon.S3.Transfer;";
        private static readonly string Hole = ResolvedValue.Hole.ToString();

        [Fact]
        public void Names_from_constants_fields_and_locals_scope_the_resource()
        {
            var calls = Calls(Compile(Sdk.V4, S3Usings + @"
using System.Threading.Tasks;
class Reports
{
    private const string Bucket = ""reports-bucket"";
    private static readonly string Prefix = ""daily/"";
    async Task Run(IAmazonS3 client, string id, bool archive)
    {
        var key = Prefix + ""summary.csv"";
        await client.PutObjectAsync(new PutObjectRequest { BucketName = Bucket, Key = key });
        await client.PutObjectAsync(new PutObjectRequest { BucketName = Bucket, Key = $""uploads/{id}.bin"" });
        await client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = archive ? ""archive-bucket"" : Bucket });
        await client.PutObjectAsync(new PutObjectRequest { BucketName = id, Key = ""x"" });
        await client.PutObjectAsync(new PutObjectRequest { BucketName = Bucket, Key = id });
    }
}"));
            Assert.Equal(5, calls.Count);
            Assert.Equal(new[] { "s3:PutObject arn:aws:s3:::reports-bucket/daily/summary.csv" }, Lines(calls[0]));
            Assert.Equal(new[] { "s3:PutObject arn:aws:s3:::reports-bucket/uploads/*" }, Lines(calls[1]));
            Assert.Equal(new[] { "s3:ListBucket arn:aws:s3:::archive-bucket", "s3:ListBucket arn:aws:s3:::reports-bucket" }, Lines(calls[2]));
            Assert.Equal(new[] { "s3:PutObject *" }, Lines(calls[3]));
            Assert.Equal(new[] { "s3:PutObject arn:aws:s3:::reports-bucket/*" }, Lines(calls[4]));
        }

        [Theory]
        [InlineData("https://sqs.us-east-1.amazonaws.com/111122223333/orders", "arn:aws:sqs:us-east-1:111122223333:orders")]
        [InlineData("https://us-west-2.queue.amazonaws.com/111122223333/orders", "arn:aws:sqs:us-west-2:111122223333:orders")]
        [InlineData("https://sqs.\uE000.amazonaws.com/\uE000/orders", "arn:aws:sqs:*:*:orders")]
        [InlineData("https://sqs.us-east-1.amazonaws.com/111122223333/orders-\uE000", "arn:aws:sqs:us-east-1:111122223333:orders-*")]
        [InlineData("http://localhost:4566/000000000000/orders", "*")]
        [InlineData("https://sqs.us-east-1.amazonaws.com/111122223333/\uE000", "*")]
        public void Queue_url_becomes_the_queue_arn(string url, string expected) =>
            Assert.Equal(new[] { expected }, IamResources.SqsQueueUrl(ResolvedValue.Constant(url)));

        [Theory]
        [InlineData("prod/db-password", "arn:aws:secretsmanager:*:*:secret:prod/db-password-??????")]
        [InlineData("arn:aws:secretsmanager:us-east-1:111122223333:secret:prod/db-AbCdEf", "arn:aws:secretsmanager:us-east-1:111122223333:secret:prod/db-AbCdEf")]
        [InlineData("app/\uE000", "arn:aws:secretsmanager:*:*:secret:app/*")]
        public void Secret_names_get_the_random_suffix_aws_adds(string secretId, string expected) =>
            Assert.Equal(new[] { expected }, IamResources.Secret(ResolvedValue.Constant(secretId)));

        [Theory]
        [InlineData("/app/db", false, "arn:aws:ssm:*:*:parameter/app/db")]
        [InlineData("plain", false, "arn:aws:ssm:*:*:parameter/plain")]
        [InlineData("/app/prod", true, "arn:aws:ssm:*:*:parameter/app/prod*")]
        public void Parameter_names_become_parameter_arns(string name, bool isPath, string expected) =>
            Assert.Equal(new[] { expected }, IamResources.SsmParameter(ResolvedValue.Constant(name), isPath));

        [Fact]
        public void Unknown_or_partly_unknown_values_are_never_guessed()
        {
            Assert.Equal(new[] { "*" }, IamResources.S3Bucket(ResolvedValue.Unknown));
            Assert.Equal(new[] { "*" }, IamResources.S3Bucket(ResolvedValue.Union(ResolvedValue.Constant("a"), ResolvedValue.Unknown)));
            Assert.Equal(new[] { "*" }, IamResources.S3Bucket(ResolvedValue.Constant(Hole + "-uploads")));
            Assert.Equal(new[] { "arn:aws:s3:::app-*" }, IamResources.S3Bucket(ResolvedValue.Constant("app-" + Hole)));
            Assert.Equal(new[] { "*" }, IamResources.DynamoDbTable(ResolvedValue.Constant((object?)null)));
            Assert.Equal(new[] { "arn:aws:dynamodb:*:*:table/Orders" }, IamResources.DynamoDbTable(ResolvedValue.Constant("Orders")));
            Assert.Equal(new[] { "arn:aws:dynamodb:*:*:table/Orders/index/*" }, IamResources.DynamoDbIndex(ResolvedValue.Constant("Orders"), ResolvedValue.Unknown));
            Assert.Equal(new[] { "arn:aws:sns:us-east-1:*:alerts" }, IamResources.SnsTopicArn(ResolvedValue.Constant("arn:aws:sns:us-east-1:" + Hole + ":alerts")));
            Assert.Equal(new[] { "*" }, IamResources.KmsKey(ResolvedValue.Constant("alias/app")));
            Assert.Equal(new[] { "*" }, IamResources.KmsKey(ResolvedValue.Constant("arn:aws:kms:us-east-1:111122223333:alias/app")));
        }

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public void SSE_KMS_write_needs_GenerateDataKey_on_its_key(Sdk sdk) =>
            Assert.Equal(
                new[] { "kms:GenerateDataKey arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", "s3:PutObject arn:aws:s3:::b/k" },
                PermissionsOf(sdk, S3Usings, "IAmazonS3", @"await client.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", Key = ""k"", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS, ServerSideEncryptionKeyManagementServiceKeyId = ""arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"" });"));

        [Theory]
        [InlineData("ServerSideEncryptionMethod.AES256")]
        [InlineData("ServerSideEncryptionMethod.None")]
        public void Other_encryption_needs_no_KMS_action(string method) =>
            Assert.Equal(
                new[] { "s3:PutObject arn:aws:s3:::b/k" },
                PermissionsOf(Sdk.V4, S3Usings, "IAmazonS3", @"await client.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", Key = ""k"", ServerSideEncryptionMethod = " + method + " });"));

        [Fact]
        public void SSE_KMS_with_the_aws_managed_key_is_on_any_key() =>
            Assert.Equal(
                new[] { "kms:GenerateDataKey *", "s3:PutObject arn:aws:s3:::b/k" },
                PermissionsOf(Sdk.V4, S3Usings, "IAmazonS3", @"await client.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", Key = ""k"", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS });"));

        [Theory]
        [InlineData(Sdk.V3, @"await client.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest { BucketName = ""b"", Key = ""k"", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS });", new[] { "kms:Decrypt *", "kms:GenerateDataKey *", "s3:PutObject arn:aws:s3:::b/k" })]
        [InlineData(Sdk.V4, @"await new TransferUtility(client).UploadAsync(new TransferUtilityUploadRequest { BucketName = ""b"", Key = ""k"", FilePath = ""/f"", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS });", new[] { "kms:Decrypt *", "kms:GenerateDataKey *", "s3:AbortMultipartUpload arn:aws:s3:::b/k", "s3:PutObject arn:aws:s3:::b/k" })]
        public void Multipart_SSE_KMS_upload_also_needs_Decrypt(Sdk sdk, string body, string[] expected) =>
            Assert.Equal(expected, PermissionsOf(sdk, S3Usings, "IAmazonS3", body));
    }
}
