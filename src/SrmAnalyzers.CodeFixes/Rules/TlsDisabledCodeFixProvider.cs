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
    /// <summary>
    /// SRM102 fix, as the analyzer decided it (diagnostic property <see cref="TlsDisabledAnalyzer.FixProperty"/>):
    /// <c>http://</c> → <c>https://</c> in the literal that carries the scheme; the <c>UseHttp = true</c>
    /// assignment removed (or set to <c>false</c> when other writes of UseHttp exist or the statement
    /// is not one of its own); <c>Protocol.HTTP</c> → <c>Protocol.HTTPS</c>.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TlsDisabledCodeFixProvider)), Shared]
    public sealed class TlsDisabledCodeFixProvider : CodeFixProvider
    {
        /// <summary>
        /// The key of every SRM102 fix. A finding has one fix, decided by how TLS was turned off; one
        /// key lets Fix All, and <c>dotnet format analyzers</c> (which asks with the key of one
        /// finding's fix), turn TLS back on at every finding (see <see cref="SrmFixAllProvider"/>).
        /// </summary>
        public const string EquivalenceKey = "SRM102.TurnOnTls";

        /// <summary>The <c>http://</c> → <c>https://</c> fix's key: <see cref="EquivalenceKey"/> (the name says which fix a caller means).</summary>
        public const string UseHttpsEquivalenceKey = EquivalenceKey;

        /// <summary>The key of the fix that removes <c>UseHttp = true</c> or sets it to false: <see cref="EquivalenceKey"/>.</summary>
        public const string DisableUseHttpEquivalenceKey = EquivalenceKey;

        /// <summary>The <c>Protocol.HTTP</c> → <c>Protocol.HTTPS</c> fix's key: <see cref="EquivalenceKey"/>.</summary>
        public const string UseProtocolHttpsEquivalenceKey = EquivalenceKey;

        private static readonly FixAllProvider FixAll = new SrmFixAllProvider(EquivalenceKey);

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.TlsDisabled);

        public override FixAllProvider GetFixAllProvider() => FixAll;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (await ReportedSyntax.FindAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false) is not { } reported)
                {
                    continue;
                }

                if (reported.IsRelocated)
                {
                    await RegisterRelocatedAsync(context, reported).ConfigureAwait(false);
                    continue;
                }

                if (!diagnostic.Properties.TryGetValue(TlsDisabledAnalyzer.FixProperty, out var fix))
                {
                    continue;
                }

                switch (fix)
                {
                    case TlsDisabledAnalyzer.UseHttps when reported.AdditionalTokenParts is { Count: > 0 } schemes:
                        context.RegisterCodeFix(
                            CodeAction.Create("Use https://", c => UseHttpsAsync(context.Document, schemes, c), EquivalenceKey),
                            diagnostic);
                        break;
                    case TlsDisabledAnalyzer.UseProtocolHttps when reported.AdditionalValues.OfType<IdentifierNameSyntax>().ToList() is { Count: > 0 } names:
                        context.RegisterCodeFix(
                            CodeAction.Create("Use Protocol.HTTPS", c => UseProtocolHttpsAsync(context.Document, names, c), EquivalenceKey),
                            diagnostic);
                        break;
                    case TlsDisabledAnalyzer.RemoveUseHttp:
                    case TlsDisabledAnalyzer.SetUseHttpFalse:
                        if (reported.Value is { } value
                            && value.AncestorsAndSelf().OfType<AssignmentExpressionSyntax>().FirstOrDefault() is { } assignment
                            && assignment.Right.Span.Contains(value.Span))
                        {
                            var remove = fix == TlsDisabledAnalyzer.RemoveUseHttp;
                            context.RegisterCodeFix(
                                CodeAction.Create(
                                    remove ? "Remove UseHttp = true" : "Set UseHttp to false",
                                    c => DisableUseHttpAsync(context.Document, assignment, remove, c),
                                    EquivalenceKey),
                                diagnostic);
                        }

                        break;
                }
            }
        }

        /// <summary>
        /// A finding at a wrapper call's argument or a helper's return: a URL whose <c>http</c> sits in a
        /// literal there gets <c>https://</c> (the rule's fix property describes the wrapper's or the user's
        /// write, usually a parameter or field, which has none); a <c>true</c> passed or returned for
        /// UseHttp becomes <c>false</c>. <c>Protocol.HTTP</c> there gets no fix.
        /// </summary>
        private static async Task RegisterRelocatedAsync(CodeFixContext context, ReportedSyntax reported)
        {
            if (reported.Diagnostic.Properties.TryGetValue(TlsDisabledAnalyzer.FixProperty, out var fix)
                && fix is TlsDisabledAnalyzer.RemoveUseHttp or TlsDisabledAnalyzer.SetUseHttpFalse)
            {
                await ValueFix.RegisterAsync(context, reported, "Set UseHttp to false", EquivalenceKey, value => value.Any(v => v is true), CompliantValue.False).ConfigureAwait(false);
                return;
            }

            var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (reported.Value is not { } valueSyntax
                || semanticModel is null
                || semanticModel.GetOperation(valueSyntax, context.CancellationToken) is not { Type.SpecialType: SpecialType.System_String } value
                || !AwsSymbols.TryCreate(semanticModel.Compilation, out var symbols))
            {
                return;
            }

            var allowedHosts = TlsDisabledAnalyzer.AllowedHosts(context.Document.Project.AnalyzerOptions, valueSyntax.SyntaxTree);
            var schemeLocations = new List<Location>();
            if (TlsDisabledAnalyzer.CollectHttpSchemes(value, new ValueResolver(symbols, value), allowedHosts, schemeLocations)
                && reported.TokenParts(schemeLocations) is { Count: > 0 } schemes)
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Use https://", c => UseHttpsAsync(context.Document, schemes, c), EquivalenceKey),
                    reported.Diagnostic);
            }
        }

        /// <param name="schemes">The literal tokens holding the scheme, with the offset of its four letters in each.</param>
        private static async Task<Document> UseHttpsAsync(Document document, IReadOnlyList<(SyntaxToken Token, int Offset)> schemes, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var replacements = schemes
                .Where(t => t.Token.IsKind(SyntaxKind.StringLiteralToken) || t.Token.IsKind(SyntaxKind.InterpolatedStringTextToken))
                .GroupBy(t => t.Token)
                .ToDictionary(g => g.Key, g => g.First().Offset);
            if (root is null || replacements.Count == 0)
            {
                return document;
            }

            var newRoot = root.ReplaceTokens(replacements.Keys, (original, _) => WithHttps(original, replacements[original]));
            return document.WithSyntaxRoot(newRoot);
        }

        /// <summary>Inserts the <c>s</c> after the four letters <c>http</c> at <paramref name="offset"/> of the token text (<c>HTTP</c> gets <c>S</c>).</summary>
        private static SyntaxToken WithHttps(SyntaxToken token, int offset)
        {
            var text = token.Text;
            if (offset < 0 || offset + 4 > text.Length || !string.Equals(text.Substring(offset, 4), "http", System.StringComparison.OrdinalIgnoreCase))
            {
                return token;
            }

            var letter = char.IsUpper(text[offset + 3]) ? "S" : "s";
            var newText = text.Insert(offset + 4, letter);
            var newValue = token.ValueText.Insert(4, letter);
            return token.IsKind(SyntaxKind.StringLiteralToken)
                ? SyntaxFactory.Literal(token.LeadingTrivia, newText, newValue, token.TrailingTrivia)
                : SyntaxFactory.Token(token.LeadingTrivia, SyntaxKind.InterpolatedStringTextToken, newText, newValue, token.TrailingTrivia);
        }

        private static async Task<Document> UseProtocolHttpsAsync(Document document, IReadOnlyList<IdentifierNameSyntax> names, CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            foreach (var name in names)
            {
                editor.ReplaceNode(name, SyntaxFactory.IdentifierName("HTTPS").WithTriviaFrom(name));
            }

            return editor.GetChangedDocument();
        }

        /// <summary>
        /// The initializer without one entry and its comma, keeping the layout: a first entry hands its
        /// indentation to the next one, a later entry hands its trailing trivia (space before <c>}</c>) to the previous one.
        /// </summary>
        private static InitializerExpressionSyntax WithoutEntry(InitializerExpressionSyntax initializer, ExpressionSyntax entry)
        {
            var expressions = initializer.Expressions;
            var index = expressions.IndexOf(entry);
            var nodes = expressions.ToList();
            var separators = expressions.GetSeparators().ToList();
            nodes.RemoveAt(index);
            if (index == 0)
            {
                if (separators.Count > 0)
                {
                    separators.RemoveAt(0);
                }

                if (nodes.Count > 0)
                {
                    nodes[0] = nodes[0].WithLeadingTrivia(entry.GetLeadingTrivia());
                }
            }
            else
            {
                separators.RemoveAt(index - 1);
                nodes[index - 1] = nodes[index - 1].WithTrailingTrivia(nodes[index - 1].GetTrailingTrivia().AddRange(entry.GetTrailingTrivia()));
            }

            return initializer.WithExpressions(SyntaxFactory.SeparatedList(nodes, separators));
        }

        private static async Task<Document> DisableUseHttpAsync(Document document, AssignmentExpressionSyntax assignment, bool remove, CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            if (remove && assignment.Parent is InitializerExpressionSyntax initializer)
            {
                editor.ReplaceNode(initializer, WithoutEntry(initializer, assignment));
            }
            else if (remove && assignment.Parent is ExpressionStatementSyntax { Parent: BlockSyntax } statement)
            {
                editor.RemoveNode(statement, SyntaxRemoveOptions.KeepNoTrivia);
            }
            else
            {
                editor.ReplaceNode(assignment.Right, SyntaxFactory.LiteralExpression(SyntaxKind.FalseLiteralExpression).WithTriviaFrom(assignment.Right));
            }

            return editor.GetChangedDocument();
        }
    }
}
