using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace SrmAnalyzers.RuleFiles
{
    /// <summary>A rule's category, severity and notes as a release-tracking file records them.</summary>
    public sealed record ReleaseEntry(string Category, string Severity, string Notes);

    /// <summary>
    /// Roslyn's analyzer release tracking (AnalyzerReleases.Shipped.md / .Unshipped.md, checked at build
    /// time by the RS2000-family analyzers). Shipped.md is edited by hand when a version ships; the
    /// unshipped file is what the catalog adds, changes and removes relative to it.
    /// </summary>
    public static class ReleaseTracking
    {
        private const string Header =
            "; Unshipped analyzer release\n"
            + "; https://github.com/dotnet/roslyn-analyzers/blob/main/src/Microsoft.CodeAnalysis.Analyzers/ReleaseTrackingAnalyzers.Help.md\n";

        private static readonly Regex RuleIdCell = new(@"^SRM\d{3}$");

        /// <summary>
        /// Each rule's entry after every release of <paramref name="shipped"/>: "New Rules" and "Changed
        /// Rules" (its new category and severity) set it, "Removed Rules" removes it, in file order.
        /// </summary>
        public static IReadOnlyDictionary<string, ReleaseEntry> ShippedEntries(string shipped)
        {
            var entries = new SortedDictionary<string, ReleaseEntry>(StringComparer.Ordinal);
            var section = string.Empty;
            foreach (var line in shipped.Split('\n').Select(line => line.TrimEnd('\r')))
            {
                if (line.StartsWith("###", StringComparison.Ordinal))
                {
                    section = line.TrimStart('#').Trim();
                    continue;
                }

                var cells = line.Split('|').Select(cell => cell.Trim()).ToArray();
                if (cells.Length < 3 || !RuleIdCell.IsMatch(cells[0]))
                {
                    continue;
                }

                switch (section)
                {
                    case "New Rules":
                        entries[cells[0]] = new ReleaseEntry(cells[1], cells[2], cells.Length > 3 ? cells[3] : string.Empty);
                        break;
                    case "Changed Rules":
                        // Rule ID | New Category | New Severity | Old Category | Old Severity | Notes
                        entries[cells[0]] = new ReleaseEntry(cells[1], cells[2], cells.Length > 5 ? cells[5] : string.Empty);
                        break;
                    case "Removed Rules":
                        entries.Remove(cells[0]);
                        break;
                }
            }

            return entries;
        }

        /// <summary>AnalyzerReleases.Unshipped.md: the rules that are new, removed or changed since <paramref name="shipped"/>.</summary>
        public static string Unshipped(IReadOnlyList<Rule> rules, string shipped)
        {
            var before = ShippedEntries(shipped);
            var current = rules.ToDictionary(rule => rule.Id, StringComparer.Ordinal);
            var text = new StringBuilder(Header);

            Section(text, "New Rules", "Rule ID | Category | Severity | Notes", "--------|----------|----------|-------", rules
                .Where(rule => !before.ContainsKey(rule.Id))
                .Select(rule => $"{rule.Id} | {rule.Category} | {rule.ReleaseSeverity} | {Notes(rule)}"));
            Section(text, "Removed Rules", "Rule ID | Category | Severity | Notes", "--------|----------|----------|-------", before
                .Where(entry => !current.ContainsKey(entry.Key))
                .Select(entry => $"{entry.Key} | {entry.Value.Category} | {entry.Value.Severity} | {entry.Value.Notes}"));
            Section(text, "Changed Rules", "Rule ID | New Category | New Severity | Old Category | Old Severity | Notes", "--------|--------------|--------------|--------------|--------------|-------", rules
                .Where(rule => before.TryGetValue(rule.Id, out var old) && (old.Category != rule.Category || old.Severity != rule.ReleaseSeverity))
                .Select(rule => $"{rule.Id} | {rule.Category} | {rule.ReleaseSeverity} | {before[rule.Id].Category} | {before[rule.Id].Severity} | {Notes(rule)}"));
            return text.ToString();
        }

        /// <summary>The analyzers that report the rule, as Roslyn's own release-tracking fix writes them.</summary>
        private static string Notes(Rule rule) => string.Join(", ", rule.Analyzers);

        private static void Section(StringBuilder text, string title, string header, string separator, IEnumerable<string> rows)
        {
            var list = rows.ToList();
            if (list.Count == 0)
            {
                return;
            }

            text.Append('\n').Append("### ").Append(title).Append("\n\n").Append(header).Append('\n').Append(separator).Append('\n');
            foreach (var row in list)
            {
                text.Append(row).Append('\n');
            }
        }
    }
}
