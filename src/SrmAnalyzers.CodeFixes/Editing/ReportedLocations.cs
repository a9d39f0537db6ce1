using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SrmAnalyzers.CodeFixes.Editing
{
    /// <summary>Finds the syntax behind locations a rule attached to its diagnostic (the values it judged).</summary>
    internal static class ReportedLocations
    {
        /// <summary>The expression spanning exactly <paramref name="location"/>, or null when the document changed under it.</summary>
        public static ExpressionSyntax? FindExpression(SyntaxNode root, Location location)
        {
            if (!location.IsInSource || !root.FullSpan.Contains(location.SourceSpan))
            {
                return null;
            }

            return root.FindNode(location.SourceSpan, getInnermostNodeForTie: true)
                .AncestorsAndSelf()
                .OfType<ExpressionSyntax>()
                .FirstOrDefault(e => e.Span == location.SourceSpan);
        }
    }
}
