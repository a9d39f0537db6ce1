using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SrmAnalyzers.Tests.Infrastructure;

namespace SrmAnalyzers.Tests.Docs
{
    /// <summary>
    /// Every rule the analyzers expose (found by reflection, so a new analyzer is checked without
    /// touching this file) is documented, tracked for release and listed in the README, consistently.
    /// </summary>
    public class RuleCatalogSyncTests
    {
        private static readonly IReadOnlyList<DiagnosticDescriptor> Descriptors = AnalyzerCatalog.Descriptors(AnalyzerCatalog.AnalyzerAssembly);

        [Fact]
        public void Analyzers_expose_rules()
        {
            Assert.NotEmpty(Descriptors);
        }

        [Fact]
        public void Every_rule_has_a_docs_page()
        {
            AssertNone("missing docs/rules/<ID>.md pages", Descriptors
                .Where(d => !File.Exists(RepositoryDocuments.PathOf("docs", "rules", d.Id + ".md")))
                .Select(d => $"{d.Id}: docs/rules/{d.Id}.md does not exist"));
        }

        [Fact]
        public void Every_rule_links_to_its_docs_page()
        {
            AssertNone("help links that are not RuleIdentifiers.HelpLink(id)", Descriptors
                .Where(d => d.HelpLinkUri != RuleIdentifiers.HelpLink(d.Id))
                .Select(d => $"{d.Id}: helpLinkUri is '{d.HelpLinkUri}', expected '{RuleIdentifiers.HelpLink(d.Id)}'"));
        }

        [Fact]
        public void Every_rule_is_tracked_for_release_with_its_category_and_severity()
        {
            var entries = RepositoryDocuments.ReleaseEntries();
            var problems = new List<string>();
            foreach (var group in Descriptors.GroupBy(d => d.Id))
            {
                if (!entries.TryGetValue(group.Key, out var entry))
                {
                    problems.Add($"{group.Key}: no entry in AnalyzerReleases.Unshipped.md or AnalyzerReleases.Shipped.md");
                    continue;
                }

                // The release files hold one row per ID; it must describe (one of) the rule's descriptors.
                if (!group.Any(d => d.Category == entry.Category && ReleaseSeverity(d) == entry.Severity))
                {
                    problems.Add($"{group.Key}: {entry.File} says {entry.Category}/{entry.Severity}, the descriptor says {string.Join(" or ", group.Select(d => d.Category + "/" + ReleaseSeverity(d)))}");
                }
            }

            AssertNone("rules missing or out of date in the release-tracking files", problems);
        }

        [Fact]
        public void Every_rule_has_a_matching_row_in_the_readme_rule_table()
        {
            var table = RepositoryDocuments.ReadmeRuleTable();
            var fixable = AnalyzerCatalog.FixableIds(AnalyzerCatalog.CodeFixAssembly);
            var problems = new List<string>();
            foreach (var group in Descriptors.GroupBy(d => d.Id))
            {
                if (!table.TryGetValue(group.Key, out var row))
                {
                    problems.Add($"{group.Key}: no row in the README rule table");
                    continue;
                }

                var severity = Cell(row, "default severity");
                foreach (var expected in group.Select(d => d.DefaultSeverity.ToString()).Distinct())
                {
                    if (!severity.Contains(expected, StringComparison.Ordinal))
                    {
                        problems.Add($"{group.Key}: README default severity is '{severity}', the descriptor says {expected}");
                    }
                }

                var title = Cell(row, "title");
                if (!group.Any(d => d.Title.ToString() == title))
                {
                    problems.Add($"{group.Key}: README title is '{title}', the descriptor says '{group.First().Title}'");
                }

                var codeFix = Cell(row, "code fix");
                var hasFix = fixable.Contains(group.Key);
                if (!codeFix.StartsWith(hasFix ? "yes" : "no", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"{group.Key}: README code fix is '{codeFix}', but a code fix provider {(hasFix ? "exists" : "does not exist")}");
                }

                var tags = Cell(row, "tags");
                foreach (var tag in group.SelectMany(d => d.CustomTags).Where(t => t.StartsWith("CWE-", StringComparison.Ordinal) || t.StartsWith("FSBP:", StringComparison.Ordinal)).Distinct())
                {
                    var shown = tag.StartsWith("FSBP:", StringComparison.Ordinal) ? tag["FSBP:".Length..] : tag;
                    if (!tags.Contains(shown, StringComparison.Ordinal))
                    {
                        problems.Add($"{group.Key}: README tags '{tags}' lack {shown}");
                    }
                }
            }

            AssertNone("README rule table rows missing or out of date", problems);
        }

        [Fact]
        public void Every_message_names_the_customer_duty()
        {
            // Security rules enforce a customer duty; SRM9xx (category Configuration) are about the package's own options.
            Assert.All(Descriptors, d => Assert.True(d.Category is "Security" or "Configuration", $"{d.Id}: category {d.Category}"));
            Assert.All(Descriptors.Where(d => d.Category == "Configuration"), d => Assert.StartsWith("SRM9", d.Id, StringComparison.Ordinal));
            AssertNone("messages without the customer duty", Descriptors
                .Where(d => d.Category == "Security")
                .Where(d => !d.MessageFormat.ToString().Contains("customer duty", StringComparison.Ordinal))
                .Select(d => $"{d.Id}: message format '{d.MessageFormat}' does not contain 'customer duty'"));
        }

        /// <summary>The severity column of the release-tracking files ("Disabled" for rules off by default).</summary>
        private static string ReleaseSeverity(DiagnosticDescriptor descriptor) =>
            descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity.ToString() : "Disabled";

        private static string Cell(IReadOnlyDictionary<string, string> row, string headerStart) =>
            row.FirstOrDefault(cell => cell.Key.StartsWith(headerStart, StringComparison.Ordinal)).Value
            ?? throw new InvalidOperationException($"The README rule table has no column starting with '{headerStart}'.");

        private static void AssertNone(string what, IEnumerable<string> problems)
        {
            var list = problems.ToList();
            Assert.True(list.Count == 0, $"{list.Count} {what}:\n  " + string.Join("\n  ", list));
        }
    }
}
