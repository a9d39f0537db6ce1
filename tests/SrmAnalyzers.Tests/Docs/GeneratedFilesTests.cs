using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SrmAnalyzers.RuleFiles;
using SrmAnalyzers.Tests.Infrastructure;
using SrmAnalyzers.Tests.Package;

namespace SrmAnalyzers.Tests.Docs
{
    /// <summary>
    /// The files that follow from the rule descriptors (README table, nuget/README.md list, fix
    /// command, presets, ValidCode .globalconfig, unshipped release rows, a page for every rule) are
    /// what tools/SrmAnalyzers.RuleFiles writes from the analyzers this suite is built with.
    /// </summary>
    public class GeneratedFilesTests
    {
        private static readonly Lazy<RuleCatalog> Catalog = new(RuleCatalog.Load);

        [Fact]
        public void Generated_files_are_up_to_date()
        {
            var files = RuleFileSet.Generate(AwsReferences.RepositoryRoot, Catalog.Value);

            Assert.Contains(files, file => file.RelativePath == "README.md");
            Assert.False(files.Any(file => file.IsStale), StaleReport(files));
        }

        /// <summary>README and CONTRIBUTING.md give the command the failures above print.</summary>
        [Fact]
        public void The_documents_give_the_regenerate_command()
        {
            Assert.Equal(RuleFileSet.RegenerateCommand, DocSnippets.SingleCommand(MarkdownSnippets.Find("README.md", "sh", "tools/SrmAnalyzers.RuleFiles")));
            Assert.Contains("\n" + RuleFileSet.RegenerateCommand + "\n", File.ReadAllText(Path.Combine(AwsReferences.RepositoryRoot, "CONTRIBUTING.md")), StringComparison.Ordinal);
        }

        [Fact]
        public void Catalog_has_every_rule_the_analyzers_expose()
        {
            Assert.Equal(
                AnalyzerCatalog.Descriptors(AnalyzerCatalog.AnalyzerAssembly).Select(d => d.Id).Distinct(),
                Catalog.Value.Rules.Select(rule => rule.Id));
        }

        /// <summary>The failure a contributor sees names the file, shows the changed lines and gives the command.</summary>
        [Fact]
        public void A_stale_file_is_reported_with_a_diff_and_the_command()
        {
            var generated = "# Rules\n\n| ID | Title |\n|---|---|\n| SRM101 | S3 |\n| SRM102 | TLS |\n\nEnd.\n";
            var committed = generated.Replace("| SRM102 | TLS |\n", string.Empty, StringComparison.Ordinal);

            var report = StaleReport(new[] { new GeneratedFile("README.md", committed, generated) });

            Assert.Contains("README.md (- committed, + generated)", report, StringComparison.Ordinal);
            Assert.Contains("+    6: | SRM102 | TLS |", report, StringComparison.Ordinal);
            Assert.Contains("     5: | SRM101 | S3 |", report, StringComparison.Ordinal);
            Assert.DoesNotContain("# Rules", report, StringComparison.Ordinal);
            Assert.Contains(RuleFileSet.RegenerateCommand, report, StringComparison.Ordinal);
        }

        [Fact]
        public void A_region_without_its_markers_is_an_error_that_shows_the_marker()
        {
            var error = Assert.Throws<InvalidOperationException>(() => GeneratedRegion.Replace("# README\n", "rule-table", "README.md", "| ID |\n"));

            Assert.Contains(GeneratedRegion.BeginMarker("rule-table"), error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_region_is_replaced_between_its_markers_only()
        {
            var document = string.Join("\n", "before", GeneratedRegion.BeginMarker("list"), string.Empty, "- old", string.Empty, GeneratedRegion.EndMarker("list"), "after", string.Empty);

            var replaced = GeneratedRegion.Replace(document, "list", "doc.md", "- new 1\n- new 2\n");

            Assert.Equal(string.Join("\n", "before", GeneratedRegion.BeginMarker("list"), string.Empty, "- new 1", "- new 2", string.Empty, GeneratedRegion.EndMarker("list"), "after", string.Empty), replaced);
        }

        /// <summary>
        /// After a release moves rows to AnalyzerReleases.Shipped.md, the unshipped file holds only what
        /// changed since: new rules, rules whose category or severity changed, rules no analyzer exposes.
        /// </summary>
        [Fact]
        public void Unshipped_release_rows_are_the_changes_since_the_shipped_releases()
        {
            const string shipped = """
                ; Shipped analyzer releases

                ## Release 1.0

                ### New Rules

                Rule ID | Category | Severity | Notes
                --------|----------|----------|-------
                SRM101 | Security | Warning | S3ObjectEncryptionAnalyzer
                SRM102 | Security | Warning | TlsDisabledAnalyzer
                SRM103 | Security | Warning | UnencryptedEbsVolumeAnalyzer
                SRM104 | Security | Warning | PlainTextSecretParameterAnalyzer

                ## Release 1.1

                ### Removed Rules

                Rule ID | Category | Severity | Notes
                --------|----------|----------|-------
                SRM103 | Security | Warning | UnencryptedEbsVolumeAnalyzer

                """;
            var rules = new[]
            {
                TestRule("SRM101", DiagnosticSeverity.Warning, "S3ObjectEncryptionAnalyzer"),
                TestRule("SRM102", DiagnosticSeverity.Error, "TlsDisabledAnalyzer"),
                TestRule("SRM103", DiagnosticSeverity.Warning, "UnencryptedEbsVolumeAnalyzer"),
            };

            var unshipped = ReleaseTracking.Unshipped(rules, shipped);

            Assert.Equal(
                """
                ; Unshipped analyzer release
                ; https://github.com/dotnet/roslyn-analyzers/blob/main/src/Microsoft.CodeAnalysis.Analyzers/ReleaseTrackingAnalyzers.Help.md

                ### New Rules

                Rule ID | Category | Severity | Notes
                --------|----------|----------|-------
                SRM103 | Security | Warning | UnencryptedEbsVolumeAnalyzer

                ### Removed Rules

                Rule ID | Category | Severity | Notes
                --------|----------|----------|-------
                SRM104 | Security | Warning | PlainTextSecretParameterAnalyzer

                ### Changed Rules

                Rule ID | New Category | New Severity | Old Category | Old Severity | Notes
                --------|--------------|--------------|--------------|--------------|-------
                SRM102 | Security | Error | Security | Warning | TlsDisabledAnalyzer

                """,
                unshipped);
        }

        private static Rule TestRule(string id, DiagnosticSeverity severity, string analyzer) =>
            new(id, "title", DiagnosticDescriptors.Category, severity, true, "data protection", Array.Empty<string>(), Array.Empty<string>(), false, false, new[] { analyzer });

        private static string StaleReport(IEnumerable<GeneratedFile> files)
        {
            var stale = files.Where(file => file.IsStale).ToList();
            return $"{stale.Count} generated file(s) differ from what the rule descriptors say. From the repository root, run\n\n    {RuleFileSet.RegenerateCommand}\n\nand commit the result (it never overwrites a rule page that exists).\n\n"
                + string.Join("\n", stale.Select(file => file.Describe()));
        }
    }
}
