using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using SrmAnalyzers.CodeFixes.Editing;
using SrmAnalyzers.Core;
using SrmAnalyzers.Rules;

namespace SrmAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// SRM105 fix for a short key-deletion waiting period: the period becomes the minimum in effect
    /// (30 days, or <c>srm.SRM105.min_pending_days</c>). Keys created without rotation get no fix:
    /// where and how to enable rotation (which client, which method) is the author's call.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(KmsKeyManagementCodeFixProvider)), Shared]
    public sealed class KmsKeyManagementCodeFixProvider : CodeFixProvider
    {
        public const string EquivalenceKey = "SRM105.UseMinimumPendingWindow";

        private static readonly FixAllProvider FixAll = new SrmFixAllProvider(EquivalenceKey);

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.WeakKmsKeyManagement);

        public override FixAllProvider GetFixAllProvider() => FixAll;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(KmsKeyManagementAnalyzer.MinPendingDaysProperty, out var raw)
                    || !int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var minimum)
                    || await ReportedSyntax.FindAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false) is not { } reported)
                {
                    continue;
                }

                var title = $"Use a {minimum}-day deletion waiting period";
                if (reported.IsRelocated)
                {
                    await ValueFix.RegisterAsync(context, reported, title, EquivalenceKey, value => KmsKeyManagementAnalyzer.IsBelow(value, minimum), CompliantValue.Number(minimum)).ConfigureAwait(false);
                    continue;
                }

                if (reported.Value is not { } value)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        title,
                        cancellationToken => UseMinimumAsync(context.Document, value, minimum, cancellationToken),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        private static async Task<Document> UseMinimumAsync(Document document, ExpressionSyntax valueSyntax, int minimum, CancellationToken cancellationToken)
        {
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (semanticModel is null
                || semanticModel.GetOperation(valueSyntax, cancellationToken) is not { } value
                || !AwsSymbols.TryCreate(semanticModel.Compilation, out var symbols))
            {
                return document;
            }

            var resolver = new ValueResolver(symbols, value);
            var parts = ValueParts.Matching(value, resolver, resolved => KmsKeyManagementAnalyzer.IsBelow(resolved, minimum));
            if (parts.Count == 0)
            {
                return document;
            }

            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            foreach (var part in parts)
            {
                editor.ReplaceNode(part, SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(minimum)).WithTriviaFrom(part));
            }

            return editor.GetChangedDocument();
        }
    }
}
