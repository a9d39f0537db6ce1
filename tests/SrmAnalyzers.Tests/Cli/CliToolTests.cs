using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using SrmAnalyzers.Tests.Package;

namespace SrmAnalyzers.Tests.Cli
{
    /// <summary>
    /// The `srm` tool end to end: packed, installed with --tool-path, and run on the demo (the package
    /// tests' restored copy of samples/UploadService) and on a small solution of two projects.
    /// </summary>
    [Collection(PackageCollection.Name)]
    public sealed class CliToolTests : IClassFixture<CliToolFixture>
    {
        private readonly PackageFixture _package;
        private readonly CliToolFixture _tool;

        public CliToolTests(PackageFixture package, CliToolFixture tool)
        {
            _package = package;
            _tool = tool;
        }

        [Fact]
        public void Iam_policy_of_the_demo_grants_its_calls_and_explains_them()
        {
            var run = _tool.Run(_package.ConsumerDirectory, "iam-policy", "UploadService.csproj", "--no-restore", "--explain");

            Assert.True(run.ExitCode == 0, run.ToString());
            using var policy = JsonDocument.Parse(run.Output);
            Assert.Equal("2012-10-17", policy.RootElement.GetProperty("Version").GetString());
            var grants = Grants(policy.RootElement);
            Assert.Contains("s3:PutObject on arn:aws:s3:::acme-uploads-prod/originals/*", grants);
            Assert.Contains("ssm:PutParameter on arn:aws:ssm:*:*:parameter/acme/uploads/encoder/api-key", grants);
            Assert.Contains("ec2:RunInstances on *", grants);
            Assert.DoesNotContain(grants, g => g.Split(' ')[0].Contains('*', StringComparison.Ordinal));
            Assert.Contains("s3:PutObject on arn:aws:s3:::acme-uploads-prod/originals/*: UploadHandler.cs:", run.Error, StringComparison.Ordinal);

            // Deterministic: the same project gives the same text.
            Assert.Equal(run.Output, _tool.Run(_package.ConsumerDirectory, "iam-policy", "UploadService.csproj", "--no-restore").Output);
        }

        [Fact]
        public void Iam_policy_of_a_solution_folder_merges_its_projects_or_prints_one_per_project_and_names_the_one_that_fails()
        {
            var solution = SmallSolution();

            var merged = _tool.Run(solution, "iam-policy", ".");
            var perProject = _tool.Run(solution, "iam-policy", ".", "--per-project", "--no-restore");

            // The broken project: one line naming it, the others processed, exit code 3.
            Assert.True(merged.ExitCode == 3, merged.ToString());
            Assert.Single(merged.Error.Split('\n'), line => line.Contains("Broken.csproj", StringComparison.Ordinal));
            using var policy = JsonDocument.Parse(merged.Output);
            Assert.Equal(
                new[] { "s3:GetObject on arn:aws:s3:::reader-bucket/*", "s3:PutObject on arn:aws:s3:::writer-bucket/incoming/*" },
                Grants(policy.RootElement).OrderBy(g => g, StringComparer.Ordinal));

            Assert.True(perProject.ExitCode == 3, perProject.ToString());
            using var policies = JsonDocument.Parse(perProject.Output);
            Assert.Equal(new[] { "Reader/Reader.csproj", "Writer/Writer.csproj" }, policies.RootElement.EnumerateObject().Select(p => p.Name));
            Assert.Equal(new[] { "s3:GetObject on arn:aws:s3:::reader-bucket/*" }, Grants(policies.RootElement.GetProperty("Reader/Reader.csproj")));
            Assert.Equal(new[] { "s3:PutObject on arn:aws:s3:::writer-bucket/incoming/*" }, Grants(policies.RootElement.GetProperty("Writer/Writer.csproj")));
        }

        [Fact]
        public void Scan_of_the_demo_reports_what_its_build_reports()
        {
            var sarifPath = Path.Combine(_tool.Root, "demo.sarif");
            var run = _tool.Run(_package.ConsumerDirectory, "scan", ".", "--no-restore", "--sarif", sarifPath);

            Assert.True(run.ExitCode == 0, run.ToString());
            var expected = _package.DefaultBuild.Diagnostics.Select(d => (d.File, d.Line, d.Column, d.Severity, d.RuleId)).OrderBy(d => d).ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, ReportedDiagnostic.InBuildOutput(run.Output).Select(d => (d.File, d.Line, d.Column, d.Severity, d.RuleId)).OrderBy(d => d));
            using var sarif = JsonDocument.Parse(File.ReadAllText(sarifPath));
            Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
            Assert.Equal(expected, ReportedDiagnostic.InSarif(sarif.RootElement).Select(d => (d.File, d.Line, d.Column, d.Severity, d.RuleId)).OrderBy(d => d));
        }

        [Fact]
        public void Scan_applies_the_projects_own_configuration_and_fails_on_an_error()
        {
            var solution = SmallSolution();
            // The writer's .editorconfig makes SRM101 (PutObject without encryption) an error; the reader has no finding.
            File.WriteAllText(Path.Combine(solution, "Writer", ".editorconfig"), "root = true\n[*.cs]\ndotnet_diagnostic.SRM101.severity = error\n");

            var run = _tool.Run(Path.Combine(solution, "Writer"), "scan", "Writer.csproj");

            Assert.True(run.ExitCode == 1, run.ToString());
            var finding = Assert.Single(ReportedDiagnostic.InBuildOutput(run.Output));
            Assert.Equal(("error", "SRM101"), (finding.Severity, finding.RuleId));
            Assert.EndsWith("Writer.cs", finding.File, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("iam-policy", "--per-project")]
        [InlineData("scan", "--sarif")]
        public void Every_command_has_help(string command, string option)
        {
            var run = _tool.Run(_tool.Root, command, "--help");

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains(option, run.Output, StringComparison.Ordinal);
        }

        /// <summary>"action on resource" for every action and resource of a policy's statements, in statement order.</summary>
        private static string[] Grants(JsonElement policy) =>
            policy.GetProperty("Statement").EnumerateArray()
                .SelectMany(s => s.GetProperty("Action").EnumerateArray().SelectMany(a => s.GetProperty("Resource").EnumerateArray().Select(r => $"{a.GetString()} on {r.GetString()}")))
                .ToArray();

        /// <summary>
        /// A folder holding one solution: Writer and Reader reference AWSSDK.S3 (the version the demo restores, so it
        /// restores offline) and call S3 on constant buckets; Broken is not valid MSBuild XML.
        /// </summary>
        private string SmallSolution()
        {
            var folder = Directory.CreateTempSubdirectory("srm-cli-solution-").FullName;
            var s3Version = System.Text.RegularExpressions.Regex.Match(
                File.ReadAllText(Path.Combine(_package.ConsumerDirectory, "UploadService.csproj")),
                "Include=\"AWSSDK.S3\" Version=\"(?<v>[^\"]+)\"").Groups["v"].Value;
            WriteProject(folder, "Writer", s3Version, """
                using System.Threading.Tasks;
                using Amazon.S3;
                using Amazon.S3.Model;

                public static class Writer
                {
                    public static Task Save(IAmazonS3 s3, string name) =>
                        s3.PutObjectAsync(new PutObjectRequest { BucketName = "writer-bucket", Key = "incoming/" + name, ContentBody = "x" });
                }
                """);
            WriteProject(folder, "Reader", s3Version, """
                using System.Threading.Tasks;
                using Amazon.S3;
                using Amazon.S3.Model;

                public static class Reader
                {
                    public static Task<GetObjectResponse> Load(IAmazonS3 s3, string key) =>
                        s3.GetObjectAsync(new GetObjectRequest { BucketName = "reader-bucket", Key = key });
                }
                """);
            Directory.CreateDirectory(Path.Combine(folder, "Broken"));
            File.WriteAllText(Path.Combine(folder, "Broken", "Broken.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup>");
            File.WriteAllText(Path.Combine(folder, "Small.slnx"), """
                <Solution>
                  <Project Path="Broken/Broken.csproj" />
                  <Project Path="Reader/Reader.csproj" />
                  <Project Path="Writer/Writer.csproj" />
                </Solution>
                """);
            // Nothing from the temp folder's parents applies.
            File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />");
            File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />");
            return folder;
        }

        private static void WriteProject(string solution, string name, string s3Version, string source)
        {
            var folder = Path.Combine(solution, name);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="AWSSDK.S3" Version="{s3Version}" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(folder, name + ".cs"), source);
        }
    }
}
