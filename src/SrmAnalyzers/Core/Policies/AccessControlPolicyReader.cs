using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SrmAnalyzers.Core.Policies
{
    /// <summary>
    /// Reads an <c>Amazon.Auth.AccessControlPolicy</c> object graph (AWSSDK.Core, v3 and v4) into the
    /// JSON that <c>Policy.ToJson()</c> writes: constructors and object/collection initializers,
    /// the <c>With*</c> fluent methods, <c>local.Actions.Add(...)</c>-style additions before the
    /// <c>ToJson()</c> call, <c>Principal.AllUsers</c>/<c>Anonymous</c>, <c>*ActionIdentifiers</c>
    /// fields (v3) and the string-to-<c>ActionIdentifier</c> conversion (v4). An object that code
    /// out of sight may change (passed to another method, stored elsewhere) is unknown.
    /// </summary>
    internal sealed class AccessControlPolicyReader
    {
        public const string Namespace = "Amazon.Auth.AccessControlPolicy";

        private const int MaxDepth = 32;

        /// <summary>Service prefixes of the v3 <c>Amazon.Auth.AccessControlPolicy.ActionIdentifiers.*ActionIdentifiers</c> classes.</summary>
        private static readonly Dictionary<string, string> ActionPrefixes = new()
        {
            ["AppStreamActionIdentifiers"] = "appstream",
            ["AutoScalingActionIdentifiers"] = "autoscaling",
            ["BillingActionIdentifiers"] = "aws-portal",
            ["CloudFormationActionIdentifiers"] = "cloudformation",
            ["CloudFrontActionIdentifiers"] = "cloudfront",
            ["CloudSearchActionIdentifiers"] = "cloudsearch",
            ["CloudTrailActionIdentifiers"] = "cloudtrail",
            ["CloudWatchActionIdentifiers"] = "cloudwatch",
            ["CloudWatchLogsActionIdentifiers"] = "logs",
            ["CognitoIdentityActionIdentifiers"] = "cognito-identity",
            ["CognitoSyncActionIdentifiers"] = "cognito-sync",
            ["DirectConnectActionIdentifiers"] = "directconnect",
            ["DynamoDBActionIdentifiers"] = "dynamodb",
            ["EC2ActionIdentifiers"] = "ec2",
            ["ElastiCacheActionIdentifiers"] = "elasticache",
            ["ElasticBeanstalkActionIdentifiers"] = "elasticbeanstalk",
            ["ElasticLoadBalancingActionIdentifiers"] = "elasticloadbalancing",
            ["ElasticMapReduceActionIdentifiers"] = "elasticmapreduce",
            ["ElasticTranscoderActionIdentifiers"] = "elastictranscoder",
            ["GlacierActionIdentifiers"] = "glacier",
            ["IdentityandAccessManagementActionIdentifiers"] = "iam",
            ["ImportExportActionIdentifiers"] = "importexport",
            ["KinesisActionIdentifiers"] = "kinesis",
            ["MarketplaceActionIdentifiers"] = "aws-marketplace",
            ["MarketplaceManagementPortalActionIdentifiers"] = "aws-marketplace-management",
            ["MobileAnalyticsActionIdentifiers"] = "mobileanalytics",
            ["RDSActionIdentifiers"] = "rds",
            ["RedshiftActionIdentifiers"] = "redshift",
            ["Route53ActionIdentifiers"] = "route53",
            ["S3ActionIdentifiers"] = "s3",
            ["SecurityTokenServiceActionIdentifiers"] = "sts",
            ["SESActionIdentifiers"] = "ses",
            ["SimpleDBActionIdentifiers"] = "sdb",
            ["SimpleWorkflowServiceActionIdentifiers"] = "swf",
            ["SNSActionIdentifiers"] = "sns",
            ["SQSActionIdentifiers"] = "sqs",
            ["StorageGatewayActionIdentifiers"] = "storagegateway",
            ["WhispersyncActionIdentifiers"] = "whispersync",
            ["ZocaloActionIdentifiers"] = "zocalo",
        };

        private readonly ValueResolver _resolver;
        private readonly AwsSymbols _symbols;
        private readonly int _useSite;
        private readonly Dictionary<ILocalSymbol, object?> _locals = new(SymbolEqualityComparer.Default);

        /// <param name="use">The <c>ToJson()</c> call: changes after it do not reach the document.</param>
        public AccessControlPolicyReader(ValueResolver resolver, AwsSymbols symbols, IOperation use)
        {
            _resolver = resolver;
            _symbols = symbols;
            _useSite = use.Syntax.SpanStart;
        }

        private INamedTypeSymbol? PolicyType => _symbols.Get(Namespace + ".Policy");

        private INamedTypeSymbol? StatementType => _symbols.Get(Namespace + ".Statement");

        /// <summary>True for <c>Amazon.Auth.AccessControlPolicy.Policy.ToJson()</c> / <c>ToJson(bool)</c>.</summary>
        public static bool IsToJson(IInvocationOperation invocation, AwsSymbols symbols) =>
            invocation.TargetMethod.Name == "ToJson"
            && !invocation.TargetMethod.IsStatic
            && symbols.Get(Namespace + ".Policy") is { } policy
            && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, policy);

        /// <summary>The JSON that <c>ToJson()</c> on <paramref name="policy"/> writes, unknown parts marked.</summary>
        public JsonNode ReadPolicy(IOperation? policy) =>
            Evaluate(policy, 0) is PolicyGraph graph ? graph.ToJson() : JsonUnknown.Instance;

        private object? Evaluate(IOperation? operation, int depth)
        {
            if (operation is null || depth > MaxDepth)
            {
                return null;
            }

            operation = operation.WithoutBuiltInConversions()!;
            switch (operation)
            {
                case IConversionOperation { OperatorMethod: { } method } conversion when IsType(method.ContainingType, "ActionIdentifier"):
                    // v4: ActionIdentifier has an implicit conversion from string.
                    return ReadString(conversion.Operand);
                case ILocalReferenceOperation local:
                    return EvaluateLocal(local.Local, depth);
                case IObjectCreationOperation creation:
                    return EvaluateCreation(creation, depth);
                case IArrayCreationOperation array:
                    return EvaluateArray(array, depth);
                case IFieldReferenceOperation field:
                    return EvaluateField(field.Field);
                case IInvocationOperation invocation:
                    return EvaluateInvocation(invocation, depth);
                default:
                    return CollectionExpressions.ElementsOf(operation) is { } elements ? EvaluateElements(elements, depth) : null;
            }
        }

        private object? EvaluateLocal(ILocalSymbol local, int depth)
        {
            if (_locals.TryGetValue(local, out var cached))
            {
                return cached;
            }

            _locals[local] = null;
            var value = Evaluate(_resolver.Scope.SingleAssignedValue(local), depth + 1);
            _locals[local] = value;
            if (value is GraphObject graph)
            {
                ApplyLaterChanges(local, graph, depth);
            }

            return value;
        }

        /// <summary>Applies what the body does to the local's object before the use: additions, assignments, fluent calls; anything else makes it unknown.</summary>
        private void ApplyLaterChanges(ILocalSymbol local, GraphObject graph, int depth)
        {
            foreach (var reference in _resolver.Scope.ReferencesBefore(local, _useSite))
            {
                if (!reference.IsDeclaration && !ApplyUse(reference, graph, depth))
                {
                    graph.IsUnknown = true;
                    return;
                }
            }
        }

        /// <summary>Applies one use of a local holding <paramref name="graph"/>; false when the use may change it out of sight.</summary>
        private bool ApplyUse(ILocalReferenceOperation reference, GraphObject graph, int depth)
        {
            switch (reference.ParentSkippingBuiltInConversions(out var child))
            {
                case IPropertyReferenceOperation property when property.Instance == child:
                    return ApplyPropertyUse(property, graph, depth);
                case IInvocationOperation invocation when invocation.Instance == child:
                    if (graph is GraphList list)
                    {
                        if (invocation.TargetMethod.Name == "Add" && invocation.Arguments.Length == 1)
                        {
                            list.Items.Add(Evaluate(invocation.Arguments[0].Value, depth + 1));
                            return true;
                        }

                        return false;
                    }

                    if (invocation.TargetMethod.Name.StartsWith("With", System.StringComparison.Ordinal))
                    {
                        return ApplyFluent(graph, invocation, depth);
                    }

                    return IsAccessControlPolicySymbol(invocation.TargetMethod);
                case IArgumentOperation argument:
                    // The object flows into another part of the graph (WithStatements(s), Statements.Add(s), new Policy(id, list),
                    // a collection initializer), read there.
                    return argument.Parent switch
                    {
                        IInvocationOperation { IsImplicit: true, Parent: IObjectOrCollectionInitializerOperation } => true,
                        IInvocationOperation invocation => IsAccessControlPolicySymbol(invocation.TargetMethod)
                            || invocation.TargetMethod.Name == "Add" && IsCollectionOfGraph(invocation.Instance),
                        IObjectCreationOperation creation => creation.Constructor is { } constructor && IsAccessControlPolicySymbol(constructor),
                        _ => false,
                    };
                case IArrayInitializerOperation:
                    return true;
                case ISimpleAssignmentOperation assignment when assignment.Value == child:
                    return assignment.Target is IPropertyReferenceOperation target && IsAccessControlPolicySymbol(target.Property);
                default:
                    return false;
            }
        }

        private bool ApplyPropertyUse(IPropertyReferenceOperation property, GraphObject graph, int depth)
        {
            var name = property.Property.Name;
            var parent = property.Parent;
            if (parent is ISimpleAssignmentOperation assignment && assignment.Target == property)
            {
                return SetProperty(graph, name, assignment.Value, depth);
            }

            if (graph.ListProperty(name) is not { } list)
            {
                // Reading Id, Version, Effect: harmless.
                return parent is not IAssignmentOperation;
            }

            if (parent is IInvocationOperation invocation && invocation.Instance == property)
            {
                if (invocation.TargetMethod.Name == "Add" && invocation.Arguments.Length == 1)
                {
                    list.Items.Add(Evaluate(invocation.Arguments[0].Value, depth + 1));
                    return true;
                }

                return invocation.TargetMethod.Name is "Contains" or "IndexOf" or "GetEnumerator";
            }

            // The list itself is handed somewhere else (or enumerated): it may change.
            return parent is IPropertyReferenceOperation { Property.Name: "Count" };
        }

        private bool IsCollectionOfGraph(IOperation? instance)
        {
            instance = instance.WithoutConversions();
            return instance is IPropertyReferenceOperation property && IsAccessControlPolicySymbol(property.Property)
                || instance is ILocalReferenceOperation;
        }

        private object? EvaluateCreation(IObjectCreationOperation creation, int depth)
        {
            if (creation.Type is not INamedTypeSymbol type)
            {
                return null;
            }

            if (IsType(type, "Policy"))
            {
                var policy = new PolicyGraph();
                foreach (var argument in creation.Arguments)
                {
                    if (argument.Parameter?.Name == "statements")
                    {
                        policy.Statements = Evaluate(argument.Value, depth + 1) as GraphList ?? GraphList.CreateUnknown();
                    }
                }

                ApplyInitializer(policy, creation.Initializer, depth);
                return policy;
            }

            if (IsType(type, "Statement"))
            {
                var statement = new StatementGraph();
                if (creation.Arguments.Length == 1)
                {
                    statement.Effect = ReadEffect(creation.Arguments[0].Value, 0);
                }

                ApplyInitializer(statement, creation.Initializer, depth);
                return statement;
            }

            if (IsType(type, "ActionIdentifier") || IsType(type, "Resource"))
            {
                return creation.Arguments.Length == 1 ? ReadString(creation.Arguments[0].Value) : null;
            }

            if (IsType(type, "Principal"))
            {
                return creation.Arguments.Length switch
                {
                    1 => new PrincipalValue("AWS", ReadString(creation.Arguments[0].Value)),
                    2 or 3 => new PrincipalValue(
                        _resolver.Resolve(creation.Arguments[0].Value) is { IsSingleConstant: true } provider ? provider.Values[0] as string : null,
                        ReadString(creation.Arguments[1].Value)),
                    _ => null,
                };
            }

            if (IsType(type, "Condition"))
            {
                return ConditionValue.Instance;
            }

            if (type.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic")
            {
                var list = new GraphList();
                foreach (var argument in creation.Arguments)
                {
                    if (argument.Value.Type?.SpecialType != SpecialType.System_Int32)
                    {
                        // new List<T>(items): a copy of another collection.
                        if (Evaluate(argument.Value, depth + 1) is GraphList source)
                        {
                            list.Items.AddRange(source.Items);
                            list.IsUnknown |= source.IsUnknown;
                        }
                        else
                        {
                            list.IsUnknown = true;
                        }
                    }
                }

                ApplyInitializer(list, creation.Initializer, depth);
                return list;
            }

            return null;
        }

        private object? EvaluateArray(IArrayCreationOperation array, int depth)
        {
            if (array.Initializer is null)
            {
                return null;
            }

            return EvaluateElements(array.Initializer.ElementValues, depth);
        }

        /// <summary>An array's or collection expression's elements; an element out of sight (a spread) is unknown.</summary>
        private GraphList EvaluateElements(IEnumerable<IOperation?> elements, int depth)
        {
            var list = new GraphList();
            foreach (var element in elements)
            {
                list.Items.Add(Evaluate(element, depth + 1));
            }

            return list;
        }

        private object? EvaluateField(IFieldSymbol field)
        {
            var containing = field.ContainingType;
            if (containing is null)
            {
                return null;
            }

            if (!AwsSymbols.IsSdkSymbol(field))
            {
                return EvaluateUserField(field);
            }

            if (IsType(containing, "Principal"))
            {
                return field.Name switch
                {
                    "AllUsers" => new PrincipalValue("AWS", new JsonString("*")),
                    "Anonymous" => new PrincipalValue(PrincipalValue.AnonymousProvider, new JsonString("*")),
                    _ => null,
                };
            }

            return ActionOfIdentifierField(field) is { } action ? new JsonString(action) : null;
        }

        /// <summary>
        /// The action a v3 <c>Amazon.Auth.AccessControlPolicy.ActionIdentifiers.*ActionIdentifiers</c> field
        /// stands for (<c>AllS3Actions</c> is <c>s3:*</c>, every other field <c>prefix:FieldName</c>); null for any other field.
        /// </summary>
        public static string? ActionOfIdentifierField(IFieldSymbol field)
        {
            if (field.ContainingType is not { } containing
                || !AwsSymbols.IsSdkSymbol(field)
                || containing.ContainingNamespace?.ToDisplayString() != Namespace + ".ActionIdentifiers"
                || !ActionPrefixes.TryGetValue(containing.Name, out var prefix))
            {
                return null;
            }

            var isAll = field.Name.StartsWith("All", System.StringComparison.Ordinal) && field.Name.EndsWith("Actions", System.StringComparison.Ordinal);
            return prefix + ":" + (isAll ? "*" : field.Name);
        }

        /// <summary>
        /// A static readonly <c>ActionIdentifier</c> or <c>Resource</c> field of the user's code built from a
        /// string literal (<c>new("iam:PassRole")</c>, v4's <c>= "iam:PassRole"</c>): its one written value
        /// (<see cref="MemberBodies.WrittenValuesOf"/>, the engine's reader of fields; a field a static
        /// constructor also assigns has more than one and is not read).
        /// </summary>
        private object? EvaluateUserField(IFieldSymbol field)
        {
            if (!field.IsStatic || !field.IsReadOnly || !(IsType(field.Type, "ActionIdentifier") || IsType(field.Type, "Resource")))
            {
                return null;
            }

            var written = MemberBodies.WrittenValuesOf(field.OriginalDefinition, _symbols.Compilation);
            if (written.IsDefault || written.Length != 1)
            {
                return null;
            }

            var literal = written[0].WithoutBuiltInConversions() switch
            {
                IObjectCreationOperation { Arguments.Length: 1, Initializer: null } creation
                    when SymbolEqualityComparer.Default.Equals(creation.Type, field.Type) => creation.Arguments[0].Value.WithoutBuiltInConversions(),
                IConversionOperation { OperatorMethod: { } method } conversion
                    when IsType(field.Type, "ActionIdentifier") && IsType(method.ContainingType, "ActionIdentifier") => conversion.Operand.WithoutBuiltInConversions(),

                // v4's implicit conversion from string: the initializer's own operation is the string, the conversion sits above it.
                ILiteralOperation stringValue when IsType(field.Type, "ActionIdentifier") => stringValue,
                _ => null,
            };
            return literal is ILiteralOperation { ConstantValue: { HasValue: true, Value: string text } }
                ? new JsonString(text)
                : null;
        }

        private object? EvaluateInvocation(IInvocationOperation invocation, int depth)
        {
            var method = invocation.TargetMethod;
            var containing = method.ContainingType;
            if (containing is null)
            {
                return null;
            }

            if (!method.IsStatic && (IsType(containing, "Policy") || IsType(containing, "Statement")) && method.Name.StartsWith("With", System.StringComparison.Ordinal))
            {
                // Fluent methods change the object and return it.
                if (Evaluate(invocation.Instance, depth + 1) is not GraphObject target)
                {
                    return null;
                }

                if (!ApplyFluent(target, invocation, depth))
                {
                    target.IsUnknown = true;
                }

                return target;
            }

            if (method.IsStatic && IsType(containing, "ConditionFactory"))
            {
                return ConditionValue.Instance;
            }

            if (method.IsStatic && IsType(containing, "ResourceFactory"))
            {
                // An ARN of a named bucket, object or queue: never "*".
                return new JsonString("arn:aws:" + ResolvedValue.Hole);
            }

            return null;
        }

        private bool ApplyFluent(GraphObject target, IInvocationOperation invocation, int depth)
        {
            var property = invocation.TargetMethod.Name switch
            {
                "WithStatements" => "Statements",
                "WithActionIdentifiers" => "Actions",
                "WithResources" => "Resources",
                "WithConditions" => "Conditions",
                "WithPrincipals" => "Principals",
                "WithId" => string.Empty,
                _ => null,
            };
            if (property is null || !IsAccessControlPolicySymbol(invocation.TargetMethod))
            {
                return false;
            }

            if (property.Length == 0)
            {
                return true;
            }

            if (target.ListProperty(property) is not { } list)
            {
                return false;
            }

            foreach (var argument in invocation.Arguments)
            {
                if (Evaluate(argument.Value, depth + 1) is GraphList values)
                {
                    list.Items.AddRange(values.Items);
                    list.IsUnknown |= values.IsUnknown;
                }
                else
                {
                    list.IsUnknown = true;
                }
            }

            return true;
        }

        private void ApplyInitializer(GraphObject target, IObjectOrCollectionInitializerOperation? initializer, int depth)
        {
            if (initializer is null)
            {
                return;
            }

            foreach (var member in initializer.Initializers)
            {
                switch (member)
                {
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment:
                        if (!SetProperty(target, property.Property.Name, assignment.Value, depth))
                        {
                            target.IsUnknown = true;
                        }

                        break;
                    case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation property } nested
                        when target.ListProperty(property.Property.Name) is { } list:
                        // Actions = { a, b }: adds to the list the constructor made.
                        ApplyInitializer(list, nested.Initializer, depth);
                        list.IsUnknown |= nested.Initializer is null;
                        break;
                    case IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 } add when target is GraphList list:
                        list.Items.Add(Evaluate(add.Arguments[0].Value, depth + 1));
                        break;
                    default:
                        target.IsUnknown = true;
                        break;
                }
            }
        }

        private bool SetProperty(GraphObject target, string name, IOperation value, int depth)
        {
            switch (target)
            {
                case StatementGraph statement when name == "Effect":
                    statement.Effect = ReadEffect(value, 0);
                    return true;
                case PolicyGraph when name is "Id" or "Version":
                case StatementGraph when name == "Id":
                    return true;
            }

            if (target.ListProperty(name) is null)
            {
                return false;
            }

            var list = Evaluate(value, depth + 1) as GraphList ?? GraphList.CreateUnknown();
            switch (target)
            {
                case PolicyGraph policy:
                    policy.Statements = list;
                    break;
                case StatementGraph statement:
                    statement.SetList(name, list);
                    break;
            }

            return true;
        }

        /// <summary>"Allow"/"Deny" from <c>Statement.StatementEffect.Allow</c>, a constant of that enum, or a local holding one.</summary>
        private string? ReadEffect(IOperation? value, int depth)
        {
            if (value is null || depth > MaxDepth)
            {
                return null;
            }

            value = value.WithoutBuiltInConversions()!;
            switch (value)
            {
                case IFieldReferenceOperation { Field: { ContainingType: { TypeKind: TypeKind.Enum } enumType } field } when IsEffectType(enumType):
                    return field.Name;
                case ILocalReferenceOperation local:
                    return ReadEffect(_resolver.Scope.SingleAssignedValue(local.Local), depth + 1);
            }

            if (value.Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } type && IsEffectType(type) && value.ConstantValue is { HasValue: true, Value: { } constant })
            {
                foreach (var member in type.GetMembers())
                {
                    if (member is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, constant))
                    {
                        return field.Name;
                    }
                }
            }

            return null;
        }

        private bool IsEffectType(INamedTypeSymbol type) =>
            type.Name == "StatementEffect" && type.ContainingType is { } statement && StatementType is { } expected
            && SymbolEqualityComparer.Default.Equals(statement, expected);

        private JsonNode ReadString(IOperation value)
        {
            var resolved = _resolver.Resolve(value);
            return resolved.IsSingleConstant && resolved.Values[0] is string text ? new JsonString(text) : JsonUnknown.Instance;
        }

        private bool IsType(ITypeSymbol? type, string name) =>
            type is INamedTypeSymbol named && _symbols.Get(Namespace + "." + name) is { } expected
            && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, expected);

        private static bool IsAccessControlPolicySymbol(ISymbol symbol)
        {
            var ns = symbol.ContainingType?.ContainingNamespace?.ToDisplayString();
            return ns == Namespace || ns == Namespace + ".ActionIdentifiers";
        }

        /// <summary>A mutable part of the graph: a policy, a statement or a list.</summary>
        private abstract class GraphObject
        {
            /// <summary>True when code out of sight may have changed it.</summary>
            public bool IsUnknown { get; set; }

            public virtual GraphList? ListProperty(string name) => null;
        }

        private sealed class GraphList : GraphObject
        {
            /// <summary>Elements: JSON strings (actions, resources), principals, conditions, statements; null for unknown.</summary>
            public List<object?> Items { get; } = new();

            public static GraphList CreateUnknown() => new() { IsUnknown = true };
        }

        private sealed class PolicyGraph : GraphObject
        {
            public GraphList Statements { get; set; } = new();

            public override GraphList? ListProperty(string name) => name == "Statements" ? Statements : null;

            public JsonNode ToJson()
            {
                if (IsUnknown)
                {
                    return JsonUnknown.Instance;
                }

                var statements = new JsonArray { IsIncomplete = Statements.IsUnknown };
                foreach (var item in Statements.Items)
                {
                    if (item is StatementGraph statement)
                    {
                        statements.Items.Add(statement.ToJson());
                    }
                    else
                    {
                        statements.IsIncomplete = true;
                    }
                }

                var document = new JsonObject();
                document.Add("Version", new JsonString("2012-10-17"));
                document.Add("Statement", statements);
                return document;
            }
        }

        private sealed class StatementGraph : GraphObject
        {
            public string? Effect { get; set; }

            public GraphList Actions { get; private set; } = new();

            public GraphList Resources { get; private set; } = new();

            public GraphList Principals { get; private set; } = new();

            public GraphList Conditions { get; private set; } = new();

            public override GraphList? ListProperty(string name) => name switch
            {
                "Actions" => Actions,
                "Resources" => Resources,
                "Principals" => Principals,
                "Conditions" => Conditions,
                _ => null,
            };

            public void SetList(string name, GraphList list)
            {
                switch (name)
                {
                    case "Actions":
                        Actions = list;
                        break;
                    case "Resources":
                        Resources = list;
                        break;
                    case "Principals":
                        Principals = list;
                        break;
                    case "Conditions":
                        Conditions = list;
                        break;
                }
            }

            /// <summary>The statement as <c>ToJson()</c> writes it (unknown parts marked).</summary>
            public JsonNode ToJson()
            {
                if (IsUnknown)
                {
                    return JsonUnknown.Instance;
                }

                var statement = new JsonObject();
                statement.Add("Effect", Effect is null ? JsonUnknown.Instance : new JsonString(Effect));
                if (Principals.Items.Count > 0 || Principals.IsUnknown)
                {
                    statement.Add("Principal", PrincipalJson());
                }

                AddStrings(statement, "Action", Actions);
                AddStrings(statement, "Resource", Resources);
                if (Conditions.Items.Count > 0)
                {
                    // The analyzer needs to know there is a condition, not what it says.
                    var condition = new JsonObject();
                    condition.Add("Unread", new JsonObject { IsIncomplete = true });
                    statement.Add("Condition", condition);
                }
                else if (Conditions.IsUnknown)
                {
                    statement.Add("Condition", JsonUnknown.Instance);
                }

                return statement;
            }

            private JsonNode PrincipalJson()
            {
                var byProvider = new JsonObject { IsIncomplete = Principals.IsUnknown };
                foreach (var item in Principals.Items)
                {
                    if (item is not PrincipalValue { Provider: { } provider } principal)
                    {
                        byProvider.IsIncomplete = true;
                        continue;
                    }

                    if (provider == PrincipalValue.AnonymousProvider)
                    {
                        // The SDK writes "Principal": "*" for Principal.Anonymous.
                        return new JsonString("*");
                    }

                    if (byProvider.Get(provider) is not JsonArray values)
                    {
                        values = new JsonArray();
                        byProvider.Add(provider, values);
                    }

                    values.Items.Add(principal.Id);
                    values.IsIncomplete |= principal.Id is JsonUnknown;
                }

                return byProvider;
            }

            private static void AddStrings(JsonObject statement, string key, GraphList list)
            {
                if (list.Items.Count == 0 && !list.IsUnknown)
                {
                    return;
                }

                var values = new JsonArray { IsIncomplete = list.IsUnknown };
                foreach (var item in list.Items)
                {
                    values.Items.Add(item as JsonNode ?? JsonUnknown.Instance);
                }

                statement.Add(key, values);
            }
        }

        private sealed class PrincipalValue
        {
            public const string AnonymousProvider = "__ANONYMOUS__";

            public PrincipalValue(string? provider, JsonNode id)
            {
                Provider = provider;
                Id = id;
            }

            /// <summary>AWS, Service, Federated, CanonicalUser, or <see cref="AnonymousProvider"/>; null when unknown.</summary>
            public string? Provider { get; }

            public JsonNode Id { get; }
        }

        private sealed class ConditionValue
        {
            public static readonly ConditionValue Instance = new();
        }
    }
}
