using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SrmAnalyzers.Core
{
    /// <summary>
    /// Sequences of constants that the code fixes, and what LINQ (System.Linq.Enumerable) makes of
    /// them: <c>AllowedPorts.Min()</c> and <c>.Max()</c> are constants, and
    /// <c>Ports.Select(p => new IpPermission { FromPort = p, ... }).ToList()</c> holds one element per
    /// constant, each read with <c>p</c> bound to that constant.
    /// </summary>
    /// <remarks>
    /// A sequence of constants is an array, <c>List&lt;T&gt;</c>, <c>HashSet&lt;T&gt;</c> or collection
    /// expression written inline, held by a local that only LINQ reads, or the initializer of a
    /// <c>static readonly</c> field (read from its syntax, as <see cref="ValueResolver"/> reads other
    /// static readonly initializers, in whatever file or type the field is). Such a field's elements are
    /// taken as its value: code that changes them later (<c>Ports[0] = 80;</c>) is not looked for. More
    /// than <see cref="MaxLength"/> elements or a spread (<c>.. others</c>) makes the sequence unknown;
    /// <c>Min()</c>/<c>Max()</c> also need every element to be one known number.
    /// </remarks>
    internal static class ConstantSequences
    {
        /// <summary>Longest sequence read: bounds the work, and the permissions one projection can stand for.</summary>
        public const int MaxLength = 64;

        /// <summary>
        /// True when <paramref name="invocation"/> is <c>Enumerable.Min(source)</c> or <c>Max(source)</c>;
        /// <paramref name="value"/> is then the smallest or largest element when every element of the
        /// source is a known integer (or decimal), else unknown.
        /// </summary>
        public static bool TryResolveMinOrMax(IInvocationOperation invocation, ValueResolver resolver, int depth, out ResolvedValue value)
        {
            value = ResolvedValue.Unknown;
            var method = invocation.TargetMethod;
            if (method.Name is not ("Min" or "Max") || invocation.Arguments.Length != 1 || !IsEnumerable(method.ContainingType))
            {
                return false;
            }

            // An empty source throws; float and double have NaN rules of their own: both unknown.
            if (NumberCode(method.ReturnType) is not { } code || Elements(invocation.Arguments[0].Value, resolver, depth) is not { Count: > 0 } elements)
            {
                return true;
            }

            IComparable? extreme = null;
            foreach (var element in elements)
            {
                if (!element.IsSingleConstant || AsNumber(element.Values[0], code) is not { } number)
                {
                    return true;
                }

                var order = extreme is null ? 0 : number.CompareTo(extreme);
                if (extreme is null || (method.Name == "Min" ? order < 0 : order > 0))
                {
                    extreme = number;
                }
            }

            value = ResolvedValue.Constant(extreme);
            return true;
        }

        /// <summary>True when <paramref name="sequence"/> is a sequence of constants with at least one known element.</summary>
        public static bool HasKnownElement(IOperation sequence, ValueResolver resolver) =>
            Elements(sequence, resolver, depth: 0) is { } elements && elements.Any(element => !element.IsUnknown);

        /// <summary>
        /// The elements of <c>constants.Select(x => ...)</c> made into a list by <c>ToList()</c>,
        /// <c>ToArray()</c> or <c>new List&lt;T&gt;(...)</c> (also through locals and further copies): what
        /// the lambda returns, once per known constant, each with a resolver that reads <c>x</c> as that
        /// constant. Nothing for any other collection, and nothing for an element whose constant is unknown.
        /// </summary>
        public static IEnumerable<(IOperation Element, ValueResolver Resolver)> ProjectedElements(IOperation collection, ValueResolver resolver)
        {
            // The query behind the list, also copied on the way (`var all = query.ToArray(); ... all.ToList()`).
            var query = resolver.FollowToSource(collection);
            var copies = 0;
            for (; copies < MaxCopies && CopiedSequence(query) is { } copied; copies++)
            {
                query = resolver.FollowToSource(copied);
            }

            // A lambda, not a method group; with Select((x, index) => ...) the index stays unknown.
            if (copies == 0
                || query is not IInvocationOperation { TargetMethod.Name: "Select", Arguments.Length: 2 } select
                || !IsEnumerable(select.TargetMethod.ContainingType)
                || select.Arguments[1].Value.WithoutConversions() is not IDelegateCreationOperation { Target: IAnonymousFunctionOperation { Symbol.Parameters.Length: > 0 } lambda }
                || SingleResult(lambda) is not { } result
                || Elements(select.Arguments[0].Value, resolver, depth: 0) is not { } constants)
            {
                yield break;
            }

            var parameter = lambda.Symbol.Parameters[0];
            foreach (var constant in constants)
            {
                if (!constant.IsUnknown)
                {
                    yield return (result, resolver.WithBinding(parameter, constant));
                }
            }
        }

        /// <summary>Most list copies followed from a list back to its query.</summary>
        private const int MaxCopies = 4;

        /// <summary>The sequence a list or array is made of: <c>source.ToList()</c>, <c>source.ToArray()</c>, <c>new List&lt;T&gt;(source)</c>.</summary>
        private static IOperation? CopiedSequence(IOperation? operation) => operation switch
        {
            IInvocationOperation { TargetMethod.Name: "ToList" or "ToArray", Arguments.Length: 1 } copy
                when IsEnumerable(copy.TargetMethod.ContainingType) => copy.Arguments[0].Value,
            IObjectCreationOperation { Arguments.Length: 1 } list when IsCollection(list.Type, "List`1") => list.Arguments[0].Value,
            _ => null,
        };

        /// <summary>The resolved elements of a sequence of constants (unknown ones included), in order; null when it is not one.</summary>
        private static IReadOnlyList<ResolvedValue>? Elements(IOperation sequence, ValueResolver resolver, int depth)
        {
            var source = sequence.WithoutConversions();
            if (source is ILocalReferenceOperation local)
            {
                // A local array or list counts only when nothing but LINQ reads it: nothing can change its elements.
                source = IsOnlyQueried(local.Local, resolver.Scope) ? resolver.Scope.SingleAssignedValue(local.Local).WithoutConversions() : null;
            }

            if (source is IFieldReferenceOperation field)
            {
                return FieldElements(field.Field, resolver, depth);
            }

            if (source is IParameterReferenceOperation { Parameter: var parameter } && resolver.HelperCall is { } call
                && call.SequenceArgument(parameter) is { } passed)
            {
                // A helper's sequence parameter, read as the caller's argument (HelperCall).
                var passedElements = Elements(passed, call.CallerResolver, depth + 1);
                if (passedElements is not null && passedElements.Any(element => !element.IsUnknown))
                {
                    call.NoteSequenceRead(parameter);
                }

                return passedElements;
            }

            if (ElementOperations(source) is not { } operations)
            {
                return null;
            }

            var elements = new List<ResolvedValue>(operations.Count);
            foreach (var operation in operations)
            {
                elements.Add(resolver.ResolveElement(operation, depth));
            }

            return elements;
        }

        /// <summary>The element operations of an array creation, a List/HashSet collection initializer or a collection expression.</summary>
        private static IReadOnlyList<IOperation>? ElementOperations(IOperation? source)
        {
            IReadOnlyList<IOperation>? elements;
            if (CollectionExpressions.ElementsOf(source) is { } items)
            {
                var known = new List<IOperation>(items.Count);
                foreach (var item in items)
                {
                    if (item is null)
                    {
                        // A spread: its elements are out of sight.
                        return null;
                    }

                    known.Add(item);
                }

                elements = known;
            }
            else
            {
                elements = source switch
                {
                    IArrayCreationOperation { DimensionSizes.Length: 1, Initializer: { } initializer } => initializer.ElementValues,
                    IObjectCreationOperation { Arguments.Length: 0, Initializer: { } initializer } list
                        when IsCollection(list.Type, "List`1") || IsCollection(list.Type, "HashSet`1") => AddedValues(initializer),
                    _ => null,
                };
            }

            return elements is { Count: <= MaxLength } ? elements : null;
        }

        private static IReadOnlyList<IOperation>? AddedValues(IObjectOrCollectionInitializerOperation initializer)
        {
            var values = new List<IOperation>(initializer.Initializers.Length);
            foreach (var entry in initializer.Initializers)
            {
                if (entry is not IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 } add)
                {
                    return null;
                }

                values.Add(add.Arguments[0].Value);
            }

            return values;
        }

        /// <summary>The elements of a static readonly field's initializer, read from its syntax; null for any other field.</summary>
        private static IReadOnlyList<ResolvedValue>? FieldElements(IFieldSymbol field, ValueResolver resolver, int depth)
        {
            if (!field.IsStatic || !field.IsReadOnly || ElementType(field.Type) is not { } elementType)
            {
                return null;
            }

            foreach (var reference in field.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } initializer } && ElementSyntax(initializer) is { } items)
                {
                    var elements = new List<ResolvedValue>(items.Count);
                    foreach (var item in items)
                    {
                        elements.Add(resolver.ResolveElementSyntax(item, elementType, field.ContainingType, depth));
                    }

                    return elements;
                }
            }

            return null;
        }

        /// <summary>
        /// The element expressions of <c>{ 22, 3389 }</c>, <c>new[] { ... }</c>, <c>new int[] { ... }</c>,
        /// <c>[ ... ]</c>, <c>new List&lt;int&gt; { ... }</c>, <c>new HashSet&lt;int&gt; { ... }</c> and <c>new() { ... }</c>.
        /// </summary>
        private static IReadOnlyList<ExpressionSyntax>? ElementSyntax(ExpressionSyntax initializer)
        {
            IReadOnlyList<ExpressionSyntax>? elements;
            if (initializer is CollectionExpressionSyntax collection)
            {
                var expressions = new List<ExpressionSyntax>(collection.Elements.Count);
                foreach (var element in collection.Elements)
                {
                    if (element is not ExpressionElementSyntax { Expression: var expression })
                    {
                        return null;
                    }

                    expressions.Add(expression);
                }

                elements = expressions;
            }
            else
            {
                elements = initializer switch
                {
                    InitializerExpressionSyntax braces when braces.IsKind(SyntaxKind.ArrayInitializerExpression) => braces.Expressions,
                    ArrayCreationExpressionSyntax { Type.RankSpecifiers: { Count: 1 } ranks, Initializer: { } braces } when ranks[0].Rank == 1 => braces.Expressions,
                    ImplicitArrayCreationExpressionSyntax { Commas.Count: 0 } array => array.Initializer.Expressions,
                    ObjectCreationExpressionSyntax { Initializer: { } braces } list when NoArguments(list.ArgumentList) && IsListOrSetName(list.Type)
                        && braces.IsKind(SyntaxKind.CollectionInitializerExpression) => braces.Expressions,
                    // new() { ... } can only be the field's own type, List<T> or HashSet<T> (ElementType).
                    ImplicitObjectCreationExpressionSyntax { Initializer: { } braces } list when NoArguments(list.ArgumentList)
                        && braces.IsKind(SyntaxKind.CollectionInitializerExpression) => braces.Expressions,
                    _ => null,
                };
            }

            return elements is { Count: <= MaxLength } ? elements : null;
        }

        private static bool NoArguments(ArgumentListSyntax? arguments) => arguments is null || arguments.Arguments.Count == 0;

        private static bool IsListOrSetName(TypeSyntax type) => (type is QualifiedNameSyntax qualified ? qualified.Right : type) is GenericNameSyntax
        {
            Identifier.ValueText: "List" or "HashSet",
            TypeArgumentList.Arguments.Count: 1,
        };

        /// <summary>The element type of a one-dimensional array or of a generic collection type a sequence field may have.</summary>
        private static ITypeSymbol? ElementType(ITypeSymbol type) => type switch
        {
            IArrayTypeSymbol { Rank: 1 } array => array.ElementType,
            INamedTypeSymbol { TypeArguments.Length: 1 } named when IsCollection(named, "List`1") || IsCollection(named, "HashSet`1")
                || IsCollection(named, "IEnumerable`1") || IsCollection(named, "IReadOnlyList`1") || IsCollection(named, "IReadOnlyCollection`1")
                || IsCollection(named, "IList`1") || IsCollection(named, "ICollection`1") => named.TypeArguments[0],
            _ => null,
        };

        /// <summary>True when <paramref name="type"/> is System.Collections.Generic.<paramref name="metadataName"/>.</summary>
        private static bool IsCollection(ITypeSymbol? type, string metadataName) => type is INamedTypeSymbol
        {
            MetadataName: var name,
            ContainingNamespace: { Name: "Generic", ContainingNamespace: { Name: "Collections", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } },
        } && name == metadataName;

        /// <summary>True when <paramref name="type"/> is System.Linq.Enumerable.</summary>
        internal static bool IsEnumerable(INamedTypeSymbol? type) => type is
        {
            Name: "Enumerable",
            ContainingNamespace: { Name: "Linq", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } },
        };

        /// <summary>True when every use of the local (after its declaration) is an argument of a LINQ method or the collection of a foreach.</summary>
        private static bool IsOnlyQueried(ILocalSymbol local, OperationScope scope)
        {
            foreach (var reference in scope.ReferencesTo(local))
            {
                if (reference.IsDeclaration)
                {
                    continue;
                }

                var parent = reference.ParentSkippingConversions();
                if (!(parent is IArgumentOperation { Parent: IInvocationOperation call } && IsEnumerable(call.TargetMethod.ContainingType))
                    && parent is not IForEachLoopOperation)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The value a lambda returns when it has exactly one return (nested lambdas and local functions aside).</summary>
        private static IOperation? SingleResult(IAnonymousFunctionOperation lambda)
        {
            IOperation? result = null;
            var pending = new Stack<IOperation>();
            pending.Push(lambda.Body);
            while (pending.Count > 0)
            {
                var operation = pending.Pop();
                if (operation is IReturnOperation { ReturnedValue: { } returned })
                {
                    if (result is not null)
                    {
                        return null;
                    }

                    result = returned;
                }

                foreach (var child in operation.ChildOperations)
                {
                    if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
                    {
                        pending.Push(child);
                    }
                }
            }

            return result;
        }

        private static TypeCode? NumberCode(ITypeSymbol type) => type.SpecialType switch
        {
            SpecialType.System_SByte => TypeCode.SByte,
            SpecialType.System_Byte => TypeCode.Byte,
            SpecialType.System_Int16 => TypeCode.Int16,
            SpecialType.System_UInt16 => TypeCode.UInt16,
            SpecialType.System_Int32 => TypeCode.Int32,
            SpecialType.System_UInt32 => TypeCode.UInt32,
            SpecialType.System_Int64 => TypeCode.Int64,
            SpecialType.System_UInt64 => TypeCode.UInt64,
            SpecialType.System_Decimal => TypeCode.Decimal,
            _ => null,
        };

        /// <summary>
        /// A constant as the sequence's element type (a field initializer's <c>22</c> is read as an int
        /// whatever the array's type); null for strings, characters, booleans and values that do not fit.
        /// </summary>
        private static IComparable? AsNumber(object? value, TypeCode code)
        {
            if (value is null or string or char or bool || value is not IConvertible convertible)
            {
                return null;
            }

            try
            {
                return Convert.ChangeType(convertible, code, CultureInfo.InvariantCulture) as IComparable;
            }
            catch (OverflowException)
            {
                return null;
            }
        }
    }
}
