using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using SrmAnalyzers.Cli.Policy;
using SrmAnalyzers.Tests.Core.LeastPrivilege;
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

        // Two calls of an ApiGatewayV2 operation a newer SDK added (no known verb: not in the policy) and one of GetApis.
        private const string Admin = """
            using System.Threading.Tasks;
            using Amazon.ApiGatewayV2;
            using Amazon.ApiGatewayV2.Model;

            public static class Admin
            {
                public static async Task Run(IAmazonApiGatewayV2 client)
                {
                    await client.SomeFutureOperationAsync(new SomeFutureOperationRequest());
                    await client.GetApisAsync(new GetApisRequest());
                    await client.SomeFutureOperationAsync(new SomeFutureOperationRequest());
                }
            }
            """;

        private static string[] AdminSources => new[] { Admin, Stubs.Get("ApiGatewayV2.cs").Source, ProjectPermissionsTests.NewerApiGatewayV2 };

        // Admin is the compilation's first file: /src/File0.cs, printed relative to the current folder.
        private static string AdminFile => PolicyReport.DisplayPath("/src/File0.cs");

        [Fact]
        public void A_call_left_out_of_the_policy_gets_one_line_per_operation_at_its_first_call()
        {
            var (output, error) = PrintSources(perProject: false, explain: false, ("Admin/Admin.csproj", AdminSources));

            Assert.Equal(
                new[] { $"srm: {AdminFile}:9: ApiGatewayV2.SomeFutureOperation: no known IAM action; not in the policy (and 1 more call)" },
                Lines(error));
            using var policy = JsonDocument.Parse(output);
            var statement = Assert.Single(policy.RootElement.GetProperty("Statement").EnumerateArray());
            Assert.Equal("apigateway:GET", Assert.Single(statement.GetProperty("Action").EnumerateArray()).GetString());
        }

        [Fact]
        public void With_explain_each_call_left_out_gets_its_line()
        {
            var (_, error) = PrintSources(perProject: false, explain: true, ("Admin/Admin.csproj", AdminSources));

            Assert.Equal(
                new[]
                {
                    $"srm: {AdminFile}:9: ApiGatewayV2.SomeFutureOperation: no known IAM action; not in the policy",
                    $"srm: {AdminFile}:11: ApiGatewayV2.SomeFutureOperation: no known IAM action; not in the policy",
                    $"apigateway:GET on *: {AdminFile}:10 (ApiGatewayV2.GetApis)",
                },
                Lines(error));
        }

        [Fact]
        public void A_call_site_seen_in_several_projects_or_frameworks_counts_once()
        {
            // A multi-targeted project is one workspace project per framework, merged under its file: same call sites.
            var (_, error) = PrintSources(perProject: true, explain: false, ("Admin/Admin.csproj", AdminSources), ("Admin/Admin.csproj", AdminSources));

            Assert.Equal(
                new[] { $"srm: {AdminFile}:9: ApiGatewayV2.SomeFutureOperation: no known IAM action; not in the policy (and 1 more call)" },
                Lines(error));
        }

        [Theory]
        [InlineData(false, "srm: no AWS SDK call with a known IAM action: the policy has no statement (IAM accepts a policy only with one)")]
        [InlineData(true, "srm: no AWS SDK call with a known IAM action: the policy has no statement (IAM accepts a policy only with one)")]
        public void Only_calls_left_out_do_not_say_no_SDK_call_was_found(bool perProject, string expected)
        {
            const string onlyNewer = """
                using System.Threading.Tasks;
                using Amazon.ApiGatewayV2;
                using Amazon.ApiGatewayV2.Model;

                public static class Admin
                {
                    public static Task Run(IAmazonApiGatewayV2 client) => client.SomeFutureOperationAsync(new SomeFutureOperationRequest());
                }
                """;

            var (output, error) = PrintSources(perProject, explain: false, ("Admin/Admin.csproj", new[] { onlyNewer, Stubs.Get("ApiGatewayV2.cs").Source, ProjectPermissionsTests.NewerApiGatewayV2 }));

            Assert.Equal(
                new[] { $"srm: {AdminFile}:7: ApiGatewayV2.SomeFutureOperation: no known IAM action; not in the policy", expected },
                Lines(error));
            Assert.DoesNotContain("apigateway", output, StringComparison.Ordinal);
        }

        [Fact]
        public void Per_project_a_project_with_only_calls_left_out_gets_a_line_saying_so()
        {
            var (_, error) = PrintSources(
                perProject: true,
                explain: false,
                ("Admin/Admin.csproj", new[] { """
                    using System.Threading.Tasks;
                    using Amazon.ApiGatewayV2;
                    using Amazon.ApiGatewayV2.Model;

                    public static class Admin
                    {
                        public static Task Run(IAmazonApiGatewayV2 client) => client.SomeFutureOperationAsync(new SomeFutureOperationRequest());
                    }
                    """, Stubs.Get("ApiGatewayV2.cs").Source, ProjectPermissionsTests.NewerApiGatewayV2 }),
                ("Writer/Writer.csproj", new[] { Writer }));

            Assert.Equal(
                new[]
                {
                    $"srm: {AdminFile}:7: ApiGatewayV2.SomeFutureOperation: no known IAM action; not in the policy",
                    "srm: Admin/Admin.csproj: no AWS SDK call with a known IAM action, its policy has no statement",
                },
                Lines(error));
        }

        private static (string Output, string Error) PrintSources(bool perProject, bool explain, params (string Project, string[] Sources)[] projects)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var report = new PolicyReport(error);
            foreach (var (project, sources) in projects)
            {
                report.Add(project, AnalyzerRunner.Compile(sources, Sdk.V4), CancellationToken.None);
            }

            report.Write(perProject, explain, output);
            return (output.ToString(), error.ToString());
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
