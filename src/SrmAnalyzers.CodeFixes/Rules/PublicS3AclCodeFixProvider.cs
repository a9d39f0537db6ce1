using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;
using SrmAnalyzers.Core;
using SrmAnalyzers.Rules;

namespace SrmAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// SRM401 fix: the public canned ACL becomes <c>S3CannedACL.Private</c>. Only the public part of
    /// the written value changes (one branch of a conditional or switch); a constant, field or local
    /// declared elsewhere is left alone and its use at the property is replaced. Grants get no fix.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PublicS3AclCodeFixProvider)), Shared]
    public sealed class PublicS3AclCodeFixProvider : CodeFixProvider
    {
        public const string EquivalenceKey = "SRM401.UsePrivateCannedAcl";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.PublicS3Acl);

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
                if (!diagnostic.Properties.ContainsKey(PublicS3AclAnalyzer.FixableProperty)
                    || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Use S3CannedACL.Private",
                        cancellationToken => MakePrivateAsync(context.Document, value, cancellationToken),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        private static async Task<Document> MakePrivateAsync(Document document, ExpressionSyntax valueSyntax, CancellationToken cancellationToken)
        {
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (semanticModel is null
                || semanticModel.GetOperation(valueSyntax, cancellationToken) is not { } value
                || semanticModel.Compilation.GetTypeByMetadataName(PublicS3AclAnalyzer.CannedAclTypeName) is not { } cannedAcl
                || !AwsSymbols.TryCreate(semanticModel.Compilation, out var symbols))
            {
                return document;
            }

            var resolver = new ValueResolver(symbols, OperationScope.For(value));
            var publicParts = new List<SyntaxNode>();
            CollectPublicParts(value, resolver, publicParts);
            if (publicParts.Count == 0)
            {
                return document;
            }

            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            foreach (var part in publicParts)
            {
                var replacement = editor.Generator.MemberAccessExpression(CannedAclType(editor.Generator, semanticModel, part.SpanStart, cannedAcl), "Private").WithTriviaFrom(part);
                editor.ReplaceNode(part, replacement);
            }

            return editor.GetChangedDocument();
        }

        /// <summary>
        /// <c>S3CannedACL</c> when that name already means the SDK type here; otherwise the qualified
        /// name, which the simplifier shortens after adding <c>using Amazon.S3;</c>. The simplifier
        /// keeps the qualified name in a conditional whose other branch is a string, hence the lookup.
        /// </summary>
        private static SyntaxNode CannedAclType(SyntaxGenerator generator, SemanticModel semanticModel, int position, INamedTypeSymbol cannedAcl)
        {
            var visible = semanticModel.LookupNamespacesAndTypes(position, container: null, name: cannedAcl.Name);
            return visible.Length == 1 && SymbolEqualityComparer.Default.Equals(visible[0], cannedAcl)
                ? generator.IdentifierName(cannedAcl.Name)
                : generator.TypeExpression(cannedAcl).WithAdditionalAnnotations(Simplifier.AddImportsAnnotation);
        }

        /// <summary>
        /// The smallest expressions of the written value that carry a public ACL: branches of
        /// conditionals, switch arms and coalesce operands are visited; anything else (a literal, an
        /// SDK constant, a local or field holding a value) is replaced as a whole.
        /// </summary>
        private static void CollectPublicParts(IOperation operation, ValueResolver resolver, List<SyntaxNode> parts)
        {
            switch (operation)
            {
                case IConversionOperation { IsImplicit: true } conversion:
                    CollectPublicParts(conversion.Operand, resolver, parts);
                    return;
                case IParenthesizedOperation parenthesized:
                    CollectPublicParts(parenthesized.Operand, resolver, parts);
                    return;
                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    CollectPublicParts(conditional.WhenTrue, resolver, parts);
                    CollectPublicParts(whenFalse, resolver, parts);
                    return;
                case ICoalesceOperation coalesce:
                    CollectPublicParts(coalesce.Value, resolver, parts);
                    CollectPublicParts(coalesce.WhenNull, resolver, parts);
                    return;
                case ISwitchExpressionOperation switchExpression:
                    foreach (var arm in switchExpression.Arms)
                    {
                        CollectPublicParts(arm.Value, resolver, parts);
                    }

                    return;
                default:
                    if (resolver.Resolve(operation).Strings.Any(PublicS3AclAnalyzer.IsPublicCannedAcl)
                        && !parts.Any(p => p.Span.Contains(operation.Syntax.Span)))
                    {
                        parts.Add(operation.Syntax);
                    }

                    return;
            }
        }
    }
}
