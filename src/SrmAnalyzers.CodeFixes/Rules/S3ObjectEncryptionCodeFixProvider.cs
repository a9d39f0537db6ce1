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
using Microsoft.CodeAnalysis.Simplification;
using SrmAnalyzers.CodeFixes.Editing;
using SrmAnalyzers.Rules;

namespace SrmAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// SRM101 fix: choose server-side encryption on the request, SSE-KMS first and SSE-S3 second
    /// (not offered when KMS is required). Adds <c>ServerSideEncryptionMethod</c> to the initializer,
    /// or replaces the rejected value where it is written. TransferUtility calls without a request
    /// object have no fix: the request type to build is the user's decision.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(S3ObjectEncryptionCodeFixProvider)), Shared]
    public sealed class S3ObjectEncryptionCodeFixProvider : CodeFixProvider
    {
        public const string UseSseKmsEquivalenceKey = "SRM101.UseSseKms";
        public const string UseSseS3EquivalenceKey = "SRM101.UseSseS3";

        private const string UseSseKmsTitle = "Use SSE-KMS (ServerSideEncryptionMethod.AWSKMS)";

        private const string UseSseS3Title = "Use SSE-S3 (ServerSideEncryptionMethod.AES256)";

        private const string MethodTypeName = "Amazon.S3.ServerSideEncryptionMethod";

        private static readonly FixAllProvider FixAll = new SrmFixAllProvider(UseSseKmsEquivalenceKey);

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.S3ObjectWithoutChosenEncryption);

        public override FixAllProvider GetFixAllProvider() => FixAll;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(S3ObjectEncryptionAnalyzer.FixProperty, out var fix)
                    || fix is not (S3ObjectEncryptionAnalyzer.AddFix or S3ObjectEncryptionAnalyzer.ReplaceFix))
                {
                    continue;
                }

                if (await ReportedSyntax.FindAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false) is not { } reported)
                {
                    continue;
                }

                var kmsRequired = diagnostic.Properties.ContainsKey(S3ObjectEncryptionAnalyzer.KmsRequiredProperty);
                if (reported.IsRelocated)
                {
                    // At an argument or a returned value only a rejected method can be replaced; a missing one is
                    // added to the request's initializer, which is not edited from here.
                    if (fix == S3ObjectEncryptionAnalyzer.ReplaceFix)
                    {
                        await ValueFix.RegisterAsync(context, reported, UseSseKmsTitle, UseSseKmsEquivalenceKey, value => S3ObjectEncryptionAnalyzer.IsRejected(value, kmsRequired), CompliantValue.Member(MethodTypeName, "AWSKMS")).ConfigureAwait(false);
                        if (diagnostic.Properties.ContainsKey(S3ObjectEncryptionAnalyzer.OfferSseS3Property))
                        {
                            await ValueFix.RegisterAsync(context, reported, UseSseS3Title, UseSseS3EquivalenceKey, value => S3ObjectEncryptionAnalyzer.IsRejected(value, kmsRequired), CompliantValue.Member(MethodTypeName, "AES256")).ConfigureAwait(false);
                        }
                    }

                    continue;
                }

                // The rule reports a rejected value where it is written; the request it belongs to is the additional location.
                if (reported.JudgedCreation is not { } creation)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        UseSseKmsTitle,
                        cancellationToken => ChooseAsync(context.Document, creation, fix == S3ObjectEncryptionAnalyzer.AddFix, "AWSKMS", kmsRequired, cancellationToken),
                        UseSseKmsEquivalenceKey),
                    diagnostic);

                if (diagnostic.Properties.ContainsKey(S3ObjectEncryptionAnalyzer.OfferSseS3Property))
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            UseSseS3Title,
                            cancellationToken => ChooseAsync(context.Document, creation, fix == S3ObjectEncryptionAnalyzer.AddFix, "AES256", kmsRequired, cancellationToken),
                            UseSseS3EquivalenceKey),
                        diagnostic);
                }
            }
        }

        private static async Task<Document> ChooseAsync(Document document, BaseObjectCreationExpressionSyntax requestSyntax, bool add, string member, bool kmsRequired, CancellationToken cancellationToken)
        {
            var tracked = await FixContext.TrackCreationAsync(document, requestSyntax, cancellationToken).ConfigureAwait(false);
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (tracked is null || semanticModel?.Compilation.GetTypeByMetadataName(MethodTypeName) is not { } methodType)
            {
                return document;
            }

            var (request, resolver) = tracked.Value;
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);

            // ServerSideEncryptionMethod.AWSKMS, shortened by the simplifier, with "using Amazon.S3;" added when missing.
            var typeSyntax = editor.Generator.TypeExpression(methodType).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
            var value = (ExpressionSyntax)editor.Generator.MemberAccessExpression(typeSyntax, member);

            if (add)
            {
                if (!request.IsDefinitelyUnset(S3ObjectEncryptionAnalyzer.MethodProperty))
                {
                    return document;
                }

                editor.ReplaceNode(requestSyntax, InitializerEditor.SetProperties(requestSyntax, new List<(string, ExpressionSyntax)> { (S3ObjectEncryptionAnalyzer.MethodProperty, value) }));
                return editor.GetChangedDocument();
            }

            var changed = false;
            foreach (var write in request.FinalWritesOf(S3ObjectEncryptionAnalyzer.MethodProperty))
            {
                if (S3ObjectEncryptionAnalyzer.IsRejected(resolver.Resolve(write.Value), kmsRequired))
                {
                    editor.ReplaceNode(write.Value.Syntax, value.WithTriviaFrom(write.Value.Syntax));
                    changed = true;
                }
            }

            return changed ? editor.GetChangedDocument() : document;
        }
    }
}
