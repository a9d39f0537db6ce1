using System.Linq;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SrmAnalyzers.Core;
using SrmAnalyzers.Core.LeastPrivilege;
using SrmAnalyzers.Tests.Infrastructure;
using static SrmAnalyzers.Tests.Core.LeastPrivilege.LeastPrivilegeTestCode;

namespace SrmAnalyzers.Tests.Core.LeastPrivilege
{
    /// <summary>The call mapper on code compiled against the real SDK (S3 on v3 and v4; DynamoDB, SQS, SSM, KMS, EC2 on v4) and stubs.</summary>
    public class SdkCallMapperTests
    {
        private const string S3Usings = "using Amazon.S3; using Amazon.S3.Model; using Amazon.S3.Transfer; using System.Collections.Generic;";

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public void S3_request_object_call_maps_to_its_action_on_the_object(Sdk sdk) =>
            Assert.Equal(
                new[] { "s3:PutObject arn:aws:s3:::uploads-bucket/reports/daily.csv" },
                PermissionsOf(sdk, S3Usings, "IAmazonS3", @"await client.PutObjectAsync(new PutObjectRequest { BucketName = ""uploads-bucket"", Key = ""reports/daily.csv"" });"));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public void S3_convenience_overload_and_concrete_client(Sdk sdk) =>
            Assert.Equal(
                new[] { "s3:GetObject arn:aws:s3:::uploads-bucket/a.txt" },
                PermissionsOf(sdk, S3Usings, "AmazonS3Client", @"await client.GetObjectAsync(""uploads-bucket"", ""a.txt"");"));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public void S3_bucket_exists_helper_reads_the_bucket_acl(Sdk sdk) =>
            Assert.Equal(
                new[] { "s3:GetBucketAcl arn:aws:s3:::uploads-bucket" },
                PermissionsOf(sdk, S3Usings + " using Amazon.S3.Util;", "IAmazonS3", @"await AmazonS3Util.DoesS3BucketExistV2Async(client, ""uploads-bucket"");"));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public void S3_bucket_replication_passes_the_replication_role(Sdk sdk) =>
            Assert.Equal(
                new[] { "iam:PassRole *", "s3:PutReplicationConfiguration arn:aws:s3:::b" },
                PermissionsOf(sdk, S3Usings, "IAmazonS3", @"await client.PutBucketReplicationAsync(new PutBucketReplicationRequest { BucketName = ""b"", Configuration = new ReplicationConfiguration { Role = ""arn:aws:iam::111122223333:role/replication"" } });"));

        [Theory]
        [InlineData(Sdk.V3, @"await client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = ""b"", Prefix = ""logs/"" });", "s3:ListBucket arn:aws:s3:::b")]
        [InlineData(Sdk.V4, @"await client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = ""b"", Prefix = ""logs/"" });", "s3:ListBucket arn:aws:s3:::b")]
        [InlineData(Sdk.V3, @"await client.GetObjectMetadataAsync(""b"", ""k"");", "s3:GetObject arn:aws:s3:::b/k")]
        [InlineData(Sdk.V4, @"await client.ListVersionsAsync(new ListVersionsRequest { BucketName = ""b"" });", "s3:ListBucketVersions arn:aws:s3:::b")]
        [InlineData(Sdk.V4, @"await client.ListBucketsAsync();", "s3:ListAllMyBuckets *")]
        [InlineData(Sdk.V3, @"await client.PutBucketAsync(new PutBucketRequest { BucketName = ""b"" });", "s3:CreateBucket arn:aws:s3:::b")]
        [InlineData(Sdk.V4, @"await client.DeleteObjectsAsync(new DeleteObjectsRequest { BucketName = ""b"", Objects = new List<KeyVersion> { new KeyVersion { Key = ""x"" } } });", "s3:DeleteObject arn:aws:s3:::b/*")]
        [InlineData(Sdk.V4, @"await client.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest { BucketName = ""b"", Key = ""big.bin"" });", "s3:PutObject arn:aws:s3:::b/big.bin")]
        [InlineData(Sdk.V4, @"await client.ListPartsAsync(new ListPartsRequest { BucketName = ""b"", Key = ""big.bin"", UploadId = ""u"" });", "s3:ListMultipartUploadParts arn:aws:s3:::b/big.bin")]
        [InlineData(Sdk.V3, @"await client.ListMultipartUploadsAsync(new ListMultipartUploadsRequest { BucketName = ""b"" });", "s3:ListBucketMultipartUploads arn:aws:s3:::b")]
        [InlineData(Sdk.V4, @"await client.HeadBucketAsync(new HeadBucketRequest { BucketName = ""b"" });", "s3:ListBucket arn:aws:s3:::b")]
        [InlineData(Sdk.V3, @"await client.GetACLAsync(new GetACLRequest { BucketName = ""b"" });", "s3:GetBucketAcl arn:aws:s3:::b")]
        [InlineData(Sdk.V3, @"await client.GetACLAsync(new GetACLRequest { BucketName = ""b"", Key = ""k"" });", "s3:GetObjectAcl arn:aws:s3:::b/k")]
        [InlineData(Sdk.V4, @"await client.Paginators.ListObjectsV2(new ListObjectsV2Request { BucketName = ""b"" }).Responses.GetAsyncEnumerator().MoveNextAsync();", "s3:ListBucket arn:aws:s3:::b")]
        public void S3_exceptions_on_compiled_code(Sdk sdk, string body, string expected) =>
            Assert.Equal(new[] { expected }, PermissionsOf(sdk, S3Usings, "IAmazonS3", body));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public void S3_copy_reads_the_source_and_writes_the_destination(Sdk sdk) =>
            Assert.Equal(
                new[] { "s3:GetObject arn:aws:s3:::src/in.txt", "s3:PutObject arn:aws:s3:::dst/out.txt" },
                PermissionsOf(sdk, S3Usings, "IAmazonS3", @"await client.CopyObjectAsync(new CopyObjectRequest { SourceBucket = ""src"", SourceKey = ""in.txt"", DestinationBucket = ""dst"", DestinationKey = ""out.txt"" });"));

        [Theory]
        [InlineData(Sdk.V3, @"new GetObjectRequest { BucketName = ""b"", Key = ""k"", VersionId = ""v1"" }", "s3:GetObjectVersion arn:aws:s3:::b/k")]
        [InlineData(Sdk.V4, @"new GetObjectRequest { BucketName = ""b"", Key = ""k"", VersionId = ""v1"" }", "s3:GetObjectVersion arn:aws:s3:::b/k")]
        [InlineData(Sdk.V4, @"new GetObjectRequest { BucketName = ""b"", Key = ""k"" }", "s3:GetObject arn:aws:s3:::b/k")]
        public void S3_versioned_read_needs_the_version_action(Sdk sdk, string request, string expected) =>
            Assert.Equal(new[] { expected }, PermissionsOf(sdk, S3Usings, "IAmazonS3", "await client.GetObjectAsync(" + request + ");"));

        [Fact]
        public void S3_versioned_delete_set_on_some_paths_needs_both_actions() =>
            Assert.Equal(
                new[] { "s3:DeleteObject arn:aws:s3:::b/k", "s3:DeleteObjectVersion arn:aws:s3:::b/k" },
                PermissionsOf(Sdk.V4, S3Usings, "IAmazonS3", @"var r = new DeleteObjectRequest { BucketName = ""b"", Key = ""k"" }; if (System.DateTime.Now.Second > 3) { r.VersionId = ""v""; } await client.DeleteObjectAsync(r);"));

        [Theory]
        [InlineData(Sdk.V3, @"var r = new DeleteObjectsRequest { BucketName = ""b"", Objects = new List<KeyVersion> { new KeyVersion { Key = ""x"", VersionId = ""v1"" } } };")]
        [InlineData(Sdk.V4, @"var r = new DeleteObjectsRequest { BucketName = ""b"", Objects = new List<KeyVersion> { new KeyVersion { Key = ""x"", VersionId = ""v1"" } } };")]
        [InlineData(Sdk.V3, @"var r = new DeleteObjectsRequest { BucketName = ""b"" }; r.AddKey(""x"", ""v1"");")]
        [InlineData(Sdk.V4, @"var r = new DeleteObjectsRequest { BucketName = ""b"" }; r.AddKey(""x"", System.Environment.GetEnvironmentVariable(""V""));")]
        [InlineData(Sdk.V4, @"var r = new DeleteObjectsRequest { BucketName = ""b"" }; r.Objects.Add(new KeyVersion { Key = ""x"", VersionId = ""v1"" });")]
        public void S3_delete_objects_naming_versions_also_deletes_versions(Sdk sdk, string request) =>
            Assert.Equal(
                new[] { "s3:DeleteObject arn:aws:s3:::b/*", "s3:DeleteObjectVersion arn:aws:s3:::b/*" },
                PermissionsOf(sdk, S3Usings, "IAmazonS3", request + " await client.DeleteObjectsAsync(r);"));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public void S3_delete_objects_with_versions_from_responses_removes_delete_markers(Sdk sdk) =>
            // The shape of the AWS example that removes delete markers: a list built in the method, each
            // KeyVersion's VersionId read from a response (not a constant: it may name a version).
            Assert.Equal(
                new[] { "s3:DeleteObject arn:aws:s3:::b/*", "s3:DeleteObjectVersion arn:aws:s3:::b/*" },
                PermissionsOf(sdk, S3Usings, "IAmazonS3", @"var deleted = new List<DeletedObject>();
        var keyVersionList = new List<KeyVersion>();
        foreach (var deletedObject in deleted)
        {
            KeyVersion keyVersion = new KeyVersion { Key = deletedObject.Key, VersionId = deletedObject.DeleteMarkerVersionId };
            keyVersionList.Add(keyVersion);
        }

        var request = new DeleteObjectsRequest { BucketName = ""b"", Objects = keyVersionList };
        await client.DeleteObjectsAsync(request);"));

        [Theory]
        [InlineData(@"var r = new DeleteObjectsRequest { BucketName = ""b"" }; r.AddKey(""x"");")]
        [InlineData(@"var r = new DeleteObjectsRequest { BucketName = ""b"", Objects = new List<KeyVersion> { new KeyVersion { Key = ""x"", VersionId = null } } };")]
        [InlineData(@"var keys = new List<KeyVersion>(); keys.Add(new KeyVersion { Key = ""x"" }); var r = new DeleteObjectsRequest { BucketName = ""b"", Objects = keys };")]
        public void S3_delete_objects_without_versions_deletes_objects_only(string request) =>
            Assert.Equal(
                new[] { "s3:DeleteObject arn:aws:s3:::b/*" },
                PermissionsOf(Sdk.V4, S3Usings, "IAmazonS3", request + " await client.DeleteObjectsAsync(r);"));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public void TransferUtility_upload_may_abort_and_directory_download_lists(Sdk sdk)
        {
            var calls = Calls(Compile(sdk, S3Usings + @"
using System.Threading.Tasks;
class Transfers
{
    async Task Run(IAmazonS3 client)
    {
        var transfer = new TransferUtility(client);
        await transfer.UploadAsync(new TransferUtilityUploadRequest { BucketName = ""b"", Key = ""in/x.bin"", FilePath = ""/tmp/x"" });
        await transfer.DownloadDirectoryAsync(""b"", ""reports"", ""/tmp/r"");
        await transfer.DownloadAsync(""/tmp/y"", ""b"", ""out/y.bin"");
    }
}"));
            Assert.Equal(3, calls.Count);
            Assert.Equal(new[] { "s3:AbortMultipartUpload arn:aws:s3:::b/in/x.bin", "s3:PutObject arn:aws:s3:::b/in/x.bin" }, Lines(calls[0]));
            Assert.Equal(new[] { "s3:GetObject arn:aws:s3:::b/reports*", "s3:ListBucket arn:aws:s3:::b" }, Lines(calls[1]));
            Assert.Equal(new[] { "s3:GetObject arn:aws:s3:::b/out/y.bin" }, Lines(calls[2]));
        }

        [Theory]
        [InlineData(Sdk.V3, "HttpVerb.PUT", "s3:PutObject")]
        [InlineData(Sdk.V4, "HttpVerb.PUT", "s3:PutObject")]
        [InlineData(Sdk.V4, "HttpVerb.GET", "s3:GetObject")]
        [InlineData(Sdk.V4, "HttpVerb.DELETE", "s3:DeleteObject")]
        public void Presigned_url_needs_the_action_of_its_verb(Sdk sdk, string verb, string action) =>
            Assert.Equal(
                new[] { action + " arn:aws:s3:::b/shared/k" },
                PermissionsOf(sdk, S3Usings, "IAmazonS3", @"client.GetPreSignedURL(new GetPreSignedUrlRequest { BucketName = ""b"", Key = ""shared/k"", Verb = " + verb + @", Expires = System.DateTime.UtcNow.AddMinutes(5) }); await Task.CompletedTask;"));

        [Fact]
        public void Presigned_url_without_a_verb_is_a_get() =>
            Assert.Equal(
                new[] { "s3:GetObject arn:aws:s3:::b/k" },
                PermissionsOf(Sdk.V4, S3Usings, "IAmazonS3", @"client.GetPreSignedURL(new GetPreSignedUrlRequest { BucketName = ""b"", Key = ""k"", Expires = System.DateTime.UtcNow }); await Task.CompletedTask;"));

        private const string DynamoUsings = "using Amazon.DynamoDBv2; using Amazon.DynamoDBv2.Model; using Amazon.DynamoDBv2.DataModel; using Amazon.DynamoDBv2.DocumentModel; using System.Collections.Generic;";

        [Theory]
        [InlineData(@"await client.GetItemAsync(""Orders"", new Dictionary<string, AttributeValue>());", "dynamodb:GetItem arn:aws:dynamodb:*:*:table/Orders")]
        [InlineData(@"await client.QueryAsync(new QueryRequest { TableName = ""Orders"", IndexName = ""ByCustomer"" });", "dynamodb:Query arn:aws:dynamodb:*:*:table/Orders/index/ByCustomer")]
        [InlineData(@"await client.TransactGetItemsAsync(new TransactGetItemsRequest());", "dynamodb:GetItem *")]
        [InlineData(@"await client.ExecuteStatementAsync(new ExecuteStatementRequest { Statement = ""SELECT * FROM Orders"" });", "dynamodb:PartiQLSelect *")]
        [InlineData(@"await client.DescribeTableAsync(""Orders"");", "dynamodb:DescribeTable arn:aws:dynamodb:*:*:table/Orders")]
        public void DynamoDB_client_calls(string body, string expected) =>
            Assert.Equal(new[] { expected }, PermissionsOf(Sdk.V4, DynamoUsings, "IAmazonDynamoDB", body));

        [Theory]
        [InlineData("new DynamoDBContext(client)", "await context.SaveAsync(new Order());", new[] { "dynamodb:DescribeTable arn:aws:dynamodb:*:*:table/Orders", "dynamodb:UpdateItem arn:aws:dynamodb:*:*:table/Orders" })]
        [InlineData("new DynamoDBContext(client, new DynamoDBContextConfig { DisableFetchingTableMetadata = true })", "await context.LoadAsync<Order>(\"id\");", new[] { "dynamodb:GetItem arn:aws:dynamodb:*:*:table/Orders" })]
        [InlineData("new DynamoDBContext(client, new DynamoDBContextConfig { DisableFetchingTableMetadata = true })", "await context.QueryAsync<Order>(\"id\").GetRemainingAsync();", new[] { "dynamodb:Query arn:aws:dynamodb:*:*:table/Orders", "dynamodb:Query arn:aws:dynamodb:*:*:table/Orders/index/*" })]
        [InlineData("new DynamoDBContext(client, new DynamoDBContextConfig { DisableFetchingTableMetadata = true })", "await context.DeleteAsync<Untabled>(\"id\");", new[] { "dynamodb:DeleteItem *" })]
        [InlineData("new DynamoDBContext(client, new DynamoDBContextConfig { DisableFetchingTableMetadata = true })", "context.CreateBatchWrite<Order>(new BatchWriteConfig { OverrideTableName = \"Orders-v2\" });", new[] { "dynamodb:BatchWriteItem arn:aws:dynamodb:*:*:table/Orders-v2" })]
        [InlineData("new DynamoDBContext(client, new DynamoDBContextConfig { DisableFetchingTableMetadata = true })", "context.CreateBatchWrite<Order>(new BatchWriteConfig { OverrideTableName = System.Environment.GetEnvironmentVariable(\"TABLE\") });", new[] { "dynamodb:BatchWriteItem *" })]
        public void DynamoDBContext_calls(string contextCreation, string call, string[] expected)
        {
            var calls = Calls(Compile(Sdk.V4, DynamoUsings + @"
using System.Threading.Tasks;
[DynamoDBTable(""Orders"")] public class Order { [DynamoDBHashKey] public string Id { get; set; } = """"; }
public class Untabled { [DynamoDBHashKey] public string Id { get; set; } = """"; }
class Store
{
#pragma warning disable CS0618
    async Task Run(IAmazonDynamoDB client)
    {
        var context = " + contextCreation + @";
        " + call + @"
    }
}"));
            Assert.Equal(expected, Lines(Assert.Single(calls)));
        }

        [Fact]
        public void Document_model_table_knows_its_name_from_LoadTable()
        {
            var calls = Calls(Compile(Sdk.V4, DynamoUsings + @"
using System.Threading.Tasks;
class Store
{
#pragma warning disable CS0618
    async Task Run(IAmazonDynamoDB client)
    {
        var table = Table.LoadTable(client, ""Orders"");
        await table.PutItemAsync(new Document());
    }
}"));
            Assert.Equal(2, calls.Count);
            Assert.Equal(new[] { "dynamodb:DescribeTable arn:aws:dynamodb:*:*:table/Orders" }, Lines(calls[0]));
            Assert.Equal(new[] { "dynamodb:PutItem arn:aws:dynamodb:*:*:table/Orders" }, Lines(calls[1]));
        }

        private const string SqsUsings = "using Amazon.SQS; using Amazon.SQS.Model; using System.Collections.Generic;";

        [Theory]
        [InlineData(@"await client.SendMessageAsync(""https://sqs.us-east-1.amazonaws.com/111122223333/orders"", ""body"");", "sqs:SendMessage arn:aws:sqs:us-east-1:111122223333:orders")]
        [InlineData(@"await client.SendMessageBatchAsync(new SendMessageBatchRequest { QueueUrl = ""https://sqs.eu-west-1.amazonaws.com/111122223333/jobs"" });", "sqs:SendMessage arn:aws:sqs:eu-west-1:111122223333:jobs")]
        [InlineData(@"await client.DeleteMessageBatchAsync(new DeleteMessageBatchRequest { QueueUrl = ""https://sqs.eu-west-1.amazonaws.com/111122223333/jobs"" });", "sqs:DeleteMessage arn:aws:sqs:eu-west-1:111122223333:jobs")]
        [InlineData(@"await client.CreateQueueAsync(new CreateQueueRequest { QueueName = ""jobs"" });", "sqs:CreateQueue arn:aws:sqs:*:*:jobs")]
        [InlineData(@"await client.ListQueuesAsync(new ListQueuesRequest());", "sqs:ListQueues *")]
        public void SQS_calls(string body, string expected) =>
            Assert.Equal(new[] { expected }, PermissionsOf(Sdk.V4, SqsUsings, "IAmazonSQS", body));

        private const string SsmUsings = "using Amazon.SimpleSystemsManagement; using Amazon.SimpleSystemsManagement.Model;";

        [Theory]
        [InlineData(@"await client.GetParameterAsync(new GetParameterRequest { Name = ""/app/db-password"", WithDecryption = true });", new[] { "kms:Decrypt *", "ssm:GetParameter arn:aws:ssm:*:*:parameter/app/db-password" })]
        [InlineData(@"await client.GetParameterAsync(new GetParameterRequest { Name = ""/app/db-host"" });", new[] { "ssm:GetParameter arn:aws:ssm:*:*:parameter/app/db-host" })]
        [InlineData(@"await client.GetParameterAsync(new GetParameterRequest { Name = ""/app/db-host"", WithDecryption = false });", new[] { "ssm:GetParameter arn:aws:ssm:*:*:parameter/app/db-host" })]
        [InlineData(@"await client.GetParametersByPathAsync(new GetParametersByPathRequest { Path = ""/app"", WithDecryption = true });", new[] { "kms:Decrypt *", "ssm:GetParametersByPath arn:aws:ssm:*:*:parameter/app*" })]
        public void SSM_calls_and_decryption(string body, string[] expected) =>
            Assert.Equal(expected, PermissionsOf(Sdk.V4, SsmUsings, "IAmazonSimpleSystemsManagement", body));

        private const string KmsUsings = "using Amazon.KeyManagementService; using Amazon.KeyManagementService.Model;";

        [Theory]
        [InlineData(@"await client.DecryptAsync(new DecryptRequest { KeyId = ""1234abcd-12ab-34cd-56ef-1234567890ab"" });", "kms:Decrypt arn:aws:kms:*:*:key/1234abcd-12ab-34cd-56ef-1234567890ab")]
        [InlineData(@"await client.GenerateDataKeyAsync(new GenerateDataKeyRequest { KeyId = ""arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"" });", "kms:GenerateDataKey arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab")]
        [InlineData(@"await client.EncryptAsync(new EncryptRequest { KeyId = ""alias/app"" });", "kms:Encrypt *")]
        public void KMS_calls(string body, string expected) =>
            Assert.Equal(new[] { expected }, PermissionsOf(Sdk.V4, KmsUsings, "IAmazonKeyManagementService", body));

        private const string Ec2Usings = "using Amazon.EC2; using Amazon.EC2.Model;";

        [Theory]
        [InlineData(@"await client.RunInstancesAsync(new RunInstancesRequest { ImageId = ""ami-1"", IamInstanceProfile = new IamInstanceProfileSpecification { Name = ""web"" } });", new[] { "ec2:RunInstances *", "iam:PassRole *" })]
        [InlineData(@"await client.RunInstancesAsync(new RunInstancesRequest { ImageId = ""ami-1"" });", new[] { "ec2:RunInstances *" })]
        [InlineData(@"await client.DescribeInstancesAsync(new DescribeInstancesRequest());", new[] { "ec2:DescribeInstances *" })]
        public void EC2_calls_and_pass_role(string body, string[] expected) =>
            Assert.Equal(expected, PermissionsOf(Sdk.V4, Ec2Usings, "IAmazonEC2", body));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public void STS_assume_role_is_scoped_to_the_role(Sdk sdk) =>
            Assert.Equal(
                new[] { "sts:AssumeRole arn:aws:iam::111122223333:role/reader" },
                PermissionsOf(sdk, "using Amazon.SecurityToken; using Amazon.SecurityToken.Model;", "IAmazonSecurityTokenService", @"await client.AssumeRoleAsync(new AssumeRoleRequest { RoleArn = ""arn:aws:iam::111122223333:role/reader"", RoleSessionName = ""s"" });"));

        [Fact]
        public void SNS_publish_on_the_stub_is_scoped_to_the_topic() =>
            Assert.Equal(
                new[] { "sns:Publish arn:aws:sns:us-east-1:111122223333:alerts" },
                PermissionsOf(Sdk.V4, "using Amazon.SimpleNotificationService;", "IAmazonSimpleNotificationService", @"await client.PublishAsync(""arn:aws:sns:us-east-1:111122223333:alerts"", ""m"");", Stubs.Get("SimpleNotificationService.cs").Source));

        [Fact]
        public void IAM_call_on_the_stub() =>
            Assert.Equal(
                new[] { "iam:CreateRole *" },
                PermissionsOf(Sdk.V4, "using Amazon.IdentityManagement; using Amazon.IdentityManagement.Model;", "IAmazonIdentityManagementService", @"await client.CreateRoleAsync(new CreateRoleRequest { RoleName = ""r"", AssumeRolePolicyDocument = ""{}"" });", Stubs.Get("IdentityManagement.cs").Source));

        [Fact]
        public void RDS_call_on_the_stub_client_class() =>
            Assert.Equal(
                new[] { "rds:CreateDBInstance *" },
                PermissionsOf(Sdk.V4, "using Amazon.RDS; using Amazon.RDS.Model;", "AmazonRDSClient", @"await client.CreateDBInstanceAsync(new CreateDBInstanceRequest());", Stubs.Get("RDS.cs").Source));

        [Theory]
        [InlineData(@"await client.GetRestApisAsync(new GetRestApisRequest { Limit = 50 });", "apigateway:GET *")]
        [InlineData(@"await client.CreateRestApiAsync(new CreateRestApiRequest { Name = ""orders"" });", "apigateway:POST *")]
        [InlineData(@"await client.PutIntegrationAsync(new PutIntegrationRequest { RestApiId = ""a1b2c3"", ResourceId = ""r1"", HttpMethod = ""GET"" });", "apigateway:PUT *")]
        [InlineData(@"await client.UpdateStageAsync(new UpdateStageRequest { RestApiId = ""a1b2c3"", StageName = ""prod"" });", "apigateway:PATCH *")]
        [InlineData(@"await client.DeleteRestApiAsync(new DeleteRestApiRequest { RestApiId = ""a1b2c3"" });", "apigateway:DELETE *")]
        [InlineData(@"await client.TagResourceAsync(new TagResourceRequest { ResourceArn = ""arn:aws:apigateway:us-east-1::/restapis/a1b2c3"" });", "apigateway:PUT *")]
        public void API_Gateway_REST_API_calls_need_their_HTTP_verb(string body, string expected) =>
            Assert.Equal(new[] { expected }, PermissionsOf(Sdk.V4, "using Amazon.APIGateway; using Amazon.APIGateway.Model;", "IAmazonAPIGateway", body, Stubs.Get("APIGateway.cs").Source));

        [Theory]
        [InlineData(@"await client.GetApisAsync(new GetApisRequest());", "apigateway:GET *")]
        [InlineData(@"await client.CreateApiAsync(new CreateApiRequest { Name = ""chat"" });", "apigateway:POST *")]
        [InlineData(@"await client.ImportApiAsync(new ImportApiRequest { Body = ""{}"" });", "apigateway:PUT *")]
        [InlineData(@"await client.UpdateApiAsync(new UpdateApiRequest { ApiId = ""a1b2c3"", Name = ""chat"" });", "apigateway:PATCH *")]
        [InlineData(@"await client.TagResourceAsync(new TagResourceRequest { ResourceArn = ""arn:aws:apigateway:us-east-1::/apis/a1b2c3"" });", "apigateway:POST *")]
        [InlineData(@"await client.ResetAuthorizersCacheAsync(new ResetAuthorizersCacheRequest { ApiId = ""a1b2c3"", StageName = ""prod"" });", "apigateway:DELETE *")]
        [InlineData(@"await client.CreateRouteAsync(new CreateRouteRequest { ApiId = ""a1b2c3"", RouteKey = ""GET /orders"" });", "apigateway:POST *")]
        [InlineData(@"await client.CreateIntegrationAsync(new CreateIntegrationRequest { ApiId = ""a1b2c3"", IntegrationUri = ""https://example.com"" });", "apigateway:POST *")]
        [InlineData(@"await client.CreateIntegrationResponseAsync(new CreateIntegrationResponseRequest { ApiId = ""a1b2c3"", IntegrationId = ""i1"", IntegrationResponseKey = ""$default"" });", "apigateway:POST *")]
        [InlineData(@"await client.UpdateStageAsync(new UpdateStageRequest { ApiId = ""a1b2c3"", StageName = ""prod"", DeploymentId = ""d1"" });", "apigateway:PATCH *")]
        [InlineData(@"await client.GetDeploymentsAsync(new GetDeploymentsRequest { ApiId = ""a1b2c3"" });", "apigateway:GET *")]
        [InlineData(@"await client.DeleteAuthorizerAsync(new DeleteAuthorizerRequest { ApiId = ""a1b2c3"", AuthorizerId = ""au1"" });", "apigateway:DELETE *")]
        [InlineData(@"await client.UpdateDomainNameAsync(new UpdateDomainNameRequest { DomainName = ""api.example.com"" });", "apigateway:PATCH *")]
        [InlineData(@"await client.PutRoutingRuleAsync(new PutRoutingRuleRequest { DomainName = ""api.example.com"", RoutingRuleId = ""rr1"" });", "apigateway:PUT *")]
        [InlineData(@"await client.DeleteVpcLinkAsync(new DeleteVpcLinkRequest { VpcLinkId = ""v1"" });", "apigateway:DELETE *")]
        [InlineData(@"await client.DeleteCorsConfigurationAsync(new DeleteCorsConfigurationRequest { ApiId = ""a1b2c3"" });", "apigateway:DELETE *")]
        [InlineData(@"await client.DisablePortalAsync(new DisablePortalRequest { PortalId = ""p1"" });", "apigateway:DELETE *")]
        public void API_Gateway_V2_calls_need_their_HTTP_verb(string body, string expected) =>
            Assert.Equal(new[] { expected }, PermissionsOf(Sdk.V4, "using Amazon.ApiGatewayV2; using Amazon.ApiGatewayV2.Model;", "IAmazonApiGatewayV2", body, Stubs.Get("ApiGatewayV2.cs").Source));

        [Theory]
        [InlineData(@"await client.PostToConnectionAsync(new PostToConnectionRequest { ConnectionId = ""c1"" });")]
        [InlineData(@"await client.GetConnectionAsync(new GetConnectionRequest { ConnectionId = ""c1"" });")]
        [InlineData(@"await client.DeleteConnectionAsync(new DeleteConnectionRequest { ConnectionId = ""c1"" });")]
        public void API_Gateway_connections_calls_need_ManageConnections(string body) =>
            Assert.Equal(
                new[] { "execute-api:ManageConnections *" },
                PermissionsOf(Sdk.V4, "using Amazon.ApiGatewayManagementApi; using Amazon.ApiGatewayManagementApi.Model;", "IAmazonApiGatewayManagementApi", body, Stubs.Get("ApiGatewayManagementApi.cs").Source));

        [Fact]
        public void API_Gateway_operation_missing_from_the_verb_table_is_left_out()
        {
            // A hypothetical operation of a newer SDK, added to the stub's partial interface: its verb is not known.
            const string newer = @"
using System.Threading;
using System.Threading.Tasks;
namespace Amazon.ApiGatewayV2.Model
{
    public partial class SomeFutureOperationRequest : AmazonApiGatewayV2Request { }
    public partial class SomeFutureOperationResponse : Amazon.Runtime.AmazonWebServiceResponse { }
}
namespace Amazon.ApiGatewayV2
{
    public partial interface IAmazonApiGatewayV2
    {
        Task<Model.SomeFutureOperationResponse> SomeFutureOperationAsync(Model.SomeFutureOperationRequest request, CancellationToken cancellationToken = default);
    }
}";
            var source = @"
using System.Threading.Tasks;
using Amazon.ApiGatewayV2;
using Amazon.ApiGatewayV2.Model;
class Caller
{
    async Task Run(IAmazonApiGatewayV2 client)
    {
        await client.SomeFutureOperationAsync(new SomeFutureOperationRequest());
        await client.GetApisAsync(new GetApisRequest());
    }
}";
            var calls = Calls(Compile(Sdk.V4, source, Stubs.Get("ApiGatewayV2.cs").Source, newer));
            var call = Assert.Single(calls);
            Assert.Equal("GetApis", call.Operation);
        }

        [Fact]
        public void MapCall_names_the_call_left_out_without_permissions()
        {
            var source = @"
using System.Threading.Tasks;
using Amazon.ApiGatewayV2;
using Amazon.ApiGatewayV2.Model;
class Caller
{
    async Task Run(IAmazonApiGatewayV2 client)
    {
        await client.SomeFutureOperationAsync(new SomeFutureOperationRequest());
        await client.GetApisAsync(new GetApisRequest());
    }
}";
            var compilation = Compile(Sdk.V4, source, Stubs.Get("ApiGatewayV2.cs").Source, ProjectPermissionsTests.NewerApiGatewayV2);
            Assert.True(AwsSymbols.TryCreate(compilation, out var symbols));
            var tree = compilation.SyntaxTrees.First();
            var model = compilation.GetSemanticModel(tree);
            var mapped = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
                .Select(node => model.GetOperation(node) is IInvocationOperation invocation ? SdkCallMapper.MapCall(invocation, symbols) : null)
                .OfType<SdkCallPermissions>()
                .Select(c => $"{c.ServiceNamespace}.{c.Operation} mapped={c.IsMapped} permissions={c.Permissions.Length}")
                .ToArray();

            Assert.Equal(new[] { "ApiGatewayV2.SomeFutureOperation mapped=False permissions=0", "ApiGatewayV2.GetApis mapped=True permissions=1" }, mapped);
        }

        [Theory]
        [InlineData(@"await client.InvokeAsync(new InvokeRequest { FunctionName = ""resize"" });", new[] { "lambda:InvokeFunction arn:aws:lambda:*:*:function:resize" })]
        [InlineData(@"await client.CreateFunctionAsync(new CreateFunctionRequest { FunctionName = ""resize"", Role = ""arn:aws:iam::111122223333:role/resize-exec"" });", new[] { "iam:PassRole arn:aws:iam::111122223333:role/resize-exec", "lambda:CreateFunction arn:aws:lambda:*:*:function:resize" })]
        public void Lambda_invoke_and_create_function_pass_role(string body, string[] expected) =>
            Assert.Equal(expected, PermissionsOf(Sdk.V4, "using Amazon.Lambda; using Amazon.Lambda.Model;", "IAmazonLambda", body, Stubs.Get("Lambda.cs").Source));

        private const string QueueUrl = "https://sqs.us-east-1.amazonaws.com/111122223333/uploads";
        private const string QueueArn = "arn:aws:sqs:us-east-1:111122223333:uploads";
        private const string TopicArn = "arn:aws:sns:us-east-1:111122223333:alerts";

        [Theory]
        [InlineData(@"await client.AuthorizeS3ToSendMessageAsync(""" + QueueUrl + @""", ""uploads-bucket"");", new[] { "sqs:GetQueueAttributes " + QueueArn, "sqs:SetQueueAttributes " + QueueArn })]
        [InlineData(@"await client.AuthorizeS3ToSendMessageAsync(System.Environment.GetEnvironmentVariable(""QUEUE""), ""uploads-bucket"");", new[] { "sqs:GetQueueAttributes *", "sqs:SetQueueAttributes *" })]
        public void SQS_helper_that_authorizes_a_bucket_reads_and_writes_the_queue_attributes(string body, string[] expected) =>
            Assert.Equal(expected, PermissionsOf(Sdk.V4, "using Amazon.SQS;", "IAmazonSQS", body));

        [Theory]
        [InlineData(@"await client.SubscribeQueueAsync(""" + TopicArn + @""", sqs, """ + QueueUrl + @""");", new[] { "sns:Subscribe " + TopicArn, "sqs:GetQueueAttributes " + QueueArn, "sqs:SetQueueAttributes " + QueueArn })]
        [InlineData(@"await client.SubscribeQueueToTopicsAsync(new List<string> { """ + TopicArn + @""" }, sqs, """ + QueueUrl + @""");", new[] { "sns:Subscribe *", "sqs:GetQueueAttributes " + QueueArn, "sqs:SetQueueAttributes " + QueueArn })]
        [InlineData(@"await client.FindTopicAsync(""alerts"");", new[] { "sns:ListTopics *" })]
        [InlineData(@"await client.AuthorizeS3ToPublishAsync(""" + TopicArn + @""", ""uploads-bucket"");", new[] { "sns:GetTopicAttributes " + TopicArn, "sns:SetTopicAttributes " + TopicArn })]
        public void SNS_helpers_that_are_not_operations_need_the_operations_they_send(string body, string[] expected) =>
            Assert.Equal(expected, PermissionsOf(
                Sdk.V4,
                "using Amazon.SimpleNotificationService; using System.Collections.Generic;",
                "IAmazonSimpleNotificationService",
                "Amazon.Runtime.SharedInterfaces.ICoreAmazonSQS sqs = null!; " + body,
                Stubs.Get("SimpleNotificationService.cs").Source));

        [Theory]
        [InlineData(@"Filters = new List<Filter> { new Filter { Key = FilterNameStringType.Name, Values = new List<string> { ""prod/"" } } }", new[] { "secretsmanager:BatchGetSecretValue *", "secretsmanager:GetSecretValue *", "secretsmanager:ListSecrets *" })]
        [InlineData(@"SecretIdList = new List<string> { ""prod/db"" }", new[] { "secretsmanager:BatchGetSecretValue *", "secretsmanager:GetSecretValue *" })]
        public void Secrets_batch_read_by_filters_also_lists_secrets(string selection, string[] expected) =>
            Assert.Equal(expected, PermissionsOf(
                Sdk.V4,
                "using Amazon.SecretsManager; using Amazon.SecretsManager.Model; using System.Collections.Generic;",
                "IAmazonSecretsManager",
                "await client.BatchGetSecretValueAsync(new BatchGetSecretValueRequest { " + selection + " });",
                Stubs.Get("SecretsManager.cs").Source));

        [Fact]
        public void Look_alike_types_and_non_operations_are_not_sdk_calls()
        {
            var calls = Calls(Compile(Sdk.V4, S3Usings + @"
using System.Threading.Tasks;
namespace Contoso.Storage { public class AmazonS3Client { public Task<object> PutObjectAsync(object request) => Task.FromResult(request); } public interface IAmazonS3Like { void PutObject(); } }
class Caller
{
    async Task Run(IAmazonS3 client, Contoso.Storage.AmazonS3Client lookAlike, Contoso.Storage.IAmazonS3Like other)
    {
        await lookAlike.PutObjectAsync(new object());
        other.PutObject();
        client.Dispose();
    }
}"));
            Assert.Empty(calls);
        }

        [Fact]
        public void A_request_the_code_does_not_show_is_scoped_to_nothing() =>
            Assert.Equal(
                new[] { "s3:PutObject *" },
                PermissionsOf(Sdk.V4, S3Usings, "IAmazonS3", @"await client.PutObjectAsync(Make());
    }
    static PutObjectRequest Make() => new PutObjectRequest();
    void Unused() {"));
    }
}
