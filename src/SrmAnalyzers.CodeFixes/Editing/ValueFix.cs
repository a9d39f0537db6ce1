using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Editing;
using SrmAnalyzers.Core;

namespace SrmAnalyzers.CodeFixes.Editing
{
    /// <summary>
    /// The fix of a finding reported at a value, where it is written or at a wrapper call's argument
    /// or a helper's return (<see cref="ReportedSyntax.IsRelocated"/>): the rejected parts of that value
    /// (<see cref="ValueParts"/>) become the compliant value. Offered only when the value, read where it is written, has such
    /// parts (a value the wrapper or the use turns into the rejected one, such as <c>true</c> passed
    /// for <c>BlockPublicAcls = !allowPublic</c>, has none) and the compliant value converts to the type
    /// each part is used as (the wrapper's parameter, the helper's return type).
    /// </summary>
    internal static class ValueFix
    {
        public static async Task RegisterAsync(
            CodeFixContext context,
            ReportedSyntax reported,
            string title,
            string equivalenceKey,
            Func<ResolvedValue, bool> isRejected,
            CompliantValue compliant)
        {
            var document = context.Document;
            var semanticModel = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (reported.Value is not { } valueSyntax
                || semanticModel is null
                || semanticModel.GetOperation(valueSyntax, context.CancellationToken) is not { } value
                || !AwsSymbols.TryCreate(semanticModel.Compilation, out var symbols))
            {
                return;
            }

            var replacements = new List<(SyntaxNode Part, ITypeSymbol Type)>();
            foreach (var part in ValueParts.Matching(value, new ValueResolver(symbols, value), isRejected))
            {
                if (semanticModel.GetTypeInfo(part, context.CancellationToken).ConvertedType is not { } usedAs
                    || compliant.TypeFor(semanticModel, usedAs) is not { } type
                    || !semanticModel.Compilation.ClassifyCommonConversion(type, usedAs).IsImplicit)
                {
                    return;
                }

                replacements.Add((part, type));
            }

            if (replacements.Count > 0)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(title, cancellationToken => ReplaceAsync(document, replacements, compliant, cancellationToken), equivalenceKey),
                    reported.Diagnostic);
            }
        }

        private static async Task<Document> ReplaceAsync(Document document, IReadOnlyList<(SyntaxNode Part, ITypeSymbol Type)> replacements, CompliantValue compliant, CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            foreach (var (part, type) in replacements)
            {
                editor.ReplaceNode(part, compliant.Create(editor.Generator, editor.SemanticModel, part.SpanStart, type).WithTriviaFrom(part));
            }

            return editor.GetChangedDocument();
        }
    }

    /// <summary>The value a <see cref="ValueFix"/> writes: a member of an SDK type, or a literal.</summary>
    internal sealed class CompliantValue
    {
        private readonly Func<SemanticModel, ITypeSymbol, ITypeSymbol?> _typeFor;
        private readonly Func<SyntaxGenerator, SemanticModel, int, ITypeSymbol, SyntaxNode> _create;

        private CompliantValue(Func<SemanticModel, ITypeSymbol, ITypeSymbol?> typeFor, Func<SyntaxGenerator, SemanticModel, int, ITypeSymbol, SyntaxNode> create)
        {
            _typeFor = typeFor;
            _create = create;
        }

        public static CompliantValue True { get; } = new(
            (model, _) => model.Compilation.GetSpecialType(SpecialType.System_Boolean),
            (_, _, _, _) => SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression));

        public static CompliantValue False { get; } = new(
            (model, _) => model.Compilation.GetSpecialType(SpecialType.System_Boolean),
            (_, _, _, _) => SyntaxFactory.LiteralExpression(SyntaxKind.FalseLiteralExpression));

        /// <summary><c>Type.Member</c>, e.g. <c>S3CannedACL.Private</c>.</summary>
        public static CompliantValue Member(string typeMetadataName, string member) => new(
            (model, _) => model.Compilation.GetTypeByMetadataName(typeMetadataName),
            (generator, model, position, type) => generator.MemberAccessExpression(ValueParts.TypeName(generator, model, position, (INamedTypeSymbol)type), member));

        /// <summary>
        /// <c>Type.Member</c> of the SDK type the value is used as, when that type has the member: the
        /// rule's value has more than one type (<c>HttpTokensState</c>, <c>LaunchTemplateHttpTokensState</c>).
        /// </summary>
        public static CompliantValue MemberOfUsedType(string member) => new(
            (_, usedAs) => usedAs is INamedTypeSymbol type && AwsSymbols.IsSdkSymbol(type) && type.GetMembers(member).Any(m => m.IsStatic) ? type : null,
            (generator, model, position, type) => generator.MemberAccessExpression(ValueParts.TypeName(generator, model, position, (INamedTypeSymbol)type), member));

        public static CompliantValue Number(int value) => new(
            (model, _) => model.Compilation.GetSpecialType(SpecialType.System_Int32),
            (_, _, _, _) => SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(value)));

        /// <summary>The type the written value has, given the type the part is used as; null when it has none there.</summary>
        public ITypeSymbol? TypeFor(SemanticModel semanticModel, ITypeSymbol usedAs) => _typeFor(semanticModel, usedAs);

        public SyntaxNode Create(SyntaxGenerator generator, SemanticModel semanticModel, int position, ITypeSymbol type) => _create(generator, semanticModel, position, type);
    }
}
