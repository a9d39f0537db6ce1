using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using SrmAnalyzers.Tests.Infrastructure;
using SrmAnalyzers.Tests.Package;

namespace SrmAnalyzers.Tests.Cli
{
    /// <summary>
    /// The `srm` tool end to end: packed, installed with --tool-path, and run on the demo (the package
    /// tests' restored copy of samples/UploadService) and on small temporary solutions under the fixture's folder.
    /// </summary>
    [Collection(PackageCollection.Name)]
    public sealed class CliToolTests : IClassFixture<CliToolFixture>
    {
        // How every progress line starts: "srm: [3/12] Orders.Api".
        private const string ProgressMarker = "srm: [";

        private const string WriterSource = """
            using System.Threading.Tasks;
            using Amazon.S3;
            using Amazon.S3.Model;

            public static class Writer
            {
                public static Task Save(IAmazonS3 s3, string name) =>
                    s3.PutObjectAsync(new PutObjectRequest { BucketName = "writer-bucket", Key = "incoming/" + name, ContentBody = "x" });
            }
            """;

        private static readonly string[] IdleProjects = { "IdleA", "IdleB", "IdleC" };

        // The AWSSDK.S3 version of the demo, which the tests restore: it restores offline.
        private static readonly Lazy<string> S3Version = new(() => Regex.Match(
            File.ReadAllText(Path.Combine(AwsReferences.RepositoryRoot, "samples", "UploadService", "UploadService.csproj")),
            "Include=\"AWSSDK.S3\" Version=\"(?<v>[^\"]+)\"").Groups["v"].Value);

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
        public void Iam_policy_of_a_folder_of_two_solutions_merges_their_projects_and_names_the_failing_one_once()
        {
            // Small.sln and Small.slnx both hold Broken, Reader and Writer.
            var solutions = SmallSolutions();

            var merged = _tool.Run(solutions, "iam-policy", ".");
            var perProject = _tool.Run(solutions, "iam-policy", "Small.sln", "--per-project", "--no-restore");

            // The broken project: one line naming it (not one per solution), the others processed, exit code 3.
            Assert.True(merged.ExitCode == 3, merged.ToString());
            Assert.Single(Lines(merged.Error), line => line.Contains("Broken.csproj", StringComparison.Ordinal));
            Assert.StartsWith("srm: cannot restore ", Lines(merged.Error).Single(line => line.Contains("Broken.csproj", StringComparison.Ordinal)), StringComparison.Ordinal);
            Assert.DoesNotContain(ProgressMarker, merged.Error, StringComparison.Ordinal);
            using var policy = JsonDocument.Parse(merged.Output);
            Assert.Equal(
                new[] { "s3:GetObject on arn:aws:s3:::reader-bucket/*", "s3:PutObject on arn:aws:s3:::writer-bucket/incoming/*" },
                Grants(policy.RootElement).OrderBy(g => g, StringComparer.Ordinal));

            // The classic solution alone, restored already: the broken project cannot load.
            Assert.True(perProject.ExitCode == 3, perProject.ToString());
            Assert.StartsWith("srm: cannot load ", Assert.Single(Lines(perProject.Error), line => line.Contains("Broken.csproj", StringComparison.Ordinal)), StringComparison.Ordinal);
            using var policies = JsonDocument.Parse(perProject.Output);
            Assert.Equal(new[] { "Reader/Reader.csproj", "Writer/Writer.csproj" }, policies.RootElement.EnumerateObject().Select(p => p.Name));
            Assert.Equal(new[] { "s3:GetObject on arn:aws:s3:::reader-bucket/*" }, Grants(policies.RootElement.GetProperty("Reader/Reader.csproj")));
            Assert.Equal(new[] { "s3:PutObject on arn:aws:s3:::writer-bucket/incoming/*" }, Grants(policies.RootElement.GetProperty("Writer/Writer.csproj")));
        }

        [Fact]
        public void Scan_of_a_classic_sln_reports_its_projects_findings_and_names_the_failing_one()
        {
            var run = _tool.Run(SmallSolutions(), "scan", "Small.sln");

            // Warnings only: the broken project's exit code 3.
            Assert.True(run.ExitCode == 3, run.ToString());
            Assert.Single(Lines(run.Error), line => line.Contains("Broken.csproj", StringComparison.Ordinal));
            Assert.DoesNotContain(ProgressMarker, run.Error, StringComparison.Ordinal);
            var finding = Assert.Single(ReportedDiagnostic.InBuildOutput(run.Output));
            Assert.Equal(("warning", "SRM101"), (finding.Severity, finding.RuleId));
            Assert.EndsWith(Path.Combine("Writer", "Writer.cs"), finding.File, StringComparison.Ordinal);
        }

        [Fact]
        public void With_five_projects_progress_goes_to_stderr_and_stdout_stays_json_or_findings()
        {
            var folder = _tool.NewFolder("srm-cli-five");
            WriteProject(folder, "Writer", S3Version.Value, WriterSource);
            foreach (var idle in IdleProjects)
            {
                WriteProject(folder, idle, null, $"public static class {idle} {{ public static int Twice(int value) => value * 2; }}");
            }

            // The S3 call binds; the undeclared type does not.
            WriteProject(folder, "Unbound", S3Version.Value, WriterSource.Replace("class Writer", "class Unbound", StringComparison.Ordinal) + "\npublic static class Missing { public static MissingType? Value; }\n");
            WriteSolution(folder, "Five.slnx", new[] { "Writer", "Unbound" }.Concat(IdleProjects).ToArray());

            var policy = _tool.Run(folder, "iam-policy", "Five.slnx", "--per-project");
            var scan = _tool.Run(folder, "scan", "Five.slnx", "--no-restore");

            var names = new[] { "Writer", "Unbound" }.Concat(IdleProjects).OrderBy(n => n, StringComparer.Ordinal).ToArray();
            foreach (var run in new[] { policy, scan })
            {
                Assert.True(run.ExitCode == 0, run.ToString());
                var progress = Lines(run.Error).Where(line => line.StartsWith(ProgressMarker, StringComparison.Ordinal)).ToList();
                Assert.Equal(Enumerable.Range(1, 5).Select(i => $"{ProgressMarker}{i}/5]"), progress.Select(line => line[..line.IndexOf(']', StringComparison.Ordinal)] + "]"));
                Assert.Equal(names, progress.Select(line => line[(line.IndexOf(']', StringComparison.Ordinal) + 2)..]).OrderBy(n => n, StringComparer.Ordinal));
                Assert.DoesNotContain(ProgressMarker, run.Output, StringComparison.Ordinal);
            }

            // stdout is the JSON object alone; stderr names each project without a call, and the one that does not compile.
            using var policies = JsonDocument.Parse(policy.Output);
            Assert.Equal(names.Select(n => $"{n}/{n}.csproj"), policies.RootElement.EnumerateObject().Select(p => p.Name));
            Assert.Equal(
                IdleProjects.Select(idle => $"srm: {idle}/{idle}.csproj: no AWS SDK call found, its policy has no statement")
                    .Append("srm: Unbound/Unbound.csproj: does not compile (1 error); its policy holds only the calls that bind")
                    .OrderBy(l => l, StringComparer.Ordinal),
                Lines(policy.Error).Where(line => !line.StartsWith(ProgressMarker, StringComparison.Ordinal)).OrderBy(l => l, StringComparer.Ordinal));
            Assert.Equal(new[] { "s3:PutObject on arn:aws:s3:::writer-bucket/incoming/*" }, Grants(policies.RootElement.GetProperty("Unbound/Unbound.csproj")));

            // stdout is the findings alone, one per line.
            Assert.NotEmpty(Lines(scan.Output));
            Assert.All(Lines(scan.Output), line => Assert.Single(ReportedDiagnostic.InBuildOutput(line)));
        }

        [Fact]
        public void No_restore_loads_a_project_as_it_is_and_its_unbound_calls_are_named()
        {
            var folder = _tool.NewFolder("srm-cli-unrestored");
            WriteProject(folder, "Writer", S3Version.Value, WriterSource);
            WriteBuildFiles(folder);

            var run = _tool.Run(folder, "iam-policy", Path.Combine("Writer", "Writer.csproj"), "--no-restore");

            // Not restored: loaded without its packages, so the S3 call does not bind and the policy is empty.
            Assert.False(File.Exists(Path.Combine(folder, "Writer", "obj", "project.assets.json")), run.ToString());
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Single(Lines(run.Error), line => line.StartsWith("srm: Writer/Writer.csproj: does not compile (", StringComparison.Ordinal));
            using var policy = JsonDocument.Parse(run.Output);
            Assert.Equal(0, policy.RootElement.GetProperty("Statement").GetArrayLength());
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
            var solution = _tool.NewFolder("srm-cli-configured");
            WriteSmallSolution(solution, classicSolution: false);
            // The writer's .editorconfig makes SRM101 (PutObject without encryption) an error; the reader has no finding.
            File.WriteAllText(Path.Combine(solution, "Writer", ".editorconfig"), "root = true\n[*.cs]\ndotnet_diagnostic.SRM101.severity = error\n");

            var run = _tool.Run(Path.Combine(solution, "Writer"), "scan", "Writer.csproj");

            Assert.True(run.ExitCode == 1, run.ToString());
            var finding = Assert.Single(ReportedDiagnostic.InBuildOutput(run.Output));
            Assert.Equal(("error", "SRM101"), (finding.Severity, finding.RuleId));
            Assert.EndsWith("Writer.cs", finding.File, StringComparison.Ordinal);
        }

        [Fact]
        public void Help_of_every_command_lists_the_options_docs_cli_md_gives_it()
        {
            // "## `srm iam-policy <path> [--per-project] [--explain] [--no-restore]`"
            var documented = Regex.Matches(File.ReadAllText(Path.Combine(AwsReferences.RepositoryRoot, "docs", "cli.md")), @"^## `srm (?<command>[a-z-]+) <path>(?<options>[^`]*)`$", RegexOptions.Multiline)
                .ToDictionary(
                    m => m.Groups["command"].Value,
                    m => Regex.Matches(m.Groups["options"].Value, @"\[(?<option>--[a-z-]+(?: <[a-z]+>)?)\]").Select(o => o.Groups["option"].Value).Order(StringComparer.Ordinal).ToArray());
            Assert.Equal(new[] { "iam-policy", "scan" }, documented.Keys.Order(StringComparer.Ordinal));

            var root = _tool.Run(_tool.Root, "--help");
            Assert.True(root.ExitCode == 0, root.ToString());
            Assert.Equal(new[] { "--help", "--version" }, HelpOptions(root.Output));
            foreach (var (command, options) in documented)
            {
                Assert.Contains($"  {command} <path>", root.Output, StringComparison.Ordinal);
                var run = _tool.Run(_tool.Root, command, "--help");
                Assert.True(run.ExitCode == 0, run.ToString());
                Assert.Equal(options.Append("--help").Order(StringComparer.Ordinal), HelpOptions(run.Output));
            }
        }

        /// <summary>The options of a help text's "Options:" section, by their long name and argument ("--sarif &lt;file&gt;"), sorted.</summary>
        private static string[] HelpOptions(string help) =>
            Regex.Matches(help[help.IndexOf("Options:", StringComparison.Ordinal)..], @"^  (?:-\S+, )*(?<option>--[a-z-]+(?: <[a-z]+>)?)(?:  |$)", RegexOptions.Multiline)
                .Select(m => m.Groups["option"].Value)
                .Order(StringComparer.Ordinal)
                .ToArray();

        private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        /// <summary>"action on resource" for every action and resource of a policy's statements, in statement order.</summary>
        private static string[] Grants(JsonElement policy) =>
            policy.GetProperty("Statement").EnumerateArray()
                .SelectMany(s => s.GetProperty("Action").EnumerateArray().SelectMany(a => s.GetProperty("Resource").EnumerateArray().Select(r => $"{a.GetString()} on {r.GetString()}")))
                .ToArray();

        /// <summary>
        /// A folder holding the classic Small.sln and Small.slnx, both of Broken, Reader and Writer; written once per
        /// test run (the tests only read it and restore it).
        /// </summary>
        private string SmallSolutions() => _tool.SharedFolder("srm-cli-solutions", folder => WriteSmallSolution(folder, classicSolution: true));

        /// <summary>
        /// A solution (Small.slnx, and with <paramref name="classicSolution"/> Small.sln made by `dotnet new sln --format sln`):
        /// Writer and Reader reference AWSSDK.S3 and call S3 on constant buckets; Broken is not valid MSBuild XML.
        /// </summary>
        private static void WriteSmallSolution(string folder, bool classicSolution)
        {
            WriteBuildFiles(folder);
            WriteProject(folder, "Writer", S3Version.Value, WriterSource);
            WriteProject(folder, "Reader", S3Version.Value, """
                using System.Threading.Tasks;
                using Amazon.S3;
                using Amazon.S3.Model;

                public static class Reader
                {
                    public static Task<GetObjectResponse> Load(IAmazonS3 s3, string key) =>
                        s3.GetObjectAsync(new GetObjectRequest { BucketName = "reader-bucket", Key = key });
                }
                """);
            // Valid while `dotnet sln add` reads it.
            WriteProject(folder, "Broken", null, "public static class Broken { }");
            WriteSolution(folder, "Small.slnx", "Broken", "Reader", "Writer");
            if (classicSolution)
            {
                DotNetCommand.Run(folder, "new", "sln", "--format", "sln", "--name", "Small").EnsureSuccess();
                DotNetCommand.Run(folder, "sln", "Small.sln", "add", Path.Combine("Broken", "Broken.csproj"), Path.Combine("Reader", "Reader.csproj"), Path.Combine("Writer", "Writer.csproj")).EnsureSuccess();
            }

            File.WriteAllText(Path.Combine(folder, "Broken", "Broken.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup>");
        }

        /// <summary>Nothing from the temp folder's parents applies.</summary>
        private static void WriteBuildFiles(string folder)
        {
            File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />");
            File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />");
        }

        private static void WriteSolution(string folder, string file, params string[] projects)
        {
            WriteBuildFiles(folder);
            File.WriteAllText(
                Path.Combine(folder, file),
                "<Solution>\n" + string.Concat(projects.Select(p => $"  <Project Path=\"{p}/{p}.csproj\" />\n")) + "</Solution>\n");
        }

        /// <summary>A net10.0 project of one source file, referencing AWSSDK.S3 <paramref name="s3Version"/> or nothing.</summary>
        private static void WriteProject(string solution, string name, string? s3Version, string source)
        {
            var folder = Path.Combine(solution, name);
            Directory.CreateDirectory(folder);
            var packages = s3Version is null ? string.Empty : $"""

                  <ItemGroup>
                    <PackageReference Include="AWSSDK.S3" Version="{s3Version}" />
                  </ItemGroup>
                """;
            File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                  </PropertyGroup>{packages}
                </Project>
                """);
            File.WriteAllText(Path.Combine(folder, name + ".cs"), source);
        }
    }
}
