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
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(TlsDisabledAnalyzer.FixProperty, out var fix))
                {
                    continue;
                }

                switch (fix)
                {
                    case TlsDisabledAnalyzer.UseHttps when diagnostic.AdditionalLocations.Count > 0:
                        context.RegisterCodeFix(
                            CodeAction.Create("Use https://", c => UseHttpsAsync(context.Document, diagnostic, c), EquivalenceKey),
                            diagnostic);
                        break;
                    case TlsDisabledAnalyzer.UseProtocolHttps when diagnostic.AdditionalLocations.Count > 0:
                        context.RegisterCodeFix(
                            CodeAction.Create("Use Protocol.HTTPS", c => UseProtocolHttpsAsync(context.Document, diagnostic, c), EquivalenceKey),
                            diagnostic);
                        break;
                    case TlsDisabledAnalyzer.RemoveUseHttp:
                    case TlsDisabledAnalyzer.SetUseHttpFalse:
                        if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is ExpressionSyntax value
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

        private static async Task<Document> UseHttpsAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var replacements = diagnostic.AdditionalLocations
                .Select(location => (Token: root.FindToken(location.SourceSpan.Start), Offset: location.SourceSpan.Start))
                .Where(t => t.Token.IsKind(SyntaxKind.StringLiteralToken) || t.Token.IsKind(SyntaxKind.InterpolatedStringTextToken))
                .GroupBy(t => t.Token)
                .ToDictionary(g => g.Key, g => g.First().Offset - g.Key.SpanStart);
            if (replacements.Count == 0)
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

        private static async Task<Document> UseProtocolHttpsAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            foreach (var location in diagnostic.AdditionalLocations)
            {
                if (editor.OriginalRoot.FindNode(location.SourceSpan, getInnermostNodeForTie: true) is IdentifierNameSyntax name)
                {
                    editor.ReplaceNode(name, SyntaxFactory.IdentifierName("HTTPS").WithTriviaFrom(name));
                }
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
