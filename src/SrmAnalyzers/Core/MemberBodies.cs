using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SrmAnalyzers.Core
{
    /// <summary>
    /// The code of members other than the one being analysed: a method's body, the values a method
    /// returns, the values written to a field or property. Used by the cross-member checks (test
    /// doubles made by factories, wrapper calls), which cache what they derive per compilation, so a
    /// member of another syntax tree is bound at most once per compilation and question.
    /// </summary>
    internal static class MemberBodies
    {
        /// <summary>Per compilation: the values written to a field or property (default when it may be written out of sight), and the values a method returns.</summary>
        private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<ISymbol, ImmutableArray<IOperation>>> WrittenValues = new();
        private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<ISymbol, ImmutableArray<IOperation>>> ReturnedValues = new();

        /// <summary>Per member body (shared with the ordinary analysis of the same operation tree): whether it creates, calls or sets anything of the SDK.</summary>
        private static readonly ConditionalWeakTable<IOperation, StrongBox<bool>> SdkUse = new();

        /// <summary>Per compilation and type: the assignments of its declarations, by assigned name (one walk of the type per compilation).</summary>
        private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<INamedTypeSymbol, Dictionary<string, List<AssignmentExpressionSyntax>>>> AssignmentsByType = new();

        /// <summary>
        /// True when the body creates an SDK object, calls an SDK method or reads or writes an SDK
        /// property: only such a body can hand a value to AWS, so only it is worth re-running a rule over.
        /// </summary>
        public static bool TouchesSdk(IOperation body)
        {
            if (SdkUse.TryGetValue(body, out var known))
            {
                return known.Value;
            }

            return SdkUse.GetValue(body, root =>
            {
                foreach (var operation in root.DescendantsAndSelf())
                {
                    if (operation is IObjectCreationOperation { Type: { } type } && AwsSymbols.IsSdkSymbol(type)
                        || operation is IInvocationOperation { TargetMethod: var method } && AwsSymbols.IsSdkSymbol(method)
                        || operation is IPropertyReferenceOperation { Property: var property } && AwsSymbols.IsSdkSymbol(property))
                    {
                        return new StrongBox<bool>(true);
                    }
                }

                return new StrongBox<bool>(false);
            }).Value;
        }

        /// <summary><see cref="CollectWrittenValues"/>, computed once per compilation and member; default when it may be written out of sight.</summary>
        public static ImmutableArray<IOperation> WrittenValuesOf(ISymbol member, Compilation compilation) =>
            WrittenValues.GetValue(compilation, _ => new ConcurrentDictionary<ISymbol, ImmutableArray<IOperation>>(SymbolEqualityComparer.Default))
                .GetOrAdd(member, m =>
                {
                    var values = new List<IOperation>();
                    return CollectWrittenValues(m, compilation, values) ? values.ToImmutableArray() : default;
                });

        /// <summary><see cref="CollectReturnedValues"/>, computed once per compilation and method.</summary>
        public static ImmutableArray<IOperation> ReturnedValuesOf(IMethodSymbol method, Compilation compilation) =>
            ReturnedValues.GetValue(compilation, _ => new ConcurrentDictionary<ISymbol, ImmutableArray<IOperation>>(SymbolEqualityComparer.Default))
                .GetOrAdd(method, m =>
                {
                    var values = new List<IOperation>();
                    CollectReturnedValues((IMethodSymbol)m, compilation, values);
                    return values.ToImmutableArray();
                });

        /// <summary>
        /// True when calls to the member run the code the analyzer reads: declared in source, not
        /// abstract, extern or partial without body, and not replaceable by an override (virtual or
        /// overridable override members may run other code).
        /// </summary>
        public static bool HasReadableBody(ISymbol member) =>
            !member.IsAbstract
            && !member.IsExtern
            && !member.IsVirtual
            && !(member.IsOverride && !member.IsSealed)
            && !member.DeclaringSyntaxReferences.IsEmpty;

        /// <summary>The operation of a method's or property getter's block or expression body; null when it has none in source.</summary>
        public static IOperation? BodyOf(IMethodSymbol method, Compilation compilation)
        {
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                var body = reference.GetSyntax() switch
                {
                    MethodDeclarationSyntax { Body: { } block } => (SyntaxNode)block,
                    MethodDeclarationSyntax { ExpressionBody: { } arrow } => arrow.Expression,
                    AccessorDeclarationSyntax { Body: { } block } => block,
                    AccessorDeclarationSyntax { ExpressionBody: { } arrow } => arrow.Expression,
                    ArrowExpressionClauseSyntax arrow => arrow.Expression,
                    _ => null,
                };
                if (body is not null && SemanticModelOf(body, compilation)?.GetOperation(body) is { } operation)
                {
                    return operation;
                }
            }

            return null;
        }

        /// <summary>The values a method or getter returns (its expression body, or each <c>return</c> of its own block).</summary>
        public static void CollectReturnedValues(IMethodSymbol method, Compilation compilation, List<IOperation> values)
        {
            if (BodyOf(method, compilation) is not { } body)
            {
                return;
            }

            if (body is not IBlockOperation)
            {
                values.Add(body);
                return;
            }

            foreach (var operation in body.DescendantsAndSelf())
            {
                // Returns of nested lambdas and local functions are not the method's.
                if (operation is IReturnOperation { ReturnedValue: { } returned } && !IsInNestedFunction(operation, body))
                {
                    values.Add(returned);
                }
            }
        }

        /// <summary>
        /// The field's or property's initializer and every assignment to it in its type's declarations;
        /// false when it may be written out of sight (not private and not read-only: any code may set it).
        /// </summary>
        public static bool CollectWrittenValues(ISymbol member, Compilation compilation, List<IOperation> values)
        {
            var writableOutside = member switch
            {
                IFieldSymbol field => !field.IsReadOnly && field.DeclaredAccessibility != Accessibility.Private,
                IPropertySymbol property => property.SetMethod is { } setter && setter.DeclaredAccessibility != Accessibility.Private,
                _ => true,
            };
            if (writableOutside || member.ContainingType is not { } type || !IsDeclaredIn(type, compilation))
            {
                return false;
            }

            foreach (var reference in member.DeclaringSyntaxReferences)
            {
                var declaration = reference.GetSyntax();
                var initializer = declaration switch
                {
                    VariableDeclaratorSyntax { Initializer: { } equals } => equals.Value,
                    PropertyDeclarationSyntax { Initializer: { } equals } => equals.Value,
                    PropertyDeclarationSyntax { ExpressionBody: { } arrow } => arrow.Expression,
                    _ => null,
                };
                if (initializer is not null && SemanticModelOf(initializer, compilation)?.GetOperation(initializer) is { } value)
                {
                    values.Add(value);
                }
            }

            if (AssignmentsOf(type, compilation).TryGetValue(member.Name, out var assignments))
            {
                foreach (var assignment in assignments)
                {
                    if (SemanticModelOf(assignment, compilation)!.GetOperation(assignment) is IAssignmentOperation written
                        && written.Target switch
                        {
                            IFieldReferenceOperation field => SymbolEqualityComparer.Default.Equals(field.Field.OriginalDefinition, member),
                            IPropertyReferenceOperation property => SymbolEqualityComparer.Default.Equals(property.Property.OriginalDefinition, member),
                            _ => false,
                        })
                    {
                        values.Add(written.Value);
                    }
                }
            }

            return true;
        }

        private static Dictionary<string, List<AssignmentExpressionSyntax>> AssignmentsOf(INamedTypeSymbol type, Compilation compilation) =>
            AssignmentsByType.GetValue(compilation, _ => new ConcurrentDictionary<INamedTypeSymbol, Dictionary<string, List<AssignmentExpressionSyntax>>>(SymbolEqualityComparer.Default))
                .GetOrAdd(type, t =>
                {
                    var byName = new Dictionary<string, List<AssignmentExpressionSyntax>>(StringComparer.Ordinal);
                    foreach (var reference in t.DeclaringSyntaxReferences)
                    {
                        foreach (var node in reference.GetSyntax().DescendantNodes())
                        {
                            if (node is AssignmentExpressionSyntax { Left: var left } assignment && NameOf(left) is { } name)
                            {
                                if (!byName.TryGetValue(name, out var list))
                                {
                                    byName[name] = list = new List<AssignmentExpressionSyntax>();
                                }

                                list.Add(assignment);
                            }
                        }
                    }

                    return byName;
                });

        /// <summary>True when a lambda or local function of <paramref name="body"/> encloses the operation.</summary>
        public static bool IsInNestedFunction(IOperation operation, IOperation body)
        {
            for (var current = operation.Parent; current is not null && current != body; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return true;
                }
            }

            return false;
        }

        private static string? NameOf(ExpressionSyntax target) => target switch
        {
            IdentifierNameSyntax name => name.Identifier.ValueText,
            MemberAccessExpressionSyntax { Name: var name } => name.Identifier.ValueText,
            _ => null,
        };

        /// <summary>
        /// True when every declaration of the symbol is in this compilation's own trees. A member of a
        /// referenced project of the same solution also has declarations in source (the IDE and
        /// <c>dotnet format</c> reference projects as compilations), but its trees belong to the other
        /// compilation, which may not be asked for their semantic models.
        /// </summary>
        public static bool IsDeclaredIn(ISymbol symbol, Compilation compilation)
        {
            foreach (var reference in symbol.DeclaringSyntaxReferences)
            {
                if (!compilation.ContainsSyntaxTree(reference.SyntaxTree))
                {
                    return false;
                }
            }

            return !symbol.DeclaringSyntaxReferences.IsEmpty;
        }

        /// <summary>The semantic model of the node's tree; null when the tree is not this compilation's (see <see cref="IsDeclaredIn"/>).</summary>
        [System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1030:Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer", Justification = "Callers cache what they derive from another member per compilation; the callback's own model belongs to its tree.")]
        public static SemanticModel? SemanticModelOf(SyntaxNode node, Compilation compilation) =>
            compilation.ContainsSyntaxTree(node.SyntaxTree) ? compilation.GetSemanticModel(node.SyntaxTree) : null;
    }
}
