using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace SrmAnalyzers.Core.Policies
{
    /// <summary>What a policy document governs, which decides the rules that apply to it.</summary>
    internal enum PolicyKind
    {
        /// <summary>Permissions of an IAM user, group or role (CreatePolicy, PutRolePolicy, ...).</summary>
        Identity,

        /// <summary>Who may act on a resource (S3 bucket, SQS queue, KMS key, SNS topic).</summary>
        Resource,

        /// <summary>Who may assume a role (CreateRole, UpdateAssumeRolePolicy).</summary>
        Trust,
    }

    /// <summary>One policy value sent to AWS: the expression, what kind of policy it is, and the SDK operation.</summary>
    internal sealed class PolicySink
    {
        public PolicySink(IOperation value, PolicyKind kind, string operation)
        {
            Value = value;
            Kind = kind;
            Operation = operation;
        }

        /// <summary>The policy value expression (a diagnostic goes here).</summary>
        public IOperation Value { get; }

        public PolicyKind Kind { get; }

        /// <summary>The SDK operation, e.g. "PutBucketPolicy".</summary>
        public string Operation { get; }

        public Location Location => Value.Syntax.GetLocation();
    }

    /// <summary>What a policy rule gets for one sink: the sink, its documents (read on first use) and the report channel.</summary>
    internal sealed class PolicySinkContext
    {
        private readonly ValueResolver _resolver;
        private readonly AwsSymbols _symbols;
        private ImmutableArray<PolicyDocument> _documents;

        public PolicySinkContext(OperationAnalysisContext context, PolicySink sink, ValueResolver resolver, AwsSymbols symbols)
        {
            Context = context;
            Sink = sink;
            _resolver = resolver;
            _symbols = symbols;
        }

        public OperationAnalysisContext Context { get; }

        public PolicySink Sink { get; }

        /// <summary>The documents the sink may receive (one per branch of a conditional); empty when unknown.</summary>
        public ImmutableArray<PolicyDocument> Documents
        {
            get
            {
                if (_documents.IsDefault)
                {
                    _documents = new PolicyReader(_resolver, _symbols).ReadShared(Sink.Value);
                }

                return _documents;
            }
        }

        public void Report(Diagnostic diagnostic) => Context.ReportDiagnostic(diagnostic);
    }

    /// <summary>
    /// Finds the places where code hands AWS a policy document: request properties (in initializers
    /// or later assignments, and constructor arguments), SQS/SNS policy attributes, and client
    /// methods that take the document as a plain argument. Types are matched by full metadata name
    /// (v3 and v4 share them); compilations without any of them register nothing.
    /// </summary>
    internal static class PolicySinks
    {
        private const string PolicyAttribute = "Policy";

        private static readonly ConditionalWeakTable<IOperation, StrongBox<ImmutableArray<PolicySink>>> SinksBySite = new();

        private static readonly RequestSink[] Requests =
        {
            new("Amazon.IdentityManagement.Model.CreatePolicyRequest", "PolicyDocument", PolicyKind.Identity),
            new("Amazon.IdentityManagement.Model.CreatePolicyVersionRequest", "PolicyDocument", PolicyKind.Identity),
            new("Amazon.IdentityManagement.Model.PutRolePolicyRequest", "PolicyDocument", PolicyKind.Identity),
            new("Amazon.IdentityManagement.Model.PutUserPolicyRequest", "PolicyDocument", PolicyKind.Identity),
            new("Amazon.IdentityManagement.Model.PutGroupPolicyRequest", "PolicyDocument", PolicyKind.Identity),
            new("Amazon.IdentityManagement.Model.CreateRoleRequest", "AssumeRolePolicyDocument", PolicyKind.Trust),
            new("Amazon.IdentityManagement.Model.UpdateAssumeRolePolicyRequest", "PolicyDocument", PolicyKind.Trust),
            new("Amazon.S3.Model.PutBucketPolicyRequest", "Policy", PolicyKind.Resource),
            new("Amazon.KeyManagementService.Model.CreateKeyRequest", "Policy", PolicyKind.Resource),
            new("Amazon.KeyManagementService.Model.PutKeyPolicyRequest", "Policy", PolicyKind.Resource),
            new("Amazon.SQS.Model.SetQueueAttributesRequest", "Attributes", PolicyKind.Resource, SinkShape.AttributeMap),
            new("Amazon.SQS.Model.CreateQueueRequest", "Attributes", PolicyKind.Resource, SinkShape.AttributeMap),
            new("Amazon.SimpleNotificationService.Model.SetTopicAttributesRequest", "AttributeValue", PolicyKind.Resource, SinkShape.NamedAttribute),
        };

        private static readonly MethodSink[] Methods =
        {
            new("Amazon.S3.IAmazonS3", "PutBucketPolicy", "policy", SinkShape.Property),
            new("Amazon.KeyManagementService.IAmazonKeyManagementService", "PutKeyPolicy", "policy", SinkShape.Property),
            new("Amazon.SQS.IAmazonSQS", "SetQueueAttributes", "attributes", SinkShape.AttributeMap),
            new("Amazon.SimpleNotificationService.IAmazonSimpleNotificationService", "SetTopicAttributes", "attributeValue", SinkShape.NamedAttribute),
        };

        private enum SinkShape
        {
            /// <summary>The value is the document.</summary>
            Property,

            /// <summary>A string dictionary whose "Policy" entry is the document (SQS).</summary>
            AttributeMap,

            /// <summary>An attribute name/value pair; the value is the document when the name is "Policy" (SNS).</summary>
            NamedAttribute,
        }

        /// <summary>
        /// Calls <paramref name="action"/> for each policy sink outside test-double expressions. Through
        /// the analyzer's <see cref="SrmRegistrar"/>, like every rule: a policy is often reported away from
        /// the request creation or call that finds it (a later <c>request.Policy = ...</c>, an SQS
        /// attribute added to the dictionary before the call), and only a per-type registration makes
        /// such a finding local to the member, which the IDE needs to show it (see <see cref="SrmAnalyzer"/>).
        /// </summary>
        public static void Register(SrmRegistrar context, AwsSymbols symbols, Action<PolicySinkContext> action)
        {
            // SRM201, SRM202 and SRM203 all read policies: their sink tables are made once per compilation.
            var tables = symbols.Shared(SinkTablesKey, SinkTables.Create);
            var requests = tables.Requests;
            var methodsByName = tables.MethodsByName;
            if (requests.Count > 0)
            {
                context.RegisterCreationAction(
                    type => requests.ContainsKey(type.OriginalDefinition),
                    creation => AnalyzeRequest(creation, requests[((INamedTypeSymbol)creation.Creation.Type!).OriginalDefinition], action));
            }

            if (methodsByName.Count > 0)
            {
                context.RegisterOperationAction(
                    operationContext =>
                    {
                        var invocation = (IInvocationOperation)operationContext.Operation;
                        if (FindMethodSink(invocation.TargetMethod, methodsByName) is { } sink
                            && !TestDoubles.IsInTestDoubleExpression(invocation)
                            && !TestDoubles.IsTestDoubleClient(invocation.Instance, symbols))
                        {
                            AnalyzeInvocation(operationContext, invocation, sink, symbols, action);
                        }
                    },
                    OperationKind.Invocation);
            }
        }

        private static readonly object SinkTablesKey = new();

        /// <summary>The compilation's request types and client methods that carry a policy.</summary>
        private sealed class SinkTables
        {
            private SinkTables(Dictionary<INamedTypeSymbol, RequestSink> requests, Dictionary<string, (INamedTypeSymbol Client, MethodSink Sink)> methodsByName)
            {
                Requests = requests;
                MethodsByName = methodsByName;
            }

            public Dictionary<INamedTypeSymbol, RequestSink> Requests { get; }

            /// <summary>
            /// Every call of the compilation is looked up here by name (PutBucketPolicy or PutBucketPolicyAsync):
            /// one lookup rejects nearly all. The sink names are distinct.
            /// </summary>
            public Dictionary<string, (INamedTypeSymbol Client, MethodSink Sink)> MethodsByName { get; }

            public static SinkTables Create(AwsSymbols symbols)
            {
                var requests = new Dictionary<INamedTypeSymbol, RequestSink>(SymbolEqualityComparer.Default);
                foreach (var request in PolicySinks.Requests)
                {
                    if (symbols.Get(request.MetadataName) is { } type)
                    {
                        requests[type] = request;
                    }
                }

                var methodsByName = new Dictionary<string, (INamedTypeSymbol Client, MethodSink Sink)>(StringComparer.Ordinal);
                foreach (var method in PolicySinks.Methods)
                {
                    if (symbols.Get(method.ClientInterface) is { } client)
                    {
                        methodsByName.Add(method.Name, (client, method));
                        methodsByName.Add(method.Name + "Async", (client, method));
                    }
                }

                return new SinkTables(requests, methodsByName);
            }
        }

        private static MethodSink? FindMethodSink(IMethodSymbol method, Dictionary<string, (INamedTypeSymbol Client, MethodSink Sink)> methodsByName) =>
            methodsByName.TryGetValue(method.Name, out var candidate)
            && SdkCalls.IsMethodOf(method, candidate.Client)
            && method.Parameters.Any(p => p.Name == candidate.Sink.Parameter)
                ? candidate.Sink
                : null;

        private static void AnalyzeRequest(CreationContext creation, RequestSink request, Action<PolicySinkContext> action)
        {
            foreach (var sink in Shared(creation.Creation, _ => FindRequestSinks(creation, request)))
            {
                action(new PolicySinkContext(creation.Context, sink, creation.Resolver, creation.Symbols));
            }
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, IInvocationOperation invocation, MethodSink sink, AwsSymbols symbols, Action<PolicySinkContext> action)
        {
            var resolver = new ValueResolver(symbols, invocation);
            foreach (var found in Shared(invocation, _ => FindInvocationSinks(invocation, sink, resolver)))
            {
                action(new PolicySinkContext(context, found, resolver, symbols));
            }
        }

        /// <summary>
        /// The sinks of one request creation or call, found once for all policy rules (each of
        /// SRM201/202/203 visits every sink). Weakly keyed by the operation, so they live as long as
        /// its tree; finding them is a pure function of that tree, so sharing changes no result.
        /// </summary>
        /// <remarks>While another member is re-run (<see cref="WrapperCall.IsReanalysing"/>) attribute names may come from bound arguments or helper results: found afresh.</remarks>
        private static ImmutableArray<PolicySink> Shared(IOperation site, ConditionalWeakTable<IOperation, StrongBox<ImmutableArray<PolicySink>>>.CreateValueCallback find) =>
            WrapperCall.IsReanalysing ? find(site).Value! : SinksBySite.GetValue(site, find).Value!;

        private static StrongBox<ImmutableArray<PolicySink>> FindRequestSinks(CreationContext creation, RequestSink request)
        {
            var tracked = creation.Tracked;
            var values = ValuesOf(tracked, request.Property, creation.Creation);
            switch (request.Shape)
            {
                case SinkShape.Property:
                    // Nearly always one value that is not a dictionary loop variable: the list stays as it is.
                    for (var i = values.Count - 1; i >= 0; i--)
                    {
                        if (IteratedDictionaryEntries.Of(values[i], creation.Resolver) is { } entries)
                        {
                            values.RemoveAt(i);
                            values.InsertRange(i, entries);
                        }
                    }

                    break;
                case SinkShape.AttributeMap:
                    var maps = values;
                    values = maps.SelectMany(map => PolicyEntries(map, creation.Resolver, before: null)).ToList();
                    values.AddRange(LaterPolicyEntries(tracked, request.Property, creation.Resolver));
                    break;
                case SinkShape.NamedAttribute:
                    var names = ValuesOf(tracked, "AttributeName", creation.Creation);
                    if (!names.Any(name => IsPolicyName(name, creation.Resolver)))
                    {
                        values.Clear();
                    }

                    break;
            }

            return new StrongBox<ImmutableArray<PolicySink>>(values.Select(value => new PolicySink(value, request.Kind, request.Operation)).ToImmutableArray());
        }

        private static StrongBox<ImmutableArray<PolicySink>> FindInvocationSinks(IInvocationOperation invocation, MethodSink sink, ValueResolver resolver)
        {
            var values = new List<IOperation>();
            var argument = SdkCalls.ExplicitArgument(invocation.Arguments, sink.Parameter);
            if (argument is not null)
            {
                switch (sink.Shape)
                {
                    case SinkShape.Property:
                        values.Add(argument);
                        break;
                    case SinkShape.AttributeMap:
                        values.AddRange(PolicyEntries(argument, resolver, before: invocation.Syntax.SpanStart));
                        break;
                    case SinkShape.NamedAttribute:
                        if (IsPolicyName(SdkCalls.ExplicitArgument(invocation.Arguments, "attributeName"), resolver))
                        {
                            values.Add(argument);
                        }

                        break;
                }
            }

            return new StrongBox<ImmutableArray<PolicySink>>(values.Select(value => new PolicySink(value, PolicyKind.Resource, sink.Name)).ToImmutableArray());
        }

        /// <summary>The values a request property may finally hold: its last writes, or else the constructor argument of the same name.</summary>
        private static List<IOperation> ValuesOf(TrackedObject tracked, string property, IObjectCreationOperation creation)
        {
            var finalWrites = tracked.FinalWritesOf(property);
            var values = new List<IOperation>(finalWrites.Count + 1);
            foreach (var write in finalWrites)
            {
                values.Add(write.Value);
            }

            // The first final write is unconditional unless every write is conditional.
            if (values.Count == 0 || !finalWrites[0].Unconditional)
            {
                var parameter = char.ToLowerInvariant(property[0]) + property.Substring(1);
                if (SdkCalls.ExplicitArgument(creation.Arguments, parameter) is { } argument)
                {
                    values.Insert(0, argument);
                }
            }

            return values;
        }

        private static bool IsPolicyName(IOperation? name, ValueResolver resolver) =>
            name is not null && resolver.Resolve(name).AnyString(PolicyAttribute);

        /// <summary>
        /// The "Policy" entries of a string dictionary: its initializer (<c>{ ["Policy"] = ... }</c>,
        /// <c>{ { "Policy", ... } }</c>, <c>QueueAttributeName.Policy</c> keys) and, for a local, later
        /// <c>dict["Policy"] = ...</c> / <c>dict.Add("Policy", ...)</c> before <paramref name="before"/>.
        /// </summary>
        private static IEnumerable<IOperation> PolicyEntries(IOperation map, ValueResolver resolver, int? before)
        {
            var source = map.WithoutBuiltInConversions();

            var entries = new List<IOperation>();
            switch (source)
            {
                case ILocalReferenceOperation local:
                    if (resolver.Scope.SingleAssignedValue(local.Local) is { } assigned)
                    {
                        entries.AddRange(PolicyEntries(assigned, resolver, before));
                    }

                    foreach (var reference in resolver.Scope.ReferencesBefore(local.Local, before ?? int.MaxValue))
                    {
                        if (EntryWrittenThrough(reference, resolver) is { } value)
                        {
                            entries.Add(value);
                        }
                    }

                    break;
                case IObjectCreationOperation { Initializer: { } initializer }:
                    entries.AddRange(InitializerEntries(initializer, resolver));
                    break;
                case IMemberInitializerOperation { Initializer: { } initializer }:
                    entries.AddRange(InitializerEntries(initializer, resolver));
                    break;
            }

            return entries;
        }

        private static IEnumerable<IOperation> InitializerEntries(IObjectOrCollectionInitializerOperation initializer, ValueResolver resolver)
        {
            foreach (var entry in initializer.Initializers)
            {
                switch (entry)
                {
                    case IInvocationOperation { Arguments.Length: 2 } add when IsPolicyName(add.Arguments[0].Value, resolver):
                        yield return add.Arguments[1].Value;
                        break;
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } assignment
                        when IsPolicyName(indexer.Arguments[0].Value, resolver):
                        yield return assignment.Value;
                        break;
                }
            }
        }

        /// <summary>The value of <c>x["Policy"] = v</c> or <c>x.Add("Policy", v)</c> where <paramref name="dictionary"/> is <c>x</c>.</summary>
        private static IOperation? EntryWrittenThrough(IOperation dictionary, ValueResolver resolver)
        {
            var parent = dictionary.Parent;
            switch (parent)
            {
                case IPropertyReferenceOperation { Arguments.Length: 1 } indexer when indexer.Instance == dictionary
                    && indexer.Parent is ISimpleAssignmentOperation assignment && assignment.Target == indexer
                    && IsPolicyName(indexer.Arguments[0].Value, resolver):
                    return assignment.Value;
                case IInvocationOperation { TargetMethod.Name: "Add" or "TryAdd", Arguments.Length: 2 } add when add.Instance == dictionary
                    && IsPolicyName(add.Arguments[0].Value, resolver):
                    return add.Arguments[1].Value;
                default:
                    return null;
            }
        }

        /// <summary><c>req.Attributes["Policy"] = v</c> and <c>req.Attributes.Add("Policy", v)</c> through the locals holding the request.</summary>
        private static IEnumerable<IOperation> LaterPolicyEntries(TrackedObject tracked, string property, ValueResolver resolver)
        {
            if (tracked.Paths.Count == 0)
            {
                yield break;
            }

            foreach (var operation in resolver.Scope.Operations)
            {
                if (operation is IPropertyReferenceOperation { Instance: ILocalReferenceOperation holder } reference
                    && reference.Property.Name == property
                    && tracked.Paths.Any(path => path.Properties.Count == 0 && SymbolEqualityComparer.Default.Equals(path.Local, holder.Local))
                    && EntryWrittenThrough(reference, resolver) is { } value)
                {
                    yield return value;
                }
            }
        }

        private static string OperationName(string requestMetadataName)
        {
            var name = requestMetadataName.Substring(requestMetadataName.LastIndexOf('.') + 1);
            return name.EndsWith("Request", StringComparison.Ordinal) ? name.Substring(0, name.Length - "Request".Length) : name;
        }

        private sealed class RequestSink
        {
            public RequestSink(string metadataName, string property, PolicyKind kind, SinkShape shape = SinkShape.Property)
            {
                MetadataName = metadataName;
                Property = property;
                Kind = kind;
                Shape = shape;
                Operation = OperationName(metadataName);
            }

            public string MetadataName { get; }

            /// <summary>The SDK operation, e.g. "PutBucketPolicy" for PutBucketPolicyRequest.</summary>
            public string Operation { get; }

            public string Property { get; }

            public PolicyKind Kind { get; }

            public SinkShape Shape { get; }
        }

        private sealed class MethodSink
        {
            public MethodSink(string clientInterface, string name, string parameter, SinkShape shape)
            {
                ClientInterface = clientInterface;
                Name = name;
                Parameter = parameter;
                Shape = shape;
            }

            public string ClientInterface { get; }

            public string Name { get; }

            public string Parameter { get; }

            public SinkShape Shape { get; }
        }
    }
}
