using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SrmAnalyzers.Core.Policies
{
    /// <summary>
    /// Policies kept in a dictionary and sent in a loop:
    /// <code>
    /// var policies = new Dictionary&lt;string, string&gt; { ["glue"] = "...", ["airflow"] = "..." };
    /// foreach (var (role, document) in policies) { ... PolicyDocument = document ... }
    /// </code>
    /// The sink value (<c>document</c>, <c>entry.Value</c>, or the element of <c>policies.Values</c>)
    /// stands for each entry value of the initializer, so each entry is judged, and reported, where it
    /// is written. Only a local dictionary built with an initializer and used for nothing but that
    /// loop counts: anything that may add entries out of sight leaves the value as it is.
    /// </summary>
    internal static class IteratedDictionaryEntries
    {
        /// <summary>The entry values <paramref name="value"/> iterates over, or null when it is not such a loop variable.</summary>
        public static IReadOnlyList<IOperation>? Of(IOperation value, ValueResolver resolver)
        {
            var source = value.WithoutBuiltInConversions();

            ILocalSymbol variable;
            var needsValueProperty = false;
            switch (source)
            {
                case ILocalReferenceOperation local:
                    variable = local.Local;
                    break;
                case IPropertyReferenceOperation { Property.Name: "Value", Instance: ILocalReferenceOperation pair } when IsKeyValuePair(pair.Type):
                    variable = pair.Local;
                    needsValueProperty = true;
                    break;
                default:
                    return null;
            }

            var loop = resolver.Scope.Operations.OfType<IForEachLoopOperation>()
                .FirstOrDefault(candidate => candidate.Locals.Contains(variable, SymbolEqualityComparer.Default));
            if (loop is null || !IteratesValues(loop, variable, needsValueProperty, out var collection))
            {
                return null;
            }

            if (collection is not ILocalReferenceOperation dictionary
                || !IsStringDictionary(dictionary.Type)
                || resolver.Scope.SingleAssignedValue(dictionary.Local) is not { } assigned
                || assigned.WithoutBuiltInConversions() is not IObjectCreationOperation { Initializer: { } initializer, Arguments.Length: 0 }
                || resolver.Scope.ReferencesTo(dictionary.Local).Any(reference => !reference.IsDeclaration && !IsLoopCollection(reference, loop)))
            {
                return null;
            }

            var entries = new List<IOperation>();
            foreach (var entry in initializer.Initializers)
            {
                switch (entry)
                {
                    case IInvocationOperation { Arguments.Length: 2 } add:
                        entries.Add(add.Arguments[1].Value);
                        break;
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } } assignment:
                        entries.Add(assignment.Value);
                        break;
                    default:
                        return null;
                }
            }

            return entries.Count > 0 ? entries : null;
        }

        /// <summary>Whether the loop variable is the entry's value, and the dictionary the loop goes over.</summary>
        private static bool IteratesValues(IForEachLoopOperation loop, ILocalSymbol variable, bool needsValueProperty, out IOperation? dictionary)
        {
            dictionary = loop.Collection.WithoutBuiltInConversions();
            switch (loop.LoopControlVariable)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, variable):
                    if (needsValueProperty)
                    {
                        return IsKeyValuePair(variable.Type);
                    }

                    // foreach (var document in policies.Values)
                    if (dictionary is IPropertyReferenceOperation { Property.Name: "Values", Instance: { } owner })
                    {
                        dictionary = owner.WithoutBuiltInConversions();
                        return true;
                    }

                    return false;
                case IDeclarationExpressionOperation { Expression: ITupleOperation { Elements.Length: 2 } tuple } when !needsValueProperty:
                    // foreach (var (key, document) in policies)
                    return tuple.Elements[1].WithoutBuiltInConversions() is var second
                        && (second is IDeclarationExpressionOperation { Expression: var declared } ? declared : second) is ILocalReferenceOperation local
                        && SymbolEqualityComparer.Default.Equals(local.Local, variable);
                default:
                    return false;
            }
        }

        private static bool IsLoopCollection(ILocalReferenceOperation reference, IForEachLoopOperation loop)
        {
            var parent = reference.ParentSkippingConversions(out var current);
            while (parent is IPropertyReferenceOperation { Property.Name: "Values" } values && values.Instance == current)
            {
                parent = values.ParentSkippingConversions(out current);
            }

            return current == loop.Collection;
        }

        private static bool IsKeyValuePair(ITypeSymbol? type) =>
            type is INamedTypeSymbol { Name: "KeyValuePair", TypeArguments.Length: 2 } pair
            && pair.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic";

        private static bool IsStringDictionary(ITypeSymbol? type) =>
            type is INamedTypeSymbol { TypeArguments.Length: 2 } named
            && named.Name is "Dictionary" or "SortedDictionary"
            && named.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic"
            && named.TypeArguments[1].SpecialType == SpecialType.System_String;
    }
}
