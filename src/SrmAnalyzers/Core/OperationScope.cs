using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SrmAnalyzers.Core
{
    /// <summary>
    /// The operation tree of one member body (method, accessor, field initializer, ...) that an
    /// operation belongs to. Built per callback and dropped with it: analyzers keep no state
    /// across callbacks. Indexes are computed on first use only.
    /// </summary>
    internal sealed class OperationScope
    {
        private Dictionary<ILocalSymbol, LocalWrites>? _localWrites;
        private List<IOperation>? _operations;

        private OperationScope(IOperation root) => Root = root;

        public IOperation Root { get; }

        public static OperationScope For(IOperation operation)
        {
            var root = operation;
            while (root.Parent is { } parent)
            {
                root = parent;
            }

            return new OperationScope(root);
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

        private sealed class LocalWrites
        {
            public List<IOperation> Values { get; } = new();

            public bool HasOpaqueWrite { get; set; }

            public bool FirstIsDeclaration { get; set; }
        }
    }
}
