using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace SrmAnalyzers.Tests.Package
{
    /// <summary>
    /// The packed package at work in a user's build: the demo's source, restored from the package,
    /// built by the real SDK with the README's SARIF command. Expectations come from the demo's
    /// `// expect: SRMxxx` markers, limited to the rules the packed analyzers support, so the tests
    /// tighten by themselves as rules land. Severities, presets and the other documented settings are
    /// checked on the documentation's consumer projects (DocsConfigurationTests) and command lines
    /// (DocsCommandLineTests).
    /// </summary>
    [Collection(PackageCollection.Name)]
    public class ConsumerBuildTests
    {
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
