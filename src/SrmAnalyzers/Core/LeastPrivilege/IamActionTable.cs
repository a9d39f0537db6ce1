using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace SrmAnalyzers.Core.LeastPrivilege
{
    /// <summary>
    /// The one table of facts that turns an AWS SDK operation into the IAM actions it needs. The rule
    /// is <c>&lt;IAM prefix&gt;:&lt;operation&gt;</c> (<see cref="ActionsFor"/>); each exception is a row
    /// citing the page of the AWS Service Authorization Reference (or the service guide) it comes from.
    /// Operation names are the SDK for .NET's: the method name without <c>Async</c>, which is also the
    /// request type's name without <c>Request</c> (<c>ListVersions</c>, not the REST API's
    /// <c>ListObjectVersions</c>).
    /// </summary>
    internal static class IamActionTable
    {
        private const string Reference = "https://docs.aws.amazon.com/service-authorization/latest/reference/";
        internal const string S3Source = Reference + "list_amazons3.html";
        internal const string S3GuideSource = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-policy-actions.html";
        internal const string SqsSource = "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-batch-api.html";
        internal const string SnsSource = Reference + "list_amazonsns.html";
        internal const string DynamoDbSource = Reference + "list_amazondynamodb.html";
        internal const string LambdaSource = Reference + "list_awslambda.html";
        internal const string KmsSource = Reference + "list_awskeymanagementservice.html";
        internal const string SecretsManagerSource = Reference + "list_awssecretsmanager.html";
        internal const string StsSource = Reference + "list_awssecuritytokenservice.html";
        internal const string SsmSource = Reference + "list_awssystemsmanager.html";
        internal const string Ec2PassRoleSource = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/permission-to-pass-iam-roles.html";
        internal const string S3PresignedUrlSource = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-presigned-url.html";
        internal const string S3KmsSource = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html";
        internal const string S3MultipartKmsSource = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpuoverview.html#mpuAndPermissions";

        // Pages the unconfirmed rows were checked on (issue 14). The Service Authorization Reference
        // pages have no row for batch, transactional or federated calls; the service's own page says.
        internal const string S3HeadBucketSource = "https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadBucket.html";
        internal const string S3MetadataSource = "https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateBucketMetadataConfiguration.html";
        internal const string SnsPublishSource = "https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-language-api-permissions-reference.html";
        internal const string DynamoDbTransactionSource = "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis-iam.html";
        internal const string DynamoDbPartiQlSource = "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ql-iam.html";
        internal const string LambdaStreamSource = "https://docs.aws.amazon.com/lambda/latest/api/API_InvokeWithResponseStream.html";
        internal const string KmsReEncryptSource = "https://docs.aws.amazon.com/kms/latest/APIReference/API_ReEncrypt.html";
        internal const string SecretsManagerBatchSource = "https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_BatchGetSecretValue.html";
        internal const string StsWebIdentitySource = "https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html";
        internal const string StsSamlSource = "https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithSAML.html";
        internal const string S3ObjectLambdaSource = Reference + "list_amazons3objectlambda.html";
        internal const string S3DeleteObjectsSource = "https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteObjects.html";

        // API Gateway: the management APIs (prefix apigateway) are authorized by HTTP-verb actions
        // (ApiGatewayOperations); the @connections API (Amazon.ApiGatewayManagementApi) by execute-api:ManageConnections,
        // an action of the service that invokes deployed APIs (prefix execute-api), which the developer guide's
        // WebSocket page describes ("ManageConnections controls access to the @connections API").
        internal const string ApiGatewaySource = Reference + "list_amazonapigatewaymanagement.html";
        internal const string ApiGatewayV2Source = Reference + "list_amazonapigatewaymanagementv2.html";
        internal const string ExecuteApiSource = Reference + "list_amazonapigateway.html";
        internal const string ExecuteApiConnectionsSource = "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-control-access-iam.html";

        // The SDK's own code, for client helpers that are not operations (ClientHelpers): each file is read for
        // the operations the helper sends. The sync twins are in the _bcl folder beside each _async one.
        private const string SdkSource = "https://github.com/aws/aws-sdk-net/blob/main/sdk/src/Services/";
        internal const string SqsHelperSource = SdkSource + "SQS/Custom/_async/AmazonSQSClient.Extension.cs";
        internal const string SnsHelperSource = SdkSource + "SimpleNotificationService/Custom/_async/AmazonSimpleNotificationServiceClient.Extensions.cs";

        /// <summary>
        /// SDK service namespace (the segment after <c>Amazon.</c>) to IAM service prefix, for every
        /// service whose prefix is not simply the namespace in lower case, and for the services the
        /// least-privilege tests cover. Each prefix is the "service prefix" of that service's page of the
        /// Service Authorization Reference (e.g. CloudWatch is <c>cloudwatch</c>, not its signing name
        /// <c>monitoring</c>; Step Functions is <c>states</c>; both SES APIs are <c>ses</c>).
        /// </summary>
        public static readonly ImmutableDictionary<string, string> ServicePrefixes = new Dictionary<string, string>
        {
            ["S3"] = "s3",                                      // list_amazons3.html
            ["DynamoDBv2"] = "dynamodb",                        // list_amazondynamodb.html (tables and streams)
            ["SQS"] = "sqs",                                    // list_amazonsqs.html
            ["SimpleNotificationService"] = "sns",              // list_amazonsns.html
            ["SimpleSystemsManagement"] = "ssm",                // list_awssystemsmanager.html
            ["KeyManagementService"] = "kms",                   // list_awskeymanagementservice.html
            ["SecretsManager"] = "secretsmanager",              // list_awssecretsmanager.html
            ["SecurityToken"] = "sts",                          // list_awssecuritytokenservice.html
            ["Lambda"] = "lambda",                              // list_awslambda.html
            ["EC2"] = "ec2",                                    // list_amazonec2.html
            ["IdentityManagement"] = "iam",                     // list_awsidentityandaccessmanagementiam.html
            ["CloudWatch"] = "cloudwatch",                      // list_amazoncloudwatch.html
            ["CloudWatchLogs"] = "logs",                        // list_amazoncloudwatchlogs.html
            ["EventBridge"] = "events",                         // list_amazoneventbridge.html
            ["CloudWatchEvents"] = "events",                    // list_amazoneventbridge.html (same service, older client)
            ["StepFunctions"] = "states",                       // list_awsstepfunctions.html
            ["SimpleEmail"] = "ses",                            // list_amazonses.html
            ["SimpleEmailV2"] = "ses",                          // list_amazonsimpleemailservicev2.html
            ["Kinesis"] = "kinesis",                            // list_amazonkinesis.html
            ["KinesisFirehose"] = "firehose",                   // list_amazonkinesisfirehose.html
            ["CognitoIdentityProvider"] = "cognito-idp",        // list_amazoncognitouserpools.html
            ["CognitoIdentity"] = "cognito-identity",           // list_amazoncognitoidentity.html
            ["RDS"] = "rds",                                    // list_amazonrds.html
            ["RDSDataService"] = "rds-data",                    // list_amazonrdsdataapi.html
            ["ElasticLoadBalancingV2"] = "elasticloadbalancing", // list_awselasticloadbalancingv2.html
            ["ConfigService"] = "config",                       // list_awsconfig.html
            ["CertificateManager"] = "acm",                     // list_awscertificatemanager.html
            ["APIGateway"] = "apigateway",                      // list_amazonapigatewaymanagement.html
            ["ApiGatewayV2"] = "apigateway",                    // list_amazonapigatewaymanagementv2.html
            ["ApiGatewayManagementApi"] = "execute-api",        // list_amazonapigateway.html (the @connections API)
            ["SageMakerRuntime"] = "sagemaker",                 // list_amazonsagemaker.html
            ["BedrockRuntime"] = "bedrock",                     // list_amazonbedrock.html
            ["ApplicationAutoScaling"] = "application-autoscaling", // list_applicationautoscaling.html
            ["SimpleWorkflow"] = "swf",                         // list_amazonsimpleworkflowservice.html
            ["IotData"] = "iot",                                // list_awsiot.html
        }.ToImmutableDictionary(StringComparer.Ordinal);

        /// <summary>
        /// Operations whose IAM actions are not <c>&lt;prefix&gt;:&lt;operation&gt;</c>, keyed by
        /// "<c>Namespace.Operation</c>". An empty action list means the caller's identity needs no
        /// permission (the call is authorized by something else, named in the row's reason).
        /// </summary>
        public static readonly ImmutableDictionary<string, OperationRow> Exceptions = Rows(
            // S3: list operations are authorized on the bucket by list actions (reference: "API operations defined by Amazon S3").
            new OperationRow("S3", "ListObjects", S3Source, "s3:ListBucket"),
            new OperationRow("S3", "ListObjectsV2", S3Source, "s3:ListBucket"),
            new OperationRow("S3", "ListVersions", S3Source, "s3:ListBucketVersions"), // ListObjectVersions in the REST API
            new OperationRow("S3", "ListMultipartUploads", S3Source, "s3:ListBucketMultipartUploads"),
            new OperationRow("S3", "ListParts", S3Source, "s3:ListMultipartUploadParts"),
            new OperationRow("S3", "ListBuckets", S3Source, "s3:ListAllMyBuckets"),
            new OperationRow("S3", "HeadBucket", S3HeadBucketSource, "s3:ListBucket"), // "you must have permissions to perform the s3:ListBucket action"
            new OperationRow("S3", "PutBucket", S3Source, "s3:CreateBucket"), // CreateBucket in the REST API
            // Object reads and writes that have no action of their own.
            new OperationRow("S3", "GetObjectMetadata", S3Source, "s3:GetObject"), // HeadObject in the REST API
            new OperationRow("S3", "SelectObjectContent", S3Source, "s3:GetObject"),
            new OperationRow("S3", "DeleteObjects", S3Source, "s3:DeleteObject"),
            new OperationRow("S3", "CopyObject", S3Source, "s3:GetObject", "s3:PutObject"), // source read, destination write
            // Signed locally, no request to AWS: the upload it allows runs with the signer's s3:PutObject.
            new OperationRow("S3", "CreatePresignedPost", S3PresignedUrlSource, "s3:PutObject"),
            new OperationRow("S3", "CopyPart", S3Source, "s3:GetObject", "s3:PutObject"),   // UploadPartCopy in the REST API
            new OperationRow("S3", "InitiateMultipartUpload", S3Source, "s3:PutObject"),    // CreateMultipartUpload in the REST API
            new OperationRow("S3", "UploadPart", S3Source, "s3:PutObject"),
            new OperationRow("S3", "CompleteMultipartUpload", S3Source, "s3:PutObject"),
            // Bucket configuration operations authorized by a differently named action (a delete is a put of the configuration).
            new OperationRow("S3", "GetACL", S3Source, "s3:GetBucketAcl"), // s3:GetObjectAcl when the request names a key (SdkCallMapper)
            new OperationRow("S3", "PutACL", S3Source, "s3:PutBucketAcl"), // s3:PutObjectAcl when the request names a key
            new OperationRow("S3", "GetBucketEncryption", S3Source, "s3:GetEncryptionConfiguration"),
            new OperationRow("S3", "PutBucketEncryption", S3Source, "s3:PutEncryptionConfiguration"),
            new OperationRow("S3", "DeleteBucketEncryption", S3GuideSource, "s3:PutEncryptionConfiguration"),
            new OperationRow("S3", "DeleteLifecycleConfiguration", S3GuideSource, "s3:PutLifecycleConfiguration"),
            new OperationRow("S3", "GetCORSConfiguration", S3Source, "s3:GetBucketCORS"),
            new OperationRow("S3", "PutCORSConfiguration", S3Source, "s3:PutBucketCORS"),
            new OperationRow("S3", "DeleteCORSConfiguration", S3GuideSource, "s3:PutBucketCORS"),
            new OperationRow("S3", "GetPublicAccessBlock", S3Source, "s3:GetBucketPublicAccessBlock"),
            new OperationRow("S3", "PutPublicAccessBlock", S3Source, "s3:PutBucketPublicAccessBlock"),
            new OperationRow("S3", "DeletePublicAccessBlock", S3Source, "s3:PutBucketPublicAccessBlock"),
            new OperationRow("S3", "DeleteBucketTagging", S3Source, "s3:PutBucketTagging"),
            new OperationRow("S3", "GetBucketReplication", S3Source, "s3:GetReplicationConfiguration"),
            new OperationRow("S3", "PutBucketReplication", S3Source, "s3:PutReplicationConfiguration"),
            new OperationRow("S3", "DeleteBucketReplication", S3Source, "s3:PutReplicationConfiguration"),
            new OperationRow("S3", "DeleteBucketOwnershipControls", S3Source, "s3:PutBucketOwnershipControls"),
            new OperationRow("S3", "GetObjectLockConfiguration", S3Source, "s3:GetBucketObjectLockConfiguration"),
            new OperationRow("S3", "PutObjectLockConfiguration", S3Source, "s3:PutBucketObjectLockConfiguration"),
            new OperationRow("S3", "GetBucketAccelerateConfiguration", S3Source, "s3:GetAccelerateConfiguration"),
            new OperationRow("S3", "PutBucketAccelerateConfiguration", S3Source, "s3:PutAccelerateConfiguration"),
            // Bucket analytics, inventory, metrics and Intelligent-Tiering configurations: one Get and one Put
            // action each (reference Actions table); a list is a Get, a delete a Put (S3 user guide).
            new OperationRow("S3", "GetBucketAnalyticsConfiguration", S3Source, "s3:GetAnalyticsConfiguration"),
            new OperationRow("S3", "PutBucketAnalyticsConfiguration", S3Source, "s3:PutAnalyticsConfiguration"),
            new OperationRow("S3", "DeleteBucketAnalyticsConfiguration", S3GuideSource, "s3:PutAnalyticsConfiguration"),
            new OperationRow("S3", "ListBucketAnalyticsConfigurations", S3GuideSource, "s3:GetAnalyticsConfiguration"),
            new OperationRow("S3", "GetBucketInventoryConfiguration", S3Source, "s3:GetInventoryConfiguration"),
            new OperationRow("S3", "PutBucketInventoryConfiguration", S3Source, "s3:PutInventoryConfiguration"),
            new OperationRow("S3", "DeleteBucketInventoryConfiguration", S3GuideSource, "s3:PutInventoryConfiguration"),
            new OperationRow("S3", "ListBucketInventoryConfigurations", S3GuideSource, "s3:GetInventoryConfiguration"),
            new OperationRow("S3", "GetBucketMetricsConfiguration", S3Source, "s3:GetMetricsConfiguration"),
            new OperationRow("S3", "PutBucketMetricsConfiguration", S3Source, "s3:PutMetricsConfiguration"),
            new OperationRow("S3", "DeleteBucketMetricsConfiguration", S3GuideSource, "s3:PutMetricsConfiguration"),
            new OperationRow("S3", "ListBucketMetricsConfigurations", S3GuideSource, "s3:GetMetricsConfiguration"),
            new OperationRow("S3", "GetBucketIntelligentTieringConfiguration", S3Source, "s3:GetIntelligentTieringConfiguration"),
            new OperationRow("S3", "PutBucketIntelligentTieringConfiguration", S3Source, "s3:PutIntelligentTieringConfiguration"),
            new OperationRow("S3", "DeleteBucketIntelligentTieringConfiguration", S3GuideSource, "s3:PutIntelligentTieringConfiguration"),
            new OperationRow("S3", "ListBucketIntelligentTieringConfigurations", S3GuideSource, "s3:GetIntelligentTieringConfiguration"),
            // The newer S3 Metadata operations keep the metadata table configuration actions.
            new OperationRow("S3", "CreateBucketMetadataConfiguration", S3MetadataSource, "s3:CreateBucketMetadataTableConfiguration"),
            new OperationRow("S3", "GetBucketMetadataConfiguration", S3MetadataSource, "s3:GetBucketMetadataTableConfiguration"),
            new OperationRow("S3", "DeleteBucketMetadataConfiguration", S3MetadataSource, "s3:DeleteBucketMetadataTableConfiguration"),
            // Called by the Object Lambda function: the action is S3 Object Lambda's, not S3's (its own reference page, prefix s3-object-lambda).
            new OperationRow("S3", "WriteGetObjectResponse", S3ObjectLambdaSource, "s3-object-lambda:WriteGetObjectResponse"),

            // SQS: "You cannot set permissions explicitly for SendMessageBatch, DeleteMessageBatch, or ChangeMessageVisibilityBatch."
            new OperationRow("SQS", "SendMessageBatch", SqsSource, "sqs:SendMessage"),
            new OperationRow("SQS", "DeleteMessageBatch", SqsSource, "sqs:DeleteMessage"),
            new OperationRow("SQS", "ChangeMessageVisibilityBatch", SqsSource, "sqs:ChangeMessageVisibility"),

            // SNS: a batch publish is authorized by sns:Publish.
            new OperationRow("SimpleNotificationService", "PublishBatch", SnsPublishSource, "sns:Publish"),

            // DynamoDB: transactions are authorized item by item by the item actions (ConditionCheck by dynamodb:ConditionCheckItem).
            new OperationRow("DynamoDBv2", "TransactGetItems", DynamoDbTransactionSource, "dynamodb:GetItem"),
            new OperationRow("DynamoDBv2", "TransactWriteItems", DynamoDbTransactionSource, "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:ConditionCheckItem"),
            // PartiQL: the statement's verb picks one of these (SdkCallMapper); all four when the statement is not known.
            // ExecuteTransaction has no action of its own either (the page's transactional example limits the
            // PartiQL actions with dynamodb:EnclosingOperation).
            new OperationRow("DynamoDBv2", "ExecuteStatement", DynamoDbPartiQlSource, "dynamodb:PartiQLSelect", "dynamodb:PartiQLInsert", "dynamodb:PartiQLUpdate", "dynamodb:PartiQLDelete"),
            new OperationRow("DynamoDBv2", "BatchExecuteStatement", DynamoDbPartiQlSource, "dynamodb:PartiQLSelect", "dynamodb:PartiQLInsert", "dynamodb:PartiQLUpdate", "dynamodb:PartiQLDelete"),
            new OperationRow("DynamoDBv2", "ExecuteTransaction", DynamoDbPartiQlSource, "dynamodb:PartiQLSelect", "dynamodb:PartiQLInsert", "dynamodb:PartiQLUpdate", "dynamodb:PartiQLDelete"),

            // Lambda: invoking is lambda:InvokeFunction.
            new OperationRow("Lambda", "Invoke", LambdaSource, "lambda:InvokeFunction"),
            new OperationRow("Lambda", "InvokeWithResponseStream", LambdaStreamSource, "lambda:InvokeFunction"),

            // KMS: ReEncrypt is authorized twice, as ReEncryptFrom on the source key and ReEncryptTo on the destination key.
            new OperationRow("KeyManagementService", "ReEncrypt", KmsReEncryptSource, "kms:ReEncryptFrom", "kms:ReEncryptTo"),

            // Secrets Manager: a batch read also needs GetSecretValue on every secret it returns
            // (and secretsmanager:ListSecrets when it selects the secrets by Filters).
            new OperationRow("SecretsManager", "BatchGetSecretValue", SecretsManagerBatchSource, "secretsmanager:BatchGetSecretValue", "secretsmanager:GetSecretValue"),

            // STS: web-identity and SAML federation are authorized by the role's trust policy; the caller has no credentials yet.
            new OperationRow("SecurityToken", "AssumeRoleWithWebIdentity", StsWebIdentitySource),
            new OperationRow("SecurityToken", "AssumeRoleWithSAML", StsSamlSource),

            // API Gateway @connections API: one action for all three operations; the connection's ARN
            // (arn:aws:execute-api:region:account:api-id/stage/POST/@connections/...) is in the client's endpoint, not the request.
            new OperationRow("ApiGatewayManagementApi", "PostToConnection", ExecuteApiSource, "execute-api:ManageConnections"),
            new OperationRow("ApiGatewayManagementApi", "GetConnection", ExecuteApiSource, "execute-api:ManageConnections"),
            new OperationRow("ApiGatewayManagementApi", "DeleteConnection", ExecuteApiSource, "execute-api:ManageConnections"))
            // API Gateway management: apigateway:<HTTP verb> per operation, read from the SDK (ApiGatewayOperations).
            .AddRange(ApiGatewayOperations.Rows().Select(row => new KeyValuePair<string, OperationRow>(Key(row.ServiceNamespace, row.Operation), row)));

        /// <summary>
        /// Methods of a service client that are not operations (they return no <c>*Response</c>) but send
        /// several operations, keyed by "<c>Namespace.Method</c>" (without <c>Async</c>). Each row names the
        /// SDK file that shows which operations the helper sends; each operation's action is the rule's.
        /// </summary>
        public static readonly ImmutableDictionary<string, ClientHelperRow> ClientHelpers = HelperRows(
            // Reads the queue's attributes (its policy and ARN), then writes the policy with a statement letting the bucket send.
            new ClientHelperRow("SQS", "AuthorizeS3ToSendMessage", SqsHelperSource,
                new HelperCall("sqs:GetQueueAttributes", HelperResource.SqsQueueUrl, "queueUrl"),
                new HelperCall("sqs:SetQueueAttributes", HelperResource.SqsQueueUrl, "queueUrl")),
            // Reads the queue's attributes through the SQS client it is given, subscribes the queue to each topic,
            // then writes the queue's policy.
            new ClientHelperRow("SimpleNotificationService", "SubscribeQueue", SnsHelperSource,
                new HelperCall("sqs:GetQueueAttributes", HelperResource.SqsQueueUrl, "sqsQueueUrl"),
                new HelperCall("sns:Subscribe", HelperResource.SnsTopicArn, "topicArn"),
                new HelperCall("sqs:SetQueueAttributes", HelperResource.SqsQueueUrl, "sqsQueueUrl")),
            new ClientHelperRow("SimpleNotificationService", "SubscribeQueueToTopics", SnsHelperSource,
                new HelperCall("sqs:GetQueueAttributes", HelperResource.SqsQueueUrl, "sqsQueueUrl"),
                new HelperCall("sns:Subscribe", HelperResource.Any, null),
                new HelperCall("sqs:SetQueueAttributes", HelperResource.SqsQueueUrl, "sqsQueueUrl")),
            // Pages through ListTopics until a topic ARN ends with the name.
            new ClientHelperRow("SimpleNotificationService", "FindTopic", SnsHelperSource,
                new HelperCall("sns:ListTopics", HelperResource.Any, null)),
            // Reads the topic's attributes (its policy), then writes the policy with a statement letting the bucket publish.
            new ClientHelperRow("SimpleNotificationService", "AuthorizeS3ToPublish", SnsHelperSource,
                new HelperCall("sns:GetTopicAttributes", HelperResource.SnsTopicArn, "topicArn"),
                new HelperCall("sns:SetTopicAttributes", HelperResource.SnsTopicArn, "topicArn")));

        /// <summary>
        /// Actions a call needs besides its own, when the request shows the reason (SdkCallMapper
        /// decides when). Each names its source.
        /// </summary>
        public static class Dependent
        {
            /// <summary>An S3 write with <c>ServerSideEncryptionMethod.AWSKMS</c> (<see cref="S3KmsSource"/>).</summary>
            public static readonly ImmutableArray<string> SseKmsWrite = ImmutableArray.Create("kms:GenerateDataKey");

            /// <summary>A multipart SSE-KMS upload: S3 decrypts the data key to assemble the parts (<see cref="S3MultipartKmsSource"/>).</summary>
            public static readonly ImmutableArray<string> SseKmsMultipartWrite = ImmutableArray.Create("kms:GenerateDataKey", "kms:Decrypt");

            /// <summary>A read of an SSE-KMS object (<see cref="S3KmsSource"/>).</summary>
            public static readonly ImmutableArray<string> SseKmsRead = ImmutableArray.Create("kms:Decrypt");

            /// <summary>SSM <c>GetParameter(s)</c>/<c>GetParametersByPath</c> with <c>WithDecryption</c>: a SecureString is decrypted with its KMS key.</summary>
            public const string SsmDecryptionSource = "https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-access.html";

            public static readonly ImmutableArray<string> SsmWithDecryption = ImmutableArray.Create("kms:Decrypt");

            /// <summary>Lambda <c>CreateFunction</c> (and a configuration update that sets <c>Role</c>) passes the execution role.</summary>
            public const string LambdaPassRoleSource = LambdaSource;

            /// <summary>
            /// EC2 <c>RunInstances</c> with an instance profile passes its role (<see cref="Ec2PassRoleSource"/>); S3
            /// <c>PutBucketReplication</c> passes the replication role (<see cref="S3Source"/>: iam:PassRole is a
            /// dependent action of s3:PutReplicationConfiguration).
            /// </summary>
            public static readonly ImmutableArray<string> PassRole = ImmutableArray.Create("iam:PassRole");

            /// <summary>
            /// The DynamoDB object persistence model (<c>DynamoDBContext</c>) describes each table it
            /// uses, unless <c>DisableFetchingTableMetadata</c> is set.
            /// </summary>
            public const string ContextDescribeTableSource = "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DotNetDynamoDBContext.html";

            public static readonly ImmutableArray<string> ContextDescribeTable = ImmutableArray.Create("dynamodb:DescribeTable");

            /// <summary>
            /// Secrets Manager <c>BatchGetSecretValue</c> that selects the secrets with <c>Filters</c> also lists
            /// them (<see cref="SecretsManagerBatchSource"/>: "If you use filters, you must also have
            /// secretsmanager:ListSecrets"). ListSecrets has no resource type: <c>*</c>.
            /// </summary>
            public static readonly ImmutableArray<string> SecretsBatchFilters = ImmutableArray.Create("secretsmanager:ListSecrets");

            /// <summary>
            /// S3 <c>DeleteObjects</c> whose keys name a version also deletes versions (<see cref="S3DeleteObjectsSource"/>:
            /// s3:DeleteObject is always needed, s3:DeleteObjectVersion to delete a specific version).
            /// </summary>
            public static readonly ImmutableArray<string> S3DeleteObjectVersions = ImmutableArray.Create("s3:DeleteObjectVersion");
        }

        /// <summary>
        /// S3 actions to the action a request for a specific object version needs instead
        /// (<c>VersionId</c> set; for a copy, <c>SourceVersionId</c>). Source: <see cref="S3Source"/>.
        /// </summary>
        public static readonly ImmutableDictionary<string, string> S3VersionedActions = new Dictionary<string, string>
        {
            ["s3:GetObject"] = "s3:GetObjectVersion",
            ["s3:DeleteObject"] = "s3:DeleteObjectVersion",
            ["s3:GetObjectAcl"] = "s3:GetObjectVersionAcl",
            ["s3:PutObjectAcl"] = "s3:PutObjectVersionAcl",
            ["s3:GetObjectTagging"] = "s3:GetObjectVersionTagging",
            ["s3:PutObjectTagging"] = "s3:PutObjectVersionTagging",
            ["s3:DeleteObjectTagging"] = "s3:DeleteObjectVersionTagging",
            ["s3:GetObjectAttributes"] = "s3:GetObjectVersionAttributes",
        }.ToImmutableDictionary(StringComparer.Ordinal);

        /// <summary>
        /// S3 actions authorized on an object ARN (<c>arn:aws:s3:::bucket/key</c>); the others on the
        /// bucket ARN, except <c>s3:ListAllMyBuckets</c> (no resource: <c>*</c>). Source: the Resource
        /// types column of <see cref="S3Source"/>.
        /// </summary>
        public static bool IsS3ObjectAction(string action) =>
            action.StartsWith("s3:", StringComparison.Ordinal)
            && (action.IndexOf("Object", StringComparison.Ordinal) >= 0 && !action.Contains("ObjectLockConfiguration")
                || action is "s3:AbortMultipartUpload" or "s3:ListMultipartUploadParts" or "s3:RestoreObject");

        /// <summary>The IAM prefix of an SDK service namespace (<c>S3</c>, <c>DynamoDBv2</c>); otherwise the namespace in lower case.</summary>
        public static string PrefixOf(string serviceNamespace) =>
            ServicePrefixes.TryGetValue(serviceNamespace, out var prefix) ? prefix : serviceNamespace.ToLowerInvariant();

        /// <summary>
        /// The IAM actions an SDK operation needs before anything the request says is taken into
        /// account: the exception row, or <c>&lt;prefix&gt;:&lt;operation&gt;</c>. Empty for an operation
        /// that is not mapped (<see cref="IsMapped"/>): the rule would give an action that does not exist.
        /// </summary>
        public static ImmutableArray<string> ActionsFor(string serviceNamespace, string operation) =>
            Exceptions.TryGetValue(Key(serviceNamespace, operation), out var row)
                ? row.Actions
                : IsMapped(serviceNamespace, operation)
                    ? ImmutableArray.Create(PrefixOf(serviceNamespace) + ":" + operation)
                    : ImmutableArray<string>.Empty;

        /// <summary>
        /// False for an operation whose actions are not known: an operation of a service that the rule does
        /// not fit (API Gateway management, authorized by HTTP verb: <see cref="ApiGatewayOperations"/>) and
        /// that has no row, such as one a newer SDK added. Such a call is left out of the policy.
        /// </summary>
        public static bool IsMapped(string serviceNamespace, string operation) =>
            Exceptions.ContainsKey(Key(serviceNamespace, operation))
            || !ApiGatewayOperations.VerbAuthorizedServices.Contains(serviceNamespace);

        /// <summary>The helper row of a client method that is not an operation (<c>AuthorizeS3ToSendMessage</c>), or null.</summary>
        public static ClientHelperRow? ClientHelperFor(string serviceNamespace, string method) =>
            ClientHelpers.TryGetValue(Key(serviceNamespace, method), out var row) ? row : null;

        /// <summary>The row that overrides the rule for this operation, or null when the rule applies.</summary>
        public static OperationRow? ExceptionFor(string serviceNamespace, string operation) =>
            Exceptions.TryGetValue(Key(serviceNamespace, operation), out var row) ? row : null;

        private static string Key(string serviceNamespace, string operation) => serviceNamespace + "." + operation;

        private static ImmutableDictionary<string, OperationRow> Rows(params OperationRow[] rows)
        {
            var builder = ImmutableDictionary.CreateBuilder<string, OperationRow>(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                builder.Add(Key(row.ServiceNamespace, row.Operation), row);
            }

            return builder.ToImmutable();
        }

        private static ImmutableDictionary<string, ClientHelperRow> HelperRows(params ClientHelperRow[] rows)
        {
            var builder = ImmutableDictionary.CreateBuilder<string, ClientHelperRow>(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                builder.Add(Key(row.ServiceNamespace, row.Method), row);
            }

            return builder.ToImmutable();
        }
    }

    /// <summary>One exception of <see cref="IamActionTable"/>: an operation, its actions and where that fact is documented.</summary>
    internal sealed class OperationRow
    {
        public OperationRow(string serviceNamespace, string operation, string source, params string[] actions)
        {
            ServiceNamespace = serviceNamespace;
            Operation = operation;
            Source = source;
            Actions = actions.ToImmutableArray();
        }

        public string ServiceNamespace { get; }

        public string Operation { get; }

        /// <summary>The documentation page the row is taken from.</summary>
        public string Source { get; }

        public ImmutableArray<string> Actions { get; }
    }

    /// <summary>A client helper of <see cref="IamActionTable.ClientHelpers"/>: the operations it sends and the SDK file that shows them.</summary>
    internal sealed class ClientHelperRow
    {
        public ClientHelperRow(string serviceNamespace, string method, string source, params HelperCall[] calls)
        {
            ServiceNamespace = serviceNamespace;
            Method = method;
            Source = source;
            Calls = calls.ToImmutableArray();
        }

        public string ServiceNamespace { get; }

        /// <summary>The client method without <c>Async</c>.</summary>
        public string Method { get; }

        /// <summary>The SDK source file the row is read from.</summary>
        public string Source { get; }

        public ImmutableArray<HelperCall> Calls { get; }
    }

    /// <summary>One operation a client helper sends: its action, and the helper parameter naming the resource (null: <c>*</c>).</summary>
    internal sealed class HelperCall
    {
        public HelperCall(string action, HelperResource resource, string? parameter)
        {
            Action = action;
            Resource = resource;
            Parameter = parameter;
        }

        public string Action { get; }

        public HelperResource Resource { get; }

        public string? Parameter { get; }
    }

    /// <summary>How a helper's parameter becomes a resource.</summary>
    internal enum HelperResource
    {
        /// <summary><c>*</c>: the helper's resources are not one parameter (a list of topics, every topic).</summary>
        Any,

        /// <summary>A queue URL (<see cref="IamResources.SqsQueueUrl"/>).</summary>
        SqsQueueUrl,

        /// <summary>A topic ARN (<see cref="IamResources.SnsTopicArn"/>).</summary>
        SnsTopicArn,
    }
}
