using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace SrmAnalyzers.Core
{
    /// <summary>
    /// Calls to a wrapper: a method of the same compilation that writes a parameter into an SDK
    /// object (<c>void Upload(string key, S3CannedACL acl) =&gt; ... new PutObjectRequest { CannedACL = acl }</c>).
    /// Inside the wrapper the parameter is unknown, so nothing is reported there; at a call that
    /// passes a known value (<c>Upload("k", S3CannedACL.PublicRead)</c>, or leaves an optional parameter
    /// at a bad default) the rule's own checks are run again over the wrapper's body with the
    /// parameters bound to the call's arguments, and a finding that exists only because of a bound
    /// value is reported at the argument (the mistake is made by the caller), with the place inside
    /// the wrapper as an additional location. The call is in the member being analysed, so the
    /// finding is local to it and the IDE shows it (see <see cref="SrmAnalyzer"/>).
    /// </summary>
    /// <remarks>
    /// Bounded: wrappers calling wrappers are followed to <see cref="MaxDepth"/> calls, recursion is
    /// not followed, and a wrapper's body is bound once per compilation (<see cref="CrossMemberCaches"/>).
    /// Only ordinary methods whose calls run the body read here (<see cref="MemberBodies.HasReadableBody"/>).
    /// A finding the wrapper's own analysis reports already (the same rule at the same place) is not
    /// reported again at the call.
    /// </remarks>
    internal sealed class WrapperCall
    {
        /// <summary>How many wrapper calls deep a value is followed (caller → wrapper → wrapper → wrapper).</summary>
        public const int MaxDepth = 3;

        /// <summary>The wrapper call whose body is being re-analysed on this thread; resolvers built meanwhile read its bindings.</summary>
        [ThreadStatic]
        private static WrapperCall? current;



        private readonly Dictionary<(SyntaxTree Tree, TextSpan Span), BoundArgument> _bound = new();
        private readonly ValueResolver _callerResolver;
        private BoundArgument? _lastUsed;

        /// <summary>The first argument read with a known value: where a finding goes that names no bound value's place.</summary>
        private BoundArgument? _firstRead;

        private WrapperCall(AwsSymbols symbols, IInvocationOperation invocation, WrapperCall? outer)
        {
            Invocation = invocation;
            Callee = invocation.TargetMethod.OriginalDefinition;
            Outer = outer;
            Depth = (outer?.Depth ?? 0) + 1;

            // Built while the outer call (if any) is current: an argument that is itself a parameter
            // of the outer wrapper resolves through the outer call's bindings.
            _callerResolver = new ValueResolver(symbols, invocation);
        }

        /// <summary>The wrapper call being re-analysed on this thread, if any.</summary>
        public static WrapperCall? Current => current;

        /// <summary>
        /// True while another member's code is re-run (a wrapper with bound arguments, a helper's use
        /// with helper results followed): values then differ from the ordinary analysis of the same
        /// operations, so caches keyed by operation (shared with that analysis: Roslyn hands the
        /// re-run the same operation trees) must be bypassed.
        /// </summary>
        public static bool IsReanalysing => current is not null || HelperReturn.Current is not null;

        public IInvocationOperation Invocation { get; }

        public IMethodSymbol Callee { get; }

        public WrapperCall? Outer { get; }

        public int Depth { get; }

        /// <summary>Counts parameter values read from the call; a resolver compares it before and after to see whether a value came from the call.</summary>
        public int Reads { get; private set; }

        /// <summary>
        /// The action that re-analyses wrapper calls with the analyzer's own per-type actions
        /// (<paramref name="actions"/>, which include this one, so wrappers calling wrappers are followed).
        /// </summary>
        public static Action<OperationAnalysisContext> CreateAction(
            AwsSymbols symbols,
            Func<(Action<OperationAnalysisContext> Action, ImmutableArray<OperationKind> Kinds)[]> actions) => context =>
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;

            // Cheapest tests first: this runs for every call of the compilation, once per SRM analyzer.
            if (method.Parameters.IsEmpty || method.MethodKind != MethodKind.Ordinary || method.Locations.IsEmpty || !method.Locations[0].IsInSource
                || !MayPassKnownValue(invocation))
            {
                return;
            }

            var outer = current;
            if (WrapperBodyFor(invocation, symbols, outer) is { } body)
            {
                new WrapperCall(symbols, invocation, outer).Reanalyse(body, context, actions());
            }
        };

        /// <summary>
        /// A quick look at the arguments before anything is looked up: a literal, a constant or field,
        /// a constant string built in place, or an optional parameter left out. Calls that pass only
        /// locals, parameters and computed values (nearly all calls) stop here; a local holding a
        /// constant is therefore not followed into a wrapper.
        /// </summary>
        private static bool MayPassKnownValue(IInvocationOperation invocation)
        {
            // Inside a re-run an argument may be a bound parameter or a helper's result: always looked at.
            if (IsReanalysing)
            {
                return true;
            }

            foreach (var argument in invocation.Arguments)
            {
                if (argument.ArgumentKind == ArgumentKind.DefaultValue || IsConstantShaped(argument.Value))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Literals, field and constant reads, !x, and conditionals, coalesces and string building over them.</summary>
        internal static bool IsConstantShaped(IOperation? value)
        {
            for (var depth = 0; depth < 8 && value is not null; depth++)
            {
                switch (value.WithoutConversions())
                {
                    case null:
                        return false;
                    case ILiteralOperation or IFieldReferenceOperation or IDefaultValueOperation or IInterpolatedStringOperation:
                        return true;
                    case IUnaryOperation unary:
                        value = unary.Operand;
                        break;
                    case var choice when Branches.TryGet(choice, out var branches):
                        foreach (var branch in branches)
                        {
                            if (IsConstantShaped(branch))
                            {
                                return true;
                            }
                        }

                        return false;
                    case IBinaryOperation binary:
                        return IsConstantShaped(binary.LeftOperand) || IsConstantShaped(binary.RightOperand);
                    case IInvocationOperation or IPropertyReferenceOperation:
                        // A helper's result (followed while its return is judged) or an SDK constant property.
                        return true;
                    default:
                        return value.ConstantValue.HasValue;
                }
            }

            return false;
        }

        /// <summary>The body to re-analyse for this call: a followable wrapper of the compilation that is passed a known value for a parameter it uses; null otherwise.</summary>
        private static IOperation? WrapperBodyFor(IInvocationOperation invocation, AwsSymbols symbols, WrapperCall? outer) =>
            IsFollowable(invocation.TargetMethod, outer)
            && MemberBodies.IsDeclaredIn(invocation.TargetMethod, symbols.Compilation)
            && symbols.CrossMember.WrapperSummaryOf(invocation.TargetMethod.OriginalDefinition) is { Body: { } body } summary
            && PassesKnownValueToUsedParameter(invocation, summary, symbols)
            && !TestDoubles.IsInTestDoubleExpression(invocation)
                ? body
                : null;

        /// <summary>
        /// The value of a parameter of the wrapper being re-analysed, resolved in its caller;
        /// false for a parameter of any other method (or a params array).
        /// </summary>
        public bool TryResolve(IParameterSymbol parameter, out ResolvedValue value)
        {
            value = ResolvedValue.Unknown;
            if (!SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol.OriginalDefinition, Callee)
                || ArgumentFor(Invocation, parameter.Ordinal) is not { ArgumentKind: not ArgumentKind.ParamArray } argument)
            {
                return false;
            }

            // A parameter the wrapper assigns (or takes by reference) is not the argument everywhere in its body.
            if (!_callerResolver.Symbols.CrossMember.ParameterUsesOf(Callee).IsReadUnchanged(parameter.Ordinal))
            {
                return true;
            }

            value = _callerResolver.Resolve(argument.Value);
            Reads++;
            _lastUsed = new BoundArgument(
                argument.ArgumentKind == ArgumentKind.DefaultValue ? Locations.OfInvocation(Invocation) : argument.Value.Syntax.GetLocation(),
                parameter.Name,
                argument.ArgumentKind == ArgumentKind.DefaultValue);
            if (!value.IsUnknown)
            {
                _firstRead ??= _lastUsed;
            }

            return true;
        }

        /// <summary>Remembers that the value of <paramref name="syntax"/> depends on the argument read last.</summary>
        public void RecordBound(SyntaxNode syntax)
        {
            if (_lastUsed is { } argument)
            {
                _bound[(syntax.SyntaxTree, syntax.Span)] = argument;
            }
        }

        private static bool IsFollowable(IMethodSymbol method, WrapperCall? outer)
        {
            if (method.MethodKind != MethodKind.Ordinary || method.Parameters.IsEmpty || !MemberBodies.HasReadableBody(method)
                || (outer is not null && outer.Depth >= MaxDepth))
            {
                return false;
            }

            for (var call = outer; call is not null; call = call.Outer)
            {
                if (SymbolEqualityComparer.Default.Equals(call.Callee, method.OriginalDefinition))
                {
                    return false;
                }
            }

            return true;
        }

        private static IArgumentOperation? ArgumentFor(IInvocationOperation invocation, int ordinal)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Ordinal == ordinal)
                {
                    return argument;
                }
            }

            return null;
        }

        /// <summary>True when the call passes a known value (a constant, an SDK constant, a default) for a parameter the wrapper reads.</summary>
        private static bool PassesKnownValueToUsedParameter(IInvocationOperation invocation, WrapperSummary summary, AwsSymbols symbols)
        {
            ValueResolver? resolver = null;
            ParameterUses? uses = null;
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter is { } parameter && argument.ArgumentKind != ArgumentKind.ParamArray && summary.UsesParameter(parameter.Ordinal)
                    && (uses ??= symbols.CrossMember.ParameterUsesOf(invocation.TargetMethod.OriginalDefinition)).IsReadUnchanged(parameter.Ordinal))
                {
                    resolver ??= new ValueResolver(symbols, invocation);
                    if (!resolver.Resolve(argument.Value).IsUnknown)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private void Reanalyse(
            IOperation body,
            OperationAnalysisContext context,
            (Action<OperationAnalysisContext> Action, ImmutableArray<OperationKind> Kinds)[] actions)
        {
            var found = new List<Diagnostic>();
            Run(body, context, actions, this, found.Add);
            if (found.Count == 0)
            {
                return;
            }

            // What the wrapper's own analysis reports (no value bound) is not the caller's mistake.
            var unbound = new HashSet<(string Id, SyntaxTree? Tree, TextSpan Span)>();
            Run(body, context, actions, null, d => unbound.Add((d.Id, d.Location.SourceTree, d.Location.SourceSpan)));

            var reported = new HashSet<(string Id, TextSpan Span)>();
            foreach (var diagnostic in found)
            {
                if (unbound.Contains((diagnostic.Id, diagnostic.Location.SourceTree, diagnostic.Location.SourceSpan)))
                {
                    continue;
                }

                if (IsInCaller(diagnostic.Location))
                {
                    // Already placed in the caller (a policy document read from the caller's literal).
                    if (reported.Add((diagnostic.Id, diagnostic.Location.SourceSpan)))
                    {
                        context.ReportDiagnostic(diagnostic);
                    }
                }
                else if ((BoundArgumentOf(diagnostic) ?? _firstRead) is { } argument && reported.Add((diagnostic.Id, argument.Location.SourceSpan)))
                {
                    // A finding the rule places on a creation or statement that holds the value (an
                    // IpPermission built from the wrapper's parameters) goes to the first argument read.
                    context.ReportDiagnostic(argument.RelocateHere(diagnostic, Callee));
                }
            }
        }

        /// <summary>Runs the analyzer's per-type actions over the wrapper's body, with <paramref name="call"/> current on this thread.</summary>
        private void Run(
            IOperation body,
            OperationAnalysisContext context,
            (Action<OperationAnalysisContext> Action, ImmutableArray<OperationKind> Kinds)[] actions,
            WrapperCall? call,
            Action<Diagnostic> report)
        {
            var previous = current;
            current = call;
            try
            {
                Reanalysis.Run(body, Callee, context, actions, report);
            }
            finally
            {
                current = previous;
            }
        }

        private bool IsInCaller(Location location) =>
            location.SourceTree == Invocation.Syntax.SyntaxTree && CallerMemberSpan().Contains(location.SourceSpan);

        private TextSpan CallerMemberSpan()
        {
            var root = Invocation;
            IOperation top = root;
            while (top.Parent is { } parent)
            {
                top = parent;
            }

            return top.Syntax.Span;
        }

        private BoundArgument? BoundArgumentOf(Diagnostic diagnostic)
        {
            if (Find(diagnostic.Location) is { } primary)
            {
                return primary;
            }

            foreach (var additional in diagnostic.AdditionalLocations)
            {
                if (Find(additional) is { } found)
                {
                    return found;
                }
            }

            // A value recorded inside the reported span (a finding placed on the statement or creation that holds it).
            foreach (var entry in _bound)
            {
                if (entry.Key.Tree == diagnostic.Location.SourceTree && diagnostic.Location.SourceSpan.Contains(entry.Key.Span))
                {
                    return entry.Value;
                }
            }

            return null;

            BoundArgument? Find(Location location) =>
                location.SourceTree is { } tree && _bound.TryGetValue((tree, location.SourceSpan), out var argument) ? argument : null;
        }


    }

    /// <summary>What one method's body offers to the re-analysis of calls to it: the body, and which parameters it reads.</summary>
    internal sealed class WrapperSummary
    {
        private static readonly WrapperSummary None = new(null, ImmutableHashSet<int>.Empty);

        private readonly ImmutableHashSet<int> _usedParameters;

        private WrapperSummary(IOperation? body, ImmutableHashSet<int> usedParameters)
        {
            Body = body;
            _usedParameters = usedParameters;
        }

        /// <summary>The body to re-analyse; null when the method touches neither the SDK nor other methods of the compilation.</summary>
        public IOperation? Body { get; }

        public bool UsesParameter(int ordinal) => _usedParameters.Contains(ordinal);

        public static WrapperSummary Compute(IMethodSymbol method, Compilation compilation)
        {
            if (MemberBodies.BodyOf(method, compilation) is not { } body)
            {
                return None;
            }

            var touchesSdk = false;
            var used = ImmutableHashSet.CreateBuilder<int>();
            foreach (var operation in body.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IParameterReferenceOperation parameter when SymbolEqualityComparer.Default.Equals(parameter.Parameter.ContainingSymbol, method):
                        used.Add(parameter.Parameter.Ordinal);
                        break;
                    case IObjectCreationOperation { Type: { } type } when AwsSymbols.IsSdkSymbol(type):
                    case IPropertyReferenceOperation { Property: var property } when AwsSymbols.IsSdkSymbol(property):
                        touchesSdk = true;
                        break;
                    case IInvocationOperation { TargetMethod: var target } when AwsSymbols.IsSdkSymbol(target) || !target.DeclaringSyntaxReferences.IsEmpty:
                        touchesSdk = true;
                        break;
                }
            }

            return touchesSdk && used.Count > 0 ? new WrapperSummary(body, used.ToImmutable()) : None;
        }
    }
}
