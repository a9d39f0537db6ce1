using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SrmAnalyzers.Core
{
    /// <summary>
    /// The operation tree of one member body (method, accessor, field initializer, ...) that an
    /// operation belongs to, with indexes computed on first use. One scope per body is shared by
    /// every analyzer and callback that looks at the body, through a table weakly keyed by the body's
    /// root operation: Roslyn hands all analyzers the same operation tree of a body, so the body is
    /// walked once, not once per rule, and the scope dies with the tree. A scope is a pure function of
    /// its immutable tree; a race between callbacks at worst computes an index twice (each is
    /// published whole), so sharing it changes no result.
    /// </summary>
    internal sealed class OperationScope
    {
        private static readonly ConditionalWeakTable<IOperation, OperationScope> Scopes = new();
        private static readonly ConditionalWeakTable<IOperation, OperationScope>.CreateValueCallback Create = root => new OperationScope(root);

        private BodyIndex? _index;
        private List<IOperation>? _operations;
        private Dictionary<string, List<IAssignmentOperation>>? _assignmentsByProperty;

        private OperationScope(IOperation root) => Root = root;

        public IOperation Root { get; }

        /// <summary>The scope of the member body that <paramref name="operation"/> belongs to.</summary>
        public static OperationScope For(IOperation operation) => Scopes.GetValue(operation.Root(), Create);

        /// <summary>
        /// Every operation of the body, in source order. Walked on its own when first asked: few
        /// rules need the whole list, and the indexes below are built without keeping it.
        /// </summary>
        public IReadOnlyList<IOperation> Operations
        {
            get
            {
                if (_operations is null)
                {
                    var operations = new List<IOperation>();
                    WalkInSourceOrder(Root, operations.Add);
                    _operations = operations;
                }

                return _operations;
            }
        }

        /// <summary>Every reference to the local in the body (reads, writes, <c>out var</c>), in source order.</summary>
        public IReadOnlyList<ILocalReferenceOperation> ReferencesTo(ILocalSymbol local) =>
            Index.References.TryGetValue(local, out var references) ? references : (IReadOnlyList<ILocalReferenceOperation>)System.Array.Empty<ILocalReferenceOperation>();

        /// <summary>
        /// The references to the local that start before <paramref name="position"/>, in source order:
        /// what the body does with it before a use (the later changes to an object it holds, read by the policy readers).
        /// </summary>
        public IEnumerable<ILocalReferenceOperation> ReferencesBefore(ILocalSymbol local, int position) =>
            ReferencesTo(local).TakeWhile(reference => reference.Syntax.SpanStart < position);

        /// <summary>
        /// The simple assignments to a property reached from the local (<c>local.A = v</c>,
        /// <c>local.A.B = v</c>, also through indexers), in source order.
        /// </summary>
        public IReadOnlyList<ISimpleAssignmentOperation> PropertyAssignmentsThrough(ILocalSymbol local) =>
            Index.PropertyAssignmentsByRoot.TryGetValue(local, out var assignments) ? assignments : (IReadOnlyList<ISimpleAssignmentOperation>)System.Array.Empty<ISimpleAssignmentOperation>();

        /// <summary>Every assignment (simple or compound, in initializers too) to a property of that name, in source order.</summary>
        /// <remarks>
        /// Indexed from <see cref="Operations"/> on first use: only the unattributed-write check of
        /// SRM103 and SRM404 asks, while every initializer of every tracked body would fill it.
        /// </remarks>
        public IReadOnlyList<IAssignmentOperation> AssignmentsToProperty(string name) =>
            AssignmentsByProperty.TryGetValue(name, out var assignments) ? assignments : (IReadOnlyList<IAssignmentOperation>)System.Array.Empty<IAssignmentOperation>();

        private Dictionary<string, List<IAssignmentOperation>> AssignmentsByProperty
        {
            get
            {
                if (_assignmentsByProperty is null)
                {
                    var byProperty = new Dictionary<string, List<IAssignmentOperation>>(System.StringComparer.Ordinal);
                    foreach (var operation in Operations)
                    {
                        if (operation is IAssignmentOperation { Target: IPropertyReferenceOperation target } assignment)
                        {
                            BodyIndex.Add(byProperty, target.Property.Name, assignment);
                        }
                    }

                    _assignmentsByProperty = byProperty;
                }

                return _assignmentsByProperty;
            }
        }

        /// <summary>
        /// The value a local is given when it is assigned exactly once (in its declaration or by one
        /// simple assignment) and written no other way (ref/out, compound, deconstruction, loops).
        /// </summary>
        public IOperation? SingleAssignedValue(ILocalSymbol local)
        {
            var writes = GetLocalWrites(local);
            return writes is { HasOpaqueWrite: false, Values.Count: 1 } ? writes.Values[0] : null;
        }

        /// <summary>True when the local is written anywhere other than its declaration.</summary>
        public bool IsReassigned(ILocalSymbol local)
        {
            var writes = GetLocalWrites(local);
            return writes is null || writes.HasOpaqueWrite || writes.Values.Count > 1 || writes.Values.Count == 1 && !writes.FirstIsDeclaration;
        }

        private LocalWrites? GetLocalWrites(ILocalSymbol local) => Index.LocalWrites.TryGetValue(local, out var writes) ? writes : null;

        /// <summary>
        /// Every index of the body, built in one walk on first use: tracking one request asks for
        /// several of them, and one walk touches each operation of the body once. When a rule has
        /// already asked for <see cref="Operations"/>, that list is read instead of walking again.
        /// </summary>
        private BodyIndex Index => _index ??= BodyIndex.Build(Root, _operations);

        /// <summary>
        /// Pre-order with children in source order, as DescendantsAndSelf, without its iterator
        /// objects; iterative, because a long concatenation is a very deep operation tree.
        /// </summary>
        private static void WalkInSourceOrder(IOperation root, System.Action<IOperation> visit)
        {
            visit(root);
            // Sized for the nesting of a typical member body, so that it rarely grows.
            var pending = new Stack<IOperation.OperationList.Enumerator>(16);
            pending.Push(root.ChildOperations.GetEnumerator());
            while (pending.Count > 0)
            {
                var children = pending.Pop();
                if (!children.MoveNext())
                {
                    continue;
                }

                var child = children.Current;
                pending.Push(children);
                visit(child);
                pending.Push(child.ChildOperations.GetEnumerator());
            }
        }

        /// <summary>True when the reference writes the local; <paramref name="value"/> is the assigned value for a plain assignment.</summary>
        private static bool IsWrite(ILocalReferenceOperation reference, out IOperation? value)
        {
            value = null;
            if (reference.IsDeclaration)
            {
                return true;
            }

            switch (reference.Parent)
            {
                case ISimpleAssignmentOperation simple when simple.Target == reference:
                    value = simple.IsRef ? null : simple.Value;
                    return true;
                case IAssignmentOperation assignment when assignment.Target == reference:
                case IIncrementOrDecrementOperation:
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out }:
                case ITupleOperation:
                case IDeclarationExpressionOperation:
                    return true;
                default:
                    return false;
            }
        }

        private sealed class BodyIndex
        {
            public Dictionary<ILocalSymbol, LocalWrites> LocalWrites { get; } = new(SymbolEqualityComparer.Default);

            public Dictionary<ILocalSymbol, List<ILocalReferenceOperation>> References { get; } = new(SymbolEqualityComparer.Default);

            public Dictionary<ILocalSymbol, List<ISimpleAssignmentOperation>> PropertyAssignmentsByRoot { get; } = new(SymbolEqualityComparer.Default);

            public static BodyIndex Build(IOperation root, List<IOperation>? operations)
            {
                var index = new BodyIndex();
                if (operations is null)
                {
                    WalkInSourceOrder(root, index.AddOperation);
                }
                else
                {
                    foreach (var operation in operations)
                    {
                        index.AddOperation(operation);
                    }
                }

                return index;
            }

            private void AddOperation(IOperation operation)
            {
                // Kind first: a switch on the kind is cheaper than a type test per interface.
                switch (operation.Kind)
                {
                    case OperationKind.VariableDeclarator:
                        AddDeclaration((IVariableDeclaratorOperation)operation);
                        break;
                    case OperationKind.LocalReference:
                        AddReference((ILocalReferenceOperation)operation);
                        break;
                    case OperationKind.SimpleAssignment:
                        if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } simple && RootLocal(target) is { } holder)
                        {
                            Add(PropertyAssignmentsByRoot, holder, simple);
                        }

                        break;
                }
            }

            private void AddReference(ILocalReferenceOperation reference)
            {
                Add(References, reference.Local, reference);
                if (IsWrite(reference, out var assigned))
                {
                    var writes = GetOrAdd(LocalWrites, reference.Local);
                    if (assigned is null)
                    {
                        writes.HasOpaqueWrite = true;
                    }
                    else
                    {
                        writes.Values.Add(assigned);
                    }
                }
            }

            private void AddDeclaration(IVariableDeclaratorOperation declarator)
            {
                var declared = GetOrAdd(LocalWrites, declarator.Symbol);
                if (declarator.GetVariableInitializer() is { } initializer)
                {
                    declared.Values.Add(initializer.Value);
                    declared.FirstIsDeclaration = declared.Values.Count == 1;
                }
                else if (declarator.Parent?.Parent is not IVariableDeclarationGroupOperation)
                {
                    // foreach/using/catch variables get their value from the construct.
                    declared.HasOpaqueWrite = true;
                }
            }

            private static LocalWrites GetOrAdd(Dictionary<ILocalSymbol, LocalWrites> index, ILocalSymbol local)
            {
                if (!index.TryGetValue(local, out var writes))
                {
                    writes = new LocalWrites();
                    index.Add(local, writes);
                }

                return writes;
            }

            private static ILocalSymbol? RootLocal(IPropertyReferenceOperation target)
            {
                IOperation? instance = target;
                while (instance is IPropertyReferenceOperation property)
                {
                    instance = property.Instance.WithoutConversions();
                }

                return (instance as ILocalReferenceOperation)?.Local;
            }

            public static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> index, TKey key, TValue value)
                where TKey : notnull
            {
                if (!index.TryGetValue(key, out var list))
                {
                    list = new List<TValue>();
                    index.Add(key, list);
                }

                list.Add(value);
            }
        }

        private sealed class LocalWrites
        {
            public List<IOperation> Values { get; } = new();

            public bool HasOpaqueWrite { get; set; }

            public bool FirstIsDeclaration { get; set; }
        }
    }
}
