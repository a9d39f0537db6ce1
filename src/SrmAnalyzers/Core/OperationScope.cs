using System.Collections.Generic;
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

        private Dictionary<ILocalSymbol, LocalWrites>? _localWrites;
        private List<IOperation>? _operations;
        private UseIndex? _uses;

        private OperationScope(IOperation root) => Root = root;

        public IOperation Root { get; }

        /// <summary>The scope of the member body that <paramref name="operation"/> belongs to.</summary>
        public static OperationScope For(IOperation operation) => Scopes.GetValue(RootOf(operation), Create);

        private static IOperation RootOf(IOperation operation)
        {
            var root = operation;
            while (root.Parent is { } parent)
            {
                root = parent;
            }

            return root;
        }

        /// <summary>Every operation of the body, in source order.</summary>
        public IReadOnlyList<IOperation> Operations
        {
            get
            {
                if (_operations is null)
                {
                    var list = new List<IOperation>();
                    foreach (var operation in Root.DescendantsAndSelf())
                    {
                        list.Add(operation);
                    }

                    _operations = list;
                }

                return _operations;
            }
        }

        /// <summary>Every reference to the local in the body (reads, writes, <c>out var</c>), in source order.</summary>
        public IReadOnlyList<ILocalReferenceOperation> ReferencesTo(ILocalSymbol local) =>
            Uses.References.TryGetValue(local, out var references) ? references : (IReadOnlyList<ILocalReferenceOperation>)System.Array.Empty<ILocalReferenceOperation>();

        /// <summary>
        /// The simple assignments to a property reached from the local (<c>local.A = v</c>,
        /// <c>local.A.B = v</c>, also through indexers), in source order.
        /// </summary>
        public IReadOnlyList<ISimpleAssignmentOperation> PropertyAssignmentsThrough(ILocalSymbol local) =>
            Uses.PropertyAssignmentsByRoot.TryGetValue(local, out var assignments) ? assignments : (IReadOnlyList<ISimpleAssignmentOperation>)System.Array.Empty<ISimpleAssignmentOperation>();

        /// <summary>Every assignment (simple or compound, in initializers too) to a property of that name, in source order.</summary>
        public IReadOnlyList<IAssignmentOperation> AssignmentsToProperty(string name) =>
            Uses.AssignmentsByProperty.TryGetValue(name, out var assignments) ? assignments : (IReadOnlyList<IAssignmentOperation>)System.Array.Empty<IAssignmentOperation>();

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

        private LocalWrites? GetLocalWrites(ILocalSymbol local)
        {
            if (_localWrites is null)
            {
                var index = new Dictionary<ILocalSymbol, LocalWrites>(SymbolEqualityComparer.Default);
                foreach (var operation in Operations)
                {
                    switch (operation)
                    {
                        case IVariableDeclaratorOperation declarator:
                            var declared = Get(index, declarator.Symbol);
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

                            break;
                        case ILocalReferenceOperation reference when IsWrite(reference, out var assigned):
                            var writes = Get(index, reference.Local);
                            if (assigned is null)
                            {
                                writes.HasOpaqueWrite = true;
                            }
                            else
                            {
                                writes.Values.Add(assigned);
                            }

                            break;
                    }
                }

                _localWrites = index;
            }

            return _localWrites.TryGetValue(local, out var result) ? result : null;
        }

        private static LocalWrites Get(Dictionary<ILocalSymbol, LocalWrites> index, ILocalSymbol local)
        {
            if (!index.TryGetValue(local, out var writes))
            {
                writes = new LocalWrites();
                index.Add(local, writes);
            }

            return writes;
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

        /// <summary>Built in one pass on first use, so rules that look up uses per object stay linear in the body's size.</summary>
        private UseIndex Uses => _uses ??= UseIndex.Build(Operations);

        private sealed class UseIndex
        {
            public Dictionary<ILocalSymbol, List<ILocalReferenceOperation>> References { get; } = new(SymbolEqualityComparer.Default);

            public Dictionary<ILocalSymbol, List<ISimpleAssignmentOperation>> PropertyAssignmentsByRoot { get; } = new(SymbolEqualityComparer.Default);

            public Dictionary<string, List<IAssignmentOperation>> AssignmentsByProperty { get; } = new(System.StringComparer.Ordinal);

            public static UseIndex Build(IReadOnlyList<IOperation> operations)
            {
                var index = new UseIndex();
                foreach (var operation in operations)
                {
                    switch (operation)
                    {
                        case ILocalReferenceOperation reference:
                            Add(index.References, reference.Local, reference);
                            break;
                        case IAssignmentOperation { Target: IPropertyReferenceOperation target } assignment:
                            Add(index.AssignmentsByProperty, target.Property.Name, assignment);
                            if (assignment is ISimpleAssignmentOperation simple && RootLocal(target) is { } root)
                            {
                                Add(index.PropertyAssignmentsByRoot, root, simple);
                            }

                            break;
                    }
                }

                return index;
            }

            private static ILocalSymbol? RootLocal(IPropertyReferenceOperation target)
            {
                IOperation? instance = target;
                while (instance is IPropertyReferenceOperation or IConversionOperation or IParenthesizedOperation)
                {
                    instance = instance switch
                    {
                        IPropertyReferenceOperation property => property.Instance,
                        IConversionOperation conversion => conversion.Operand,
                        _ => ((IParenthesizedOperation)instance).Operand,
                    };
                }

                return (instance as ILocalReferenceOperation)?.Local;
            }

            private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> index, TKey key, TValue value)
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
