using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using SrmAnalyzers.Cli.Policy;
using SrmAnalyzers.Tests.Infrastructure;

namespace SrmAnalyzers.Tests.Cli
{
    /// <summary>What `srm iam-policy` prints for loaded compilations: the policies on stdout, and the stderr lines naming projects.</summary>
    public class PolicyReportTests
    {
        private const string Writer = """
            using System.Threading.Tasks;
            using Amazon.S3;
            using Amazon.S3.Model;

            public static class Writer
            {
                public static Task Save(IAmazonS3 s3, string name) =>
                    s3.PutObjectAsync(new PutObjectRequest { BucketName = "writer-bucket", Key = "incoming/" + name });
            }
            """;

        private const string Idle = """
            public static class Idle
            {
                public static int Twice(int value) => value * 2;
            }
            """;

        [Fact]
        public void Per_project_a_project_without_an_SDK_call_gets_a_line_naming_it()
        {
            var (output, error) = Print(perProject: true, ("Idle/Idle.csproj", Idle, null), ("Writer/Writer.csproj", Writer, Sdk.V4));

            Assert.Equal(new[] { "srm: Idle/Idle.csproj: no AWS SDK call found, its policy has no statement" }, Lines(error));
            using var policies = JsonDocument.Parse(output);
            Assert.Equal(0, policies.RootElement.GetProperty("Idle/Idle.csproj").GetProperty("Statement").GetArrayLength());
            Assert.Equal(1, policies.RootElement.GetProperty("Writer/Writer.csproj").GetProperty("Statement").GetArrayLength());
        }

        [Fact]
        public void Merged_a_project_without_an_SDK_call_gets_no_line_when_another_has_one()
        {
            var (output, error) = Print(perProject: false, ("Idle/Idle.csproj", Idle, null), ("Writer/Writer.csproj", Writer, Sdk.V4));

            Assert.Empty(Lines(error));
            using var policy = JsonDocument.Parse(output);
            Assert.Equal(1, policy.RootElement.GetProperty("Statement").GetArrayLength());
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void Without_any_SDK_call_one_line_says_the_policy_has_no_statement(bool perProject)
        {
            var (_, error) = Print(perProject, ("Idle/Idle.csproj", Idle, null), ("Other/Other.csproj", Idle, null));

            Assert.Equal(new[] { "srm: no AWS SDK call found: the policy has no statement (IAM accepts a policy only with one; there is nothing to grant)" }, Lines(error));
        }

        [Fact]
        public void A_project_that_does_not_compile_gets_a_line_naming_it_and_keeps_the_calls_that_bind()
        {
            // The S3 call binds; the undeclared type does not.
            const string broken = """
                using System.Threading.Tasks;
                using Amazon.S3;
                using Amazon.S3.Model;

                public static class Broken
                {
                    public static MissingType? Missing;

                    public static Task Save(IAmazonS3 s3, string name) =>
                        s3.PutObjectAsync(new PutObjectRequest { BucketName = "broken-bucket", Key = name });
                }
                """;

            var (output, error) = Print(perProject: true, ("Broken/Broken.csproj", broken, Sdk.V4), ("Writer/Writer.csproj", Writer, Sdk.V4));

            Assert.Equal(new[] { "srm: Broken/Broken.csproj: does not compile (1 error); its policy holds only the calls that bind" }, Lines(error));
            using var policies = JsonDocument.Parse(output);
            var statement = Assert.Single(policies.RootElement.GetProperty("Broken/Broken.csproj").GetProperty("Statement").EnumerateArray());
            Assert.Equal("s3:PutObject", Assert.Single(statement.GetProperty("Action").EnumerateArray()).GetString());
        }

        [Fact]
        public void The_SDK_calls_of_a_project_without_its_packages_do_not_bind_and_it_gets_the_line()
        {
            // What --no-restore gives for a project never restored: it loads without its package references.
            var (output, error) = Print(perProject: false, ("Writer/Writer.csproj", Writer, null));

            Assert.Contains("srm: Writer/Writer.csproj: does not compile (", error, StringComparison.Ordinal);
            Assert.Contains("srm: no AWS SDK call found", error, StringComparison.Ordinal);
            using var policy = JsonDocument.Parse(output);
            Assert.Equal(0, policy.RootElement.GetProperty("Statement").GetArrayLength());
        }

        private static (string Output, string Error) Print(bool perProject, params (string Project, string Source, Sdk? Sdk)[] projects)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var report = new PolicyReport(error);
            foreach (var (project, source, sdk) in projects)
            {
                report.Add(project, AnalyzerRunner.Compile(new[] { source }, sdk), CancellationToken.None);
            }

            report.Write(perProject, explain: false, output);
            return (output.ToString(), error.ToString());
        }

        private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
