using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using SrmAnalyzers.CodeFixes.Editing;
using SrmAnalyzers.Core;
using SrmAnalyzers.Rules;

namespace SrmAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// SRM104 fix: the plain-text parameter type becomes <c>ParameterType.SecureString</c>. Only
    /// the plain-text part of the written value changes (one branch of a conditional); a constant
    /// or field declared elsewhere is left alone and its use at the property is replaced.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PlainTextSecretParameterCodeFixProvider)), Shared]
    public sealed class PlainTextSecretParameterCodeFixProvider : CodeFixProvider
    {
        public const string EquivalenceKey = "SRM104.UseSecureString";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.PlainTextSecretParameter);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.ContainsKey(PlainTextSecretParameterAnalyzer.FixableProperty)
                    || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Use ParameterType.SecureString",
                        cancellationToken => UseSecureStringAsync(context.Document, value, cancellationToken),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        private static async Task<Document> UseSecureStringAsync(Document document, ExpressionSyntax valueSyntax, CancellationToken cancellationToken)
        {
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (semanticModel is null
                || semanticModel.GetOperation(valueSyntax, cancellationToken) is not { } value
                || semanticModel.Compilation.GetTypeByMetadataName(PlainTextSecretParameterAnalyzer.ParameterTypeName) is not { } parameterType
                || !AwsSymbols.TryCreate(semanticModel.Compilation, out var symbols))
            {
                return document;
            }

            var resolver = new ValueResolver(symbols, OperationScope.For(value));
            var parts = ValueParts.Matching(value, resolver, PlainTextSecretParameterAnalyzer.IsPlainText);
            if (parts.Count == 0)
            {
                return document;
            }

            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            foreach (var part in parts)
            {
                var replacement = editor.Generator.MemberAccessExpression(ValueParts.TypeName(editor.Generator, semanticModel, part.SpanStart, parameterType), "SecureString");
                editor.ReplaceNode(part, replacement.WithTriviaFrom(part));
            }

            return editor.GetChangedDocument();
        }
    }
}
