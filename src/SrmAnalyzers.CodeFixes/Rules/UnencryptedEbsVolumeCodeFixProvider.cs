using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using SrmAnalyzers.CodeFixes.Editing;
using SrmAnalyzers.Rules;

namespace SrmAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// SRM103 fix: <c>Encrypted = true</c>, added to the initializer of the volume request or EBS
    /// device, or replacing the false values the rule reported where they are written.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnencryptedEbsVolumeCodeFixProvider)), Shared]
    public sealed class UnencryptedEbsVolumeCodeFixProvider : CodeFixProvider
    {
        public const string EquivalenceKey = "SRM103.EncryptVolume";

        private static readonly FixAllProvider FixAll = new SrmFixAllProvider(EquivalenceKey);

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.UnencryptedEbsVolume);

        public override FixAllProvider GetFixAllProvider() => FixAll;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(UnencryptedEbsVolumeAnalyzer.FixProperty, out var fix)
                    || await ReportedSyntax.FindAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false) is not { } reported)
                {
                    continue;
                }

                var document = context.Document;
                if (reported.IsRelocated)
                {
                    // At an argument or a returned value only a false (or null) can become true; a missing
                    // Encrypted is set in the wrapper's or user's initializer, which is not edited from here.
                    if (fix == UnencryptedEbsVolumeAnalyzer.ReplaceFix)
                    {
                        await RelocatedValueFix.RegisterAsync(context, reported, "Encrypt the volume (Encrypted = true)", EquivalenceKey, UnencryptedEbsVolumeAnalyzer.MayBeUnencrypted, CompliantValue.True).ConfigureAwait(false);
                    }
                }
                else if (fix == UnencryptedEbsVolumeAnalyzer.AddFix && reported.Creation is { } creation)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create("Encrypt the volume (Encrypted = true)", cancellationToken => AddAsync(document, creation, cancellationToken), EquivalenceKey),
                        diagnostic);
                }
                else if (fix == UnencryptedEbsVolumeAnalyzer.ReplaceFix && reported.AdditionalValues is { Count: > 0 } values)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create("Encrypt the volume (Encrypted = true)", cancellationToken => ReplaceAsync(document, values, cancellationToken), EquivalenceKey),
                        diagnostic);
                }
            }
        }

        private static ExpressionSyntax True => SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression);

        private static async Task<Document> AddAsync(Document document, BaseObjectCreationExpressionSyntax creation, CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            editor.ReplaceNode(creation, InitializerEditor.SetProperties(creation, new List<(string, ExpressionSyntax)> { (UnencryptedEbsVolumeAnalyzer.EncryptedProperty, True) }));
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
