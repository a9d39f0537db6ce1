using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SrmAnalyzers.Tests.Infrastructure;

namespace SrmAnalyzers.Tests.Docs
{
    /// <summary>A rule's category and severity as the release-tracking files record them.</summary>
    public sealed record ReleaseEntry(string Category, string Severity, string File);

    /// <summary>Reads the repository's hand-written documents that must agree with the code.</summary>
    public static class RepositoryDocuments
    {
        private static readonly Regex RuleId = new(@"\bSRM\d{3}\b");

        public static string PathOf(params string[] parts) => Path.Combine(new[] { AwsReferences.RepositoryRoot }.Concat(parts).ToArray());

        /// <summary>
        /// The current entry of each rule: AnalyzerReleases.Shipped.md then .Unshipped.md, applying
        /// "New Rules", "Changed Rules" (new category and severity) and "Removed Rules" in order.
        /// </summary>
        public static IReadOnlyDictionary<string, ReleaseEntry> ReleaseEntries()
        {
            var entries = new Dictionary<string, ReleaseEntry>(StringComparer.Ordinal);
            foreach (var file in new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" })
            {
                var section = string.Empty;
                foreach (var line in File.ReadAllLines(PathOf("src", "SrmAnalyzers", file)))
                {
                    if (line.StartsWith("###", StringComparison.Ordinal))
                    {
                        section = line.TrimStart('#').Trim();
                        continue;
                    }

                    var cells = line.Split('|').Select(cell => cell.Trim()).ToArray();
                    if (cells.Length < 3 || !RuleId.IsMatch(cells[0]) || cells[0].Length != 6)
                    {
                        continue;
                    }

                    switch (section)
                    {
                        case "New Rules":
                        case "Changed Rules":
                            entries[cells[0]] = new ReleaseEntry(cells[1], cells[2], file);
                            break;
                        case "Removed Rules":
                            entries.Remove(cells[0]);
                            break;
                    }
                }
            }

            return entries;
        }

        /// <summary>
        /// The README's rule table: the Markdown table whose header has an "ID" column, as
        /// rule ID → (column header, lower case → cell).
        /// </summary>
        public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ReadmeRuleTable()
        {
            var rows = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
            string[]? header = null;
            foreach (var line in File.ReadAllLines(PathOf("README.md")))
            {
                if (!line.TrimStart().StartsWith('|'))
                {
                    header = null;
                    continue;
                }

                var cells = line.Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToArray();
                if (header is null)
                {
                    header = cells.Select(cell => cell.ToLowerInvariant()).ToArray();
                    continue;
                }

                var id = RuleId.Match(cells[0]);
                if (header[0] == "id" && id.Success)
                {
                    rows[id.Value] = header.Zip(cells).ToDictionary(pair => pair.First, pair => pair.Second);
                }
            }

            return rows;
        }
    }
}
