using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using System.Runtime.CompilerServices;

namespace SrmAnalyzers.Core
{
    /// <summary>
    /// Follows an object created in a member body: the properties set in its initializer, nested
    /// initializers, and later assignments through the local that holds it (<c>req.X = ...</c>,
    /// <c>req.Config.Flag = ...</c>), and whether code out of sight may change it.
    /// </summary>
    internal sealed class RequestTracker
    {
        private Dictionary<ILocalSymbol, bool>? _listsInView;

        public RequestTracker(ValueResolver resolver) => Resolver = resolver;

        public ValueResolver Resolver { get; }

        private OperationScope Scope => Resolver.Scope;

        public TrackedObject Track(IObjectCreationOperation creation)
        {
            var writes = NewWrites(creation.Initializer);
            CollectInitializer(creation.Initializer, writes);
            var (paths, escapes) = FindHolders(creation);
            CollectPathWrites(creation, paths, writes);
            return new TrackedObject(this, creation, creation.Type!, writes, escapes, paths);
        }

        internal TrackedObject? TrackNested(TrackedObject parent, string property)
        {
            var finalWrites = parent.FinalWritesOf(property);
            if (finalWrites.Count != 1)
            {
                return null;
            }

            var paths = parent.Paths.Select(p => p.Append(property)).ToList();
            var value = finalWrites[0].Value;
            if (value is IMemberInitializerOperation memberInitializer)
            {
                var writes = NewWrites(memberInitializer.Initializer);
                CollectInitializer(memberInitializer.Initializer, writes);
                CollectPathWrites(memberInitializer, paths, writes);
                return new TrackedObject(this, memberInitializer, memberInitializer.Type!, writes, parent.MayBeModifiedElsewhere, paths);
            }

            if (Resolver.FollowToSource(value) is IObjectCreationOperation creation)
            {
                var own = Track(creation);
                var writes = NewWrites(creation.Initializer);
                CollectInitializer(creation.Initializer, writes);
                var allPaths = paths.Concat(own.Paths).ToList();
                CollectPathWrites(creation, allPaths, writes);

                // `req.Prop = new X { ... }` after the creation: the parent's property is the only holder, and its paths are followed.
                var heldOnlyByParent = value.WithoutConversions() == creation;
                return new TrackedObject(this, creation, creation.Type!, writes, parent.MayBeModifiedElsewhere || !heldOnlyByParent && own.MayBeModifiedElsewhere, allPaths);
            }

            return null;
        }

        /// <summary>
        /// The table of an object's writes, sized for its initializer: nearly every write of an SDK
        /// request is in its initializer, so the table then never grows.
        /// </summary>
        private static Dictionary<string, List<PropertyWrite>> NewWrites(IObjectOrCollectionInitializerOperation? initializer) =>
            new(initializer is null ? 0 : initializer.Initializers.Length, System.StringComparer.Ordinal);

        private static void CollectInitializer(IObjectOrCollectionInitializerOperation? initializer, Dictionary<string, List<PropertyWrite>> writes)
        {
            if (initializer is null)
            {
                return;
            }

            foreach (var member in initializer.Initializers)
            {
                switch (member)
                {
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment:
                        Add(writes, new PropertyWrite(target.Property.Name, assignment.Value, assignment, inInitializer: true, unconditional: true));
                        break;
                    case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation target } nested:
                        Add(writes, new PropertyWrite(target.Property.Name, nested, nested, inInitializer: true, unconditional: true));
                        break;
                }
            }
        }

        private void CollectPathWrites(IOperation creation, IReadOnlyList<TrackedPath> paths, Dictionary<string, List<PropertyWrite>> writes)
        {
            if (paths.Count == 0)
            {
                return;
            }

            var creationBlock = EnclosingStatement(creation, out var creationStatement);
            IReadOnlyList<ISimpleAssignmentOperation> candidates = Scope.PropertyAssignmentsThrough(paths[0].Local);
            if (paths.Count > 1)
            {
                var locals = paths.Select(p => p.Local).Distinct<ILocalSymbol>(SymbolEqualityComparer.Default).ToList();
                if (locals.Count > 1)
                {
                    candidates = locals.SelectMany(Scope.PropertyAssignmentsThrough).OrderBy(a => a.Syntax.SpanStart).ToList();
                }
            }

            foreach (var operation in candidates)
            {
                if (operation is not { Target: IPropertyReferenceOperation target } assignment
                    || assignment.Syntax.SpanStart <= creation.Syntax.SpanStart
                    || creation.Syntax.Span.Contains(assignment.Syntax.Span)
                    || !TryGetPath(target, out var local, out var properties))
                {
                    continue;
                }

                foreach (var path in paths)
                {
                    if (SymbolEqualityComparer.Default.Equals(path.Local, local)
                        && properties.Count == path.Properties.Count + 1
                        && path.Properties.SequenceEqual(properties.Take(path.Properties.Count)))
                    {
                        var block = EnclosingStatement(assignment, out var statement);

                        // Only a statement of its own in the creation's block always runs: `if (b) req.X = v;`
                        // (no braces) and `case 1: req.X = v;` also sit directly in that block but are conditional.
                        var unconditional = creationBlock is not null && block == creationBlock
                            && statement is IExpressionStatementOperation { Operation: var statementOperation } && statementOperation == assignment
                            && assignment.Syntax.SpanStart > creationStatement!.Syntax.SpanStart;
                        Add(writes, new PropertyWrite(properties[properties.Count - 1], assignment.Value, assignment, inInitializer: false, unconditional));
                        break;
                    }
                }
            }
        }

        /// <summary>Most calls of one factory looked at; a factory called more often counts as changed by its callers.</summary>
        private const int MaxFactoryCalls = 16;

        /// <summary>Per compilation: whether some caller of a factory method may change the object it returns.</summary>
        private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<IMethodSymbol, bool>> FactoryResultChanged = new();

        /// <summary>
        /// For an object a method returns (<c>return new PutObjectRequest { ... }</c>): true when a caller
        /// may change it before sending it (writes a property through the local it keeps it in, hands it
        /// to code of its own, stores it, returns it on), so what is missing here may be set there.
        /// False when every caller sends it as it is (it is then judged here, once), and for returns of
        /// lambdas and of members whose calls may run other code (as before callers were looked at).
        /// </summary>
        private bool CallersMayChangeResult(IOperation returnOperation)
        {
            if (returnOperation.SemanticModel?.GetEnclosingSymbol(returnOperation.Syntax.SpanStart) is not IMethodSymbol { MethodKind: MethodKind.Ordinary } factory
                || !MemberBodies.HasReadableBody(factory))
            {
                return false;
            }

            var compilation = Resolver.Symbols.Compilation;
            return FactoryResultChanged.GetValue(compilation, _ => new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default))
                .GetOrAdd(factory.OriginalDefinition, f => AnyCallerChangesResult(f, Resolver.Symbols));
        }

        private static bool AnyCallerChangesResult(IMethodSymbol factory, AwsSymbols symbols)
        {
            var calls = 0;
            foreach (var (use, _) in MemberUses.Of(factory, symbols.Compilation))
            {
                if (++calls > MaxFactoryCalls)
                {
                    return true;
                }

                var parent = use.ParentSkippingConversions(out var child);
                if (parent is IArgumentOperation argument && (IsSdkArgument(argument) || IsOnlySentBy(argument)))
                {
                    continue;
                }

                if (parent is not IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator })
                {
                    return true;
                }

                var caller = new RequestTracker(new ValueResolver(symbols, use));
                if (caller.Scope.PropertyAssignmentsThrough(declarator.Symbol).Count > 0 || caller.HeldBy(declarator.Symbol).Escapes)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// An argument of a method of the compilation that only hands that parameter to SDK calls
        /// (<c>Task SendAsync(PutObjectRequest r) =&gt; _s3.PutObjectAsync(r)</c>): sent as it is.
        /// </summary>
        private static bool IsOnlySentBy(IArgumentOperation argument)
        {
            if (argument.Parent is not IInvocationOperation { TargetMethod: { MethodKind: MethodKind.Ordinary } method } invocation
                || argument.Parameter is not { } parameter
                || !MemberBodies.HasReadableBody(method)
                || invocation.SemanticModel is not { } model
                || MemberBodies.BodyOf(method.OriginalDefinition, model.Compilation) is not { } body)
            {
                return false;
            }

            var uses = 0;
            foreach (var operation in body.DescendantsAndSelf())
            {
                if (operation is IParameterReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Parameter.OriginalDefinition, parameter.OriginalDefinition))
                {
                    uses++;
                    if (reference.ParentSkippingConversions() is not IArgumentOperation sent || !IsSdkArgument(sent))
                    {
                        return false;
                    }
                }
            }

            return uses > 0;
        }

        /// <summary>The locals holding the created object, and whether code out of sight may change it.</summary>
        private (IReadOnlyList<TrackedPath> Paths, bool Escapes) FindHolders(IOperation creation)
        {
            var parent = creation.ParentSkippingConversions(out var child);

            switch (parent)
            {
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return HeldBy(declarator.Symbol);
                case ISimpleAssignmentOperation assignment when assignment.Value == child:
                    switch (assignment.Target)
                    {
                        case ILocalReferenceOperation local:
                            return HeldBy(local.Local);
                        case IPropertyReferenceOperation { Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } }:
                            // A nested initializer value: the enclosing object's holder decides.
                            return (System.Array.Empty<TrackedPath>(), false);
                        default:
                            return (System.Array.Empty<TrackedPath>(), true);
                    }

                case IArgumentOperation argument:
                    return (System.Array.Empty<TrackedPath>(), !IsSdkArgument(argument) && !IsElementOfCollectionInView(argument));
                case IReturnOperation:
                    // A factory method: judged here, unless a caller changes what it gets.
                    return (System.Array.Empty<TrackedPath>(), CallersMayChangeResult(parent));
                case { } collection when CollectionExpressions.IsElementOf(child, collection):
                    // An element of `Mappings = [m]`: as for a collection initializer, in view when the list is.
                    return (System.Array.Empty<TrackedPath>(), !(CollectionExpressions.TargetType(collection) is INamedTypeSymbol list && IsListOfSdkObjects(list) && IsListCreationInView(collection)));
                default:
                    return (System.Array.Empty<TrackedPath>(), true);
            }
        }

        private (IReadOnlyList<TrackedPath> Paths, bool Escapes) HeldBy(ILocalSymbol local)
        {
            var paths = new[] { new TrackedPath(local, System.Array.Empty<string>()) };
            if (Scope.SingleAssignedValue(local) is null)
            {
                return (paths, true);
            }

            foreach (var reference in Scope.ReferencesTo(local))
            {
                if (!IsHarmlessUse(reference))
                {
                    return (paths, true);
                }
            }

            return (paths, false);
        }

        /// <summary>Uses of the holding local that cannot change the object out of the analyzer's sight.</summary>
        private bool IsHarmlessUse(ILocalReferenceOperation reference)
        {
            var parent = reference.ParentSkippingConversions(out var child);

            switch (parent)
            {
                case IReturnOperation:
                    return !CallersMayChangeResult(parent);
                case IPropertyReferenceOperation property when property.Instance == child:
                case IInvocationOperation invocation when invocation.Instance == child:
                case IBinaryOperation:
                case IIsPatternOperation:
                case IIsTypeOperation:
                case IAwaitOperation:
                case IInterpolationOperation:
                case IExpressionStatementOperation:
                    return true;
                case IArgumentOperation argument:
                    return IsSdkArgument(argument) || IsElementOfCollectionInView(argument);
                case IEventReferenceOperation eventReference when eventReference.Instance == child:
                    // Progress events cannot change the request; events that hand a request to the
                    // handler (UploadDirectoryFileRequestEvent) are how per-object settings are made.
                    return !HandsOutRequests(eventReference.Event);
                case ISimpleAssignmentOperation assignment when assignment.Value == child:
                    // Handing a configuration object to an SDK request property keeps it in view.
                    return assignment.Target is IPropertyReferenceOperation target && AwsSymbols.IsSdkSymbol(target.Property);
                default:
                    return false;
            }
        }

        /// <summary>
        /// Events whose arguments expose a request, except progress events: those fire once the
        /// transfer is under way (v4's UploadProgressArgs.Request is for reading).
        /// </summary>
        private static bool HandsOutRequests(IEventSymbol @event) =>
            @event.Name.IndexOf("Progress", System.StringComparison.Ordinal) < 0
            && @event.Type is INamedTypeSymbol { DelegateInvokeMethod: { } invoke }
            && invoke.Parameters.Any(p => p.Type.GetMembers().OfType<IPropertySymbol>().Any(property => property.Type.Name.EndsWith("Request", System.StringComparison.Ordinal)));

        private static bool IsSdkArgument(IArgumentOperation argument) => argument.Parent switch
        {
            IInvocationOperation invocation => AwsSymbols.IsSdkSymbol(invocation.TargetMethod),
            IObjectCreationOperation creation => creation.Constructor is { } constructor && AwsSymbols.IsSdkSymbol(constructor),
            _ => false,
        };

        /// <summary>
        /// An object added to a list of SDK objects (<c>new List&lt;BlockDeviceMapping&gt; { m }</c>,
        /// <c>list.Add(m)</c>, <c>Mappings = { m }</c>, <c>request.Mappings.Add(m)</c>) stays in view
        /// when the list does: the list is built in this body and goes only to SDK properties or
        /// calls. As for a nested initializer, whoever holds the list's owner decides the rest.
        /// </summary>
        private bool IsElementOfCollectionInView(IArgumentOperation argument)
        {
            if (argument.Parent is not IInvocationOperation { TargetMethod: { Name: "Add", Parameters.Length: 1 } method } add
                || !IsListOfSdkObjects(method.ContainingType))
            {
                return false;
            }

            if (add.IsImplicit && add.Parent is IObjectOrCollectionInitializerOperation initializer)
            {
                return initializer.Parent switch
                {
                    IObjectCreationOperation list => IsListCreationInView(list),
                    IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation property } => AwsSymbols.IsSdkSymbol(property.Property),
                    _ => false,
                };
            }

            return add.Instance.WithoutConversions() switch
            {
                ILocalReferenceOperation local => IsListInView(local.Local),
                IPropertyReferenceOperation property => AwsSymbols.IsSdkSymbol(property.Property),
                _ => false,
            };
        }

        /// <summary>A list built in a collection initializer or expression that goes to an SDK property or call, directly or through a local.</summary>
        private bool IsListCreationInView(IOperation list)
        {
            var parent = list.ParentSkippingConversions(out var child);

            return parent switch
            {
                IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => IsListInView(declarator.Symbol),
                ISimpleAssignmentOperation assignment when assignment.Value == child => assignment.Target switch
                {
                    ILocalReferenceOperation local => IsListInView(local.Local),
                    IPropertyReferenceOperation property => AwsSymbols.IsSdkSymbol(property.Property),
                    _ => false,
                },
                IArgumentOperation argument => IsSdkArgument(argument),
                _ => false,
            };
        }

        /// <summary>
        /// A list local created here whose every use adds to it or hands it to the SDK. Any other
        /// method (<c>ForEach</c>, <c>Insert</c>, <c>Clear</c>), an indexer or a loop may change the
        /// elements or the list out of the analyzer's sight.
        /// </summary>
        private bool IsListInView(ILocalSymbol list)
        {
            // Asked once per element of the list: remembered for this tracker's callback.
            _listsInView ??= new Dictionary<ILocalSymbol, bool>(SymbolEqualityComparer.Default);
            if (!_listsInView.TryGetValue(list, out var inView))
            {
                inView = ComputeIsListInView(list);
                _listsInView[list] = inView;
            }

            return inView;
        }

        private bool ComputeIsListInView(ILocalSymbol list)
        {
            var value = Scope.SingleAssignedValue(list);
            if (value.WithoutConversions() is not IObjectCreationOperation && !CollectionExpressions.IsCollectionExpression(value))
            {
                return false;
            }

            foreach (var reference in Scope.ReferencesTo(list))
            {
                if (reference.IsDeclaration)
                {
                    continue;
                }

                var parent = reference.ParentSkippingConversions(out var child);

                var harmless = parent switch
                {
                    IInvocationOperation { TargetMethod.Name: "Add" } invocation => invocation.Instance == child,
                    ISimpleAssignmentOperation assignment when assignment.Value == child => assignment.Target is IPropertyReferenceOperation target && AwsSymbols.IsSdkSymbol(target.Property),
                    ISimpleAssignmentOperation assignment when assignment.Target == child => Scope.SingleAssignedValue(list) == assignment.Value,
                    IArgumentOperation argument => IsSdkArgument(argument),
                    _ => false,
                };
                if (!harmless)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsListOfSdkObjects(INamedTypeSymbol collection) =>
            collection.TypeArguments.Length == 1
            && AwsSymbols.IsSdkSymbol(collection.TypeArguments[0])
            && collection.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic";

        /// <summary>Decomposes <c>local.A.B</c> into the local and ["A", "B"].</summary>
        internal static bool TryGetPath(IPropertyReferenceOperation target, out ILocalSymbol local, out List<string> properties)
        {
            properties = new List<string> { target.Property.Name };
            var instance = target.Instance.WithoutConversions();
            while (instance is IPropertyReferenceOperation property)
            {
                properties.Insert(0, property.Property.Name);
                instance = property.Instance.WithoutConversions();
            }

            local = (instance as ILocalReferenceOperation)?.Local!;
            return local is not null;
        }

        /// <summary>The block that directly contains the statement holding <paramref name="operation"/>.</summary>
        private static IBlockOperation? EnclosingStatement(IOperation operation, out IOperation? statement)
        {
            statement = operation;
            for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is IBlockOperation block)
                {
                    return block;
                }

                statement = parent;
            }

            statement = null;
            return null;
        }

        private static void Add(Dictionary<string, List<PropertyWrite>> writes, PropertyWrite write)
        {
            if (!writes.TryGetValue(write.Property, out var list))
            {
                list = new List<PropertyWrite>();
                writes.Add(write.Property, list);
            }

            list.Add(write);
        }
    }
}
