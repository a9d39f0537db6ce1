using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SrmAnalyzers.Core
{
    /// <summary>
    /// C# 12 collection expressions (<c>Ipv4Ranges = [new IpRange { CidrIp = "0.0.0.0/0" }]</c>),
    /// read wherever a collection initializer is read. The analyzers are built against Roslyn 4.8,
    /// whose operation tree has no kind for them (a "None" operation whose children are the
    /// elements); later compilers give them their own kind, again with the elements as children.
    /// So they are recognised by their syntax, and their elements matched by syntax to those children.
    /// </summary>
    internal static class CollectionExpressions
    {
        /// <summary>
        /// The elements of <paramref name="operation"/> (conversions skipped) when it is a collection
        /// expression, in source order; a spread element (<c>.. items</c>), whose elements are out of
        /// sight, is a null entry. Null when it is not a collection expression.
        /// </summary>
        public static IReadOnlyList<IOperation?>? ElementsOf(IOperation? operation)
        {
            var expression = operation.WithoutConversions();
            if (expression?.Syntax is not CollectionExpressionSyntax syntax)
            {
                return null;
            }

            var elements = new List<IOperation?>(syntax.Elements.Count);
            foreach (var element in syntax.Elements)
            {
                elements.Add(element is ExpressionElementSyntax { Expression: var value } ? ChildWithSyntax(expression, value) : null);
            }

            return elements;
        }

        /// <summary>True when <paramref name="operation"/> (conversions skipped) is a collection expression.</summary>
        public static bool IsCollectionExpression(IOperation? operation) => operation.WithoutConversions()?.Syntax is CollectionExpressionSyntax;

        /// <summary>True when <paramref name="element"/> (or a conversion of it) is an element of the collection expression <paramref name="collection"/>.</summary>
        public static bool IsElementOf(IOperation element, IOperation collection) =>
            collection.Syntax is CollectionExpressionSyntax syntax
            && element.Syntax.Parent is ExpressionElementSyntax { Parent: var owner }
            && owner == syntax;

        /// <summary>The type a collection expression builds: its own (later compilers) or its conversion's (Roslyn 4.8 gives it none).</summary>
        public static ITypeSymbol? TargetType(IOperation collection) =>
            collection.Type ?? (collection.Parent as IConversionOperation)?.Type;

        /// <summary>The child operation for an element's expression (possibly a conversion to the element type, whose syntax is the same).</summary>
        private static IOperation? ChildWithSyntax(IOperation collection, ExpressionSyntax value)
        {
            foreach (var child in collection.ChildOperations)
            {
                if (child.Syntax == value)
                {
                    return child;
                }
            }

            return null;
        }
    }
}
