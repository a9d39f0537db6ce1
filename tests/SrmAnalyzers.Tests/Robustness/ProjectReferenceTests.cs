using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SrmAnalyzers.Tests.Infrastructure;

namespace SrmAnalyzers.Tests.Robustness
{
    /// <summary>
    /// The IDE and <c>dotnet format</c> give a project its referenced projects as compilations, so a
    /// wrapper, helper, field or mock factory of another project has declarations in source whose
    /// trees are not the analysed compilation's. The cross-member checks must leave them alone
    /// (another compilation's trees may not be bound here) without an exception, and still report
    /// what the project's own code gets wrong.
    /// </summary>
    public class ProjectReferenceTests
    {
        private const string Library = """
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Moq;

namespace Shared
{
    public class Store
    {
        private readonly S3CannedACL _acl = S3CannedACL.PublicRead;

        public S3CannedACL DefaultAcl { get; } = S3CannedACL.PublicRead;

        public S3CannedACL Acl => _acl;

        public static S3CannedACL Parse(string value) => value == "private" ? S3CannedACL.Private : S3CannedACL.PublicRead;

        public static IAmazonS3 Fake() => new Mock<IAmazonS3>().Object;

        public Task Upload(IAmazonS3 s3, S3CannedACL acl) =>
            s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "k", CannedACL = acl, ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 });

        public static PutObjectRequest Build(string key) => new PutObjectRequest { BucketName = "b", Key = key, ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 };
    }
}
""";

        private const string App = """
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Shared;

class App
{
    async Task Run(IAmazonS3 s3, Store store)
    {
        await store.Upload(s3, S3CannedACL.PublicRead);
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "a", CannedACL = store.Acl, ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 });
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "d", CannedACL = store.DefaultAcl, ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 });
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "p", CannedACL = Store.Parse("x"), ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 });
        await Store.Fake().PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "f" });
        var request = Store.Build("r");
        request.CannedACL = S3CannedACL.Private;
        await s3.PutObjectAsync(request);
        await s3.PutBucketVersioningAsync(new PutBucketVersioningRequest { BucketName = "b", VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Suspended } });
    }
}
""";

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public async Task Members_of_a_referenced_project_are_not_followed_and_nothing_throws(Sdk sdk)
        {
            var library = AnalyzerRunner.Compile(new[] { Library }, sdk).AddReferences(AwsReferences.MockingLibraries).WithAssemblyName("Shared");
            Assert.Empty(library.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

            var app = AnalyzerRunner.Compile(new[] { App }, sdk).AddReferences(AwsReferences.MockingLibraries).AddReferences(library.ToMetadataReference());
            Assert.Empty(app.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

            var result = await AnalyzerRunner.RunAsync(app);
            Assert.Empty(result.Exceptions);

            // The project's own mistake is still reported; values held or chosen in the other project are out of sight.
            Assert.Equal(new[] { "SRM101", "SRM501" }, result.Diagnostics.Where(d => d.Id.StartsWith("SRM", System.StringComparison.Ordinal)).Select(d => d.Id).OrderBy(id => id, System.StringComparer.Ordinal));
        }
    }
}
