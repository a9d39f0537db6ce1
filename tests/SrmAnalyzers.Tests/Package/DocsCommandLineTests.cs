using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace SrmAnalyzers.Tests.Package
{
    /// <summary>
    /// The `dotnet build` command lines of the documents (SARIF, CI pipelines, CI gates), run as
    /// written over the demo consumer or a workspace project, and the README's example warning line
    /// compared with what the demo build prints.
    /// </summary>
    [Collection(PackageCollection.Name)]
    public class DocsCommandLineTests
    {
        private readonly PackageFixture _package;

        public DocsCommandLineTests(PackageFixture package) => _package = package;

        [Fact]
        public void Readme_example_warning_is_what_the_demo_build_prints()
        {
            var example = ReportedDiagnostic.InBuildOutput(DocSnippets.ReadmeExampleWarning.Text);
            var line = Assert.Single(example);
            Assert.StartsWith("samples/UploadService/", line.File, StringComparison.Ordinal);

            var printed = _package.DefaultBuild.Diagnostics.Where(d => Path.GetFileName(d.File) == Path.GetFileName(line.File) && d.RuleId == line.RuleId).ToList();
            Assert.Contains(
                (line.Line, line.Column, line.Severity, line.Message),
                printed.Select(d => (d.Line, d.Column, d.Severity, d.Message)));
        }

        [Fact]
        public void Readme_and_configuration_sarif_commands_write_sarif_2_1_beside_the_project()
        {
            // The same command in both documents: DefaultBuild runs it (ConsumerBuildTests checks the log's rules and tags).
            Assert.Equal(DocSnippets.ReadmeSarifCommand, DocSnippets.SingleCommand(DocSnippets.ConfigurationSarif));
            AssertSarif(_package.DefaultBuild, _package.SarifPath, "warning");
        }

        [Fact]
        public void Ci_sarif_command_writes_the_log_beside_the_project()
        {
            // Run at the checkout's root: the relative path is the project's, not the current folder's.
            var command = DocSnippets.SingleCommand(DocSnippets.CiSarif);
            var log = Path.Combine(_package.ConsumerDirectory, DocSnippets.ErrorLogFile(command));
            File.Delete(log);

            var build = _package.RunDocumentedBuild(_package.CheckoutDirectory, command);

            Assert.True(build.Result.Succeeded, build.ToString());
            AssertSarif(build, log, "warning");
        }

        [Fact]
        public void GitHub_actions_build_step_writes_the_log_that_the_upload_step_reads()
        {
            // The runner builds at the checkout's root.
            var workspace = _package.CheckoutDirectory;
            var command = DocSnippets.BuildStep(DocSnippets.CiGitHubActions).Replace("${{ github.workspace }}", workspace, StringComparison.Ordinal);
            var uploaded = DocSnippets.CiGitHubActions.Lines.Select(l => l.Trim()).Single(l => l.StartsWith("sarif_file:", StringComparison.Ordinal))["sarif_file:".Length..].Trim();
            var log = Path.Combine(workspace, uploaded);
            File.Delete(log);

            var build = _package.RunDocumentedBuild(workspace, command);

            Assert.True(build.Result.Succeeded, build.ToString());
            AssertSarif(build, log, "warning");
        }

        [Fact]
        public void Azure_pipelines_build_step_fails_on_every_finding_and_creates_the_log_folder()
        {
            var workspace = _package.CheckoutDirectory;
            var staging = Path.Combine(_package.Root, "staging");
            Directory.CreateDirectory(staging);
            var command = DocSnippets.BuildStep(DocSnippets.CiAzurePipelines).Replace("$(Build.ArtifactStagingDirectory)", staging, StringComparison.Ordinal);
            var log = DocSnippets.ErrorLogFile(command);
            Assert.False(Directory.Exists(Path.GetDirectoryName(log)), "The staging folder's CodeAnalysisLogs must not exist before the build.");

            var build = _package.RunDocumentedBuild(workspace, command);

            // SrmAnalysisMode=AllErrors: every finding fails the build.
            Assert.False(build.Result.Succeeded, build.ToString());
            AssertSarif(build, log, "error");
            Assert.All(build.Diagnostics, d => Assert.Equal("error", d.Severity));
        }

        [Fact]
        public void Ci_gate_with_test_projects_excluded_fails_only_on_hard_coded_credentials()
        {
            // ci.md: `dotnet build -p:SrmAnalysisMode=AllErrors` in CI, `-warnaserror`, and SrmExcludeTestProjects in the test project.
            var allErrors = MarkdownSnippets.Inline("docs/ci.md", @"^dotnet build -p:SrmAnalysisMode=AllErrors$");
            var warnAsError = MarkdownSnippets.Inline("docs/ci.md", @"^dotnet build -warnaserror$");
            var project = _package.Docs[DocsWorkspace.UnitTests];

            var build = _package.RunDocumentedBuild(project.Directory, allErrors, warnAsError.Split(' ').Skip(2).ToArray());

            Assert.False(build.Result.Succeeded, build.ToString());
            Assert.DoesNotContain("MultipleGlobalAnalyzerKeys", build.Result.Output, StringComparison.Ordinal);
            var results = SarifResult.Read(Path.Combine(_package.Docs.SarifDirectory, DocsWorkspace.UnitTests + ".sarif"))
                .Where(r => r.RuleId.StartsWith("SRM", StringComparison.Ordinal))
                .Select(r => (r.RuleId, r.Level, Line: r.Line))
                .Order()
                .ToList();
            var source = DocsWorkspace.StandardSource("x");
            Assert.Equal(new[] { ("SRM301", "error", source.Lines[ConsumerSources.HardCodedKey.Name]), ("SRM901", "error", 0) }, results);
        }

        [Fact]
        public void Warnaserror_fails_the_build_on_the_findings()
        {
            var build = _package.RunDocumentedBuild(_package.ConsumerDirectory, MarkdownSnippets.Inline("docs/ci.md", @"^dotnet build -warnaserror$"));

            Assert.False(build.Result.Succeeded, build.ToString());
            foreach (var marker in _package.ExpectedMarkers)
            {
                Assert.Contains(build.Diagnostics, d => marker.Covers(d) && d.Severity == "error");
            }
        }

        /// <summary>The log exists, is SARIF 2.1.0 and has every marked finding of the demo once, at <paramref name="level"/>.</summary>
        private void AssertSarif(ConsumerBuild build, string log, string level)
        {
            Assert.True(File.Exists(log), $"No SARIF log at {log}.\n{build}");
            using var sarif = JsonDocument.Parse(File.ReadAllText(log));
            Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
            var reported = ReportedDiagnostic.InSarif(sarif.RootElement);
            var problems = new List<string>();
            foreach (var marker in _package.ExpectedMarkers)
            {
                var count = reported.Count(d => marker.Covers(d) && d.Severity == level);
                if (count != 1)
                {
                    problems.Add($"{marker}: {count} {level} results");
                }
            }

            Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n" + build);
        }
    }
}
