using System.Linq;
using SrmAnalyzers.Core.LeastPrivilege;
using SrmAnalyzers.Tests.Infrastructure;
using static SrmAnalyzers.Tests.Core.LeastPrivilege.LeastPrivilegeTestCode;

namespace SrmAnalyzers.Tests.Core.LeastPrivilege
{
    /// <summary>The project aggregator: every SDK call of a compilation, as sorted (action, resource, call) rows.</summary>
    public class ProjectPermissionsTests
    {
        private const string Uploads = @"
using Amazon.S3;
using Amazon.S3.Model;
using System.Threading.Tasks;
class Uploads
{
    async Task Run(IAmazonS3 client)
    {
        await client.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", Key = ""in/x"", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS, ServerSideEncryptionKeyManagementServiceKeyId = ""1234abcd-12ab-34cd-56ef-1234567890ab"" });
        await client.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", Key = ""in/y"" });
    }
}";

        private const string Reads = @"
using Amazon.S3;
using Amazon.SQS;
using System.Threading.Tasks;
class Reads
{
    async Task Run(IAmazonS3 s3, IAmazonSQS sqs)
    {
        await s3.GetObjectAsync(""b"", ""in/x"");
        await sqs.ReceiveMessageAsync(""https://sqs.us-east-1.amazonaws.com/111122223333/jobs"");
    }
}";

        [Fact]
        public void Every_call_of_the_project_with_its_location_in_a_stable_order()
        {
            var uses = ProjectPermissions.Collect(Compile(Sdk.V4, Uploads, Reads));

            Assert.Equal(
                new[]
                {
                    "kms:Decrypt arn:aws:kms:*:*:key/1234abcd-12ab-34cd-56ef-1234567890ab S3.GetObject File1.cs:9",
                    "kms:GenerateDataKey arn:aws:kms:*:*:key/1234abcd-12ab-34cd-56ef-1234567890ab S3.PutObject File0.cs:9",
                    "s3:GetObject arn:aws:s3:::b/in/x S3.GetObject File1.cs:9",
                    "s3:PutObject arn:aws:s3:::b/in/x S3.PutObject File0.cs:9",
                    "s3:PutObject arn:aws:s3:::b/in/y S3.PutObject File0.cs:10",
                    "sqs:ReceiveMessage arn:aws:sqs:us-east-1:111122223333:jobs SQS.ReceiveMessage File1.cs:10",
                },
                uses.Select(u => $"{u.Action} {u.Resource} {u.Operation} {System.IO.Path.GetFileName(u.Location.SourceTree!.FilePath)}:{u.Location.GetLineSpan().StartLinePosition.Line + 1}").ToArray());
        }

        [Fact]
        public void Same_code_gives_the_same_rows_whatever_the_file_order()
        {
            var forward = ProjectPermissions.Collect(Compile(Sdk.V4, Uploads, Reads)).Select(u => u.ToString().Replace("File0", "A").Replace("File1", "B"));
            var backward = ProjectPermissions.Collect(Compile(Sdk.V4, Reads, Uploads)).Select(u => u.ToString().Replace("File1", "A").Replace("File0", "B"));

            Assert.Equal(forward, backward);
        }

        [Fact]
        public void Actions_of_one_service_are_distinct_and_sorted()
        {
            var uses = ProjectPermissions.Collect(Compile(Sdk.V4, Uploads, Reads));

            Assert.Equal(new[] { "s3:GetObject", "s3:PutObject" }, ProjectPermissions.Actions(uses, "s3"));
            Assert.Equal(new[] { "kms:Decrypt", "kms:GenerateDataKey", "s3:GetObject", "s3:PutObject", "sqs:ReceiveMessage" }, ProjectPermissions.Actions(uses));
        }

        [Fact]
        public void Reads_need_no_KMS_action_when_the_project_writes_no_SSE_KMS_object()
        {
            var uses = ProjectPermissions.Collect(Compile(Sdk.V4, Reads));

            Assert.DoesNotContain(uses, u => u.Action.StartsWith("kms:", System.StringComparison.Ordinal));
        }

        // An operation a newer SDK added to ApiGatewayV2 (on the stub's partial interface): its verb is not known.
        internal const string NewerApiGatewayV2 = @"
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

        private const string Admin = @"
using System.Threading.Tasks;
using Amazon.ApiGatewayV2;
using Amazon.ApiGatewayV2.Model;
class Admin
{
    async Task Run(IAmazonApiGatewayV2 client)
    {
        await client.SomeFutureOperationAsync(new SomeFutureOperationRequest());
        await client.GetApisAsync(new GetApisRequest());
        await client.SomeFutureOperationAsync(new SomeFutureOperationRequest());
    }
}";

        [Fact]
        public void Calls_of_operations_without_known_actions_are_named_and_left_out_of_the_uses()
        {
            var compilation = Compile(Sdk.V4, Admin, Stubs.Get("ApiGatewayV2.cs").Source, NewerApiGatewayV2);
            var calls = ProjectPermissions.CollectCalls(compilation);

            Assert.Equal(
                new[] { "ApiGatewayV2.SomeFutureOperation File0.cs:9", "ApiGatewayV2.SomeFutureOperation File0.cs:11" },
                calls.Unmapped.Select(u => $"{u.Operation} {System.IO.Path.GetFileName(u.Location.SourceTree!.FilePath)}:{u.Location.GetLineSpan().StartLinePosition.Line + 1}").ToArray());
            Assert.Equal(new[] { "apigateway:GET * ApiGatewayV2.GetApis" }, calls.Uses.Select(u => $"{u.Action} {u.Resource} {u.Operation}").ToArray());
            Assert.Equal(calls.Uses.Select(u => u.ToString()), ProjectPermissions.Collect(compilation).Select(u => u.ToString()));
        }

        [Fact]
        public void Mapped_calls_that_need_no_permission_are_not_unmapped() =>
            // STS web-identity federation needs no identity permission: a known fact, not a call left out.
            Assert.Empty(ProjectPermissions.CollectCalls(Compile(Sdk.V4, @"
using System.Threading.Tasks;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
class Federation
{
    Task Run(IAmazonSecurityTokenService sts) => sts.AssumeRoleWithWebIdentityAsync(new AssumeRoleWithWebIdentityRequest());
}")).Unmapped);

        [Fact]
        public void A_project_without_the_sdk_needs_nothing() =>
            Assert.Empty(ProjectPermissions.Collect(AnalyzerRunner.Compile(new[] { "class C { void M() { System.Console.WriteLine(); } }" }, sdk: null)));
    }
}
