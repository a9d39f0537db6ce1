using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SrmAnalyzers.Core
{
    /// <summary>
    /// The elements the analyzer can see in a list property of a tracked SDK object, such as the
    /// block device mappings of a <c>RunInstancesRequest</c>: entries of the list's collection
    /// initializer (inline, <c>Prop = { ... }</c>, or in a local), <c>list.Add(x)</c> on the local
    /// holding the list, and <c>request.Prop.Add(x)</c> through the owner's locals. Elements added
    /// out of sight are simply not returned: rules judge the elements they see.
    /// </summary>
    internal static class CollectionElements
    {
        /// <summary>The values added to <paramref name="owner"/>.<paramref name="property"/>, in source order.</summary>
        public static IReadOnlyList<IOperation> Of(TrackedObject owner, string property, ValueResolver resolver)
        {
            var elements = new List<IOperation>();
            var listLocals = new List<ILocalSymbol>();
            foreach (var write in owner.FinalWritesOf(property))
            {
                if (write.Value is IMemberInitializerOperation nested)
                {
                    AddInitializerEntries(nested.Initializer, elements);
                    continue;
                }

                var source = resolver.FollowToSource(write.Value);
                if (CollectionExpressions.ElementsOf(source) is { } items)
                {
                    // A spread's elements (null entries) are out of sight.
                    elements.AddRange(items.OfType<IOperation>());
                    continue;
                }

                if (source is IObjectCreationOperation list)
                {
                    AddInitializerEntries(list.Initializer, elements);
                    if (write.Value.WithoutConversions() is ILocalReferenceOperation local
                        && resolver.Scope.SingleAssignedValue(local.Local) is not null)
                    {
                        listLocals.Add(local.Local);
                    }
                }
            }

            // list.Add(x) and request.Prop.Add(x): found from the uses of the locals involved, not by scanning the body.
            var adds = new List<IInvocationOperation>();
            foreach (var local in owner.Paths.Select(p => p.Local).Concat(listLocals).Distinct<ILocalSymbol>(SymbolEqualityComparer.Default))
            {
                foreach (var reference in resolver.Scope.ReferencesTo(local))
                {
                    var parent = reference.ParentSkippingConversions(out var receiver);
                    while (parent is IPropertyReferenceOperation member && member.Instance == receiver)
                    {
                        parent = member.ParentSkippingConversions(out receiver);
                    }

                    if (parent is IInvocationOperation { TargetMethod: { Name: "Add", Parameters.Length: 1 }, Arguments.Length: 1, IsImplicit: false } add
                        && add.Instance == receiver
                        && !adds.Contains(add)
                        && AddsTo(receiver.WithoutConversions(), owner, property, listLocals))
                    {
                        adds.Add(add);
                    }
                }
            }

            elements.AddRange(adds.OrderBy(a => a.Syntax.SpanStart).Select(a => a.Arguments[0].Value));
            return elements;
        }

        /// <summary>
        /// True when the body assigns <paramref name="property"/> of one of <paramref name="types"/>
        /// through something the request tracker cannot attribute to an object creation: a loop
        /// variable, a parameter, an indexer, a lambda parameter (<c>foreach (var m in mappings)
        /// m.Ebs.Encrypted = true;</c>). Such a write may complete any object of those types, so rules
        /// then do not report the property as missing.
        /// </summary>
        public static bool HasUnattributedWrite(OperationScope scope, string property, IReadOnlyCollection<INamedTypeSymbol> types)
        {
            foreach (var assignment in scope.AssignmentsToProperty(property))
            {
                if (assignment.Target is not IPropertyReferenceOperation target
                    || target.Instance is null or IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
                    || !types.Any(t => SymbolEqualityComparer.Default.Equals(t, target.Property.ContainingType.OriginalDefinition)))
                {
                    continue;
                }

                if (ThroughIndexer(target)
                    || !RequestTracker.TryGetPath(target, out var local, out _)
                    || scope.SingleAssignedValue(local).WithoutConversions() is not IObjectCreationOperation)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool ThroughIndexer(IPropertyReferenceOperation target)
        {
            for (IOperation? current = target; current is IPropertyReferenceOperation property; current = property.Instance.WithoutConversions())
            {
                if (property.Property.IsIndexer)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool AddsTo(IOperation? instance, TrackedObject owner, string property, List<ILocalSymbol> listLocals)
        {
            switch (instance)
            {
                case ILocalReferenceOperation local:
                    return listLocals.Contains(local.Local, SymbolEqualityComparer.Default);
                case IPropertyReferenceOperation target when target.Property.Name == property && RequestTracker.TryGetPath(target, out var root, out var properties):
                    foreach (var path in owner.Paths)
                    {
                        if (SymbolEqualityComparer.Default.Equals(path.Local, root)
                            && properties.Count == path.Properties.Count + 1
                            && path.Properties.SequenceEqual(properties.Take(path.Properties.Count)))
                        {
                            return true;
                        }
                    }

                    return false;
                default:
                    return false;
            }
        }

        private static void AddInitializerEntries(IObjectOrCollectionInitializerOperation? initializer, List<IOperation> elements)
        {
            if (initializer is null)
            {
                return;
            }

            foreach (var entry in initializer.Initializers)
            {
                if (entry is IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 } add)
                {
                    elements.Add(add.Arguments[0].Value);
                }
            }
        }

        // Element lookups used by the security-group rule (SRM403).
        /// <summary>The element expressions of the collection <paramref name="collection"/> evaluates to.</summary>
        public static IEnumerable<IOperation> ElementsIn(IOperation collection, ValueResolver resolver)
        {
            var source = resolver.FollowToSource(collection);
            foreach (var item in CollectionExpressions.ElementsOf(source)?.OfType<IOperation>() ?? Enumerable.Empty<IOperation>())
            {
                yield return item;
            }

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

            if (collection.WithoutImplicitConversions() is ILocalReferenceOperation local)
            {
                foreach (var operation in resolver.Scope.Operations)
                {
                    if (operation is IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1, Instance: { } instance } add
                        && instance.WithoutImplicitConversions() is ILocalReferenceOperation target
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

        /// <summary>
        /// As <see cref="CreationsIn"/>, each creation with the resolver to judge it by: <paramref name="resolver"/>,
        /// or for a list built by <c>constants.Select(x => new T { ... })</c> one resolver per constant,
        /// reading <c>x</c> as that constant (<see cref="ConstantSequences.ProjectedElements"/>), or for an
        /// element returned by a helper of the compilation one that reads the helper's parameters as the
        /// call's arguments (<see cref="HelperCall"/>; a finding placed in the helper goes through
        /// <see cref="HelperCall.PlaceAtCall"/>).
        /// </summary>
        public static IEnumerable<(IObjectCreationOperation Creation, ValueResolver Resolver)> CreationsWithResolversIn(IOperation collection, ValueResolver resolver, INamedTypeSymbol elementType)
        {
            foreach (var element in ElementsIn(collection, resolver))
            {
                if (AsCreation(element, resolver, elementType) is { } creation)
                {
                    yield return (creation, resolver);
                    continue;
                }

                // An element a helper of the compilation builds from the call's arguments: `{ Range(Ports, "0.0.0.0/0") }`.
                foreach (var returned in HelperReturnedCreations(element, resolver, elementType))
                {
                    yield return returned;
                }
            }

            foreach (var (element, elementResolver) in ConstantSequences.ProjectedElements(collection, resolver))
            {
                if (AsCreation(element, elementResolver, elementType) is { } creation)
                {
                    yield return (creation, elementResolver);
                }
            }
        }

        /// <summary>
        /// The objects of <paramref name="elementType"/> that the helper called by <paramref name="element"/>
        /// returns, each with a resolver reading the helper's parameters as the call's arguments
        /// (<see cref="HelperCall"/>); also through helpers that return another helper's result.
        /// </summary>
        private static IEnumerable<(IObjectCreationOperation Creation, ValueResolver Resolver)> HelperReturnedCreations(IOperation element, ValueResolver resolver, INamedTypeSymbol elementType)
        {
            foreach (var (returned, helperResolver) in HelperCall.ReturnedValues(element, resolver))
            {
                if (AsCreation(returned, helperResolver, elementType) is { } creation)
                {
                    yield return (creation, helperResolver);
                    continue;
                }

                foreach (var nested in HelperReturnedCreations(returned, helperResolver, elementType))
                {
                    yield return nested;
                }
            }
        }

        /// <summary>The objects of <paramref name="elementType"/> in a nested collection initializer <c>Property = { a, b }</c> of <paramref name="owner"/>.</summary>
        public static IEnumerable<IObjectCreationOperation> CreationsInMemberCollection(IObjectCreationOperation owner, string property, ValueResolver resolver, INamedTypeSymbol elementType)
        {
            foreach (var element in MemberCollectionElements(owner, property))
            {
                if (AsCreation(element, resolver, elementType) is { } creation)
                {
                    yield return creation;
                }
            }
        }

        /// <summary>
        /// As <see cref="CreationsInMemberCollection"/>, each creation with the resolver to judge it by:
        /// <paramref name="resolver"/>, or for an element returned by a helper of the compilation one that
        /// reads the helper's parameters as the call's arguments (<see cref="HelperCall"/>).
        /// </summary>
        public static IEnumerable<(IObjectCreationOperation Creation, ValueResolver Resolver)> CreationsWithResolversInMemberCollection(IObjectCreationOperation owner, string property, ValueResolver resolver, INamedTypeSymbol elementType)
        {
            foreach (var element in MemberCollectionElements(owner, property))
            {
                if (AsCreation(element, resolver, elementType) is { } creation)
                {
                    yield return (creation, resolver);
                    continue;
                }

                foreach (var returned in HelperReturnedCreations(element, resolver, elementType))
                {
                    yield return returned;
                }
            }
        }

        private static IEnumerable<IOperation> MemberCollectionElements(IObjectCreationOperation owner, string property)
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
                        yield return element;
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

    }
}
