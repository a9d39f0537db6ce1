using System;
using System.Collections.Generic;
using System.Linq;

namespace SrmAnalyzers.RuleFiles
{
    /// <summary>
    /// A generated part of a hand-written Markdown document, between two marker lines. The markers are
    /// Markdown link reference definitions (<c>[//]: # (...)</c>): invisible on GitHub and on
    /// nuget.org, which shows inline HTML, comments included, as text.
    /// </summary>
    public static class GeneratedRegion
    {
        public static string BeginMarker(string name) =>
            $"[//]: # (BEGIN generated {name}: written by tools/SrmAnalyzers.RuleFiles, see CONTRIBUTING.md)";

        public static string EndMarker(string name) => $"[//]: # (END generated {name})";

        /// <summary>
        /// <paramref name="document"/> with the lines between the region's markers replaced by a blank
        /// line, <paramref name="body"/> and a blank line (a marker must not touch a paragraph or table).
        /// </summary>
        public static string Replace(string document, string name, string documentPath, string body)
        {
            var lines = document.Split('\n').ToList();
            var begin = SingleLine(lines, BeginMarker(name), documentPath);
            var end = SingleLine(lines, EndMarker(name), documentPath);
            if (end < begin)
            {
                throw new InvalidOperationException($"{documentPath}: the end marker of the generated region '{name}' comes before its begin marker.");
            }

            var region = new List<string> { string.Empty };
            region.AddRange(body.TrimEnd('\n').Split('\n'));
            region.Add(string.Empty);
            lines.RemoveRange(begin + 1, end - begin - 1);
            lines.InsertRange(begin + 1, region);
            return string.Join("\n", lines);
        }

        private static int SingleLine(List<string> lines, string marker, string documentPath)
        {
            var found = lines.Select((line, index) => (line, index)).Where(pair => pair.line.TrimEnd('\r') == marker).Select(pair => pair.index).ToList();
            return found.Count == 1
                ? found[0]
                : throw new InvalidOperationException($"{documentPath} must hold this line exactly once (found {found.Count}):\n{marker}");
        }
    }
}
