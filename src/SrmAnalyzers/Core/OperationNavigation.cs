using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SrmAnalyzers.Core
{
    /// <summary>
    /// Moving through an operation tree past conversions and parentheses, which never change what a
    /// value is used for. Three strengths, each for its own question: every conversion (where a value
    /// goes, what it is), only built-in ones (a user-defined operator builds another object, which an
    /// object-model reader reads as such), only implicit ones (an explicit cast is code a fix keeps).
    /// </summary>
    internal static class OperationNavigation
    {
        /// <summary>The operation with its conversions and parentheses removed.</summary>
        public static IOperation? WithoutConversions(this IOperation? operation)
        {
            while (operation is IConversionOperation or IParenthesizedOperation)
            {
                operation = Operand(operation);
            }

            return operation;
        }

        /// <summary>The operation with its parentheses and built-in conversions (no user-defined operator) removed.</summary>
        public static IOperation? WithoutBuiltInConversions(this IOperation? operation)
        {
            while (operation is IConversionOperation { OperatorMethod: null } or IParenthesizedOperation)
            {
                operation = Operand(operation);
            }

            return operation;
        }

        /// <summary>The operation with its parentheses and implicit conversions removed.</summary>
        public static IOperation? WithoutImplicitConversions(this IOperation? operation)
        {
            while (operation is IConversionOperation { IsImplicit: true } or IParenthesizedOperation)
            {
                operation = Operand(operation);
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

        /// <summary>The nearest ancestor that is not parentheses or a built-in conversion; <paramref name="child"/> is the operation right below it.</summary>
        public static IOperation? ParentSkippingBuiltInConversions(this IOperation operation, out IOperation child)
        {
            child = operation;
            var parent = operation.Parent;
            while (parent is IConversionOperation { OperatorMethod: null } or IParenthesizedOperation)
            {
                child = parent;
                parent = parent.Parent;
            }

            return parent;
        }

        /// <summary>
        /// The nearest ancestor that does more with the value than pass it on: past conversions,
        /// parentheses and the choices it is a branch of (<see cref="Branches.IsBranchOf"/>), so
        /// <c>x = c ? "a" : "b"</c> gives the assignment for <c>"a"</c>. <paramref name="child"/> is the operation right below it.
        /// </summary>
        public static IOperation? ParentSkippingBranches(this IOperation operation, out IOperation child)
        {
            child = operation;
            var parent = operation.Parent;
            while (parent is IConversionOperation or IParenthesizedOperation || parent is not null && Branches.IsBranchOf(child, parent))
            {
                child = parent;
                parent = parent.Parent;
            }

            return parent;
        }

        public static IOperation? ParentSkippingBranches(this IOperation operation) => operation.ParentSkippingBranches(out _);

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

        private static IOperation Operand(IOperation conversionOrParentheses) =>
            conversionOrParentheses is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)conversionOrParentheses).Operand;
    }
}
