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
    /// SRM404 fix: require IMDSv2. Adds <c>MetadataOptions = new InstanceMetadataOptionsRequest {
    /// HttpTokens = HttpTokensState.Required }</c> (the launch template types for launch template
    /// data), adds <c>HttpTokens = ...Required</c> to an existing options initializer, or replaces
    /// the optional values the rule reported.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InstanceMetadataV1CodeFixProvider)), Shared]
    public sealed class InstanceMetadataV1CodeFixProvider : CodeFixProvider
    {
        public const string EquivalenceKey = "SRM404.RequireImdsV2";

        private const string Title = "Require IMDSv2 (HttpTokens = Required)";

        private static readonly FixAllProvider FixAll = new SrmFixAllProvider(EquivalenceKey);

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.InstanceMetadataV1Allowed);

        public override FixAllProvider GetFixAllProvider() => FixAll;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var document = context.Document;
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(InstanceMetadataV1Analyzer.FixProperty, out var fix)
                    || await ReportedSyntax.FindAsync(document, diagnostic, context.CancellationToken).ConfigureAwait(false) is not { } reported)
                {
                    continue;
                }

                if (reported.IsRelocated)
                {
                    // At an argument or a returned value only an optional HttpTokens can become required.
                    if (fix == InstanceMetadataV1Analyzer.ReplaceTokensFix)
                    {
                        await ValueFix.RegisterAsync(context, reported, Title, EquivalenceKey, InstanceMetadataV1Analyzer.MayBeOptional, CompliantValue.MemberOfUsedType(InstanceMetadataV1Analyzer.RequiredMember)).ConfigureAwait(false);
                    }

                    continue;
                }

                switch (fix)
                {
                    case InstanceMetadataV1Analyzer.AddOptionsFix:
                    case InstanceMetadataV1Analyzer.AddTokensFix:
                        // Missing HttpTokens is reported at the owner, with the options object as additional location.
                        var creation = fix == InstanceMetadataV1Analyzer.AddTokensFix ? reported.JudgedCreation : reported.Creation;
                        if (creation is not null)
                        {
                            var addOptions = fix == InstanceMetadataV1Analyzer.AddOptionsFix;
                            context.RegisterCodeFix(
                                CodeAction.Create(Title, cancellationToken => AddAsync(document, creation, addOptions, cancellationToken), EquivalenceKey),
                                diagnostic);
                        }

                        break;
                    case InstanceMetadataV1Analyzer.ReplaceTokensFix when reported.AdditionalValues is { Count: > 0 } values:
                        context.RegisterCodeFix(
                            CodeAction.Create(Title, cancellationToken => ReplaceAsync(document, values, cancellationToken), EquivalenceKey),
                            diagnostic);
                        break;
                }
            }
        }

        /// <param name="creation">The object lacking MetadataOptions (<paramref name="addOptions"/>), or the options object lacking HttpTokens.</param>
        private static async Task<Document> AddAsync(Document document, BaseObjectCreationExpressionSyntax creation, bool addOptions, CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            if (editor.SemanticModel.GetTypeInfo(creation, cancellationToken).Type is not INamedTypeSymbol type)
            {
                return document;
            }

            var optionsType = type;
            if (addOptions)
            {
                if (PropertyType(type, InstanceMetadataV1Analyzer.MetadataOptionsProperty) is not INamedTypeSymbol propertyType)
                {
                    return document;
                }

                optionsType = propertyType;
            }

            if (PropertyType(optionsType, InstanceMetadataV1Analyzer.HttpTokensProperty) is not { } tokensType)
            {
                return document;
            }

            var required = (ExpressionSyntax)Required(editor, tokensType);
            var tokens = new List<(string, ExpressionSyntax)> { (InstanceMetadataV1Analyzer.HttpTokensProperty, required) };
            if (addOptions)
            {
                var options = InitializerEditor.SetProperties(
                    (BaseObjectCreationExpressionSyntax)editor.Generator.ObjectCreationExpression(TypeSyntax(editor, optionsType)),
                    tokens);
                editor.ReplaceNode(creation, InitializerEditor.SetProperties(creation, new List<(string, ExpressionSyntax)> { (InstanceMetadataV1Analyzer.MetadataOptionsProperty, options) }));
            }
            else
            {
                editor.ReplaceNode(creation, InitializerEditor.SetProperties(creation, tokens));
            }

            return editor.GetChangedDocument();
        }

        private static async Task<Document> ReplaceAsync(Document document, IReadOnlyList<ExpressionSyntax> values, CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            var changed = false;
            foreach (var value in values)
            {
                if (TargetType(editor.SemanticModel, value, cancellationToken) is { } tokensType)
                {
                    editor.ReplaceNode(value, Required(editor, tokensType).WithTriviaFrom(value));
                    changed = true;
                }
            }

            return changed ? editor.GetChangedDocument() : document;
        }

        /// <summary>The type of the property a value is assigned to (HttpTokensState or LaunchTemplateHttpTokensState).</summary>
        private static ITypeSymbol? TargetType(SemanticModel model, ExpressionSyntax value, CancellationToken cancellationToken) =>
            value.Parent is AssignmentExpressionSyntax assignment && assignment.Right == value
                ? model.GetTypeInfo(assignment.Left, cancellationToken).Type
                : model.GetTypeInfo(value, cancellationToken).ConvertedType;

        private static ITypeSymbol? PropertyType(INamedTypeSymbol type, string property) =>
            type.GetMembers(property).OfType<IPropertySymbol>().FirstOrDefault()?.Type;

        /// <summary>HttpTokensState.Required, shortened by the simplifier, with the namespace's using added when missing.</summary>
        private static SyntaxNode Required(DocumentEditor editor, ITypeSymbol tokensType) =>
            editor.Generator.MemberAccessExpression(TypeSyntax(editor, tokensType), InstanceMetadataV1Analyzer.RequiredMember);

        private static SyntaxNode TypeSyntax(DocumentEditor editor, ITypeSymbol type) =>
            editor.Generator.TypeExpression(type).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
    }
}
