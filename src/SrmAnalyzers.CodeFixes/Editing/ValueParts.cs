using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;
using SrmAnalyzers.Core;

namespace SrmAnalyzers.CodeFixes.Editing
{
    /// <summary>
    /// Finds the parts of a written value that carry a rejected constant, so a fix replaces only
    /// those: branches of conditionals, switch arms and coalesce operands are visited; anything
    /// else (a literal, an SDK constant, a local or field holding the value) is replaced whole.
    /// </summary>
    internal static class ValueParts
    {
        public static List<SyntaxNode> Matching(IOperation value, ValueResolver resolver, Func<ResolvedValue, bool> isRejected)
        {
            var parts = new List<SyntaxNode>();
            Collect(value, resolver, isRejected, parts);
            return parts;
        }

        /// <summary>
        /// A type's name where it means <paramref name="type"/> already; otherwise its qualified
        /// name, which the simplifier shortens after adding the missing <c>using</c>.
        /// </summary>
        public static SyntaxNode TypeName(SyntaxGenerator generator, SemanticModel semanticModel, int position, INamedTypeSymbol type)
        {
            var visible = semanticModel.LookupNamespacesAndTypes(position, container: null, name: type.Name);
            return visible.Length == 1 && SymbolEqualityComparer.Default.Equals(visible[0], type)
                ? generator.IdentifierName(type.Name)
                : generator.TypeExpression(type).WithAdditionalAnnotations(Simplifier.AddImportsAnnotation);
        }

        private static void Collect(IOperation operation, ValueResolver resolver, Func<ResolvedValue, bool> isRejected, List<SyntaxNode> parts)
        {
            switch (operation)
            {
                case IConversionOperation { IsImplicit: true } conversion:
                    Collect(conversion.Operand, resolver, isRejected, parts);
                    return;
                case IParenthesizedOperation parenthesized:
                    Collect(parenthesized.Operand, resolver, isRejected, parts);
                    return;
                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    Collect(conditional.WhenTrue, resolver, isRejected, parts);
                    Collect(whenFalse, resolver, isRejected, parts);
                    return;
                case ICoalesceOperation coalesce:
                    Collect(coalesce.Value, resolver, isRejected, parts);
                    Collect(coalesce.WhenNull, resolver, isRejected, parts);
                    return;
                case ISwitchExpressionOperation switchExpression:
                    foreach (var arm in switchExpression.Arms)
                    {
                        Collect(arm.Value, resolver, isRejected, parts);
                    }

                    return;
                default:
                    if (isRejected(resolver.Resolve(operation)) && !parts.Exists(p => p.Span.Contains(operation.Syntax.Span)))
                    {
                        parts.Add(operation.Syntax);
                    }

                    return;
            }
        }
    }
}
