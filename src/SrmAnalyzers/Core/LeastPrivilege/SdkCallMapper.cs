using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SrmAnalyzers.Core.LeastPrivilege
{
    /// <summary>
    /// Says whether an invocation is an AWS SDK call and which IAM permissions it needs. Calls are
    /// recognised by the full names of their types, never by loading the SDK: a service client
    /// (<c>Amazon.&lt;Service&gt;.IAmazon*</c> and the types implementing it, such as
    /// <c>AmazonS3Client</c>), its paginators, and the high-level helpers (S3 <c>TransferUtility</c>
    /// and presigned URLs, DynamoDB <c>DynamoDBContext</c> and <c>Table</c>). Actions come from
    /// <see cref="IamActionTable"/>, refined by what the request shows (a version ID, SSE-KMS, an
    /// ACL's key, SSM decryption, a passed role); resources are scoped from the names the code fixes
    /// (<see cref="IamResources"/>), <c>*</c> otherwise.
    /// </summary>
    internal static class SdkCallMapper
    {
        private const string TransferUtility = "Amazon.S3.Transfer.TransferUtility";
        private const string S3Util = "Amazon.S3.Util.AmazonS3Util";
        private const string TransferUtilityInterface = "Amazon.S3.Transfer.ITransferUtility";
        private const string Context = "Amazon.DynamoDBv2.DataModel.DynamoDBContext";
        private const string ContextInterface = "Amazon.DynamoDBv2.DataModel.IDynamoDBContext";
        private const string DocumentTable = "Amazon.DynamoDBv2.DocumentModel.Table";
        private const string DocumentTableInterface = "Amazon.DynamoDBv2.DocumentModel.ITable";
        private const string TableAttribute = "Amazon.DynamoDBv2.DataModel.DynamoDBTableAttribute";

        /// <summary>
        /// The permissions the call needs, or null when it is not an AWS SDK operation or helper call, or when it is a
        /// call of an operation whose actions are not known (<see cref="IamActionTable.IsMapped"/>).
        /// </summary>
        public static SdkCallPermissions? Map(IInvocationOperation invocation, AwsSymbols symbols) =>
            MapCall(invocation, symbols) is { IsMapped: true } call ? call : null;

        /// <summary>
        /// As <see cref="Map"/>, but a call of an operation whose actions are not known is given too, as
        /// <see cref="SdkCallPermissions.Unmapped"/> (no permissions, <see cref="SdkCallPermissions.IsMapped"/> false), so
        /// that what is left out of a policy can be named.
        /// </summary>
        public static SdkCallPermissions? MapCall(IInvocationOperation invocation, AwsSymbols symbols)
        {
            var method = invocation.TargetMethod;
            if (method.ContainingType is not { } type || !AwsSymbols.IsSdkSymbol(type) && !ImplementsClientInterface(type))
            {
                return null;
            }

            if (IsHelper(type, symbols, TransferUtility, TransferUtilityInterface))
            {
                return MapTransferUtility(invocation, symbols);
            }

            if (symbols.Get(S3Util) is { } s3Util && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, s3Util))
            {
                return MapS3Util(invocation, symbols);
            }

            if (IsHelper(type, symbols, Context, ContextInterface))
            {
                return MapContext(invocation, symbols);
            }

            if (IsHelper(type, symbols, DocumentTable, DocumentTableInterface))
            {
                return MapDocumentTable(invocation, symbols);
            }

            if (ClientServiceOf(type) is { } service)
            {
                return MapClientCall(invocation, symbols, service);
            }

            return PaginatorServiceOf(type) is { } paginated && PaginatedResult(method)
                ? MapOperation(invocation, symbols, paginated, method.Name)
                : null;
        }

        private static SdkCallPermissions? MapClientCall(IInvocationOperation invocation, AwsSymbols symbols, string service)
        {
            var method = invocation.TargetMethod;
            if (service == "S3" && method.Name is "GetPreSignedURL" or "GetPreSignedURLAsync")
            {
                return MapPresignedUrl(invocation, symbols);
            }

            if (!ReturnsResponse(method))
            {
                if (IamActionTable.ClientHelperFor(service, WithoutAsync(method.Name)) is { } helper)
                {
                    return MapClientHelper(invocation, symbols, helper);
                }

                // Dispose, DetermineServiceOperationEndpoint, the Paginators property ...: not an operation.
                return null;
            }

            var requestType = method.Parameters.Select(p => p.Type).FirstOrDefault(t => SdkRequestView.IsRequestType(t, symbols));
            var operation = requestType is not null && requestType.Name.EndsWith("Request", StringComparison.Ordinal)
                ? requestType.Name.Substring(0, requestType.Name.Length - "Request".Length)
                : WithoutAsync(method.Name);
            return MapOperation(invocation, symbols, service, operation);
        }

        /// <summary>
        /// An operation of a service client (or paginator): the table's actions, refined by the request. An unmapped call
        /// (<see cref="SdkCallPermissions.Unmapped"/>) for an operation whose actions the table does not know (an API
        /// Gateway management operation newer than its verb table): no action is better than one that does not exist or
        /// one that grants the whole API.
        /// </summary>
        private static SdkCallPermissions MapOperation(IInvocationOperation invocation, AwsSymbols symbols, string service, string operation)
        {
            if (!IamActionTable.IsMapped(service, operation))
            {
                return SdkCallPermissions.Unmapped(service, operation);
            }

            var request = new SdkRequestView(invocation, new ValueResolver(symbols, invocation));
            var actions = IamActionTable.ActionsFor(service, operation).ToList();
            var permissions = new PermissionList();
            var kmsKeys = ImmutableArray<string>.Empty;

            switch (service)
            {
                case "S3":
                    if (operation is "GetACL" or "PutACL")
                    {
                        // One SDK method for both ACLs: the object's when the request names a key.
                        var objectAction = operation == "GetACL" ? "s3:GetObjectAcl" : "s3:PutObjectAcl";
                        actions = Choose(request.PresenceOf("Key"), actions, new List<string> { objectAction });
                    }

                    actions = Versioned(actions, request, operation is "CopyObject" or "CopyPart" ? "SourceVersionId" : "VersionId");
                    if (operation is "PutObject" or "CopyObject" or "InitiateMultipartUpload")
                    {
                        kmsKeys = AddSseKms(permissions, request, multipart: operation == "InitiateMultipartUpload");
                    }

                    if (operation is "DeleteObjects" && DeletesVersions(request))
                    {
                        // s3:DeleteObject stays: the API reference says it is always needed, and the other keys may name no version.
                        actions.AddRange(IamActionTable.Dependent.S3DeleteObjectVersions);
                    }

                    if (operation is "PutBucketReplication")
                    {
                        // The replication configuration names the role S3 assumes to replicate; the call passes it.
                        permissions.Add(IamActionTable.Dependent.PassRole, RequiredPermission.AnyResource);
                    }

                    break;
                case "DynamoDBv2" when operation is "ExecuteStatement":
                    actions = PartiQlActions(request.Value("Statement")) ?? actions;
                    break;
                case "SimpleSystemsManagement" when operation is "GetParameter" or "GetParameters" or "GetParametersByPath":
                    if (request.Value("WithDecryption").Any(v => v is true))
                    {
                        // The SecureString's key is not in the code.
                        permissions.Add(IamActionTable.Dependent.SsmWithDecryption, RequiredPermission.AnyResource);
                    }

                    break;
                case "SecretsManager" when operation is "BatchGetSecretValue" && request.PresenceOf("Filters") != Presence.Never:
                    permissions.Add(IamActionTable.Dependent.SecretsBatchFilters, RequiredPermission.AnyResource);
                    break;
                case "Lambda" when operation is "CreateFunction" || operation is "UpdateFunctionConfiguration" && request.PresenceOf("Role") != Presence.Never:
                    permissions.Add(IamActionTable.Dependent.PassRole, IamResources.RoleArn(request.Value("Role")));
                    break;
                case "EC2" when operation is "RunInstances" && request.PresenceOf("IamInstanceProfile") != Presence.Never:
                    // An instance profile's name or ARN does not name its role.
                    permissions.Add(IamActionTable.Dependent.PassRole, RequiredPermission.AnyResource);
                    break;
            }

            foreach (var action in actions)
            {
                permissions.Add(action, ResourcesFor(service, operation, action, request));
            }

            var reads = service == "S3" && operation is "GetObject" or "CopyObject" or "CopyPart" or "SelectObjectContent";
            return permissions.ToResult(service, operation, kmsKeys, reads);
        }

        /// <summary>The resources of one action of a client operation.</summary>
        private static IReadOnlyList<string> ResourcesFor(string service, string operation, string action, SdkRequestView request)
        {
            switch (service)
            {
                case "S3":
                    if (action == "s3:ListAllMyBuckets" || !action.StartsWith("s3:", StringComparison.Ordinal))
                    {
                        return new[] { RequiredPermission.AnyResource };
                    }

                    if (operation is "CopyObject" or "CopyPart")
                    {
                        return action.StartsWith("s3:GetObject", StringComparison.Ordinal)
                            ? IamResources.S3Object(request.Value("SourceBucket"), request.Value("SourceKey"), keyIsPrefix: false)
                            : IamResources.S3Object(request.Value("DestinationBucket"), request.Value("DestinationKey"), keyIsPrefix: false);
                    }

                    return IamActionTable.IsS3ObjectAction(action)
                        ? IamResources.S3Object(request.Value("BucketName"), request.Value("Key"), keyIsPrefix: false)
                        : IamResources.S3Bucket(request.Value("BucketName"));
                case "DynamoDBv2":
                    if (!request.IsSet("TableName"))
                    {
                        return new[] { RequiredPermission.AnyResource };
                    }

                    return request.PresenceOf("IndexName") switch
                    {
                        Presence.Always => IamResources.DynamoDbIndex(request.Value("TableName"), request.Value("IndexName")),
                        Presence.Maybe => IamResources.DynamoDbTable(request.Value("TableName")).Concat(IamResources.DynamoDbIndex(request.Value("TableName"), request.Value("IndexName"))).ToList(),
                        _ => IamResources.DynamoDbTable(request.Value("TableName")),
                    };
                case "SQS":
                    return request.IsSet("QueueUrl") ? IamResources.SqsQueueUrl(request.Value("QueueUrl"))
                        : operation is "CreateQueue" or "GetQueueUrl" ? IamResources.SqsQueueName(request.Value("QueueName"))
                        : new[] { RequiredPermission.AnyResource };
                case "SimpleNotificationService":
                    return request.IsSet("TopicArn") ? IamResources.SnsTopicArn(request.Value("TopicArn"))
                        : operation == "CreateTopic" ? IamResources.SnsTopicName(request.Value("Name"))
                        : new[] { RequiredPermission.AnyResource };
                case "SimpleSystemsManagement":
                    return operation == "GetParametersByPath" ? IamResources.SsmParameter(request.Value("Path"), isPath: true)
                        : request.IsSet("Name") ? IamResources.SsmParameter(request.Value("Name"), isPath: false)
                        : new[] { RequiredPermission.AnyResource };
                case "SecretsManager":
                    return IamResources.Secret(request.Value(operation == "CreateSecret" ? "Name" : "SecretId"));
                case "KeyManagementService":
                    return IamResources.KmsKey(request.Value("KeyId"));
                case "Lambda":
                    return IamResources.LambdaFunction(request.Value("FunctionName"));
                case "SecurityToken" when operation == "AssumeRole":
                    return IamResources.RoleArn(request.Value("RoleArn"));
                default:
                    return new[] { RequiredPermission.AnyResource };
            }
        }

        /// <summary>
        /// A client method that is not an operation but sends several (<see cref="IamActionTable.ClientHelpers"/>):
        /// each operation's action, on the resource its parameter names.
        /// </summary>
        private static SdkCallPermissions MapClientHelper(IInvocationOperation invocation, AwsSymbols symbols, ClientHelperRow helper)
        {
            var resolver = new ValueResolver(symbols, invocation);
            var permissions = new PermissionList();
            foreach (var call in helper.Calls)
            {
                var argument = call.Parameter is null ? null : SdkCalls.ExplicitArgument(invocation.Arguments, call.Parameter);
                var value = argument is null ? ResolvedValue.Unknown : resolver.Resolve(argument);
                permissions.Add(call.Action, call.Resource switch
                {
                    HelperResource.SqsQueueUrl => IamResources.SqsQueueUrl(value),
                    HelperResource.SnsTopicArn => IamResources.SnsTopicArn(value),
                    _ => new[] { RequiredPermission.AnyResource },
                });
            }

            return permissions.ToResult(helper.ServiceNamespace, helper.Method, ImmutableArray<string>.Empty, readsS3Objects: false);
        }

        /// <summary>
        /// True when a <c>DeleteObjects</c> request may name an object version: a <c>KeyVersion</c> of its
        /// <c>Objects</c> (in the initializer, a list built in view, <c>Objects.Add</c>) or an <c>AddKey</c> call
        /// sets a <c>VersionId</c> that is not null. A version ID the code does not fix counts as set; a
        /// <c>KeyVersion</c> added but built out of sight too. Keys the code does not show at all (a list
        /// received as a parameter) are not seen.
        /// </summary>
        private static bool DeletesVersions(SdkRequestView request)
        {
            if (request.Request is not { } tracked)
            {
                return false;
            }

            var resolver = request.Resolver;
            if (CollectionElements.Of(tracked, "Objects", resolver).Any(element => MayNameVersion(element, resolver)))
            {
                return true;
            }

            // request.AddKey(key, versionId) and request.AddKey(keyVersion), through the locals holding the request.
            foreach (var path in tracked.Paths.Where(p => p.Properties.Count == 0))
            {
                foreach (var reference in resolver.Scope.ReferencesTo(path.Local))
                {
                    if (reference.ParentSkippingConversions(out var receiver) is not IInvocationOperation { TargetMethod.Name: "AddKey" } addKey
                        || addKey.Instance != receiver)
                    {
                        continue;
                    }

                    // AddKey(key): no version; AddKey(key, versionId); AddKey(keyVersion).
                    var version = addKey.Arguments.FirstOrDefault(a => a.Parameter is { Ordinal: 1, Type.SpecialType: SpecialType.System_String });
                    var keyVersion = addKey.Arguments.FirstOrDefault(a => a.Parameter is { Ordinal: 0 } parameter && parameter.Type.SpecialType != SpecialType.System_String);
                    if (version is not null && !resolver.Resolve(version.Value).IsAlwaysNull
                        || keyVersion is not null && MayNameVersion(keyVersion.Value, resolver))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>An element of a <c>DeleteObjects</c> request: true unless it is a <c>KeyVersion</c> built in view without a version.</summary>
        private static bool MayNameVersion(IOperation element, ValueResolver resolver)
        {
            if (resolver.FollowToSource(element) is not IObjectCreationOperation { Type.Name: "KeyVersion" } keyVersion)
            {
                return true;
            }

            var tracked = new RequestTracker(resolver).Track(keyVersion);
            return tracked.IsWritten("VersionId") && !tracked.ResolveFinal("VersionId", resolver).IsAlwaysNull;
        }

        /// <summary>
        /// <c>AmazonS3Util.DoesS3BucketExistV2(Async)</c>: the SDK asks for the bucket's ACL (GetBucketAcl) and takes
        /// AccessDenied as "exists", so without s3:GetBucketAcl the answer is true whatever the bucket.
        /// </summary>
        private static SdkCallPermissions? MapS3Util(IInvocationOperation invocation, AwsSymbols symbols)
        {
            var helper = WithoutAsync(invocation.TargetMethod.Name);
            if (helper != "DoesS3BucketExistV2")
            {
                return null;
            }

            var request = new SdkRequestView(invocation, new ValueResolver(symbols, invocation));
            var permissions = new PermissionList();
            permissions.Add("s3:GetBucketAcl", IamResources.S3Bucket(request.Value("BucketName")));
            return permissions.ToResult("S3", "AmazonS3Util." + helper, ImmutableArray<string>.Empty, readsS3Objects: false);
        }

        /// <summary>S3 <c>TransferUtility</c>: uploads are object writes that the utility may abort (multipart), downloads object reads.</summary>
        private static SdkCallPermissions? MapTransferUtility(IInvocationOperation invocation, AwsSymbols symbols)
        {
            var helper = WithoutAsync(invocation.TargetMethod.Name);
            helper = helper.EndsWith("WithResponse", StringComparison.Ordinal) ? helper.Substring(0, helper.Length - "WithResponse".Length) : helper;
            var request = new SdkRequestView(invocation, new ValueResolver(symbols, invocation));
            var bucket = request.Value("BucketName");
            var permissions = new PermissionList();
            var kmsKeys = ImmutableArray<string>.Empty;
            var reads = false;
            switch (helper)
            {
                case "Upload":
                case "UploadDirectory":
                    var objects = helper == "Upload"
                        ? IamResources.S3Object(bucket, request.Value("Key"), keyIsPrefix: false)
                        : IamResources.S3Object(bucket, request.Value("KeyPrefix"), keyIsPrefix: true);
                    permissions.Add("s3:PutObject", objects);
                    permissions.Add("s3:AbortMultipartUpload", objects);
                    kmsKeys = AddSseKms(permissions, request, multipart: true);
                    break;
                case "Download":
                case "OpenStream":
                    reads = true;
                    foreach (var action in Versioned(new List<string> { "s3:GetObject" }, request, "VersionId"))
                    {
                        permissions.Add(action, IamResources.S3Object(bucket, request.Value("Key"), keyIsPrefix: false));
                    }

                    break;
                case "DownloadDirectory":
                    reads = true;
                    permissions.Add("s3:ListBucket", IamResources.S3Bucket(bucket));
                    permissions.Add("s3:GetObject", IamResources.S3Object(bucket, request.Value("S3Directory"), keyIsPrefix: true));
                    break;
                case "AbortMultipartUploads":
                    permissions.Add("s3:ListBucketMultipartUploads", IamResources.S3Bucket(bucket));
                    permissions.Add("s3:AbortMultipartUpload", IamResources.S3Object(bucket, ResolvedValue.Unknown, keyIsPrefix: false));
                    break;
                default:
                    return null;
            }

            return permissions.ToResult("S3", "TransferUtility." + helper, kmsKeys, reads);
        }

        /// <summary>A presigned URL grants what the signer may do: the action of its verb (GET when unset).</summary>
        private static SdkCallPermissions MapPresignedUrl(IInvocationOperation invocation, AwsSymbols symbols)
        {
            var request = new SdkRequestView(invocation, new ValueResolver(symbols, invocation));
            var verbs = request.IsSet("Verb") ? EnumMemberNames(request, "Verb") : new[] { "GET" };
            var actions = new List<string>();
            foreach (var verb in verbs ?? new[] { "GET", "PUT", "DELETE" })
            {
                actions.Add(verb switch
                {
                    "PUT" => "s3:PutObject",
                    "DELETE" => "s3:DeleteObject",
                    _ => "s3:GetObject", // GET and HEAD
                });
            }

            var permissions = new PermissionList();
            foreach (var action in Versioned(actions.Distinct().ToList(), request, "VersionId"))
            {
                permissions.Add(action, IamResources.S3Object(request.Value("BucketName"), request.Value("Key"), keyIsPrefix: false));
            }

            return permissions.ToResult("S3", "GetPreSignedURL", ImmutableArray<string>.Empty, readsS3Objects: actions.Contains("s3:GetObject"));
        }

        /// <summary>
        /// The DynamoDB object persistence model. <c>Save</c> writes with UpdateItem (the SDK's
        /// DynamoDBContext saves through the table's update); every call that resolves a table
        /// describes it first unless the context's configuration sets <c>DisableFetchingTableMetadata</c>.
        /// The table is the item type's <c>[DynamoDBTable]</c> name or the operation's override, after the
        /// context's or operation's prefix (<see cref="DynamoDBContextTables"/>); <c>*</c> when one is not known.
        /// </summary>
        private static SdkCallPermissions? MapContext(IInvocationOperation invocation, AwsSymbols symbols)
        {
            var helper = WithoutAsync(invocation.TargetMethod.Name);
            string[]? actions = helper switch
            {
                "Save" => new[] { "dynamodb:UpdateItem" },
                "Load" => new[] { "dynamodb:GetItem" },
                "Delete" => new[] { "dynamodb:DeleteItem" },
                "Query" or "FromQuery" => new[] { "dynamodb:Query" },
                "Scan" or "FromScan" => new[] { "dynamodb:Scan" },
                "CreateBatchGet" or "CreateMultiTableBatchGet" or "ExecuteBatchGet" => new[] { "dynamodb:BatchGetItem" },
                "CreateBatchWrite" or "CreateMultiTableBatchWrite" or "ExecuteBatchWrite" => new[] { "dynamodb:BatchWriteItem" },
                "CreateTransactGet" or "CreateMultiTableTransactGet" or "ExecuteTransactGet" => new[] { "dynamodb:GetItem" },
                "CreateTransactWrite" or "CreateMultiTableTransactWrite" or "ExecuteTransactWrite" => new[] { "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:ConditionCheckItem" },
                "GetTargetTable" => new string[0],
                _ => null,
            };
            if (actions is null)
            {
                return null;
            }

            var resolver = new ValueResolver(symbols, invocation);
            var tables = DynamoDBContextTables.TableNames(invocation, TableNameOfItemType(invocation.TargetMethod, symbols), resolver, out var disablesTableMetadata) is { } names
                ? IamResources.DynamoDbTable(names)
                : new[] { RequiredPermission.AnyResource };
            var permissions = new PermissionList();
            foreach (var action in actions)
            {
                permissions.Add(action, ItemResources(action, tables));
            }

            // The multi-table and execute forms run batches whose tables were described when they were created.
            var resolvesTable = !helper.StartsWith("CreateMultiTable", StringComparison.Ordinal) && !helper.StartsWith("Execute", StringComparison.Ordinal);
            if (resolvesTable && !disablesTableMetadata)
            {
                permissions.Add(IamActionTable.Dependent.ContextDescribeTable, tables);
            }

            return permissions.ToResult("DynamoDBv2", "DynamoDBContext." + helper, ImmutableArray<string>.Empty, readsS3Objects: false);
        }

        /// <summary>The DynamoDB document model: <c>Table.LoadTable</c> describes the table, the item methods are the item actions.</summary>
        private static SdkCallPermissions? MapDocumentTable(IInvocationOperation invocation, AwsSymbols symbols)
        {
            var method = invocation.TargetMethod;
            var helper = WithoutAsync(method.Name);
            string[]? actions = helper switch
            {
                "LoadTable" or "TryLoadTable" when method.IsStatic => new[] { "dynamodb:DescribeTable" },
                "GetItem" => new[] { "dynamodb:GetItem" },
                "PutItem" => new[] { "dynamodb:PutItem" },
                "UpdateItem" => new[] { "dynamodb:UpdateItem" },
                "DeleteItem" => new[] { "dynamodb:DeleteItem" },
                "Query" => new[] { "dynamodb:Query" },
                "Scan" => new[] { "dynamodb:Scan" },
                "CreateBatchGet" => new[] { "dynamodb:BatchGetItem" },
                "CreateBatchWrite" => new[] { "dynamodb:BatchWriteItem" },
                "CreateTransactGet" => new[] { "dynamodb:GetItem" },
                "CreateTransactWrite" => new[] { "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:ConditionCheckItem" },
                _ => null,
            };
            if (actions is null)
            {
                return null;
            }

            var resolver = new ValueResolver(symbols, invocation);
            var tableName = method.IsStatic
                ? SdkCalls.ExplicitArgument(invocation.Arguments, "tableName")
                : TableNameOfTableInstance(invocation.Instance, resolver);
            var tables = tableName is null ? new[] { RequiredPermission.AnyResource } : IamResources.DynamoDbTable(resolver.Resolve(tableName));
            var permissions = new PermissionList();
            foreach (var action in actions)
            {
                permissions.Add(action, ItemResources(action, tables));
            }

            return permissions.ToResult("DynamoDBv2", "Table." + helper, ImmutableArray<string>.Empty, readsS3Objects: false);
        }

        /// <summary>A query or scan through a helper may use any index of the table: the table and its indexes.</summary>
        private static IReadOnlyList<string> ItemResources(string action, IReadOnlyList<string> tables) =>
            action is "dynamodb:Query" or "dynamodb:Scan" && tables[0] != RequiredPermission.AnyResource
                ? tables.Concat(tables.Select(t => t + "/index/*")).ToList()
                : tables;

        /// <summary>The SSE-KMS permissions of an S3 write whose request chooses <c>aws:kms</c>; the keys it names, or <c>*</c>.</summary>
        private static ImmutableArray<string> AddSseKms(PermissionList permissions, SdkRequestView request, bool multipart)
        {
            if (!request.Value("ServerSideEncryptionMethod").AnyString("aws:kms", "aws:kms:dsse"))
            {
                return ImmutableArray<string>.Empty;
            }

            // No key named: the AWS managed key aws/s3, whose ARN the code does not show.
            var keys = request.IsSet("ServerSideEncryptionKeyManagementServiceKeyId")
                ? IamResources.KmsKey(request.Value("ServerSideEncryptionKeyManagementServiceKeyId"))
                : new[] { RequiredPermission.AnyResource };
            permissions.Add(multipart ? IamActionTable.Dependent.SseKmsMultipartWrite : IamActionTable.Dependent.SseKmsWrite, keys);
            return keys.ToImmutableArray();
        }

        /// <summary>The versioned action for a request that sets the version (both when only some paths set it).</summary>
        private static List<string> Versioned(List<string> actions, SdkRequestView request, string versionProperty)
        {
            var versioned = actions.Select(a => IamActionTable.S3VersionedActions.TryGetValue(a, out var v) ? v : a).ToList();
            return Choose(request.PresenceOf(versionProperty), actions, versioned);
        }

        private static List<string> Choose(Presence presence, List<string> whenAbsent, List<string> whenPresent) => presence switch
        {
            Presence.Always => whenPresent,
            Presence.Maybe => whenAbsent.Concat(whenPresent).Distinct().ToList(),
            _ => whenAbsent,
        };

        /// <summary>The PartiQL action of each known statement by its first word; null when a statement is not known.</summary>
        private static List<string>? PartiQlActions(ResolvedValue statement)
        {
            var texts = IamResources.KnownStrings(statement);
            if (texts is null || texts.Count == 0)
            {
                return null;
            }

            var actions = new List<string>();
            foreach (var text in texts)
            {
                var verb = new string(text.TrimStart().TakeWhile(char.IsLetter).ToArray()).ToUpperInvariant();
                switch (verb)
                {
                    case "SELECT": actions.Add("dynamodb:PartiQLSelect"); break;
                    case "INSERT": actions.Add("dynamodb:PartiQLInsert"); break;
                    case "UPDATE": actions.Add("dynamodb:PartiQLUpdate"); break;
                    case "DELETE": actions.Add("dynamodb:PartiQLDelete"); break;
                    default: return null;
                }
            }

            return actions;
        }

        /// <summary>The names of the enum members a property may hold (<c>HttpVerb.PUT</c> is "PUT"); null when one is not known.</summary>
        private static string[]? EnumMemberNames(SdkRequestView request, string property)
        {
            var value = request.Value(property);
            if (value.IsUnknown || value.HasUnknown)
            {
                return null;
            }

            var names = new List<string>();
            foreach (var constant in value.Values)
            {
                var name = request.Resolver.Symbols.Get("Amazon.S3.HttpVerb")?.GetMembers().OfType<IFieldSymbol>()
                    .FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, constant))?.Name;
                if (name is null)
                {
                    return null;
                }

                names.Add(name);
            }

            return names.ToArray();
        }

        /// <summary>The table name of <c>[DynamoDBTable("name")]</c> on the helper's item type, or null.</summary>
        private static string? TableNameOfItemType(IMethodSymbol method, AwsSymbols symbols)
        {
            if (method.TypeArguments.Length != 1 || symbols.Get(TableAttribute) is not { } attributeType)
            {
                return null;
            }

            var attribute = method.TypeArguments[0].GetAttributes()
                .FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attributeType));
            return attribute is { ConstructorArguments.Length: > 0 } && attribute.ConstructorArguments[0].Value is string name && name.Length > 0 ? name : null;
        }

        /// <summary>The <c>tableName</c> given to <c>Table.LoadTable</c> or <c>new TableBuilder(...)</c> that made the table, when the code shows it.</summary>
        private static IOperation? TableNameOfTableInstance(IOperation? instance, ValueResolver resolver)
        {
            for (var source = resolver.FollowToSource(instance); source is not null;)
            {
                switch (source)
                {
                    case IInvocationOperation { TargetMethod.IsStatic: true } load:
                        return SdkCalls.ExplicitArgument(load.Arguments, "tableName");
                    case IInvocationOperation { Instance: { } builder }:
                        source = resolver.FollowToSource(builder); // new TableBuilder(client, "name").AddHashKey(...).Build()
                        continue;
                    case IObjectCreationOperation creation:
                        return SdkCalls.ExplicitArgument(creation.Arguments, "tableName");
                    default:
                        return null;
                }
            }

            return null;
        }

        private static bool IsHelper(INamedTypeSymbol type, AwsSymbols symbols, string className, string interfaceName)
        {
            var helperClass = symbols.Get(className);
            var helperInterface = symbols.Get(interfaceName);
            return helperClass is not null && AwsSymbols.InheritsFrom(type, helperClass)
                || helperInterface is not null && (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, helperInterface)
                    || type.AllInterfaces.Contains(helperInterface, SymbolEqualityComparer.Default));
        }

        /// <summary>The service namespace of a client: an <c>IAmazon*</c> interface of <c>Amazon.&lt;Service&gt;</c>, or a type implementing one.</summary>
        private static string? ClientServiceOf(INamedTypeSymbol type)
        {
            if (ClientInterfaceService(type) is { } service)
            {
                return service;
            }

            foreach (var implemented in type.AllInterfaces)
            {
                if (ClientInterfaceService(implemented) is { } implementedService)
                {
                    return implementedService;
                }
            }

            return null;
        }

        private static bool ImplementsClientInterface(INamedTypeSymbol type) => type.AllInterfaces.Any(i => ClientInterfaceService(i) is not null);

        private static string? ClientInterfaceService(INamedTypeSymbol type) =>
            type.TypeKind == TypeKind.Interface && type.Name.StartsWith("IAmazon", StringComparison.Ordinal) && ServiceNamespaceOf(type) is { } service && service != "Runtime"
                ? service
                : null;

        /// <summary>The service of a paginator factory (<c>Amazon.S3.Model.IS3PaginatorFactory</c>).</summary>
        private static string? PaginatorServiceOf(INamedTypeSymbol type) =>
            type.Name.EndsWith("PaginatorFactory", StringComparison.Ordinal)
            && type.ContainingNamespace is { Name: "Model" } model
            && ServiceNamespaceOf(model.ContainingNamespace) is { } service
                ? service
                : null;

        private static bool PaginatedResult(IMethodSymbol method) => method.ReturnType.Name.EndsWith("Paginator", StringComparison.Ordinal);

        /// <summary>"S3" for a symbol of namespace <c>Amazon.S3</c> (exactly), else null.</summary>
        private static string? ServiceNamespaceOf(ISymbol symbol)
        {
            var ns = symbol as INamespaceSymbol ?? symbol.ContainingNamespace;
            return ns is { ContainingNamespace: { Name: "Amazon", ContainingNamespace.IsGlobalNamespace: true } } ? ns.Name : null;
        }

        /// <summary>True for an operation method: it returns the operation's response (<c>XResponse</c> or <c>Task&lt;XResponse&gt;</c>).</summary>
        private static bool ReturnsResponse(IMethodSymbol method)
        {
            var returned = method.ReturnType as INamedTypeSymbol;
            if (returned is { Name: "Task" or "ValueTask", TypeArguments.Length: 1 })
            {
                returned = returned.TypeArguments[0] as INamedTypeSymbol;
            }

            return returned is not null && returned.Name.EndsWith("Response", StringComparison.Ordinal) && AwsSymbols.IsSdkSymbol(returned);
        }

        private static string WithoutAsync(string name) =>
            name.EndsWith("Async", StringComparison.Ordinal) ? name.Substring(0, name.Length - "Async".Length) : name;

        /// <summary>Permissions being gathered for one call: every action with each of its resources, sorted and distinct at the end.</summary>
        private sealed class PermissionList
        {
            private readonly List<RequiredPermission> _permissions = new();

            public void Add(string action, IReadOnlyList<string> resources)
            {
                foreach (var resource in resources)
                {
                    _permissions.Add(new RequiredPermission(action, resource));
                }
            }

            public void Add(string action, string resource) => _permissions.Add(new RequiredPermission(action, resource));

            public void Add(ImmutableArray<string> actions, IReadOnlyList<string> resources)
            {
                foreach (var action in actions)
                {
                    Add(action, resources);
                }
            }

            public void Add(ImmutableArray<string> actions, string resource)
            {
                foreach (var action in actions)
                {
                    Add(action, resource);
                }
            }

            public SdkCallPermissions ToResult(string service, string operation, ImmutableArray<string> sseKmsKeys, bool readsS3Objects) =>
                new(service, operation, _permissions.Distinct().OrderBy(p => p).ToImmutableArray(), sseKmsKeys, readsS3Objects);
        }
    }
}
