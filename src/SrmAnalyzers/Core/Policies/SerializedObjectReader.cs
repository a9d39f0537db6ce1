using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SrmAnalyzers.Core.Policies
{
    /// <summary>
    /// Reads the JSON a serializer writes for values the analyzer can see: anonymous objects,
    /// arrays, <c>List&lt;T&gt;</c> and <c>Dictionary&lt;string, T&gt;</c> with initializers, and
    /// resolvable strings, numbers and booleans. Instances of other types, and collections the body
    /// changes or hands elsewhere, are unknown.
    /// </summary>
    internal sealed class SerializedObjectReader
    {
        private const int MaxDepth = 32;

        private readonly ValueResolver _resolver;
        private readonly int _useSite;

        /// <param name="use">The serializer call: changes after it do not reach the text.</param>
        public SerializedObjectReader(ValueResolver resolver, IOperation use)
        {
            _resolver = resolver;
            _useSite = use.Syntax.SpanStart;
        }

        /// <summary>
        /// True for <c>System.Text.Json.JsonSerializer.Serialize(value, ...)</c> returning a string and
        /// <c>Newtonsoft.Json.JsonConvert.SerializeObject(value, ...)</c>; <paramref name="value"/> is the serialized value.
        /// </summary>
        public static bool TryGetSerializedValue(IInvocationOperation invocation, AwsSymbols symbols, out IOperation value)
        {
            value = null!;
            var method = invocation.TargetMethod;
            if (!method.IsStatic || method.ReturnType.SpecialType != SpecialType.System_String || invocation.Arguments.Length == 0)
            {
                return false;
            }

            var serializer = method.Name switch
            {
                "Serialize" => symbols.Get("System.Text.Json.JsonSerializer"),
                "SerializeObject" => symbols.Get("Newtonsoft.Json.JsonConvert"),
                _ => null,
            };
            if (serializer is null || !SymbolEqualityComparer.Default.Equals(method.ContainingType, serializer))
            {
                return false;
            }

            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Ordinal == 0)
                {
                    value = argument.Value;
                    return true;
                }
            }

            return false;
        }

        public JsonNode Read(IOperation value) => Evaluate(value, 0);

        private JsonNode Evaluate(IOperation? operation, int depth)
        {
            if (operation is null || depth > MaxDepth)
            {
                return JsonUnknown.Instance;
            }

            operation = operation.WithoutBuiltInConversions()!;
            switch (operation)
            {
                case ILocalReferenceOperation local:
                    return IsChangedOrShared(local.Local) ? JsonUnknown.Instance : Evaluate(_resolver.Scope.SingleAssignedValue(local.Local), depth + 1);
                case IAnonymousObjectCreationOperation anonymous:
                    var members = new JsonObject();
                    foreach (var initializer in anonymous.Initializers)
                    {
                        if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
                        {
                            members.Add(property.Property.Name, Evaluate(assignment.Value, depth + 1));
                        }
                        else
                        {
                            members.IsIncomplete = true;
                        }
                    }

                    return members;
                case IArrayCreationOperation { Initializer: { } arrayInitializer }:
                    return EvaluateElements(arrayInitializer.ElementValues, depth);
                case IObjectCreationOperation creation when IsGenericCollection(creation.Type):
                    return EvaluateCollection(creation, depth);
            }

            if (CollectionExpressions.ElementsOf(operation) is { } elements)
            {
                return EvaluateElements(elements, depth);
            }

            var resolved = _resolver.Resolve(operation);
            if (!resolved.IsSingleConstant)
            {
                return JsonUnknown.Instance;
            }

            return resolved.Values[0] switch
            {
                null => JsonLiteral.Null,
                string text => new JsonString(text),
                bool flag => new JsonLiteral(flag ? "true" : "false"),
                char character => new JsonString(character.ToString()),
                System.IFormattable number => new JsonLiteral(number.ToString(null, System.Globalization.CultureInfo.InvariantCulture)),
                _ => JsonUnknown.Instance,
            };
        }

        /// <summary>An array's or collection expression's elements; an element out of sight (a spread) is unknown.</summary>
        private JsonArray EvaluateElements(IEnumerable<IOperation?> elements, int depth)
        {
            var array = new JsonArray();
            foreach (var element in elements)
            {
                array.Items.Add(Evaluate(element, depth + 1));
            }

            return array;
        }

        /// <summary><c>new Dictionary&lt;string, object&gt; { ["Effect"] = "Allow" }</c>, <c>new List&lt;object&gt; { ... }</c>.</summary>
        private JsonNode EvaluateCollection(IObjectCreationOperation creation, int depth)
        {
            var isDictionary = creation.Type is INamedTypeSymbol { Arity: 2 };
            if (creation.Arguments.Length > 0 && creation.Arguments[0].Value.Type?.SpecialType != SpecialType.System_Int32)
            {
                // A copy of another collection, or a comparer that may change key matching.
                return JsonUnknown.Instance;
            }

            var entries = creation.Initializer?.Initializers ?? System.Collections.Immutable.ImmutableArray<IOperation>.Empty;
            if (isDictionary)
            {
                var members = new JsonObject();
                foreach (var entry in entries)
                {
                    IOperation? key = null, value = null;
                    switch (entry)
                    {
                        case IInvocationOperation { Arguments.Length: 2 } add:
                            key = add.Arguments[0].Value;
                            value = add.Arguments[1].Value;
                            break;
                        case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } assignment:
                            key = indexer.Arguments[0].Value;
                            value = assignment.Value;
                            break;
                    }

                    if (key is not null && _resolver.Resolve(key) is { IsSingleConstant: true } name && name.Values[0] is string text && ResolvedValue.IsComplete(text))
                    {
                        members.Add(text, Evaluate(value, depth + 1));
                    }
                    else
                    {
                        members.IsIncomplete = true;
                    }
                }

                return members;
            }

            var items = new JsonArray();
            foreach (var entry in entries)
            {
                if (entry is IInvocationOperation { Arguments.Length: 1 } add)
                {
                    items.Items.Add(Evaluate(add.Arguments[0].Value, depth + 1));
                }
                else
                {
                    items.IsIncomplete = true;
                }
            }

            return items;
        }

        private static bool IsGenericCollection(ITypeSymbol? type) =>
            type is INamedTypeSymbol { IsGenericType: true } named
            && named.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic"
            && named.Name is "List" or "Dictionary" or "SortedDictionary" or "HashSet";

        /// <summary>
        /// True when the body uses the local, before the serializer call, other than as a value in
        /// the object being built: it may be changed there (<c>dict["Condition"] = ...</c>) or elsewhere.
        /// </summary>
        private bool IsChangedOrShared(ILocalSymbol local)
        {
            return _resolver.Scope.ReferencesBefore(local, _useSite).Any(reference => !reference.IsDeclaration && !IsPartOfValue(reference));
        }

        private static bool IsPartOfValue(IOperation reference)
        {
            return reference.ParentSkippingBuiltInConversions(out var child) switch
            {
                IArrayInitializerOperation => true,
                ISimpleAssignmentOperation assignment => assignment.Value == child && assignment.Parent is IObjectOrCollectionInitializerOperation or IAnonymousObjectCreationOperation,
                IArgumentOperation { Parent: IInvocationOperation { IsImplicit: true } add } => add.Parent is IObjectOrCollectionInitializerOperation,
                _ => false,
            };
        }
    }
}
