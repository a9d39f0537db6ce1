using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace SrmAnalyzers.CodeFixes
{
    /// <summary>
    /// Fix All of every SRM fixer: Roslyn's batch fixer, which applies, at each finding in scope, the
    /// fix whose equivalence key Fix All was asked for, and, when asked for no key, the fixer's
    /// recommended fix, which every finding that has a fix offers first.
    /// </summary>
    /// <remarks>
    /// The IDE asks for Fix All from a fix the user picked, so always with a key. <c>dotnet format
    /// analyzers</c> (and <c>dotnet format --diagnostics SRMxxx</c>) fixes a rule with one Fix All
    /// request whose key is that of the first fix the fixer registers for the first finding it
    /// analysed, in no particular order; when that finding has no fix it asks with no key, and
    /// the batch fixer alone then fixes nothing ("didn't return a Fix All action"). Offering a fix
    /// that does nothing on those findings would put a useless light bulb in the IDE; this provider
    /// answers the keyless request instead. A fixer whose findings have different fixes gives
    /// them one key, so that a request with the key of any of them fixes every finding.
    /// </remarks>
    internal sealed class SrmFixAllProvider : FixAllProvider
    {
        private readonly string _recommendedEquivalenceKey;

        public SrmFixAllProvider(string recommendedEquivalenceKey) => _recommendedEquivalenceKey = recommendedEquivalenceKey;

        private static FixAllProvider Batch => WellKnownFixAllProviders.BatchFixer;

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => Batch.GetSupportedFixAllScopes();

        public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            if (fixAllContext.CodeActionEquivalenceKey is not null)
            {
                return Batch.GetFixAsync(fixAllContext);
            }

            var diagnostics = new SameDiagnostics(fixAllContext);
            FixAllContext recommended;
            switch (fixAllContext.Scope)
            {
                case FixAllScope.Document when fixAllContext.Document is { } document:
                    recommended = new FixAllContext(document, fixAllContext.CodeFixProvider, fixAllContext.Scope, _recommendedEquivalenceKey, fixAllContext.DiagnosticIds, diagnostics, fixAllContext.CancellationToken);
                    break;
                case FixAllScope.Project:
                case FixAllScope.Solution:
                    recommended = new FixAllContext(fixAllContext.Project, fixAllContext.CodeFixProvider, fixAllContext.Scope, _recommendedEquivalenceKey, fixAllContext.DiagnosticIds, diagnostics, fixAllContext.CancellationToken);
                    break;
                default:
                    return Batch.GetFixAsync(fixAllContext);
            }

            return Batch.GetFixAsync(recommended);
        }

        /// <summary>The findings of the original request, whatever key the request names.</summary>
        private sealed class SameDiagnostics : FixAllContext.DiagnosticProvider
        {
            private readonly FixAllContext _original;

            public SameDiagnostics(FixAllContext original) => _original = original;

            public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
                await _original.WithCancellationToken(cancellationToken).GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);

            public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                await _original.WithCancellationToken(cancellationToken).GetProjectDiagnosticsAsync(project).ConfigureAwait(false);

            public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                await _original.WithCancellationToken(cancellationToken).GetAllDiagnosticsAsync(project).ConfigureAwait(false);
        }
    }
}
