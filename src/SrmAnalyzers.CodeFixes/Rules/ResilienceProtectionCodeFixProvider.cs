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
using SrmAnalyzers.Core;
using SrmAnalyzers.Rules;

namespace SrmAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// SRM501 fix: <c>VersionStatus.Suspended</c> becomes <c>VersionStatus.Enabled</c>, and
    /// <c>DeletionProtectionEnabled = false</c> becomes <c>true</c>. Only the rejected part of the
    /// written value changes (one branch of a conditional); a constant or field declared elsewhere
    /// is left alone and its use at the property is replaced.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ResilienceProtectionCodeFixProvider)), Shared]
    public sealed class ResilienceProtectionCodeFixProvider : CodeFixProvider
    {
        /// <summary>
        /// The key of every SRM501 fix. A finding has one fix, decided by the protection it turns off;
        /// one key lets Fix All, and <c>dotnet format analyzers</c> (which asks with the key of one
        /// finding's fix), turn every protection back on (see <see cref="SrmFixAllProvider"/>).
        /// </summary>
        public const string EquivalenceKey = "SRM501.TurnOnProtection";

        /// <summary>The <c>VersionStatus.Enabled</c> fix's key: <see cref="EquivalenceKey"/> (the name says which fix a caller means).</summary>
        public const string EnableVersioningKey = EquivalenceKey;

        /// <summary>The <c>DeletionProtectionEnabled = true</c> fix's key: <see cref="EquivalenceKey"/>.</summary>
        public const string EnableDeletionProtectionKey = EquivalenceKey;

        private static readonly FixAllProvider FixAll = new SrmFixAllProvider(EquivalenceKey);

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.ResilienceProtectionOff);

        public override FixAllProvider GetFixAllProvider() => FixAll;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(ResilienceProtectionAnalyzer.FixProperty, out var fix)
                    || await ReportedSyntax.FindAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false) is not { } reported)
                {
                    continue;
                }

                var versioning = fix == ResilienceProtectionAnalyzer.EnableVersioningFix;
                var title = versioning ? "Use VersionStatus.Enabled" : "Set DeletionProtectionEnabled to true";
                if (reported.IsRelocated)
                {
                    await RelocatedValueFix.RegisterAsync(
                        context,
                        reported,
                        title,
                        EquivalenceKey,
                        versioning ? ResilienceProtectionAnalyzer.IsSuspended : ResilienceProtectionAnalyzer.IsOff,
                        versioning ? CompliantValue.Member(ResilienceProtectionAnalyzer.VersionStatusTypeName, "Enabled") : CompliantValue.True).ConfigureAwait(false);
                    continue;
                }

                if (reported.Value is not { } value)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(title, cancellationToken => EnableAsync(context.Document, value, fix == ResilienceProtectionAnalyzer.EnableVersioningFix, cancellationToken), EquivalenceKey),
                    diagnostic);
            }
        }

        private static async Task<Document> EnableAsync(Document document, ExpressionSyntax valueSyntax, bool versioning, CancellationToken cancellationToken)
        {
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (semanticModel is null
                || semanticModel.GetOperation(valueSyntax, cancellationToken) is not { } value
                || !AwsSymbols.TryCreate(semanticModel.Compilation, out var symbols))
            {
                return document;
            }

            var versionStatus = semanticModel.Compilation.GetTypeByMetadataName(ResilienceProtectionAnalyzer.VersionStatusTypeName);
            if (versioning && versionStatus is null)
            {
                return document;
            }

            var resolver = new ValueResolver(symbols, value);
            var parts = ValueParts.Matching(value, resolver, versioning ? ResilienceProtectionAnalyzer.IsSuspended : ResilienceProtectionAnalyzer.IsOff);
            if (parts.Count == 0)
            {
                return document;
            }

            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            foreach (var part in parts)
            {
                var replacement = versioning
                    ? editor.Generator.MemberAccessExpression(ValueParts.TypeName(editor.Generator, semanticModel, part.SpanStart, versionStatus!), "Enabled")
                    : SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression);
                editor.ReplaceNode(part, replacement.WithTriviaFrom(part));
            }

            return editor.GetChangedDocument();
        }
    }
}
