using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using SrmAnalyzers.Core;

namespace SrmAnalyzers.CodeFixes.Editing
{
    /// <summary>
    /// The fix shared by rules reported at a bad SDK constant (<c>S3CannedACL.PublicRead</c>,
    /// <c>ParameterType.String</c>): replace the rejected parts of the written value with
    /// <c>Type.Member</c>. Only the rejected branch of a conditional changes; a constant, field or
    /// local declared elsewhere is left alone and its use at the property is replaced.
    /// </summary>
    internal static class ConstantReplacement
    {
        /// <summary>
        /// Offers the fix for every diagnostic that carries <paramref name="fixableProperty"/> and sits on a
        /// value expression; at a wrapper call's argument or a helper's return, as <see cref="ValueFix"/>.
        /// </summary>
        public static async Task RegisterAsync(
            CodeFixContext context,
            string fixableProperty,
            string title,
            string equivalenceKey,
            string typeMetadataName,
            string memberName,
            Func<ResolvedValue, bool> isRejected)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.ContainsKey(fixableProperty)
                    || await ReportedSyntax.FindAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false) is not { } reported)
                {
                    continue;
                }

                if (reported.IsRelocated)
                {
                    await ValueFix.RegisterAsync(context, reported, title, equivalenceKey, isRejected, CompliantValue.Member(typeMetadataName, memberName)).ConfigureAwait(false);
                    continue;
                }

                if (reported.Value is not { } value)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        title,
                        cancellationToken => ReplaceAsync(context.Document, value, typeMetadataName, memberName, isRejected, cancellationToken),
                        equivalenceKey),
                    diagnostic);
            }
        }

        private static async Task<Document> ReplaceAsync(
            Document document,
            ExpressionSyntax valueSyntax,
            string typeMetadataName,
            string memberName,
            Func<ResolvedValue, bool> isRejected,
            CancellationToken cancellationToken)
        {
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (semanticModel is null
                || semanticModel.GetOperation(valueSyntax, cancellationToken) is not { } value
                || semanticModel.Compilation.GetTypeByMetadataName(typeMetadataName) is not { } type
                || !AwsSymbols.TryCreate(semanticModel.Compilation, out var symbols))
            {
                return document;
            }

            var parts = ValueParts.Matching(value, new ValueResolver(symbols, value), isRejected);
            if (parts.Count == 0)
            {
                return document;
            }

            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            foreach (var part in parts)
            {
                var replacement = editor.Generator.MemberAccessExpression(ValueParts.TypeName(editor.Generator, semanticModel, part.SpanStart, type), memberName);
                editor.ReplaceNode(part, replacement.WithTriviaFrom(part));
            }

            return editor.GetChangedDocument();
        }
    }
}
