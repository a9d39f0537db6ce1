using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SrmAnalyzers.Tests.Infrastructure;

namespace SrmAnalyzers.Tests.Rules
{
    /// <summary>
    /// A request whose only destination is a client made by a mocking library is not a finding:
    /// directly, through a local, or through a field, property or factory method of the same
    /// compilation (also in another file). Requests that reach a real client, a parameter, or
    /// anything the analyzer cannot follow are still judged. Compiled against the real Moq,
    /// NSubstitute and FakeItEasy packages.
    /// </summary>
    public class TestDoubleTests
    {
        private const string Usings = """
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using FakeItEasy;
using Moq;
using NSubstitute;

""";

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public async Task Requests_sent_only_to_mocks_are_not_reported(Sdk sdk)
        {
            var result = await RunAsync(sdk, Usings + """
public class UploadTests
{
    private readonly IAmazonS3 _substitute = Substitute.For<IAmazonS3>();
    private readonly Mock<IAmazonS3> _mock = new Mock<IAmazonS3>();
    private readonly IAmazonS3 _fromFactory;
    private IAmazonS3 Faked { get; } = A.Fake<IAmazonS3>();

    public UploadTests() { _fromFactory = CreateClient(); }

    private static IAmazonS3 CreateClient() => new Mock<IAmazonS3>().Object;

    private static IAmazonS3 CreateInBlock()
    {
        var mock = new Mock<IAmazonS3>();
        return mock.Object;
    }

    public async Task Direct()
    {
        await new Mock<IAmazonS3>().Object.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "k" });
        await Mock.Of<IAmazonS3>().PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "k" });
        var local = Substitute.For<IAmazonS3>();
        var request = new PutObjectRequest { BucketName = "b" };
        request.Key = "k";
        request.CannedACL = S3CannedACL.PublicReadWrite;
        await local.PutObjectAsync(request);
    }

    public async Task ThroughMembers()
    {
        await _substitute.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "k" });
        await _mock.Object.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "k" });
        await _fromFactory.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "k", CannedACL = S3CannedACL.PublicRead });
        await Faked.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "k" });
        await CreateInBlock().PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "k" });
        await SharedDoubles.S3().PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "k" });
    }
}
""", """
using Amazon.S3;
using NSubstitute;

public static class SharedDoubles
{
    public static IAmazonS3 S3() => Substitute.For<IAmazonS3>();
}
""");
            Assert.Empty(result.Exceptions);
            Assert.Empty(result.Srm);
        }

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public async Task Requests_that_may_reach_a_real_client_are_still_reported(Sdk sdk)
        {
            var result = await RunAsync(sdk, Usings + """
public class IntegrationTests
{
    private readonly IAmazonS3 _real = new AmazonS3Client();
    private readonly IAmazonS3 _either;
    public IAmazonS3 Settable = Substitute.For<IAmazonS3>();
    private readonly IAmazonS3 _fromOtherFile = SharedClients.Real();

    public IntegrationTests(bool live) { _either = live ? new AmazonS3Client() : Substitute.For<IAmazonS3>(); }

    public async Task Sends(IAmazonS3 given)
    {
        await new AmazonS3Client().PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "1" });
        await _real.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "2" });
        await _either.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "3" });
        await given.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "4" });
        await Settable.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "5" });
        await _fromOtherFile.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "6" });

        var both = new PutObjectRequest { BucketName = "b", Key = "7" };
        await Substitute.For<IAmazonS3>().PutObjectAsync(both);
        await _real.PutObjectAsync(both);

        await _swappable.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "8" });
        await Overridable().PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "0" });
    }

    protected virtual IAmazonS3 Overridable() => Substitute.For<IAmazonS3>();

    private IAmazonS3 _swappable = Substitute.For<IAmazonS3>();

    public void Use(IAmazonS3 client) { _swappable = client; }

    public PutObjectRequest Build() => new PutObjectRequest { BucketName = "b", Key = "9" };
}
""", """
using Amazon.S3;

public static class SharedClients
{
    public static IAmazonS3 Real() => new AmazonS3Client();
}
""");
            Assert.Empty(result.Exceptions);
            var keys = result.Srm
                .Where(d => d.Id == "SRM101")
                .Select(d => d.Location.SourceTree!.GetText().Lines[d.Location.GetLineSpan().StartLinePosition.Line].ToString())
                .Select(line => line.Substring(line.IndexOf("Key = \"", StringComparison.Ordinal) + 7, 1))
                .OrderBy(key => key, StringComparer.Ordinal);
            Assert.Equal(new[] { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9" }, keys);
        }

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public async Task A_bucket_policy_sent_to_a_mock_is_not_reported(Sdk sdk)
        {
            const string Policy = """@"{""Version"":""2012-10-17"",""Statement"":[{""Effect"":""Allow"",""Principal"":""*"",""Action"":""s3:*"",""Resource"":""arn:aws:s3:::b/*""}]}" """;
            var result = await RunAsync(sdk, Usings + $$"""
public class PolicyTests
{
    private readonly IAmazonS3 _s3 = Substitute.For<IAmazonS3>();

    public async Task Mocked()
    {
        await _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest { BucketName = "b", Policy = {{Policy}} });
        await _s3.PutBucketPolicyAsync("b", {{Policy}});
    }

    public Task Real(IAmazonS3 s3) => s3.PutBucketPolicyAsync("b", {{Policy}});
}
""");
            Assert.Empty(result.Exceptions);
            Assert.Equal(new[] { "SRM201", "SRM202" }, result.Srm.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
            Assert.All(result.Srm, d => Assert.Contains("s3.PutBucketPolicyAsync", d.Location.SourceTree!.GetText().Lines[d.Location.GetLineSpan().StartLinePosition.Line].ToString(), StringComparison.Ordinal));
        }

        private static Task<AnalyzerRunner.Result> RunAsync(Sdk sdk, params string[] sources) =>
            AnalyzerRunner.RunAsync(CompileWithoutErrors(AnalyzerRunner.Compile(sources, sdk).AddReferences(AwsReferences.MockingLibraries)));

        private static Compilation CompileWithoutErrors(Compilation compilation)
        {
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            return compilation;
        }
    }
}
