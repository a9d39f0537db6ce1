using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace SrmAnalyzers.Core
{
    /// <summary>
    /// A call to a helper of the compilation that builds an SDK object from its parameters and returns it,
    /// the object then being judged where the call is (an element of a request's list:
    /// <c>IpPermissions = { Range(PortSets.Admin, "0.0.0.0/0") }</c> with
    /// <c>IpPermission Range(int[] ports, string cidr) =&gt; new() { FromPort = ports.Min(), ... CidrIp = cidr }</c>).
    /// The helper's returned creation is read with a resolver whose parameters are the call's arguments:
    /// a scalar one is the argument's value in the caller, an array or list one the caller's constant
    /// sequence (an array creation, collection expression or <c>static readonly</c> array), so
    /// <c>ports.Min()</c> and <c>ports.Select(...)</c> in the helper see the caller's constants.
    /// </summary>
    /// <remarks>
    /// <para>
    /// A finding the rule then places in the helper's body is moved to the first argument that gave the
    /// judgement a known value (where the caller chose it), with the helper's place as an additional
    /// location (<see cref="PlaceAtCall"/>); a finding no argument contributed to is the helper's own and
    /// is not reported from the call.
    /// </para>
    /// <para>
    /// Bounded like the wrapper calls: helpers calling helpers are followed <see cref="MaxDepth"/> calls
    /// deep, recursion is not followed, only ordinary methods declared in this compilation whose calls run
    /// the body read here (<see cref="MemberBodies.HasReadableBody"/>), and only calls that pass a known
    /// value for a parameter the helper reads. A parameter the helper writes (or a sequence parameter it
    /// does anything with but query) is unknown. What a helper's parameters do is computed once per
    /// compilation (<see cref="CrossMemberCaches.ParameterUsesOf"/>).
    /// </para>
    /// </remarks>
    internal sealed class HelperCall
    {
        /// <summary>How many helper calls deep a returned object is followed (caller → helper → helper → helper).</summary>
        public const int MaxDepth = 3;

        private readonly ParameterUses _uses;
        private BoundArgument? _firstKnownRead;

        private HelperCall(IInvocationOperation invocation, ValueResolver callerResolver, ParameterUses uses)
        {
            Invocation = invocation;
            Callee = invocation.TargetMethod.OriginalDefinition;
            CallerResolver = callerResolver;
            Outer = callerResolver.HelperCall;
            Depth = (Outer?.Depth ?? 0) + 1;
            _uses = uses;
        }

        public IInvocationOperation Invocation { get; }

        public IMethodSymbol Callee { get; }

        /// <summary>The resolver of the member that makes the call: the arguments are read with it.</summary>
        public ValueResolver CallerResolver { get; }

        /// <summary>The helper call whose body makes this call, if any.</summary>
        public HelperCall? Outer { get; }

        public int Depth { get; }

        /// <summary>
        /// The values the helper called by <paramref name="element"/> returns (each a value of the helper's
        /// body), with a resolver that reads the helper's parameters as the call's arguments; nothing when
        /// <paramref name="element"/> is no call of a followable helper passed a known value.
        /// </summary>
        public static IEnumerable<(IOperation Returned, ValueResolver Resolver)> ReturnedValues(IOperation element, ValueResolver resolver)
        {
            if (resolver.FollowToSource(element) is not IInvocationOperation invocation
                || Bind(invocation, resolver) is not { } call)
            {
                yield break;
            }

            foreach (var returned in MemberBodies.ReturnedValuesOf(call.Callee, resolver.Symbols.Compilation))
            {
                yield return (returned, resolver.ForHelperCall(returned, call));
            }
        }

        private static HelperCall? Bind(IInvocationOperation invocation, ValueResolver resolver)
        {
            var method = invocation.TargetMethod;
            if (method.MethodKind != MethodKind.Ordinary || method.Parameters.IsEmpty || method.ReturnsVoid
                || !MemberBodies.HasReadableBody(method) || AwsSymbols.IsSdkSymbol(method)
                || !MemberBodies.IsDeclaredIn(method.OriginalDefinition, resolver.Symbols.Compilation)
                || TestDoubles.IsInTestDoubleExpression(invocation))
            {
                return null;
            }

            var callee = method.OriginalDefinition;
            for (var outer = resolver.HelperCall; outer is not null; outer = outer.Outer)
            {
                if (outer.Depth >= MaxDepth || SymbolEqualityComparer.Default.Equals(outer.Callee, callee))
                {
                    return null;
                }
            }

            var uses = resolver.Symbols.CrossMember.ParameterUsesOf(callee);
            var call = new HelperCall(invocation, resolver, uses);
            return call.PassesKnownValue() ? call : null;
        }

        /// <summary>True when some argument gives a parameter the helper reads a known value or a sequence of constants.</summary>
        private bool PassesKnownValue()
        {
            foreach (var parameter in Callee.Parameters)
            {
                if (ArgumentFor(parameter) is not { } argument)
                {
                    continue;
                }

                if (_uses.IsReadUnchanged(parameter.Ordinal) && !CallerResolver.Resolve(argument.Value).IsUnknown
                    || _uses.IsOnlyQueried(parameter.Ordinal) && ConstantSequences.HasKnownElement(argument.Value, CallerResolver))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The value of a parameter of the helper, resolved in the caller; false for a parameter of any other method.</summary>
        public bool TryResolve(IParameterSymbol parameter, out ResolvedValue value)
        {
            value = ResolvedValue.Unknown;
            if (!IsCalleeParameter(parameter))
            {
                return false;
            }

            if (_uses.IsReadUnchanged(parameter.Ordinal) && ArgumentFor(parameter) is { } argument)
            {
                value = CallerResolver.Resolve(argument.Value);
                if (!value.IsUnknown)
                {
                    NoteRead(argument, parameter);
                }
            }

            return true;
        }

        /// <summary>The caller's argument for a sequence parameter the helper only queries (LINQ, foreach); null otherwise.</summary>
        public IOperation? SequenceArgument(IParameterSymbol parameter) =>
            IsCalleeParameter(parameter) && _uses.IsOnlyQueried(parameter.Ordinal) && ArgumentFor(parameter) is { } argument ? argument.Value : null;

        /// <summary>Remembers that a known sequence was read through <paramref name="parameter"/> (see <see cref="SequenceArgument"/>).</summary>
        public void NoteSequenceRead(IParameterSymbol parameter)
        {
            if (IsCalleeParameter(parameter) && ArgumentFor(parameter) is { } argument)
            {
                NoteRead(argument, parameter);
            }
        }

        /// <summary>
        /// Where a finding about an object read with <paramref name="resolver"/> is reported: unchanged when
        /// the object is not a helper's result or the rule placed it in the analysed member; else at the
        /// argument of the outermost call that first gave the judgement a known value, with the rule's
        /// place as an additional location; null (not reported) when no argument gave a known value.
        /// </summary>
        public static Diagnostic? PlaceAtCall(Diagnostic diagnostic, ValueResolver resolver)
        {
            if (resolver.HelperCall is not { } call)
            {
                return diagnostic;
            }

            while (call.Outer is not null)
            {
                call = call.Outer;
            }

            if (call.IsInCaller(diagnostic.Location))
            {
                return diagnostic;
            }

            if (call._firstKnownRead is not { } argument)
            {
                return null;
            }

            return argument.RelocateHere(diagnostic, call.Callee);
        }

        private bool IsCalleeParameter(IParameterSymbol parameter) =>
            SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol.OriginalDefinition, Callee);

        private void NoteRead(IArgumentOperation argument, IParameterSymbol parameter)
        {
            var isDefault = argument.ArgumentKind == ArgumentKind.DefaultValue;
            _firstKnownRead ??= new BoundArgument(
                isDefault ? Locations.OfInvocation(Invocation) : argument.Value.Syntax.GetLocation(),
                parameter.Name,
                isDefault);
        }

        private IArgumentOperation? ArgumentFor(IParameterSymbol parameter)
        {
            foreach (var argument in Invocation.Arguments)
            {
                if (argument.Parameter?.Ordinal == parameter.Ordinal)
                {
                    return argument.ArgumentKind == ArgumentKind.ParamArray ? null : argument;
                }
            }

            return null;
        }

        private bool IsInCaller(Location location)
        {
            if (location.SourceTree != Invocation.Syntax.SyntaxTree)
            {
                return false;
            }

            TextSpan member = Invocation.Root().Syntax.Span;
            return member.Contains(location.SourceSpan);
        }

    }

    /// <summary>
    /// What a method's body does with each parameter, for reading it as the argument of a call
    /// (<see cref="HelperCall"/>): whether it is only read (never assigned, incremented or passed by
    /// reference), and whether it is only queried as a sequence (every use an argument of a LINQ method
    /// or the collection of a <c>foreach</c>, so nothing changes its elements).
    /// </summary>
    internal sealed class ParameterUses
    {
        private static readonly ParameterUses None = new(ImmutableHashSet<int>.Empty, ImmutableHashSet<int>.Empty);

        private readonly ImmutableHashSet<int> _readUnchanged;
        private readonly ImmutableHashSet<int> _onlyQueried;

        private ParameterUses(ImmutableHashSet<int> readUnchanged, ImmutableHashSet<int> onlyQueried)
        {
            _readUnchanged = readUnchanged;
            _onlyQueried = onlyQueried;
        }

        /// <summary>The parameter is read and never written by the body.</summary>
        public bool IsReadUnchanged(int ordinal) => _readUnchanged.Contains(ordinal);

        /// <summary>The parameter is never written, and its every use is a LINQ argument or a foreach collection.</summary>
        public bool IsOnlyQueried(int ordinal) => _onlyQueried.Contains(ordinal);

        public static ParameterUses Compute(IMethodSymbol method, Compilation compilation)
        {
            if (MemberBodies.BodyOf(method, compilation) is not { } body)
            {
                return None;
            }

            var read = new HashSet<int>();
            var written = new HashSet<int>();
            var notQueried = new HashSet<int>();
            foreach (var operation in body.DescendantsAndSelf())
            {
                if (operation is not IParameterReferenceOperation reference
                    || !SymbolEqualityComparer.Default.Equals(reference.Parameter.ContainingSymbol, method))
                {
                    continue;
                }

                var ordinal = reference.Parameter.Ordinal;
                read.Add(ordinal);
                var parent = reference.ParentSkippingConversions(out var child);
                if (reference.Parameter.RefKind != RefKind.None || IsWrite(parent, child))
                {
                    written.Add(ordinal);
                }

                if (!(parent is IArgumentOperation { Parameter.RefKind: RefKind.None, Parent: IInvocationOperation call } && ConstantSequences.IsEnumerable(call.TargetMethod.ContainingType))
                    && !(parent is IForEachLoopOperation loop && loop.Collection == child))
                {
                    notQueried.Add(ordinal);
                }
            }

            read.ExceptWith(written);
            var queried = new HashSet<int>(read);
            queried.ExceptWith(notQueried);
            return new ParameterUses(read.ToImmutableHashSet(), queried.ToImmutableHashSet());
        }

        /// <summary>True when the use (<paramref name="child"/> of <paramref name="parent"/>) may write the parameter.</summary>
        private static bool IsWrite(IOperation? parent, IOperation child) => parent switch
        {
            IAssignmentOperation assignment => assignment.Target == child,
            IIncrementOrDecrementOperation => true,
            IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } => true,
            // A deconstruction target, `(a, p) = ...`: any tuple holding the parameter counts (a tuple read is rare in a helper).
            ITupleOperation => true,
            _ => false,
        };
    }
}
