using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SrmAnalyzers.Tests.Infrastructure
{
    /// <summary>One marker comment (<c>// expect: SRM101</c>, <c>// compliant: SRM101</c>) of a source.</summary>
    /// <param name="Line">1-based line of the comment.</param>
    /// <param name="RuleIds">The rule IDs it names; empty when it is malformed.</param>
    /// <param name="Statement">The statement (or member declaration) it trails; null when it is malformed.</param>
    public sealed record MarkerComment(string Text, int Line, IReadOnlyList<string> RuleIds, SyntaxNode? Statement)
    {
        public bool IsWellFormed => Statement is not null;
    }

    /// <summary>
    /// Reads marker comments: a comment matching <c>start</c> is a marker; it is well formed when it
    /// matches <c>marker</c> (a group "ids" of comma-separated rule IDs) and trails code on its line.
    /// </summary>
    public static class MarkerComments
    {
        public static IEnumerable<MarkerComment> In(SyntaxNode root, Regex start, Regex marker)
        {
            foreach (var comment in root.DescendantTrivia().Where(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia)))
            {
                var text = comment.ToString();
                if (!start.IsMatch(text))
                {
                    continue;
                }

                var line = comment.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                var match = marker.Match(text);
                if (!match.Success || !comment.Token.TrailingTrivia.Contains(comment))
                {
                    yield return new MarkerComment(text, line, Array.Empty<string>(), null);
                    continue;
                }

                var statement = comment.Token.Parent!.AncestorsAndSelf().First(node => node is StatementSyntax or MemberDeclarationSyntax);
                yield return new MarkerComment(text, line, match.Groups["ids"].Value.Split(',', StringSplitOptions.TrimEntries), statement);
            }
        }
    }
}
