using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SrmAnalyzers.Core.LeastPrivilege
{
    /// <summary>
    /// The table a <c>DynamoDBContext</c> call uses, as the SDK names it: the context's or the operation's
    /// <c>TableNamePrefix</c> (the operation's wins when it is not null) before the operation's
    /// <c>OverrideTableName</c> or the item type's <c>[DynamoDBTable]</c> name. A configuration the code does
    /// not show (a context received from elsewhere, a config object built out of sight) may set a prefix, so
    /// the name is then unknown, never the bare name. Also whether the context fetches table metadata
    /// (<c>DisableFetchingTableMetadata</c>; <c>DynamoDBContextBuilder</c> turns fetching off).
    /// </summary>
    internal static class DynamoDBContextTables
    {
        private const string ContextClass = "Amazon.DynamoDBv2.DataModel.DynamoDBContext";
        private const string BuilderClass = "Amazon.DynamoDBv2.DataModel.DynamoDBContextBuilder";
        private const string BuilderInterface = "Amazon.DynamoDBv2.DataModel.IDynamoDBContextBuilder";
        private const string TableNamePrefix = "TableNamePrefix";
        private const string DisableFetchingTableMetadata = "DisableFetchingTableMetadata";

        /// <summary>How many fields or properties are followed to reach the context's creation.</summary>
        private const int MaxMemberHops = 3;

        /// <summary>
        /// The table names of the call (null when neither the item type nor an override names one), and
        /// whether the context is known to skip fetching table metadata.
        /// </summary>
        public static ResolvedValue? TableNames(IInvocationOperation invocation, string? itemTypeTable, ValueResolver resolver, out bool disablesTableMetadata)
        {
            var context = ContextSettings(invocation.Instance, resolver);
            disablesTableMetadata = context.DisablesTableMetadata;
            var operation = OperationSettings(invocation, resolver);
            if (operation.Unknown)
            {
                return ResolvedValue.Unknown;
            }

            var baseName = itemTypeTable is null ? null : (ResolvedValue?)ResolvedValue.Constant(itemTypeTable);
            var names = operation.Override is { } overridden ? OrWhenEmpty(overridden, baseName) : baseName;
            if (names is null)
            {
                return null;
            }

            // operationConfig.TableNamePrefix ?? contextConfig.TableNamePrefix (the SDK's DynamoDBFlatConfig).
            var prefix = operation.Prefix is { } operationPrefix ? OrWhenNull(operationPrefix, context.Prefix) : context.Prefix;
            return Prefixed(prefix, names.Value);
        }

        /// <summary>The prefix and metadata setting of the context the call is made on.</summary>
        private static Settings ContextSettings(IOperation? instance, ValueResolver resolver)
        {
            var sources = new List<(IOperation? Source, ValueResolver Resolver)>();
            CollectSources(instance, resolver, sources, 0);
            var result = default(Settings?);
            foreach (var (source, sourceResolver) in sources)
            {
                var settings = source switch
                {
                    IObjectCreationOperation creation when IsType(creation.Type, sourceResolver, ContextClass) => FromContextCreation(creation, sourceResolver),
                    IInvocationOperation { TargetMethod.Name: "Build" } build when IsBuilder(build.TargetMethod.ContainingType, sourceResolver) => FromBuilder(build, sourceResolver),
                    _ => Settings.Unknown,
                };
                result = result is null ? settings : result.Value.Or(settings);
            }

            return result ?? Settings.Unknown;
        }

        /// <summary>
        /// The operations that may have produced the context: its creation through locals, or every value the
        /// type's code writes to the field or property holding it (<see cref="MemberBodies.WrittenValuesOf"/>).
        /// A null source stands for a value the code does not show.
        /// </summary>
        private static void CollectSources(IOperation? instance, ValueResolver resolver, List<(IOperation?, ValueResolver)> sources, int hops)
        {
            var source = resolver.FollowToSource(instance);
            var member = source switch
            {
                IFieldReferenceOperation field => field.Field.OriginalDefinition,
                IPropertyReferenceOperation { Property.IsIndexer: false } property => (ISymbol)property.Property.OriginalDefinition,
                _ => null,
            };
            if (member is null)
            {
                sources.Add((source, resolver));
                return;
            }

            var values = hops < MaxMemberHops ? MemberBodies.WrittenValuesOf(member, resolver.Symbols.Compilation) : default;
            if (values.IsDefaultOrEmpty)
            {
                sources.Add((null, resolver));
                return;
            }

            foreach (var value in values)
            {
                CollectSources(value, new ValueResolver(resolver.Symbols, value), sources, hops + 1);
            }
        }

        /// <summary><c>new DynamoDBContext(client, config)</c>: the config's settings; without a config, the SDK's defaults.</summary>
        private static Settings FromContextCreation(IObjectCreationOperation creation, ValueResolver resolver)
        {
            foreach (var argument in creation.Arguments)
            {
                if (argument.ArgumentKind == ArgumentKind.Explicit && IsConfigType(argument.Parameter?.Type))
                {
                    return FromConfigArgument(argument.Value, resolver);
                }
            }

            return Settings.Default;
        }

        private static Settings FromConfigArgument(IOperation value, ValueResolver resolver)
        {
            if (resolver.FollowToSource(value) is not IObjectCreationOperation config)
            {
                return value.WithoutConversions()?.ConstantValue is { HasValue: true, Value: null } ? Settings.Default : Settings.Unknown;
            }

            var tracked = new RequestTracker(resolver).Track(config);
            if (tracked.MayBeModifiedElsewhere)
            {
                return Settings.Unknown;
            }

            var prefix = tracked.IsWritten(TableNamePrefix) ? tracked.ResolveFinal(TableNamePrefix, resolver) : ResolvedValue.Constant(null);
            var disables = tracked.IsWritten(DisableFetchingTableMetadata) && IsTrue(tracked.ResolveFinal(DisableFetchingTableMetadata, resolver));
            return new Settings(prefix, disables);
        }

        /// <summary>
        /// <c>new DynamoDBContextBuilder()....ConfigureContext(c => c.TableNamePrefix = "p").Build()</c>, one
        /// fluent chain: the builder's config starts with fetching turned off, then each <c>ConfigureContext</c>
        /// lambda's assignments to its parameter apply in order. A builder held in a variable, or a configure
        /// delegate that is not such a lambda, is out of sight.
        /// </summary>
        private static Settings FromBuilder(IInvocationOperation build, ValueResolver resolver)
        {
            var configures = new List<IArgumentOperation>();
            for (var current = build.Instance.WithoutConversions(); ; current = ((IInvocationOperation)current).Instance.WithoutConversions())
            {
                if (current is IObjectCreationOperation creation && IsType(creation.Type, resolver, BuilderClass))
                {
                    break;
                }

                if (current is not IInvocationOperation step || !IsBuilder(step.TargetMethod.ContainingType, resolver))
                {
                    return Settings.Unknown;
                }

                if (step.TargetMethod.Name == "ConfigureContext")
                {
                    if (step.Arguments.Length != 1)
                    {
                        return Settings.Unknown;
                    }

                    configures.Add(step.Arguments[0]);
                }
            }

            var prefix = ResolvedValue.Constant(null);
            var disables = ResolvedValue.Constant(true);
            configures.Reverse();
            foreach (var configure in configures)
            {
                if (configure.Value.WithoutConversions() is not IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda }
                    || lambda.Symbol.Parameters.Length != 1)
                {
                    return Settings.Unknown;
                }

                var parameter = lambda.Symbol.Parameters[0];
                foreach (var operation in lambda.Body.Descendants())
                {
                    if (operation is not IParameterReferenceOperation reference || !SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter))
                    {
                        continue;
                    }

                    // Only c.Property = value, read or written; the config handed elsewhere may be changed there.
                    if (reference.Parent is not IPropertyReferenceOperation property)
                    {
                        return Settings.Unknown;
                    }

                    if (property.Parent is not ISimpleAssignmentOperation assignment || assignment.Target != property)
                    {
                        continue;
                    }

                    var value = resolver.Resolve(assignment.Value);
                    // A statement of the lambda's own block always runs; one under a branch may not.
                    var always = assignment.Parent is IExpressionStatementOperation { Parent: IBlockOperation block } && block.Parent == lambda;
                    switch (property.Property.Name)
                    {
                        case TableNamePrefix:
                            prefix = always ? value : ResolvedValue.Union(prefix, value);
                            break;
                        case DisableFetchingTableMetadata:
                            disables = always ? value : ResolvedValue.Union(disables, value);
                            break;
                    }
                }
            }

            return new Settings(prefix, IsTrue(disables));
        }

        /// <summary>The operation config passed to the call (<c>new BatchWriteConfig { OverrideTableName = ... }</c>).</summary>
        private static OperationConfig OperationSettings(IInvocationOperation invocation, ValueResolver resolver)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.ArgumentKind != ArgumentKind.Explicit || !IsConfigType(argument.Parameter?.Type))
                {
                    continue;
                }

                if (resolver.FollowToSource(argument.Value) is not IObjectCreationOperation config)
                {
                    return argument.Value.ConstantValue is { HasValue: true, Value: null } ? default : new OperationConfig(null, null, unknown: true);
                }

                var tracked = new RequestTracker(resolver).Track(config);
                if (tracked.MayBeModifiedElsewhere)
                {
                    return new OperationConfig(null, null, unknown: true);
                }

                return new OperationConfig(
                    tracked.IsWritten("OverrideTableName") ? tracked.ResolveFinal("OverrideTableName", resolver) : null,
                    tracked.IsWritten(TableNamePrefix) ? tracked.ResolveFinal(TableNamePrefix, resolver) : null,
                    unknown: false);
            }

            return default;
        }

        /// <summary>Each prefix before each name; a null or empty prefix is none (the SDK's <c>IsNullOrEmpty</c>).</summary>
        private static ResolvedValue Prefixed(ResolvedValue prefixes, ResolvedValue names)
        {
            if (prefixes.IsUnknown || prefixes.HasUnknown || names.IsUnknown || names.HasUnknown)
            {
                return ResolvedValue.Unknown;
            }

            var result = default(ResolvedValue?);
            foreach (var prefix in prefixes.Values)
            {
                foreach (var name in names.Values)
                {
                    var combined = prefix switch
                    {
                        null or "" => ResolvedValue.Constant(name),
                        string text when name is string table => ResolvedValue.Constant(text + table),
                        _ => ResolvedValue.Unknown,
                    };
                    result = result is null ? combined : ResolvedValue.Union(result.Value, combined);
                }
            }

            return result ?? ResolvedValue.Unknown;
        }

        /// <summary>The override on the paths that set it, the item type's name where it is null or empty (the SDK's <c>IsNullOrEmpty</c>).</summary>
        private static ResolvedValue? OrWhenEmpty(ResolvedValue overridden, ResolvedValue? baseName) =>
            Replace(overridden, v => v is null or "", baseName);

        private static ResolvedValue OrWhenNull(ResolvedValue operationPrefix, ResolvedValue contextPrefix) =>
            Replace(operationPrefix, v => v is null, contextPrefix) ?? ResolvedValue.Unknown;

        /// <summary>The value with the constants matching <paramref name="replaced"/> replaced by <paramref name="by"/>; null when one is and <paramref name="by"/> is null.</summary>
        private static ResolvedValue? Replace(ResolvedValue value, Func<object?, bool> replaced, ResolvedValue? by)
        {
            if (value.IsUnknown)
            {
                return value;
            }

            var result = value.HasUnknown ? ResolvedValue.Unknown : default(ResolvedValue?);
            foreach (var item in value.Values)
            {
                ResolvedValue next;
                if (replaced(item))
                {
                    if (by is null)
                    {
                        return null;
                    }

                    next = by.Value;
                }
                else
                {
                    next = ResolvedValue.Constant(item);
                }

                result = result is null ? next : ResolvedValue.Union(result.Value, next);
            }

            return result;
        }

        private static bool IsTrue(ResolvedValue value) => !value.IsUnknown && !value.HasUnknown && value.Values.All(v => v is true);

        private static bool IsConfigType(ITypeSymbol? type) =>
            type is INamedTypeSymbol { ContainingNamespace: { } ns } named
            && ns.ToDisplayString() == "Amazon.DynamoDBv2.DataModel"
            && named.Name.EndsWith("Config", StringComparison.Ordinal);

        private static bool IsType(ITypeSymbol? type, ValueResolver resolver, string metadataName) =>
            type is INamedTypeSymbol named && resolver.Symbols.Get(metadataName) is { } expected && AwsSymbols.InheritsFrom(named, expected);

        private static bool IsBuilder(INamedTypeSymbol? type, ValueResolver resolver) =>
            type is not null
            && (IsType(type, resolver, BuilderClass)
                || resolver.Symbols.Get(BuilderInterface) is { } builderInterface
                    && (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, builderInterface) || type.AllInterfaces.Contains(builderInterface, SymbolEqualityComparer.Default)));

        /// <summary>A context's prefix (null: none) and whether it is known to skip fetching table metadata.</summary>
        private readonly struct Settings
        {
            public static readonly Settings Default = new(ResolvedValue.Constant(null), disablesTableMetadata: false);

            public static readonly Settings Unknown = new(ResolvedValue.Unknown, disablesTableMetadata: false);

            public Settings(ResolvedValue prefix, bool disablesTableMetadata)
            {
                Prefix = prefix;
                DisablesTableMetadata = disablesTableMetadata;
            }

            public ResolvedValue Prefix { get; }

            public bool DisablesTableMetadata { get; }

            /// <summary>Either of two contexts: either prefix; fetching is off only when both turn it off.</summary>
            public Settings Or(Settings other) => new(ResolvedValue.Union(Prefix, other.Prefix), DisablesTableMetadata && other.DisablesTableMetadata);
        }

        /// <summary>What a call's operation config sets: the override and prefix (null when not written), or unknown.</summary>
        private readonly struct OperationConfig
        {
            public OperationConfig(ResolvedValue? overridden, ResolvedValue? prefix, bool unknown)
            {
                Override = overridden;
                Prefix = prefix;
                Unknown = unknown;
            }

            public ResolvedValue? Override { get; }

            public ResolvedValue? Prefix { get; }

            public bool Unknown { get; }
        }
    }
}
