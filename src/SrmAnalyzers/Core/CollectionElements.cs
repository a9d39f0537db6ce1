using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SrmAnalyzers.Core
{
    /// <summary>
    /// The elements code puts into a collection it hands to the SDK (<c>List&lt;IpPermission&gt;</c>):
    /// collection initializers (<c>new List&lt;T&gt; { a, b }</c>, <c>Prop = { a, b }</c>) and
    /// <c>list.Add(x)</c> calls on a local in the same member body. Elements added any other way are
    /// not seen, so callers only use this to find what is present, never what is missing.
    /// </summary>
    internal static class CollectionElements
    {
        /// <summary>The element expressions of the collection <paramref name="collection"/> evaluates to.</summary>
        public static IEnumerable<IOperation> ElementsIn(IOperation collection, ValueResolver resolver)
        {
            var source = resolver.FollowToSource(collection);
            var initializer = source switch
            {
                IObjectCreationOperation creation => creation.Initializer,
                IObjectOrCollectionInitializerOperation direct => direct,
                _ => null,
            };
            foreach (var element in InitializerElements(initializer))
            {
                yield return element;
            }

            if (Unwrap(collection) is ILocalReferenceOperation local)
            {
                foreach (var operation in resolver.Scope.Operations)
                {
                    if (operation is IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1, Instance: { } instance } add
                        && Unwrap(instance) is ILocalReferenceOperation target
                        && SymbolEqualityComparer.Default.Equals(target.Local, local.Local))
                    {
                        yield return add.Arguments[0].Value;
                    }
                }
            }
        }

        /// <summary>The objects of <paramref name="elementType"/> created for the collection's elements.</summary>
        public static IEnumerable<IObjectCreationOperation> CreationsIn(IOperation collection, ValueResolver resolver, INamedTypeSymbol elementType)
        {
            foreach (var element in ElementsIn(collection, resolver))
            {
                if (AsCreation(element, resolver, elementType) is { } creation)
                {
                    yield return creation;
                }
            }
        }

        /// <summary>The objects of <paramref name="elementType"/> in a nested collection initializer <c>Property = { a, b }</c> of <paramref name="owner"/>.</summary>
        public static IEnumerable<IObjectCreationOperation> CreationsInMemberCollection(IObjectCreationOperation owner, string property, ValueResolver resolver, INamedTypeSymbol elementType)
        {
            if (owner.Initializer is null)
            {
                yield break;
            }

            foreach (var member in owner.Initializer.Initializers)
            {
                if (member is IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation reference, Initializer: { } nested }
                    && reference.Property.Name == property)
                {
                    foreach (var element in InitializerElements(nested))
                    {
                        if (AsCreation(element, resolver, elementType) is { } creation)
                        {
                            yield return creation;
                        }
                    }
                }
            }
        }

        private static IEnumerable<IOperation> InitializerElements(IObjectOrCollectionInitializerOperation? initializer)
        {
            if (initializer is null)
            {
                yield break;
            }

            foreach (var item in initializer.Initializers)
            {
                // A collection initializer element is a call to Add with the element as its argument.
                if (item is IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 } add)
                {
                    yield return add.Arguments[0].Value;
                }
            }
        }

        private static IObjectCreationOperation? AsCreation(IOperation element, ValueResolver resolver, INamedTypeSymbol elementType) =>
            resolver.FollowToSource(element) is IObjectCreationOperation { Type: { } type } creation
            && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, elementType)
                ? creation
                : null;

        private static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation { IsImplicit: true } or IParenthesizedOperation)
            {
                operation = operation switch
                {
                    IConversionOperation conversion => conversion.Operand,
                    IParenthesizedOperation parenthesized => parenthesized.Operand,
                    _ => operation,
                };
            }

            return operation;
        }
    }
}
