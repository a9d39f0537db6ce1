using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SrmAnalyzers.Core
{
    /// <summary>
    /// Maps an operation to the constants it can take: literals, consts, static readonly fields
    /// with constant initializers, single-assignment locals, string concatenation and
    /// interpolation, SDK constant classes (<c>S3CannedACL.PublicRead</c>, implicit conversions
    /// from strings, <c>FindValue</c>), and conditional/switch/coalesce branches; also <c>Min()</c>/<c>Max()</c>
    /// of a sequence of constants and a lambda parameter bound to one (<see cref="ConstantSequences"/>).
    /// Anything else is unknown, and rules never report unknown values.
    /// </summary>
    internal sealed class ValueResolver
    {
        /// <summary>Longest string the resolver builds; longer ones are unknown (keeps pathological input bounded).</summary>
        public const int MaxStringLength = 4 * 1024 * 1024;

        private const int MaxDepth = 24;

        private readonly AwsSymbols _symbols;
        private readonly IOperation _anchor;

        /// <summary>The wrapper call being re-analysed when this resolver was made (its parameters have the call's values); null otherwise.</summary>
        private readonly WrapperCall? _call;
        private OperationScope? _scope;
        private Dictionary<IFieldSymbol, ResolvedValue>? _fields;
        private Dictionary<IParameterSymbol, ResolvedValue>? _bindings;

        /// <summary>The helper call whose returned object this resolver reads (its parameters have the call's arguments); null otherwise.</summary>
        private HelperCall? _helperCall;

        /// <summary>How many members (field writes, helper returns) were crossed to reach this resolver's body.</summary>
        private readonly int _hops;

        /// <param name="anchor">Any operation of the member body whose locals the resolver may follow.</param>
        public ValueResolver(AwsSymbols symbols, IOperation anchor)
            : this(symbols, anchor, hops: 0)
        {
        }

        private ValueResolver(AwsSymbols symbols, IOperation anchor, int hops)
        {
            _symbols = symbols;
            _anchor = anchor;
            _call = WrapperCall.Current;
            _hops = hops;
        }

        /// <summary>
        /// The anchor's member body, looked up on first use: most values (constants, SDK fields, an
        /// object passed straight to a call) never need it, and the lookup walks to the body's root.
        /// </summary>
        public OperationScope Scope => _scope ??= OperationScope.For(_anchor);

        /// <summary>The compilation's SDK symbols this resolver reads constants with.</summary>
        public AwsSymbols Symbols => _symbols;

        /// <summary>The helper call whose returned object this resolver reads (<see cref="Core.HelperCall"/>); null for any other resolver.</summary>
        public HelperCall? HelperCall => _helperCall;

        public ResolvedValue Resolve(IOperation? operation)
        {
            if (_call is null || operation is null)
            {
                return Resolve(operation, 0);
            }

            // Inside a re-analysed wrapper: remember which values came from the call's arguments, so a
            // finding about them is reported at the call (WrapperCall).
            var reads = _call.Reads;
            var value = Resolve(operation, 0);
            if (_call.Reads != reads)
            {
                _call.RecordBound(operation.Syntax);
            }

            return value;
        }

        /// <summary>
        /// Follows conversions and single-assignment locals to the operation that produced a value,
        /// e.g. to find the <c>new</c> behind <c>var cfg = new X(); req.Cfg = cfg;</c>.
        /// </summary>
        public IOperation? FollowToSource(IOperation? operation)
        {
            for (var depth = 0; operation is not null && depth < MaxDepth; depth++)
            {
                operation = operation.WithoutBuiltInConversions();
                if (operation is not ILocalReferenceOperation local || Scope.SingleAssignedValue(local.Local) is not { } value)
                {
                    return operation;
                }

                operation = value;
            }

            return operation;
        }

        private ResolvedValue Resolve(IOperation? operation, int depth)
        {
            if (operation is null || depth > MaxDepth)
            {
                return ResolvedValue.Unknown;
            }

            if (HelperReturn.Current is { Excluded: true } flow && operation.Syntax == flow.ChosenValue.Syntax)
            {
                // The run that measures what a finding owes to this returned value.
                return ResolvedValue.Unknown;
            }

            // A lambda parameter this resolver reads as one constant of the sequence the lambda runs over
            // (WithBinding): it wins over any other way of resolving a parameter.
            if (_bindings is not null && operation is IParameterReferenceOperation bound && _bindings.TryGetValue(bound.Parameter, out var boundValue))
            {
                return boundValue;
            }

            if (StringLiterals.TryGetText(operation, out var text))
            {
                return ResolvedValue.Constant(text);
            }

            if (operation.ConstantValue.HasValue)
            {
                return ResolvedValue.Constant(operation.ConstantValue.Value);
            }

            switch (operation)
            {
                case IConversionOperation conversion:
                    // Covers boxing, nullable lifting and the SDK's implicit string -> ConstantClass operator.
                    return Resolve(conversion.Operand, depth + 1);
                case IParenthesizedOperation parenthesized:
                    return Resolve(parenthesized.Operand, depth + 1);
                case ILocalReferenceOperation local:
                    return Scope.SingleAssignedValue(local.Local) is { } assigned ? Resolve(assigned, depth + 1) : ResolvedValue.Unknown;
                case IFieldReferenceOperation field:
                    return ResolveField(field.Field, depth);
                case IPropertyReferenceOperation { Property: { IsIndexer: false } property }:
                    return ResolveSourceProperty(property.OriginalDefinition);
                case IParameterReferenceOperation parameter when _call is not null && _call.TryResolve(parameter.Parameter, out var passed):
                    return passed;
                case IParameterReferenceOperation parameter when _helperCall is not null && _helperCall.TryResolve(parameter.Parameter, out var passedToHelper):
                    return passedToHelper;
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                    return MapValues(Resolve(not.Operand, depth + 1), value => value is bool b ? !b : Unresolvable);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison
                    when comparison.RightOperand.WithoutConversions() is { ConstantValue: { HasValue: true, Value: null } }:
                    // p == null / p != null, for a p the calling context fixes (an optional parameter left at null).
                    var negate = comparison.OperatorKind == BinaryOperatorKind.NotEquals;
                    return MapValues(Resolve(comparison.LeftOperand, depth + 1), value => (value is null) != negate);
                case ICoalesceOperation coalesce:
                    return ResolveCoalesce(coalesce, depth);
                case var choice when Branches.TryGet(choice, out var branches):
                    return ResolveBranches(branches, depth);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                    return Concatenate(ResolveStringPart(binary.LeftOperand, depth), ResolveStringPart(binary.RightOperand, depth));
                case IInterpolatedStringOperation interpolated:
                    return ResolveInterpolation(interpolated, depth);
                case IInvocationOperation invocation:
                    return ResolveInvocation(invocation, depth);
                case IObjectCreationOperation { Arguments.Length: 1 } creation when _symbols.IsConstantClass(creation.Type):
                    // new S3CannedACL("public-read")
                    return Resolve(creation.Arguments[0].Value, depth + 1);
                case IDefaultValueOperation { Type.IsReferenceType: true }:
                    return ResolvedValue.Constant(null);
                default:
                    return ResolvedValue.Unknown;
            }
        }

        /// <summary>A conditional or switch expression: any of its branches, unknown when a switch has no arm.</summary>
        private ResolvedValue ResolveBranches(Branches branches, int depth)
        {
            var result = default(ResolvedValue?);
            foreach (var branch in branches)
            {
                var value = Resolve(branch, depth + 1);
                result = result is null ? value : ResolvedValue.Union(result.Value, value);
            }

            return result ?? ResolvedValue.Unknown;
        }

        /// <summary><c>a ?? b</c>: only <c>a</c> when it is known and never null, only <c>b</c> when <c>a</c> is always null, else either.</summary>
        private ResolvedValue ResolveCoalesce(ICoalesceOperation coalesce, int depth)
        {
            var value = Resolve(coalesce.Value, depth + 1);
            if (!value.IsUnknown && !value.HasUnknown)
            {
                if (!value.Values.Contains(null))
                {
                    return value;
                }

                if (value.IsAlwaysNull)
                {
                    return Resolve(coalesce.WhenNull, depth + 1);
                }
            }

            return ResolvedValue.Union(value, Resolve(coalesce.WhenNull, depth + 1));
        }

        private ResolvedValue ResolveInvocation(IInvocationOperation invocation, int depth)
        {
            if (ConstantSequences.TryResolveMinOrMax(invocation, this, depth, out var extreme))
            {
                return extreme;
            }

            var method = invocation.TargetMethod;
            if (method.IsStatic && method.Name == "FindValue" && invocation.Arguments.Length == 1 && _symbols.IsConstantClass(method.ContainingType))
            {
                return Resolve(invocation.Arguments[0].Value, depth + 1);
            }

            if (method.IsStatic && method.Name is nameof(string.IsNullOrEmpty) or nameof(string.IsNullOrWhiteSpace)
                && method.ContainingType.SpecialType == SpecialType.System_String && invocation.Arguments.Length == 1)
            {
                var whiteSpaceCounts = method.Name == nameof(string.IsNullOrWhiteSpace);
                return MapValues(Resolve(invocation.Arguments[0].Value, depth + 1), value => value switch
                {
                    null => true,
                    string text when ResolvedValue.IsComplete(text) => whiteSpaceCounts ? string.IsNullOrWhiteSpace(text) : text.Length == 0,
                    _ => Unresolvable,
                });
            }

            if (HelperReturn.Current is not null && HelperReturn.IsFollowableHelper(method))
            {
                return ResolveReturnedValues(method.OriginalDefinition);
            }

            if (method.Name is "ToString" or "ToLowerInvariant" or "ToUpperInvariant" or "Trim" && invocation.Arguments.Length == 0 && invocation.Instance is { } instance)
            {
                var value = Resolve(instance, depth + 1);
                return method.Name switch
                {
                    "ToLowerInvariant" => Map(value, s => s.ToLowerInvariant()),
                    "ToUpperInvariant" => Map(value, s => s.ToUpperInvariant()),
                    "Trim" => Map(value, s => s.Trim()),
                    _ => value,
                };
            }

            return ResolvedValue.Unknown;
        }

        /// <summary>
        /// A resolver for the same member body that reads <paramref name="parameter"/> (a lambda's)
        /// as <paramref name="value"/>: <c>ports.Select(p => ...)</c> judged once per constant
        /// (<see cref="ConstantSequences"/>).
        /// </summary>
        internal ValueResolver WithBinding(IParameterSymbol parameter, ResolvedValue value)
        {
            var bindings = _bindings is null
                ? new Dictionary<IParameterSymbol, ResolvedValue>(SymbolEqualityComparer.Default)
                : new Dictionary<IParameterSymbol, ResolvedValue>(_bindings, SymbolEqualityComparer.Default);
            bindings[parameter] = value;
            return new ValueResolver(_symbols, _anchor, _hops) { _scope = _scope, _bindings = bindings, _helperCall = _helperCall };
        }

        /// <summary>
        /// A resolver for <paramref name="returned"/>, a value of the body of the helper <paramref name="call"/>
        /// calls, that reads the helper's parameters as the call's arguments (<see cref="Core.HelperCall"/>).
        /// </summary>
        internal ValueResolver ForHelperCall(IOperation returned, HelperCall call) =>
            new(_symbols, returned, _hops) { _helperCall = call };

        /// <summary>An element of a sequence (<see cref="ConstantSequences"/>), one level deeper than the sequence.</summary>
        internal ResolvedValue ResolveElement(IOperation element, int depth) => Resolve(element, depth + 1);

        /// <summary>An element of a static readonly collection field's initializer, read like a field initializer.</summary>
        internal ResolvedValue ResolveElementSyntax(ExpressionSyntax element, ITypeSymbol elementType, INamedTypeSymbol scope, int depth) =>
            ResolveSyntax(element, elementType, scope, depth + 1);

        private static ResolvedValue Map(ResolvedValue value, Func<string, string> map)
        {
            if (value.IsUnknown)
            {
                return value;
            }

            var result = value.HasUnknown ? ResolvedValue.Unknown : default(ResolvedValue?);
            foreach (var item in value.Values)
            {
                var mapped = ResolvedValue.Constant(item is string s ? map(s) : item);
                result = result is null ? mapped : ResolvedValue.Union(result.Value, mapped);
            }

            return result ?? ResolvedValue.Unknown;
        }

        /// <summary>Stands for "no constant" in a <see cref="MapValues"/> result: that path becomes unknown.</summary>
        private static readonly object Unresolvable = new();

        /// <summary>Maps each known constant (e.g. <c>!b</c>, <c>string.IsNullOrEmpty(s)</c>); a mapping to <see cref="Unresolvable"/> makes that path unknown.</summary>
        private static ResolvedValue MapValues(ResolvedValue value, Func<object?, object?> map)
        {
            if (value.IsUnknown)
            {
                return value;
            }

            var result = value.HasUnknown ? ResolvedValue.Unknown : default(ResolvedValue?);
            foreach (var item in value.Values)
            {
                var mapped = map(item);
                var next = ReferenceEquals(mapped, Unresolvable) ? ResolvedValue.Unknown : ResolvedValue.Constant(mapped);
                result = result is null ? next : ResolvedValue.Union(result.Value, next);
            }

            return result ?? ResolvedValue.Unknown;
        }

        private ResolvedValue ResolveField(IFieldSymbol field, int depth)
        {
            if (field.HasConstantValue)
            {
                return ResolvedValue.Constant(field.ConstantValue);
            }

            if (field.Locations.IsEmpty || !field.Locations[0].IsInSource)
            {
                // SDK (and other referenced) fields depend on the field alone: one value per compilation.
                if (!field.IsStatic || !field.IsReadOnly)
                {
                    return ResolvedValue.Unknown;
                }

                return _symbols.TryGetReferencedFieldValue(field, out var remembered)
                    ? remembered
                    : _symbols.RememberReferencedFieldValue(field, TryResolveWellKnownField(field, out var value) ? value : ResolvedValue.Unknown);
            }

            // Memoised per resolver (one callback): fields referring to each other, or to themselves,
            // must not make resolution exponential or circular.
            _fields ??= new Dictionary<IFieldSymbol, ResolvedValue>(SymbolEqualityComparer.Default);
            if (_fields.TryGetValue(field, out var known))
            {
                return known;
            }

            _fields[field] = ResolvedValue.Unknown;
            var resolved = ResolveSourceField(field, depth);
            _fields[field] = resolved;
            return resolved;
        }

        /// <summary>
        /// <c>string.Empty</c>, or a member of an SDK constant class (its wire value, unknown when
        /// <see cref="SdkConstants"/> does not list it). False for any other field.
        /// </summary>
        private bool TryResolveWellKnownField(IFieldSymbol field, out ResolvedValue value)
        {
            if (field.ContainingType.SpecialType == SpecialType.System_String && field.Name == nameof(string.Empty))
            {
                value = ResolvedValue.Constant(string.Empty);
                return true;
            }

            if (_symbols.IsConstantClass(field.Type) && field.ContainingType.Equals(field.Type, SymbolEqualityComparer.Default))
            {
                value = _symbols.TryGetWireValue(field.ContainingType, field.Name, out var wire)
                    ? ResolvedValue.Constant(wire)
                    : ResolvedValue.Unknown;
                return true;
            }

            value = ResolvedValue.Unknown;
            return false;
        }

        /// <summary>
        /// What a helper returns (only while a helper's return is judged, <see cref="HelperReturn"/>): the
        /// union of its returned values, each resolved in its own body.
        /// </summary>
        private ResolvedValue ResolveReturnedValues(ISymbol helper)
        {
            var method = helper as IMethodSymbol ?? ((IPropertySymbol)helper).GetMethod;
            if (_hops >= HelperReturn.MaxHops || method is null)
            {
                return ResolvedValue.Unknown;
            }

            return Union(MemberBodies.ReturnedValuesOf(method, _symbols.Compilation), value => new ValueResolver(_symbols, value, _hops + 1).Resolve(value));
        }

        /// <summary>
        /// A property of the user's code (on any instance): an auto-property
        /// holds what its initializer and its type's code write to it (as a field); a computed getter is
        /// a helper, followed only while a helper's return is judged.
        /// </summary>
        private ResolvedValue ResolveSourceProperty(IPropertySymbol property)
        {
            if (property.DeclaringSyntaxReferences.IsEmpty || !MemberBodies.HasReadableBody(property))
            {
                return ResolvedValue.Unknown;
            }

            if (property.GetMethod is { } getter && getter.DeclaringSyntaxReferences.All(r => r.GetSyntax() is AccessorDeclarationSyntax { Body: null, ExpressionBody: null }))
            {
                return ResolveWrittenValues(property);
            }

            return HelperReturn.Current is not null ? ResolveReturnedValues(property) : ResolvedValue.Unknown;
        }

        /// <summary>
        /// An instance field or property, or a static one that is not readonly-with-initializer: the
        /// union of every value the type's code writes to it, when nothing outside the type can write
        /// it (<see cref="MemberBodies.CollectWrittenValues"/>). Unknown when it is never written, and
        /// for strings outside the judging of a helper's return.
        /// </summary>
        private ResolvedValue ResolveWrittenValues(ISymbol member)
        {
            // Strings are read from fields only while a helper's return is judged: they are in nearly every
            // interpolation the rules resolve, and binding every string field's writes cost more than all
            // the rest of the analysis of a typical project (docs/performance.md).
            var type = member is IFieldSymbol field ? field.Type : ((IPropertySymbol)member).Type;
            if (_hops >= HelperReturn.MaxHops || type.SpecialType == SpecialType.System_String && HelperReturn.Current is null)
            {
                return ResolvedValue.Unknown;
            }

            var values = MemberBodies.WrittenValuesOf(member.OriginalDefinition, _symbols.Compilation);
            if (values.IsDefault && HelperReturn.Current is not null)
            {
                return ResolveWritesAnywhere(member.OriginalDefinition);
            }

            return values.IsDefaultOrEmpty ? ResolvedValue.Unknown : Union(values, value => new ValueResolver(_symbols, value, _hops + 1).Resolve(value));
        }

        /// <summary>
        /// A member other types write (a settings class: <c>new TrailOptions { Validate = Parse(s) }</c> in a
        /// constructor), read while a helper's return is judged: the values the compilation's source writes to it,
        /// and unknown for what unseen code or a configuration binder writes. So a helper whose result is stored
        /// there makes the member's value "may be" that result.
        /// </summary>
        private ResolvedValue ResolveWritesAnywhere(ISymbol member)
        {
            var result = ResolvedValue.Unknown;
            foreach (var (use, _) in MemberUses.Of(member, _symbols.Compilation, withWrites: true))
            {
                if (use.Parent is ISimpleAssignmentOperation assignment && assignment.Target == use)
                {
                    result = ResolvedValue.Union(result, new ValueResolver(_symbols, assignment.Value, _hops + 1).Resolve(assignment.Value));
                }
            }

            return result;
        }

        private static ResolvedValue Union(ImmutableArray<IOperation> values, Func<IOperation, ResolvedValue> resolve)
        {
            var result = default(ResolvedValue?);
            foreach (var value in values)
            {
                var resolved = resolve(value);
                result = result is null ? resolved : ResolvedValue.Union(result.Value, resolved);
            }

            return result ?? ResolvedValue.Unknown;
        }

        /// <summary>A field declared in source that is not const: static readonly ones are read from their initializer, others from what the type's code writes to them.</summary>
        private ResolvedValue ResolveSourceField(IFieldSymbol field, int depth)
        {
            if (!field.IsStatic || !field.IsReadOnly)
            {
                return ResolveWrittenValues(field);
            }

            if (TryResolveWellKnownField(field, out var wellKnown))
            {
                return wellKnown;
            }

            // A static readonly field of the user's code: read its initializer syntactically (the
            // analyzer may not ask for semantic models of other trees).
            foreach (var reference in field.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } initializer })
                {
                    var constant = ResolveSyntax(initializer, field.Type, field.ContainingType, depth + 1);

                    // An initializer calling a helper is followed only while a helper's return is judged.
                    return constant.IsUnknown && HelperReturn.Current is not null ? ResolveWrittenValues(field) : constant;
                }
            }

            // Assigned in a static constructor.
            return ResolveWrittenValues(field);
        }

        /// <summary>Constant initializers of static readonly fields: literals, concatenations and SDK constants.</summary>
        private ResolvedValue ResolveSyntax(ExpressionSyntax expression, ITypeSymbol type, INamedTypeSymbol scope, int depth)
        {
            if (depth > MaxDepth)
            {
                return ResolvedValue.Unknown;
            }

            switch (expression)
            {
                case LiteralExpressionSyntax literal:
                    return literal.Token.Value is { } value || literal.IsKind(SyntaxKind.NullLiteralExpression)
                        ? ResolvedValue.Constant(literal.Token.Value)
                        : ResolvedValue.Unknown;
                case ParenthesizedExpressionSyntax parenthesized:
                    return ResolveSyntax(parenthesized.Expression, type, scope, depth + 1);
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression) && type.SpecialType == SpecialType.System_String:
                    var left = ResolveSyntax(binary.Left, type, scope, depth + 1);
                    var right = ResolveSyntax(binary.Right, type, scope, depth + 1);
                    return left.IsSingleConstant && right.IsSingleConstant ? Concatenate(left, right) : ResolvedValue.Unknown;
                case MemberAccessExpressionSyntax memberAccess when _symbols.IsConstantClass(type) && type is INamedTypeSymbol named
                    && memberAccess.Expression.ToString().EndsWith(named.Name, StringComparison.Ordinal):
                    return _symbols.TryGetWireValue(named, memberAccess.Name.Identifier.ValueText, out var wire)
                        ? ResolvedValue.Constant(wire)
                        : ResolvedValue.Unknown;
                case IdentifierNameSyntax identifier:
                    // Another field of the same type (or an enclosing one): const or static readonly.
                    return FindField(scope, identifier.Identifier.ValueText) is { } sibling ? ResolveField(sibling, depth + 1) : ResolvedValue.Unknown;
                case MemberAccessExpressionSyntax { Expression: SimpleNameSyntax or MemberAccessExpressionSyntax } memberAccess:
                    // Fragments.Header: a field of a type found by name from the field's own type and namespaces.
                    return FindType(scope, RightmostName(memberAccess.Expression)) is { } owner
                        && FindField(owner, memberAccess.Name.Identifier.ValueText) is { } field
                            ? ResolveField(field, depth + 1)
                            : ResolvedValue.Unknown;
                case InterpolatedStringExpressionSyntax interpolated:
                    var builder = new StringBuilder();
                    foreach (var content in interpolated.Contents)
                    {
                        if (content is InterpolatedStringTextSyntax text)
                        {
                            builder.Append(StringLiterals.TextOf(text));
                        }
                        else if (content is InterpolationSyntax { AlignmentClause: null, FormatClause: null } hole
                            && ResolveSyntax(hole.Expression, type, scope, depth + 1) is { IsSingleConstant: true } part)
                        {
                            builder.Append(FormatPart(part.Values[0]));
                        }
                        else
                        {
                            return ResolvedValue.Unknown;
                        }
                    }

                    return ResolvedValue.Constant(builder.ToString());
                default:
                    return ResolvedValue.Unknown;
            }
        }

        private static string RightmostName(ExpressionSyntax expression) => expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            SimpleNameSyntax name => name.Identifier.ValueText,
            _ => string.Empty,
        };

        private static IFieldSymbol? FindField(INamedTypeSymbol type, string name)
        {
            for (var current = type; current is not null; current = current.ContainingType)
            {
                foreach (var member in current.GetMembers(name))
                {
                    if (member is IFieldSymbol field)
                    {
                        return field;
                    }
                }
            }

            return null;
        }

        /// <summary>A type named <paramref name="name"/> nested in, beside, or in a namespace enclosing <paramref name="scope"/>.</summary>
        private static INamedTypeSymbol? FindType(INamedTypeSymbol scope, string name)
        {
            for (var current = scope; current is not null; current = current.ContainingType)
            {
                if (current.Name == name)
                {
                    return current;
                }

                if (current.GetTypeMembers(name).FirstOrDefault() is { } nested)
                {
                    return nested;
                }
            }

            for (var ns = scope.ContainingNamespace; ns is not null; ns = ns.ContainingNamespace)
            {
                if (ns.GetTypeMembers(name).FirstOrDefault() is { } type)
                {
                    return type;
                }
            }

            return null;
        }

        private ResolvedValue ResolveStringPart(IOperation operand, int depth)
        {
            var value = Resolve(operand, depth + 1);
            return value.IsSingleConstant ? ResolvedValue.Constant(FormatPart(value.Values[0])) : ResolvedValue.Constant(ResolvedValue.Hole.ToString());
        }

        private static ResolvedValue Concatenate(ResolvedValue left, ResolvedValue right)
        {
            var text = FormatPart(left.Values[0]) + FormatPart(right.Values[0]);
            return text.Length > MaxStringLength ? ResolvedValue.Unknown : ResolvedValue.Constant(text);
        }

        /// <summary>Most strings one interpolation may stand for when its holes take a few known values each.</summary>
        private const int MaxInterpolationAlternatives = 8;

        /// <summary>
        /// The text of an interpolated string. A hole whose every path is one of a few known constants (a
        /// ternary choosing <c>"s3:*"</c> or <c>"s3:GetObject"</c>), or a ?: or switch with a known branch,
        /// gives one string per path, so each path is judged; any other hole with an unknown path is
        /// <see cref="ResolvedValue.Hole"/> (a <c>?? "none"</c> default is not worth the strings it costs).
        /// </summary>
        private ResolvedValue ResolveInterpolation(IInterpolatedStringOperation interpolated, int depth)
        {
            var alternatives = new List<StringBuilder> { new() };
            foreach (var part in interpolated.Parts)
            {
                switch (part)
                {
                    case IInterpolatedStringTextOperation text:
                        AppendToAll(alternatives, StringLiterals.TryGetText(text.Text, out var written) ? written : text.Text.ConstantValue.Value as string);
                        break;
                    case IInterpolationOperation { Alignment: null, FormatString: null } hole:
                        var value = Resolve(hole.Expression, depth + 1);
                        if (value.IsSingleConstant)
                        {
                            AppendToAll(alternatives, FormatPart(value.Values[0]));
                        }
                        else if (!value.IsUnknown && (!value.HasUnknown || IsChoice(hole.Expression))
                            && alternatives.Count * (value.Values.Length + (value.HasUnknown ? 1 : 0)) <= MaxInterpolationAlternatives)
                        {
                            // Every path known, or a choice (?: or switch) with a known branch (`anyRole ? "*" : roleArn`):
                            // one string per path, an unknown path as a hole.
                            var parts = value.Values.Select(FormatPart).ToList();
                            if (value.HasUnknown)
                            {
                                parts.Add(ResolvedValue.Hole.ToString());
                            }

                            alternatives = alternatives.SelectMany(prefix => parts.Select(p => new StringBuilder(prefix.ToString()).Append(p))).ToList();
                        }
                        else
                        {
                            AppendToAll(alternatives, ResolvedValue.Hole.ToString());
                        }

                        break;
                    default:
                        AppendToAll(alternatives, ResolvedValue.Hole.ToString());
                        break;
                }

                if (alternatives[0].Length > MaxStringLength)
                {
                    return ResolvedValue.Unknown;
                }
            }

            var result = ResolvedValue.Constant(alternatives[0].ToString());
            for (var i = 1; i < alternatives.Count; i++)
            {
                result = ResolvedValue.Union(result, ResolvedValue.Constant(alternatives[i].ToString()));
            }

            return result;
        }

        /// <summary>A conditional or switch expression (through parentheses and conversions): the code chooses between its branches.</summary>
        private static bool IsChoice(IOperation expression) =>
            expression.WithoutConversions() is IConditionalOperation or ISwitchExpressionOperation;

        private static void AppendToAll(List<StringBuilder> alternatives, string? text)
        {
            foreach (var alternative in alternatives)
            {
                alternative.Append(text);
            }
        }

        private static string FormatPart(object? value) => value switch
        {
            null => string.Empty,
            string s => s,
            bool b => b ? "True" : "False",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };

        /// <summary>Namespace-qualified metadata name, e.g. "Amazon.S3.S3CannedACL".</summary>
        public static string MetadataName(INamedTypeSymbol type)
        {
            var parts = new Stack<string>();
            parts.Push(type.MetadataName);
            for (var containing = type.ContainingType; containing is not null; containing = containing.ContainingType)
            {
                parts.Push(containing.MetadataName + "+");
            }

            var name = string.Concat(parts);
            return type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + name : name;
        }
    }
}
