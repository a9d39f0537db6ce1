using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SrmAnalyzers.Tests.Infrastructure;

namespace SrmAnalyzers.Tests.Package
{
    /// <summary>A fenced code block of a repository document, as a reader copies it (indentation of the fence removed).</summary>
    public sealed record MarkdownSnippet(string Document, int Line, string Language, string Text)
    {
        public IEnumerable<string> Lines => Text.Split('\n');

        public override string ToString() => $"{Document}:{Line} ```{Language}";
    }

    /// <summary>
    /// Reads the code the documentation shows, so that tests run the documented text itself: editing
    /// a snippet without the behaviour it describes fails the test that runs it.
    /// </summary>
    public static class MarkdownSnippets
    {
        private static readonly Regex Fence = new(@"^(?<indent>[ ]*)(?<fence>```+|~~~+)[ ]*(?<language>[^\s`]*)[^`]*$");
        private static readonly Regex InlineSpan = new(@"(?<!`)`(?<code>[^`\n]+)`(?!`)");

        /// <summary>The documents whose configuration snippets the package tests run.</summary>
        public static readonly string[] Documents = { "README.md", "docs/configuration.md", "docs/ci.md", "nuget/README.md" };

        /// <param name="document">A path relative to the repository root, with '/'.</param>
        public static IReadOnlyList<MarkdownSnippet> In(string document)
        {
            var snippets = new List<MarkdownSnippet>();
            var lines = File.ReadAllLines(PathOf(document));
            for (var i = 0; i < lines.Length; i++)
            {
                var open = Fence.Match(lines[i]);
                if (!open.Success)
                {
                    continue;
                }

                var indent = open.Groups["indent"].Value.Length;
                var fence = open.Groups["fence"].Value;
                var body = new List<string>();
                var start = i + 1;
                for (i++; i < lines.Length && !IsClosing(lines[i], fence); i++)
                {
                    var line = lines[i];
                    var strip = Math.Min(indent, line.Length - line.TrimStart(' ').Length);
                    body.Add(line.Substring(strip));
                }

                snippets.Add(new MarkdownSnippet(document, start, open.Groups["language"].Value, string.Join("\n", body)));
            }

            return snippets;
        }

        /// <summary>The one snippet of <paramref name="document"/> in <paramref name="language"/> that contains <paramref name="text"/>.</summary>
        public static MarkdownSnippet Find(string document, string language, string text)
        {
            var matches = In(document).Where(s => s.Language == language && s.Text.Contains(text, StringComparison.Ordinal)).ToList();
            return matches.Count == 1
                ? matches[0]
                : throw new InvalidOperationException($"{document} has {matches.Count} ```{language} snippets containing '{text}', expected one: the test runs that snippet.");
        }

        /// <summary>The inline code spans (`...`) outside code blocks.</summary>
        public static IReadOnlyList<string> InlineCode(string document)
        {
            var spans = new List<string>();
            var inFence = false;
            foreach (var line in File.ReadAllLines(PathOf(document)))
            {
                if (Fence.IsMatch(line))
                {
                    inFence = !inFence;
                    continue;
                }

                if (!inFence)
                {
                    spans.AddRange(InlineSpan.Matches(line).Select(match => match.Groups["code"].Value));
                }
            }

            return spans;
        }

        /// <summary>The first inline code span of <paramref name="document"/> that matches <paramref name="pattern"/>.</summary>
        public static string Inline(string document, string pattern) =>
            InlineCode(document).FirstOrDefault(code => Regex.IsMatch(code, pattern))
                ?? throw new InvalidOperationException($"{document} has no inline code matching /{pattern}/: the test runs it.");

        private static bool IsClosing(string line, string fence) =>
            line.TrimStart(' ').StartsWith(fence, StringComparison.Ordinal) && line.Trim().Trim(fence[0]).Length == 0;

        private static string PathOf(string document) => Path.Combine(new[] { AwsReferences.RepositoryRoot }.Concat(document.Split('/')).ToArray());
    }
}
