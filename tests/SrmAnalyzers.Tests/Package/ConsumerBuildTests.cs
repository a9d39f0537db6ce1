using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace SrmAnalyzers.Tests.Package
{
    /// <summary>
    /// The packed package at work in a user's build: the demo's source, restored from the package,
    /// built by the real SDK. Expectations come from the demo's `// expect: SRMxxx` markers, limited to
    /// the rules the packed analyzers support, so the tests tighten by themselves as rules land.
    /// </summary>
    [Collection(PackageCollection.Name)]
    public class ConsumerBuildTests
    {
        private const string ConfiguredRule = "SRM402";

        private readonly PackageFixture _package;

        public ConsumerBuildTests(PackageFixture package) => _package = package;

        [Fact]
        public void Build_reports_every_marked_finding_once_and_nothing_unmarked()
        {
            var build = _package.DefaultBuild;
            var expected = _package.ExpectedMarkers;
            using var sarif = ReadSarif(build);
            var reported = ReportedDiagnostic.InSarif(sarif.RootElement);

            Assert.True(build.Result.Succeeded, build.ToString());
            var problems = MarkerProblems(expected, reported);
            Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n\n" + build);
            Assert.NotEmpty(expected);

            // What the user sees: the same findings, as warnings, in the build output.
            Assert.Equal(
                reported.Select(d => (Path.GetFileName(d.File), d.Line, d.Column, d.RuleId)).Order(),
                build.Diagnostics.Select(d => (Path.GetFileName(d.File), d.Line, d.Column, d.RuleId)).Order());
            Assert.All(build.Diagnostics, diagnostic => Assert.Equal("warning", diagnostic.Severity));
        }

        [Fact]
        public void Warnaserror_fails_the_build_on_the_findings()
        {
            var build = _package.Build(editorConfig: null, "-warnaserror");

            Assert.False(build.Result.Succeeded, build.ToString());
            foreach (var marker in _package.ExpectedMarkers)
            {
                Assert.Contains(build.Diagnostics, d => marker.Covers(d) && d.Severity == "error");
            }
        }

        [Fact]
        public void Editorconfig_severity_none_removes_the_rule()
        {
            Assert.Contains(_package.Rules, rule => rule.Id == ConfiguredRule);

            var build = _package.Build($"dotnet_diagnostic.{ConfiguredRule}.severity = none");

            Assert.True(build.Result.Succeeded, build.ToString());
            Assert.DoesNotContain(build.Diagnostics, d => d.RuleId == ConfiguredRule);
            Assert.Empty(MarkerProblems(_package.ExpectedMarkers.Where(m => m.RuleId != ConfiguredRule).ToList(), build.Diagnostics));
        }

        [Fact]
        public void Editorconfig_severity_error_fails_the_build()
        {
            var build = _package.Build($"dotnet_diagnostic.{ConfiguredRule}.severity = error");

            Assert.False(build.Result.Succeeded, build.ToString());
            Assert.Contains(build.Diagnostics, d => d.RuleId == ConfiguredRule && d.Severity == "error");
            Assert.All(build.Diagnostics.Where(d => d.RuleId != ConfiguredRule), d => Assert.Equal("warning", d.Severity));
        }

        [Fact]
        public void AllErrors_mode_makes_every_finding_an_error()
        {
            var build = _package.Build(editorConfig: null, "-p:SrmAnalysisMode=AllErrors");

            Assert.False(build.Result.Succeeded, build.ToString());
            Assert.Empty(MarkerProblems(_package.ExpectedMarkers, build.Diagnostics));
            Assert.All(build.Diagnostics, d => Assert.Equal("error", d.Severity));
        }

        [Fact]
        public void None_mode_turns_every_rule_off_and_editorconfig_still_wins()
        {
            var off = _package.Build(editorConfig: null, "-p:SrmAnalysisMode=None");
            Assert.True(off.Result.Succeeded, off.ToString());
            Assert.Empty(off.Diagnostics);

            // The presets sit below the project's own configuration.
            var reenabled = _package.Build($"dotnet_diagnostic.{ConfiguredRule}.severity = warning", "-p:SrmAnalysisMode=None");
            Assert.Contains(reenabled.Diagnostics, d => d.RuleId == ConfiguredRule);
            Assert.All(reenabled.Diagnostics, d => Assert.Equal(ConfiguredRule, d.RuleId));
        }

        [Fact]
        public void Unknown_mode_warns_and_keeps_the_default_severities()
        {
            var build = _package.Build(editorConfig: null, "-p:SrmAnalysisMode=Paranoid");

            Assert.True(build.Result.Succeeded, build.ToString());
            Assert.Contains("warning SRM900", build.Result.Output, StringComparison.Ordinal);
            Assert.Empty(MarkerProblems(_package.ExpectedMarkers, build.Diagnostics.Where(d => d.RuleId != "SRM900").ToList()));
        }

        [Fact]
        public void Test_projects_can_be_excluded_except_for_hard_coded_credentials()
        {
            var build = _package.Build(editorConfig: null, "-p:SrmExcludeTestProjects=true", "-p:IsTestProject=true");

            Assert.True(build.Result.Succeeded, build.ToString());
            Assert.Contains(build.Diagnostics, d => d.RuleId == RuleIdentifiers.HardCodedCredentials);
            Assert.All(build.Diagnostics, d => Assert.Equal(RuleIdentifiers.HardCodedCredentials, d.RuleId));
        }

        [Fact]
        public void Error_log_is_sarif_2_1_with_rule_help_and_tags()
        {
            using var sarif = ReadSarif(_package.DefaultBuild);
            Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
            var run = sarif.RootElement.GetProperty("runs").EnumerateArray().Single();
            var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
                .ToDictionary(rule => rule.GetProperty("id").GetString()!);
            var resultIds = run.GetProperty("results").EnumerateArray().Select(result => result.GetProperty("ruleId").GetString()).ToHashSet();

            var reported = _package.ExpectedMarkers.Select(marker => marker.RuleId).Distinct().ToList();
            Assert.NotEmpty(reported);
            foreach (var id in reported)
            {
                var rule = _package.Rules.First(r => r.Id == id);
                Assert.Contains(id, resultIds);
                Assert.True(rules.TryGetValue(id, out var sarifRule), $"SARIF has no rule entry for {id}.");
                Assert.Equal(rule.HelpLinkUri, sarifRule.GetProperty("helpUri").GetString());
                var tags = sarifRule.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(tag => tag.GetString()).ToList();
                Assert.Contains(rule.Tags, tag => tag.StartsWith("duty:", StringComparison.Ordinal));
                Assert.Contains(rule.Tags, tag => tag.StartsWith("CWE-", StringComparison.Ordinal) || tag.StartsWith("FSBP:", StringComparison.Ordinal));
                foreach (var tag in rule.Tags)
                {
                    Assert.Contains(tag, tags);
                }
            }
        }

        private JsonDocument ReadSarif(ConsumerBuild build)
        {
            Assert.True(File.Exists(_package.SarifPath), "No SARIF file was written.\n" + build);
            return JsonDocument.Parse(File.ReadAllText(_package.SarifPath));
        }

        private static List<string> MarkerProblems(IReadOnlyList<DemoMarker> expected, IReadOnlyList<ReportedDiagnostic> reported)
        {
            var problems = new List<string>();
            foreach (var marker in expected)
            {
                var count = reported.Count(marker.Covers);
                if (count != 1)
                {
                    problems.Add($"{marker}: reported {count} times, expected once.");
                }
            }

            foreach (var diagnostic in reported.Where(d => !expected.Any(marker => marker.Covers(d))))
            {
                problems.Add($"Unmarked finding: {diagnostic}");
            }

            return problems;
        }
    }
}
