using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SrmAnalyzers.Core
{
    /// <summary>
    /// The operands a choice takes its value from: both results of <c>c ? a : b</c>, both sides of
    /// <c>a ?? b</c>, every arm of a <c>switch</c> expression (never the condition, the switched value
    /// or a guard). The one definition of a choice for every rule and fix: value resolution unions
    /// the branches, the policy reader reads each, a fix edits only the branch that carries the
    /// rejected value. A struct over the choice's own operands, so walking it allocates nothing.
    /// </summary>
    internal readonly struct Branches
    {
        /// <summary>Choices nested deeper than this are taken as one value (<see cref="ValuesOf"/>).</summary>
        private const int MaxNesting = 8;

        private readonly IOperation? _first;
        private readonly IOperation? _second;
        private readonly ImmutableArray<ISwitchExpressionArmOperation> _arms;

        private Branches(IOperation first, IOperation second)
        {
            _first = first;
            _second = second;
            _arms = default;
        }

        private Branches(ImmutableArray<ISwitchExpressionArmOperation> arms)
        {
            _first = null;
            _second = null;
            _arms = arms;
        }

        public int Count => !_arms.IsDefault ? _arms.Length : _first is null ? 0 : 2;

        public IOperation this[int index] => _arms.IsDefault ? (index == 0 ? _first! : _second!) : _arms[index].Value;

        public Enumerator GetEnumerator() => new(this);

        /// <summary>True when <paramref name="operation"/> is a choice; <paramref name="branches"/> are then its branches in source order.</summary>
        public static bool TryGet(IOperation? operation, out Branches branches)
        {
            switch (operation)
            {
                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    branches = new Branches(conditional.WhenTrue, whenFalse);
                    return true;
                case ICoalesceOperation coalesce:
                    branches = new Branches(coalesce.Value, coalesce.WhenNull);
                    return true;
                case ISwitchExpressionOperation switchExpression:
                    branches = new Branches(switchExpression.Arms);
                    return true;
                default:
                    branches = default;
                    return false;
            }
        }

        /// <summary>
        /// True when <paramref name="child"/> gives <paramref name="parent"/> its value: a branch of a
        /// choice, or the value of a switch arm (the arm being a branch of its switch).
        /// </summary>
        public static bool IsBranchOf(IOperation child, IOperation parent) => parent switch
        {
            IConditionalOperation { WhenFalse: { } whenFalse } conditional => child == conditional.WhenTrue || child == whenFalse,
            ICoalesceOperation => true,
            ISwitchExpressionArmOperation arm => child == arm.Value,
            ISwitchExpressionOperation switchExpression => child != switchExpression.Value,
            _ => false,
        };

        /// <summary>
        /// The values an expression can take, through choices and what <paramref name="unwrap"/>
        /// looks through (<see cref="OperationNavigation"/>'s conversion skipping), in source order:
        /// <c>(object)(c ? "a" : x ?? "b")</c> gives <c>"a"</c>, <c>x</c> and <c>"b"</c>.
        /// </summary>
        public static List<IOperation> ValuesOf(IOperation value, Func<IOperation?, IOperation?> unwrap)
        {
            var values = new List<IOperation>();
            CollectValues(value, unwrap, values, 0);
            return values;
        }

        private static void CollectValues(IOperation value, Func<IOperation?, IOperation?> unwrap, List<IOperation> values, int nesting)
        {
            var unwrapped = unwrap(value)!;
            if (nesting < MaxNesting && TryGet(unwrapped, out var branches))
            {
                foreach (var branch in branches)
                {
                    CollectValues(branch, unwrap, values, nesting + 1);
                }
            }
            else
            {
                values.Add(unwrapped);
            }
        }

        public struct Enumerator
        {
            private readonly Branches _branches;
            private int _index;

            public Enumerator(Branches branches)
            {
                _branches = branches;
                _index = -1;
            }

            public IOperation Current => _branches[_index];

            public bool MoveNext() => ++_index < _branches.Count;
        }
    }
}
