using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SrmAnalyzers.Core
{
    /// <summary>Calls to SDK client methods and the arguments they are given.</summary>
    internal static class SdkCalls
    {
        /// <summary>
        /// True when <paramref name="method"/> belongs to <paramref name="clientInterface"/> or to a type
        /// implementing it (<c>IAmazonS3.PutBucketPolicyAsync</c>, <c>AmazonS3Client.PutBucketPolicyAsync</c>).
        /// </summary>
        public static bool IsMethodOf(IMethodSymbol method, INamedTypeSymbol clientInterface) =>
            method.ContainingType is { } containing
            && (SymbolEqualityComparer.Default.Equals(containing.OriginalDefinition, clientInterface)
                || containing.AllInterfaces.Contains(clientInterface, SymbolEqualityComparer.Default));

        /// <summary>The value written for the parameter of that name, or null when the call leaves it to its default.</summary>
        public static IOperation? ExplicitArgument(ImmutableArray<IArgumentOperation> arguments, string parameter)
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter?.Name == parameter && argument.ArgumentKind == ArgumentKind.Explicit)
                {
                    return argument.Value;
                }
            }

            return null;
        }
    }
}
