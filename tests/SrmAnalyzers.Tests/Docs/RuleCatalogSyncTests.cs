using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SrmAnalyzers.Tests.Infrastructure;

namespace SrmAnalyzers.Tests.Docs
{
    /// <summary>
    /// Every rule the analyzers expose (found by reflection, so a new analyzer is checked without
    /// touching this file) links to its page and names its duty. Its page, README row, package README
    /// line, presets and release-tracking row are generated from the same descriptors (GeneratedFilesTests).
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
        public void Every_rule_links_to_its_docs_page()
        {
            AssertNone("help links that are not RuleIdentifiers.HelpLink(id)", Descriptors
                .Where(d => d.HelpLinkUri != RuleIdentifiers.HelpLink(d.Id))
                .Select(d => $"{d.Id}: helpLinkUri is '{d.HelpLinkUri}', expected '{RuleIdentifiers.HelpLink(d.Id)}'"));
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

        private static void AssertNone(string what, IEnumerable<string> problems)
        {
            var list = problems.ToList();
            Assert.True(list.Count == 0, $"{list.Count} {what}:\n  " + string.Join("\n  ", list));
        }
    }
}
