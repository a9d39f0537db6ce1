using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Editing;
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
            foreach (var part in Branches.ValuesOf(value, OperationNavigation.WithoutImplicitConversions))
            {
                if (isRejected(resolver.Resolve(part)) && !parts.Exists(p => p.Span.Contains(part.Syntax.Span)))
                {
                    parts.Add(part.Syntax);
                }
            }

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
    }
}
