using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
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
    /// <summary>SRM402 fix: BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets all true.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(S3BlockPublicAccessCodeFixProvider)), Shared]
    public sealed class S3BlockPublicAccessCodeFixProvider : CodeFixProvider
    {
        public const string EquivalenceKey = "SRM402.BlockAllPublicAccess";

        private const string Title = "Block all public access (set the four Block Public Access settings to true)";

        private static readonly FixAllProvider FixAll = new SrmFixAllProvider(EquivalenceKey);

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.WeakenedS3BlockPublicAccess);

        public override FixAllProvider GetFixAllProvider() => FixAll;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.ContainsKey(S3BlockPublicAccessAnalyzer.FixableProperty)
                    || await ReportedSyntax.FindAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false) is not { } reported)
                {
                    continue;
                }

                if (reported.IsRelocated)
                {
                    // A false passed for (or returned into) a setting becomes true; the request is not edited from here.
                    await ValueFix.RegisterAsync(context, reported, Title, EquivalenceKey, value => value.Any(v => v is false), CompliantValue.True).ConfigureAwait(false);
                    continue;
                }

                // An explicit "false" is reported at the value, with the request as additional location.
                if (reported.JudgedCreation is not { } creation)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        Title,
                        cancellationToken => BlockAllAsync(context.Document, creation, cancellationToken),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        private static async Task<Document> BlockAllAsync(Document document, BaseObjectCreationExpressionSyntax requestSyntax, CancellationToken cancellationToken)
        {
            var tracked = await FixContext.TrackCreationAsync(document, requestSyntax, cancellationToken).ConfigureAwait(false);
            if (tracked is null)
            {
                return document;
            }

            var (request, resolver) = tracked.Value;

            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            var allTrue = S3BlockPublicAccessAnalyzer.Settings
                .Select(setting => (setting, (ExpressionSyntax)SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression)))
                .ToList();

            var configuration = request.Nested(S3BlockPublicAccessAnalyzer.ConfigurationProperty);
            if (configuration?.Creation.Syntax is BaseObjectCreationExpressionSyntax configurationSyntax)
            {
                editor.ReplaceNode(configurationSyntax, InitializerEditor.SetProperties(configurationSyntax, allTrue));

                // Later assignments that turn a setting off (cfg.BlockPublicPolicy = false) are switched on too.
                foreach (var setting in S3BlockPublicAccessAnalyzer.Settings)
                {
                    foreach (var write in configuration.FinalWritesOf(setting).Where(w => !w.InInitializer))
                    {
                        if (resolver.Resolve(write.Value).Any(value => value is false))
                        {
                            editor.ReplaceNode(write.Value.Syntax, SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression).WithTriviaFrom(write.Value.Syntax));
                        }
                    }
                }
            }
            else if (configuration is null && request.IsDefinitelyUnset(S3BlockPublicAccessAnalyzer.ConfigurationProperty)
                && request.Type.GetMembers(S3BlockPublicAccessAnalyzer.ConfigurationProperty).OfType<IPropertySymbol>().FirstOrDefault() is { } property)
            {
                var newConfiguration = InitializerEditor.SetProperties(
                    (BaseObjectCreationExpressionSyntax)editor.Generator.ObjectCreationExpression(property.Type),
                    allTrue);
                editor.ReplaceNode(requestSyntax, InitializerEditor.SetProperties(requestSyntax, new List<(string, ExpressionSyntax)> { (property.Name, newConfiguration) }));
            }
            else
            {
                return document;
            }

            return editor.GetChangedDocument();
        }
    }
}
