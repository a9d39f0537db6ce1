using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SrmAnalyzers.Core
{
    /// <summary>
    /// Where the compilation's source uses a member: the calls of a helper or factory, the reads of a
    /// field or property. Trees are first filtered by a per-tree index of the identifiers they use,
    /// built once per tree (an edit in the IDE re-indexes only the edited file); only trees naming
    /// the member, and either declaring its type or naming it, are bound. A private member is looked
    /// for only in its type's declarations.
    /// </summary>
    internal static class MemberUses
    {
        private static readonly ConditionalWeakTable<SyntaxTree, HashSet<string>> NamesByTree = new();

        /// <summary>
        /// Every reference to the member in the compilation's source, as operations (calls, property or
        /// field reads, and the targets of assignments to it when <paramref name="withWrites"/>); only those
        /// in <paramref name="onlyIn"/> when it is given.
        /// </summary>
        public static IEnumerable<(IOperation Use, SemanticModel Model)> Of(ISymbol member, Compilation compilation, bool withWrites = false, SyntaxTree? onlyIn = null)
        {
            var name = member.Name;
            var privateToType = member.DeclaredAccessibility == Accessibility.Private && member.ContainingType is not null;
            var trees = privateToType
                ? member.ContainingType!.DeclaringSyntaxReferences.Select(r => r.SyntaxTree).Distinct()
                : compilation.SyntaxTrees;
            if (onlyIn is not null)
            {
                trees = trees.Where(tree => tree == onlyIn);
            }

            var typeName = member.ContainingType?.Name;
            var ownTrees = member.ContainingType?.DeclaringSyntaxReferences.Select(r => r.SyntaxTree).ToImmutableHashSet();
            foreach (var tree in trees)
            {
                // A use of a member from another type names the member's type somewhere in its file (a
                // static call Settings.Parse(), a field or parameter of type Settings); a file that names
                // neither the member nor its type is not bound. Extension-method calls from files that do
                // not name the extension class are not found.
                var names = NamesOf(tree);
                if (!names.Contains(name)
                    || !(ownTrees?.Contains(tree) ?? true) && typeName is not null && !names.Contains(typeName)
                    || MemberBodies.SemanticModelOf(tree.GetRoot(), compilation) is not { } model)
                {
                    continue;
                }

                foreach (var node in tree.GetRoot().DescendantNodes())
                {
                    if (node is not SimpleNameSyntax simple || simple.Identifier.ValueText != name)
                    {
                        continue;
                    }

                    var expression = simple.Parent is MemberAccessExpressionSyntax access && access.Name == simple ? (ExpressionSyntax)access : simple;
                    var use = expression.Parent is InvocationExpressionSyntax invocation && invocation.Expression == expression ? (ExpressionSyntax)invocation : expression;
                    if (model.GetOperation(use) is { } operation && ReferencedMember(operation) is { } referenced
                        && SymbolEqualityComparer.Default.Equals(referenced.OriginalDefinition, member)
                        && (withWrites || !IsWriteTarget(operation)))
                    {
                        yield return (operation, model);
                    }
                }
            }
        }

        private static ISymbol? ReferencedMember(IOperation operation) => operation switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IPropertyReferenceOperation property => property.Property,
            IFieldReferenceOperation field => field.Field,
            _ => null,
        };

        private static bool IsWriteTarget(IOperation operation) =>
            operation.Parent is IAssignmentOperation assignment && assignment.Target == operation;

        /// <summary>The identifiers a tree uses, indexed once per tree (an edit re-indexes only the edited tree).</summary>
        private static HashSet<string> NamesOf(SyntaxTree tree) =>
            NamesByTree.GetValue(tree, t =>
            {
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var token in t.GetRoot().DescendantTokens())
                {
                    if (token.RawKind == (int)SyntaxKind.IdentifierToken)
                    {
                        names.Add(token.ValueText);
                    }
                }

                return names;
            });
    }
}
