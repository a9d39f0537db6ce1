using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SrmAnalyzers.CodeFixes.Editing
{
    /// <summary>
    /// Sets properties in an object initializer while keeping the user's layout: a value that is
    /// already assigned is replaced in place; a missing one is appended in the style of the
    /// existing entries (one per line, or inline), creating the initializer when there is none.
    /// </summary>
    internal static class InitializerEditor
    {
        public static BaseObjectCreationExpressionSyntax SetProperties(
            BaseObjectCreationExpressionSyntax creation,
            IReadOnlyList<(string Property, ExpressionSyntax Value)> assignments)
        {
            var initializer = creation.Initializer;
            var missing = new List<(string Property, ExpressionSyntax Value)>();
            if (initializer is not null)
            {
                var updated = initializer;
                foreach (var (property, value) in assignments)
                {
                    var existing = FindAssignment(updated, property);
                    if (existing is null)
                    {
                        missing.Add((property, value));
                    }
                    else
                    {
                        updated = updated.ReplaceNode(existing.Right, value.WithTriviaFrom(existing.Right));
                    }
                }

                initializer = updated;
            }
            else
            {
                missing.AddRange(assignments);
            }

            if (missing.Count == 0)
            {
                return creation.WithInitializer(initializer);
            }

            var newAssignments = missing.Select(m => (ExpressionSyntax)SyntaxFactory.AssignmentExpression(
                SyntaxKind.SimpleAssignmentExpression,
                SyntaxFactory.IdentifierName(m.Property),
                m.Value.WithoutTrivia())).ToList();

            if (initializer is null)
            {
                return AddInitializer(creation, newAssignments);
            }

            return creation.WithInitializer(Append(initializer, newAssignments));
        }

        /// <summary>The <c>Property = value</c> entry of an initializer, if present.</summary>
        public static AssignmentExpressionSyntax? FindAssignment(InitializerExpressionSyntax initializer, string property) =>
            initializer.Expressions
                .OfType<AssignmentExpressionSyntax>()
                .FirstOrDefault(a => a.Left is IdentifierNameSyntax name && name.Identifier.ValueText == property);

        private static BaseObjectCreationExpressionSyntax AddInitializer(BaseObjectCreationExpressionSyntax creation, List<ExpressionSyntax> assignments)
        {
            // new X(...) trailing trivia moves after the new initializer: "new X { A = 1 };".
            var trailing = creation.GetTrailingTrivia();
            var separators = Enumerable.Repeat(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space), assignments.Count - 1);
            var initializer = SyntaxFactory.InitializerExpression(
                SyntaxKind.ObjectInitializerExpression,
                SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space),
                SyntaxFactory.SeparatedList(assignments, separators),
                SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(trailing));

            var stripped = creation.WithoutTrailingTrivia();
            if (stripped is ObjectCreationExpressionSyntax explicitNew && explicitNew.ArgumentList is { Arguments.Count: 0 } emptyArguments)
            {
                // new X() { ... } reads worse than new X { ... }; keep "()" only when it carries trivia/comments.
                if (!emptyArguments.DescendantTrivia().Any(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia) || t.IsKind(SyntaxKind.MultiLineCommentTrivia)))
                {
                    stripped = explicitNew.WithArgumentList(null).WithType(explicitNew.Type.WithoutTrailingTrivia());
                }
            }

            return stripped.WithInitializer(initializer);
        }

        private static InitializerExpressionSyntax Append(InitializerExpressionSyntax initializer, List<ExpressionSyntax> additions)
        {
            var expressions = initializer.Expressions;
            if (expressions.Count == 0)
            {
                var separators = Enumerable.Repeat(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space), additions.Count - 1);
                return initializer
                    .WithOpenBraceToken(initializer.OpenBraceToken.WithTrailingTrivia(SyntaxFactory.Space))
                    .WithExpressions(SyntaxFactory.SeparatedList(additions, separators))
                    .WithCloseBraceToken(initializer.CloseBraceToken.WithLeadingTrivia(SyntaxFactory.Space));
            }

            var multiLine = IsMultiLine(initializer);
            var last = expressions[expressions.Count - 1];
            var hasTrailingComma = expressions.SeparatorCount == expressions.Count;
            var indentation = Indentation(last);
            var lineEnd = LineEnd(hasTrailingComma ? expressions.GetSeparator(expressions.Count - 1).TrailingTrivia : last.GetTrailingTrivia());

            var nodes = new List<SyntaxNodeOrToken>();
            for (var i = 0; i < expressions.Count; i++)
            {
                var node = expressions[i];
                if (i == expressions.Count - 1 && !hasTrailingComma)
                {
                    node = node.WithoutTrailingTrivia();
                }

                nodes.Add(node);
                if (i < expressions.SeparatorCount)
                {
                    nodes.Add(expressions.GetSeparator(i));
                }
            }

            for (var i = 0; i < additions.Count; i++)
            {
                if (i > 0 || !hasTrailingComma)
                {
                    // The first new comma follows the old last entry and keeps its trailing comment.
                    var commaTrivia = i == 0 ? last.GetTrailingTrivia() : lineEnd;
                    nodes.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(multiLine ? commaTrivia : SyntaxFactory.TriviaList(SyntaxFactory.Space)));
                }

                var isLast = i == additions.Count - 1;
                var addition = multiLine
                    ? additions[i].WithLeadingTrivia(indentation)
                    : additions[i].WithLeadingTrivia();
                if (isLast && !hasTrailingComma)
                {
                    addition = addition.WithTrailingTrivia(lineEnd);
                }

                nodes.Add(addition);
                if (isLast && hasTrailingComma)
                {
                    nodes.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(lineEnd));
                }
            }

            return initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(nodes));
        }

        private static bool IsMultiLine(InitializerExpressionSyntax initializer) =>
            initializer.OpenBraceToken.TrailingTrivia.Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia))
            || initializer.Expressions.Count > 0 && initializer.Expressions[0].GetLeadingTrivia().Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia));

        /// <summary>Only the line break of an entry's trailing trivia: a comment there belongs to that entry, not to the new ones.</summary>
        private static SyntaxTriviaList LineEnd(SyntaxTriviaList trailing)
        {
            var endOfLine = trailing.FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            return endOfLine == default ? trailing : SyntaxFactory.TriviaList(endOfLine);
        }

        /// <summary>The indentation of an entry (its last whitespace trivia), without comments above it.</summary>
        private static SyntaxTriviaList Indentation(SyntaxNode node)
        {
            var whitespace = node.GetLeadingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.WhitespaceTrivia));
            return whitespace == default ? SyntaxFactory.TriviaList() : SyntaxFactory.TriviaList(whitespace);
        }
    }
}
