using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using SrmAnalyzers.Core;

namespace SrmAnalyzers.CodeFixes.Editing
{
    /// <summary>
    /// The fix of a rule judged by <see cref="RequiredTrueSetting"/>: the setting, true, added to the
    /// initializer of the reported creation, or replacing the false values the rule reported; at a
    /// wrapper's argument or a helper's return, the false (or null) there becomes true.
    /// </summary>
    internal static class RequiredTrueFix
    {
        public static async Task RegisterAsync(CodeFixContext context, string property, string title, string equivalenceKey)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(RequiredTrueSetting.FixProperty, out var fix)
                    || await ReportedSyntax.FindAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false) is not { } reported)
                {
                    continue;
                }

                var document = context.Document;
                if (reported.IsRelocated)
                {
                    // At an argument or a returned value only a false (or null) can become true; a missing
                    // setting belongs in the wrapper's or user's initializer, which is not edited from here.
                    if (fix == RequiredTrueSetting.ReplaceFix)
                    {
                        await ValueFix.RegisterAsync(context, reported, title, equivalenceKey, RequiredTrueSetting.MayBeOff, CompliantValue.True).ConfigureAwait(false);
                    }
                }
                else if (fix == RequiredTrueSetting.AddFix && reported.Creation is { } creation)
                {
                    context.RegisterCodeFix(CodeAction.Create(title, cancellationToken => AddAsync(document, creation, property, cancellationToken), equivalenceKey), diagnostic);
                }
                else if (fix == RequiredTrueSetting.ReplaceFix && reported.AdditionalValues is { Count: > 0 } values)
                {
                    context.RegisterCodeFix(CodeAction.Create(title, cancellationToken => ReplaceAsync(document, values, cancellationToken), equivalenceKey), diagnostic);
                }
            }
        }

        private static ExpressionSyntax True => SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression);

        private static async Task<Document> AddAsync(Document document, BaseObjectCreationExpressionSyntax creation, string property, CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            editor.ReplaceNode(creation, InitializerEditor.SetProperties(creation, new List<(string, ExpressionSyntax)> { (property, True) }));
            return editor.GetChangedDocument();
        }

        private static async Task<Document> ReplaceAsync(Document document, IReadOnlyList<ExpressionSyntax> values, CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            foreach (var value in values)
            {
                editor.ReplaceNode(value, True.WithTriviaFrom(value));
            }

            return editor.GetChangedDocument();
        }
    }
}
