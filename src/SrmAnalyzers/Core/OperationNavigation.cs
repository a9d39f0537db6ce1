using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SrmAnalyzers.Core
{
    /// <summary>Moving through an operation tree past conversions and parentheses, which never change what a value is used for.</summary>
    internal static class OperationNavigation
    {
        /// <summary>The operation with its conversions and parentheses removed.</summary>
        public static IOperation? WithoutConversions(this IOperation? operation)
        {
            while (operation is IConversionOperation or IParenthesizedOperation)
            {
                operation = operation is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)operation).Operand;
            }

            return operation;
        }

        /// <summary>The nearest ancestor that is not a conversion or parentheses; <paramref name="child"/> is the operation right below it.</summary>
        public static IOperation? ParentSkippingConversions(this IOperation operation, out IOperation child)
        {
            child = operation;
            var parent = operation.Parent;
            while (parent is IConversionOperation or IParenthesizedOperation)
            {
                child = parent;
                parent = parent.Parent;
            }

            return parent;
        }

        public static IOperation? ParentSkippingConversions(this IOperation operation) => operation.ParentSkippingConversions(out _);

        /// <summary>The root of the operation tree the operation belongs to (its member's body, initializer, ...).</summary>
        public static IOperation Root(this IOperation operation)
        {
            var root = operation;
            while (root.Parent is { } parent)
            {
                root = parent;
            }

            return root;
        }
    }
}
