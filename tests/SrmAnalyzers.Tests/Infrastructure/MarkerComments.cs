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
    /// <param name="RuleIds">The rule IDs it names (the "ids" group split at commas); empty when it is malformed.</param>
    /// <param name="Statement">The statement (or member declaration) it marks; null when it is malformed.</param>
    /// <param name="Match">The match of the marker pattern; null when it is malformed.</param>
    /// <param name="IsLeading">True for a marker on a line of its own, before the statement it marks; false for one that trails code.</param>
    public sealed record MarkerComment(string Text, int Line, IReadOnlyList<string> RuleIds, SyntaxNode? Statement, Match? Match = null, bool IsLeading = false)
    {
        public bool IsWellFormed => Statement is not null;
    }

    /// <summary>
    /// Reads marker comments: a comment matching <c>start</c> is a marker; it is well formed when it
    /// matches <c>marker</c> (a group "ids" of comma-separated rule IDs) and trails code on its line,
    /// marking the statement (or member declaration) it ends a line of. With <c>allowLeading</c>, a
    /// marker on a line of its own is well formed too when a statement or member starts right after
    /// it (other comment lines between them are fine): it marks that statement.
    /// </summary>
    public static class MarkerComments
    {
        public static IEnumerable<MarkerComment> In(SyntaxNode root, Regex start, Regex marker, bool allowLeading = false)
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
                var statement = match.Success ? MarkedStatement(comment, allowLeading) : null;
                if (statement is null)
                {
                    yield return new MarkerComment(text, line, Array.Empty<string>(), null);
                    continue;
                }

                var leading = !comment.Token.TrailingTrivia.Contains(comment);
                yield return new MarkerComment(text, line, match.Groups["ids"].Value.Split(',', StringSplitOptions.TrimEntries), statement, match, leading);
            }
        }

        private static SyntaxNode? MarkedStatement(SyntaxTrivia comment, bool allowLeading)
        {
            var token = comment.Token;
            var statement = token.Parent?.AncestorsAndSelf().FirstOrDefault(node => node is StatementSyntax or MemberDeclarationSyntax);
            if (token.TrailingTrivia.Contains(comment))
            {
                return statement;
            }

            // A comment in a token's leading trivia stands on lines of its own before that token.
            return allowLeading && statement is not null && statement.GetFirstToken() == token ? statement : null;
        }
    }
}
