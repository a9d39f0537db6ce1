using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SrmAnalyzers.Core;

namespace SrmAnalyzers.CodeFixes.Editing
{
    /// <summary>
    /// The one way a fixer finds what it edits: the syntax, in the document being fixed, at the places
    /// its diagnostic names (the location it is reported at and the additional locations the rule
    /// attached). Every lookup gives null, or nothing, when the place is in another document or the
    /// document no longer has the expected syntax there (it changed under the diagnostic).
    /// </summary>
    /// <remarks>
    /// A finding the cross-member engine relocated (<see cref="IsRelocated"/>: reported at a wrapper
    /// call's argument or at a helper's return, <see cref="Reanalysis.Relocate"/>) keeps the rule's fix
    /// properties, but its additional locations are the places the rule judged in the other member. For
    /// it only <see cref="Value"/> is found (the argument or returned value; nothing for an optional
    /// parameter left at its default): the creation and additional-location lookups give nothing, so
    /// a fix written for the judged place cannot edit the wrong one.
    /// </remarks>
    internal sealed class ReportedSyntax
    {
        private readonly SyntaxNode _root;

        private ReportedSyntax(Diagnostic diagnostic, SyntaxNode root)
        {
            Diagnostic = diagnostic;
            _root = root;
        }

        public Diagnostic Diagnostic { get; }

        /// <summary>True for a finding reported at a wrapper call's argument or a helper's return instead of the place the rule judged.</summary>
        public bool IsRelocated => Diagnostic.Properties.ContainsKey(Reanalysis.RelocatedProperty);

        /// <summary>The value expression the diagnostic is reported at (the expression spanning exactly its location).</summary>
        public ExpressionSyntax? Value =>
            Diagnostic.Properties.TryGetValue(Reanalysis.RelocatedProperty, out var relocatedTo) && relocatedTo == Reanalysis.ToDefaultArgument
                ? null
                : ExpressionAt(Diagnostic.Location);

        /// <summary>The object creation the diagnostic is reported at: <c>new X</c> or <c>new()</c> starting at its location.</summary>
        public BaseObjectCreationExpressionSyntax? Creation => IsRelocated ? null : CreationAt(Diagnostic.Location);

        /// <summary>
        /// The object the finding is about: the creation at the first additional location when the rule
        /// attached one (a rule reporting a value written into a request names the request there),
        /// otherwise <see cref="Creation"/>.
        /// </summary>
        public BaseObjectCreationExpressionSyntax? JudgedCreation => IsRelocated ? null : CreationAt(Diagnostic.AdditionalLocations.FirstOrDefault() ?? Diagnostic.Location);

        /// <summary>The expressions spanning exactly the additional locations (the values the rule judged), in their order.</summary>
        public IReadOnlyList<ExpressionSyntax> AdditionalValues =>
            IsRelocated ? new List<ExpressionSyntax>() : Diagnostic.AdditionalLocations.Select(ExpressionAt).OfType<ExpressionSyntax>().ToList();

        /// <summary>
        /// The tokens that contain an additional location, each with the location's offset in the token's
        /// text: the rule marked part of a literal (the <c>http</c> of a URL).
        /// </summary>
        public IReadOnlyList<(SyntaxToken Token, int Offset)> AdditionalTokenParts =>
            TokenParts(IsRelocated ? Enumerable.Empty<Location>() : Diagnostic.AdditionalLocations);

        /// <summary>
        /// The tokens that contain <paramref name="locations"/> (places in literals a rule computes
        /// again for a relocated finding's value), each with the location's offset in the token's text.
        /// </summary>
        public IReadOnlyList<(SyntaxToken Token, int Offset)> TokenParts(IEnumerable<Location> locations) =>
            locations
                .Where(IsInThisDocument)
                .Select(location => (Token: _root.FindToken(location.SourceSpan.Start), location.SourceSpan))
                .Where(found => found.Token.Span.Contains(found.SourceSpan))
                .Select(found => (found.Token, found.SourceSpan.Start - found.Token.SpanStart))
                .ToList();

        /// <summary>What <paramref name="diagnostic"/> names in <paramref name="document"/>; null when the document has no syntax root.</summary>
        public static async Task<ReportedSyntax?> FindAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            return root is null ? null : new ReportedSyntax(diagnostic, root);
        }

        private ExpressionSyntax? ExpressionAt(Location location) =>
            IsInThisDocument(location)
                ? _root.FindNode(location.SourceSpan, getInnermostNodeForTie: true)
                    .AncestorsAndSelf()
                    .OfType<ExpressionSyntax>()
                    .FirstOrDefault(expression => expression.Span == location.SourceSpan)
                : null;

        private BaseObjectCreationExpressionSyntax? CreationAt(Location location) =>
            IsInThisDocument(location)
                ? _root.FindNode(location.SourceSpan, getInnermostNodeForTie: true)
                    .AncestorsAndSelf()
                    .OfType<BaseObjectCreationExpressionSyntax>()
                    .FirstOrDefault(creation => creation.SpanStart == location.SourceSpan.Start)
                : null;

        /// <summary>
        /// The same tree, or (when the host rebuilt the diagnostic over a new tree of the same file) the
        /// same file path; a place in another document, such as the wrapper a relocated finding names, is not.
        /// </summary>
        private bool IsInThisDocument(Location location) =>
            location.IsInSource
            && (location.SourceTree == _root.SyntaxTree
                || !string.IsNullOrEmpty(_root.SyntaxTree.FilePath) && location.SourceTree!.FilePath == _root.SyntaxTree.FilePath)
            && _root.FullSpan.Contains(location.SourceSpan);
    }
}
