using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SrmAnalyzers.Tests.Infrastructure;

namespace SrmAnalyzers.Tests.Rules
{
    /// <summary>
    /// Constants of a static configuration class are values the analyzer sees, also when the class
    /// is in a referenced project (its consts are in the referenced assembly's metadata).
    /// </summary>
    public class ReferencedConstantTests
    {
        private const string Settings = """
namespace Shared
{
    public static class AwsSettings
    {
        public const string Endpoint = "http://s3.storage.corp.example";
        public const string Acl = "public-read";
        public const string Policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::site/*\"}]}";
    }
}
""";

        private const string Uses = """
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Shared;

class Storage
{
    IAmazonS3 Client() => new AmazonS3Client(new AmazonS3Config { ServiceURL = AwsSettings.Endpoint });
    Task Publish(IAmazonS3 s3) => s3.PutObjectAsync(new PutObjectRequest { BucketName = "site", Key = "index.html", CannedACL = AwsSettings.Acl, ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 });
    Task Share(IAmazonS3 s3) => s3.PutBucketPolicyAsync(new PutBucketPolicyRequest { BucketName = "site", Policy = AwsSettings.Policy });
}
""";

        [Theory]
        [InlineData(Sdk.V3, false)]
        [InlineData(Sdk.V4, false)]
        [InlineData(Sdk.V3, true)]
        [InlineData(Sdk.V4, true)]
        public async Task Consts_of_a_configuration_class_are_resolved(Sdk sdk, bool inReferencedProject)
        {
            Compilation compilation;
            if (inReferencedProject)
            {
                var shared = CSharpCompilation.Create("Shared", new[] { CSharpSyntaxTree.ParseText(Settings) }, AwsReferences.RuntimeOnly, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
                using var image = new System.IO.MemoryStream();
                Assert.True(shared.Emit(image).Success);
                compilation = AnalyzerRunner.Compile(new[] { Uses }, sdk).AddReferences(MetadataReference.CreateFromImage(image.ToArray()));
            }
            else
            {
                compilation = AnalyzerRunner.Compile(new[] { Uses, Settings }, sdk);
            }

            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            var result = await AnalyzerRunner.RunAsync(compilation);
            Assert.Empty(result.Exceptions);
            Assert.Equal(new[] { "SRM102", "SRM202", "SRM401" }, result.Srm.Select(d => d.Id).OrderBy(id => id, System.StringComparer.Ordinal));
        }
    }
}
