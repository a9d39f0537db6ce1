using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SrmAnalyzers.Core;

namespace SrmAnalyzers.CodeFixes.Editing
{
    /// <summary>
    /// Rebuilds, inside a fixer, the analyzer's view of the SDK object a diagnostic was reported
    /// on, so fixes edit exactly the writes the rule judged.
    /// </summary>
    internal static class FixContext
    {
        public static async Task<(TrackedObject Tracked, ValueResolver Resolver)?> TrackCreationAsync(Document document, BaseObjectCreationExpressionSyntax creation, CancellationToken cancellationToken)
        {
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (semanticModel is null
                || semanticModel.GetOperation(creation, cancellationToken) is not IObjectCreationOperation operation
                || !AwsSymbols.TryCreate(semanticModel.Compilation, out var symbols))
            {
                return null;
            }

            var resolver = new ValueResolver(symbols, operation);
            return (new RequestTracker(resolver).Track(operation), resolver);
        }
    }
}
