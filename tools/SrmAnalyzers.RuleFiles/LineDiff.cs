using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SrmAnalyzers.RuleFiles
{
    /// <summary>
    /// A unified-style line diff ("-" committed, "+" generated, two lines of context), enough to see
    /// what a stale generated file lacks. Files here are a few hundred lines: a plain LCS table is fast.
    /// </summary>
    public static class LineDiff
    {
        private const int Context = 2;
        private const int MaxLines = 80;

        public static string Between(string committed, string generated)
        {
            var before = Lines(committed);
            var after = Lines(generated);
            var edits = Edits(before, after);
            var changed = edits.Select((edit, index) => (edit, index)).Where(pair => pair.edit.Kind != ' ').Select(pair => pair.index).ToList();
            if (changed.Count == 0)
            {
                // Same lines, different bytes: line endings or the final newline.
                return "  (the lines are equal; line endings or the final newline differ)";
            }

            var text = new StringBuilder();
            var written = 0;
            var shownUntil = -1;
            foreach (var index in changed)
            {
                var from = Math.Max(index - Context, shownUntil + 1);
                var to = Math.Min(index + Context, edits.Count - 1);
                if (from > shownUntil + 1 && text.Length > 0)
                {
                    text.Append("  ...\n");
                }

                for (var i = from; i <= to && written < MaxLines; i++, written++)
                {
                    var edit = edits[i];
                    var line = edit.Kind == '+' ? edit.GeneratedLine : edit.CommittedLine;
                    text.Append(CultureInfo.InvariantCulture, $"{edit.Kind} {line,4}: {edit.Text}\n");
                }

                shownUntil = Math.Max(shownUntil, to);
                if (written >= MaxLines)
                {
                    text.Append("  ... (diff cut)\n");
                    break;
                }
            }

            return text.ToString();
        }

        private static string[] Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');

        /// <summary>Kind ' ' (both), '-' (only committed) or '+' (only generated), with 1-based line numbers.</summary>
        private readonly record struct Edit(char Kind, string Text, int CommittedLine, int GeneratedLine);

        private static List<Edit> Edits(string[] before, string[] after)
        {
            // common[i, j]: length of the longest common subsequence of before[i..] and after[j..].
            var common = new int[before.Length + 1, after.Length + 1];
            for (var i = before.Length - 1; i >= 0; i--)
            {
                for (var j = after.Length - 1; j >= 0; j--)
                {
                    common[i, j] = before[i] == after[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
                }
            }

            var edits = new List<Edit>();
            int b = 0, a = 0;
            while (b < before.Length || a < after.Length)
            {
                if (b < before.Length && a < after.Length && before[b] == after[a])
                {
                    edits.Add(new Edit(' ', before[b], b + 1, a + 1));
                    b++;
                    a++;
                }
                else if (b < before.Length && (a == after.Length || common[b + 1, a] >= common[b, a + 1]))
                {
                    edits.Add(new Edit('-', before[b], b + 1, a + 1));
                    b++;
                }
                else
                {
                    edits.Add(new Edit('+', after[a], b + 1, a + 1));
                    a++;
                }
            }

            return edits;
        }
    }
}
