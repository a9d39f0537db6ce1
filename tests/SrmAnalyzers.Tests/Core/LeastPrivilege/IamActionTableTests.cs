using System.Linq;
using SrmAnalyzers.Core.LeastPrivilege;

namespace SrmAnalyzers.Tests.Core.LeastPrivilege
{
    /// <summary>
    /// Operation → IAM action pairs, each checked against the AWS Service Authorization Reference
    /// page named beside it (https://docs.aws.amazon.com/service-authorization/latest/reference/PAGE),
    /// or the service guide named. Operations are the SDK for .NET's names.
    /// </summary>
    public class IamActionTableTests
    {
        [Theory]
        // list_amazons3.html, "API operations defined by Amazon S3", and the S3 user guide's using-with-s3-policy-actions.html
        [InlineData("S3", "PutObject", "s3:PutObject")]
        [InlineData("S3", "GetObject", "s3:GetObject")]
        [InlineData("S3", "DeleteObject", "s3:DeleteObject")]
        [InlineData("S3", "ListObjects", "s3:ListBucket")]
        [InlineData("S3", "ListObjectsV2", "s3:ListBucket")]
        [InlineData("S3", "ListVersions", "s3:ListBucketVersions")]
        [InlineData("S3", "ListMultipartUploads", "s3:ListBucketMultipartUploads")]
        [InlineData("S3", "ListParts", "s3:ListMultipartUploadParts")]
        [InlineData("S3", "ListBuckets", "s3:ListAllMyBuckets")]
        [InlineData("S3", "HeadBucket", "s3:ListBucket")]
        [InlineData("S3", "PutBucket", "s3:CreateBucket")]
        [InlineData("S3", "DeleteBucket", "s3:DeleteBucket")]
        [InlineData("S3", "GetObjectMetadata", "s3:GetObject")]
        [InlineData("S3", "CreatePresignedPost", "s3:PutObject")] // signed locally (S3 user guide, using-presigned-url.html)
        [InlineData("S3", "DeleteObjects", "s3:DeleteObject")]
        [InlineData("S3", "CopyObject", "s3:GetObject,s3:PutObject")]
        [InlineData("S3", "CopyPart", "s3:GetObject,s3:PutObject")]
        [InlineData("S3", "InitiateMultipartUpload", "s3:PutObject")]
        [InlineData("S3", "UploadPart", "s3:PutObject")]
        [InlineData("S3", "CompleteMultipartUpload", "s3:PutObject")]
        [InlineData("S3", "AbortMultipartUpload", "s3:AbortMultipartUpload")]
        [InlineData("S3", "PutBucketPolicy", "s3:PutBucketPolicy")]
        [InlineData("S3", "PutBucketVersioning", "s3:PutBucketVersioning")]
        [InlineData("S3", "GetBucketEncryption", "s3:GetEncryptionConfiguration")]
        [InlineData("S3", "PutBucketEncryption", "s3:PutEncryptionConfiguration")]
        [InlineData("S3", "DeleteBucketEncryption", "s3:PutEncryptionConfiguration")]
        [InlineData("S3", "PutPublicAccessBlock", "s3:PutBucketPublicAccessBlock")]
        [InlineData("S3", "DeletePublicAccessBlock", "s3:PutBucketPublicAccessBlock")]
        [InlineData("S3", "PutCORSConfiguration", "s3:PutBucketCORS")]
        [InlineData("S3", "DeleteCORSConfiguration", "s3:PutBucketCORS")]
        [InlineData("S3", "DeleteLifecycleConfiguration", "s3:PutLifecycleConfiguration")]
        [InlineData("S3", "DeleteBucketTagging", "s3:PutBucketTagging")]
        [InlineData("S3", "SelectObjectContent", "s3:GetObject")]
        [InlineData("S3", "GetACL", "s3:GetBucketAcl")]
        [InlineData("S3", "PutACL", "s3:PutBucketAcl")]
        // Renamed bucket configuration actions, checked on the Actions table of list_amazons3.html (each
        // action links the API operation it authorizes) and, for deletes and lists, using-with-s3-policy-actions.html.
        [InlineData("S3", "GetCORSConfiguration", "s3:GetBucketCORS")]
        [InlineData("S3", "GetPublicAccessBlock", "s3:GetBucketPublicAccessBlock")]
        [InlineData("S3", "GetBucketReplication", "s3:GetReplicationConfiguration")]
        [InlineData("S3", "PutBucketReplication", "s3:PutReplicationConfiguration")]
        [InlineData("S3", "DeleteBucketReplication", "s3:PutReplicationConfiguration")]
        [InlineData("S3", "DeleteBucketOwnershipControls", "s3:PutBucketOwnershipControls")]
        [InlineData("S3", "GetObjectLockConfiguration", "s3:GetBucketObjectLockConfiguration")]
        [InlineData("S3", "PutObjectLockConfiguration", "s3:PutBucketObjectLockConfiguration")]
        [InlineData("S3", "GetBucketAccelerateConfiguration", "s3:GetAccelerateConfiguration")]
        [InlineData("S3", "PutBucketAccelerateConfiguration", "s3:PutAccelerateConfiguration")]
        [InlineData("S3", "GetLifecycleConfiguration", "s3:GetLifecycleConfiguration")]
        [InlineData("S3", "PutLifecycleConfiguration", "s3:PutLifecycleConfiguration")]
        [InlineData("S3", "GetBucketNotification", "s3:GetBucketNotification")]
        [InlineData("S3", "PutBucketNotification", "s3:PutBucketNotification")]
        [InlineData("S3", "GetBucketTagging", "s3:GetBucketTagging")]
        [InlineData("S3", "PutBucketTagging", "s3:PutBucketTagging")]
        [InlineData("S3", "GetBucketWebsite", "s3:GetBucketWebsite")]
        [InlineData("S3", "PutBucketWebsite", "s3:PutBucketWebsite")]
        [InlineData("S3", "DeleteBucketWebsite", "s3:DeleteBucketWebsite")]
        [InlineData("S3", "GetBucketAnalyticsConfiguration", "s3:GetAnalyticsConfiguration")]
        [InlineData("S3", "DeleteBucketAnalyticsConfiguration", "s3:PutAnalyticsConfiguration")]
        [InlineData("S3", "ListBucketInventoryConfigurations", "s3:GetInventoryConfiguration")]
        [InlineData("S3", "DeleteBucketInventoryConfiguration", "s3:PutInventoryConfiguration")]
        [InlineData("S3", "PutBucketMetricsConfiguration", "s3:PutMetricsConfiguration")]
        [InlineData("S3", "DeleteBucketMetricsConfiguration", "s3:PutMetricsConfiguration")]
        [InlineData("S3", "GetBucketIntelligentTieringConfiguration", "s3:GetIntelligentTieringConfiguration")]
        [InlineData("S3", "DeleteBucketIntelligentTieringConfiguration", "s3:PutIntelligentTieringConfiguration")]
        [InlineData("S3", "CreateBucketMetadataConfiguration", "s3:CreateBucketMetadataTableConfiguration")] // S3 API reference, API_CreateBucketMetadataConfiguration.html
        [InlineData("S3", "WriteGetObjectResponse", "s3-object-lambda:WriteGetObjectResponse")]
        // SQS developer guide, sqs-batch-api.html ("setting permissions for SendMessage ... sets permissions for the corresponding batch versions")
        [InlineData("SQS", "SendMessage", "sqs:SendMessage")]
        [InlineData("SQS", "SendMessageBatch", "sqs:SendMessage")]
        [InlineData("SQS", "DeleteMessageBatch", "sqs:DeleteMessage")]
        [InlineData("SQS", "ChangeMessageVisibilityBatch", "sqs:ChangeMessageVisibility")]
        [InlineData("SQS", "ReceiveMessage", "sqs:ReceiveMessage")]
        // list_amazonsns.html; PublishBatch: SNS developer guide sns-access-policy-language-api-permissions-reference.html
        [InlineData("SimpleNotificationService", "Publish", "sns:Publish")]
        [InlineData("SimpleNotificationService", "PublishBatch", "sns:Publish")]
        [InlineData("SimpleNotificationService", "Subscribe", "sns:Subscribe")]
        // list_amazondynamodb.html; transactions: developer guide transaction-apis-iam.html; PartiQL: ql-iam.html
        [InlineData("DynamoDBv2", "GetItem", "dynamodb:GetItem")]
        [InlineData("DynamoDBv2", "Query", "dynamodb:Query")]
        [InlineData("DynamoDBv2", "BatchWriteItem", "dynamodb:BatchWriteItem")]
        [InlineData("DynamoDBv2", "TransactGetItems", "dynamodb:GetItem")]
        [InlineData("DynamoDBv2", "TransactWriteItems", "dynamodb:PutItem,dynamodb:UpdateItem,dynamodb:DeleteItem,dynamodb:ConditionCheckItem")]
        [InlineData("DynamoDBv2", "ExecuteStatement", "dynamodb:PartiQLSelect,dynamodb:PartiQLInsert,dynamodb:PartiQLUpdate,dynamodb:PartiQLDelete")]
        [InlineData("DynamoDBv2", "BatchExecuteStatement", "dynamodb:PartiQLSelect,dynamodb:PartiQLInsert,dynamodb:PartiQLUpdate,dynamodb:PartiQLDelete")]
        [InlineData("DynamoDBv2", "ExecuteTransaction", "dynamodb:PartiQLSelect,dynamodb:PartiQLInsert,dynamodb:PartiQLUpdate,dynamodb:PartiQLDelete")]
        [InlineData("DynamoDBv2", "GetRecords", "dynamodb:GetRecords")] // DynamoDB Streams shares the prefix
        // list_awssystemsmanager.html
        [InlineData("SimpleSystemsManagement", "GetParameter", "ssm:GetParameter")]
        [InlineData("SimpleSystemsManagement", "GetParametersByPath", "ssm:GetParametersByPath")]
        // list_awskeymanagementservice.html; ReEncrypt: KMS API reference API_ReEncrypt.html ("authorized twice")
        [InlineData("KeyManagementService", "Decrypt", "kms:Decrypt")]
        [InlineData("KeyManagementService", "GenerateDataKey", "kms:GenerateDataKey")]
        [InlineData("KeyManagementService", "ReEncrypt", "kms:ReEncryptFrom,kms:ReEncryptTo")]
        // list_awssecretsmanager.html; BatchGetSecretValue: Secrets Manager API reference API_BatchGetSecretValue.html
        [InlineData("SecretsManager", "GetSecretValue", "secretsmanager:GetSecretValue")]
        [InlineData("SecretsManager", "BatchGetSecretValue", "secretsmanager:BatchGetSecretValue,secretsmanager:GetSecretValue")]
        // list_awssecuritytokenservice.html (web identity and SAML: called without AWS credentials, authorized by
        // the role's trust policy; STS API reference API_AssumeRoleWithWebIdentity.html, API_AssumeRoleWithSAML.html)
        [InlineData("SecurityToken", "AssumeRole", "sts:AssumeRole")]
        [InlineData("SecurityToken", "GetCallerIdentity", "sts:GetCallerIdentity")]
        [InlineData("SecurityToken", "AssumeRoleWithWebIdentity", "")]
        [InlineData("SecurityToken", "AssumeRoleWithSAML", "")]
        // list_awslambda.html; InvokeWithResponseStream: Lambda API reference API_InvokeWithResponseStream.html
        [InlineData("Lambda", "Invoke", "lambda:InvokeFunction")]
        [InlineData("Lambda", "InvokeWithResponseStream", "lambda:InvokeFunction")]
        [InlineData("Lambda", "CreateFunction", "lambda:CreateFunction")]
        // list_amazonec2.html
        [InlineData("EC2", "RunInstances", "ec2:RunInstances")]
        [InlineData("EC2", "DescribeInstances", "ec2:DescribeInstances")]
        // list_awsidentityandaccessmanagementiam.html
        [InlineData("IdentityManagement", "CreateRole", "iam:CreateRole")]
        [InlineData("IdentityManagement", "PutRolePolicy", "iam:PutRolePolicy")]
        // list_amazoncloudwatch.html (prefix cloudwatch, not the signing name monitoring)
        [InlineData("CloudWatch", "PutMetricData", "cloudwatch:PutMetricData")]
        // list_amazoncloudwatchlogs.html
        [InlineData("CloudWatchLogs", "PutLogEvents", "logs:PutLogEvents")]
        [InlineData("CloudWatchLogs", "CreateLogStream", "logs:CreateLogStream")]
        // list_amazoneventbridge.html (both clients)
        [InlineData("EventBridge", "PutEvents", "events:PutEvents")]
        [InlineData("CloudWatchEvents", "PutEvents", "events:PutEvents")]
        // list_awsstepfunctions.html
        [InlineData("StepFunctions", "StartExecution", "states:StartExecution")]
        [InlineData("StepFunctions", "SendTaskSuccess", "states:SendTaskSuccess")]
        // list_amazonses.html and list_amazonsimpleemailservicev2.html (both prefix ses)
        [InlineData("SimpleEmail", "SendRawEmail", "ses:SendRawEmail")]
        [InlineData("SimpleEmailV2", "SendEmail", "ses:SendEmail")]
        // list_amazonkinesis.html, list_amazonkinesisfirehose.html
        [InlineData("Kinesis", "PutRecords", "kinesis:PutRecords")]
        [InlineData("KinesisFirehose", "PutRecordBatch", "firehose:PutRecordBatch")]
        // list_amazoncognitouserpools.html, list_amazoncognitoidentity.html
        [InlineData("CognitoIdentityProvider", "AdminInitiateAuth", "cognito-idp:AdminInitiateAuth")]
        [InlineData("CognitoIdentity", "GetId", "cognito-identity:GetId")]
        // list_amazonrds.html; another service falls back to its namespace in lower case (list_amazonathena.html)
        [InlineData("RDS", "DescribeDBInstances", "rds:DescribeDBInstances")]
        [InlineData("Athena", "StartQueryExecution", "athena:StartQueryExecution")]
        // The remaining prefixes of IamActionTable.ServicePrefixes, one pair each, with the page named beside the prefix there.
        [InlineData("RDSDataService", "ExecuteStatement", "rds-data:ExecuteStatement")]
        [InlineData("ElasticLoadBalancingV2", "DescribeLoadBalancers", "elasticloadbalancing:DescribeLoadBalancers")]
        [InlineData("ConfigService", "PutEvaluations", "config:PutEvaluations")]
        [InlineData("CertificateManager", "DescribeCertificate", "acm:DescribeCertificate")]
        [InlineData("SageMakerRuntime", "InvokeEndpoint", "sagemaker:InvokeEndpoint")]
        [InlineData("BedrockRuntime", "InvokeModel", "bedrock:InvokeModel")]
        [InlineData("ApplicationAutoScaling", "RegisterScalableTarget", "application-autoscaling:RegisterScalableTarget")]
        [InlineData("SimpleWorkflow", "StartWorkflowExecution", "swf:StartWorkflowExecution")]
        [InlineData("IotData", "Publish", "iot:Publish")]
        public void Operation_needs_the_referenced_actions(string service, string operation, string expected)
        {
            var actions = IamActionTable.ActionsFor(service, operation);

            Assert.Equal(expected.Split(',', System.StringSplitOptions.RemoveEmptyEntries), actions.ToArray());
        }

        [Theory]
        // list_amazonapigatewaymanagement.html and list_amazonapigatewaymanagementv2.html: both prefix apigateway, whose
        // actions are the HTTP verbs (DELETE, GET, PATCH, POST, PUT). Each operation's verb is the one its request
        // marshaller in aws/aws-sdk-net sends (request.HttpMethod), not one guessed from the name.
        [InlineData("APIGateway", "GetRestApis", "apigateway:GET")]
        [InlineData("APIGateway", "GetExport", "apigateway:GET")]
        [InlineData("APIGateway", "CreateRestApi", "apigateway:POST")]
        [InlineData("APIGateway", "ImportRestApi", "apigateway:POST")]
        [InlineData("APIGateway", "TestInvokeMethod", "apigateway:POST")]
        [InlineData("APIGateway", "RejectDomainNameAccessAssociation", "apigateway:POST")]
        [InlineData("APIGateway", "PutIntegration", "apigateway:PUT")]
        [InlineData("APIGateway", "ImportDocumentationParts", "apigateway:PUT")]
        [InlineData("APIGateway", "TagResource", "apigateway:PUT")]
        [InlineData("APIGateway", "UpdateStage", "apigateway:PATCH")]
        [InlineData("APIGateway", "UpdateUsage", "apigateway:PATCH")]
        [InlineData("APIGateway", "DeleteRestApi", "apigateway:DELETE")]
        [InlineData("APIGateway", "FlushStageCache", "apigateway:DELETE")]
        [InlineData("APIGateway", "UntagResource", "apigateway:DELETE")]
        [InlineData("ApiGatewayV2", "GetApis", "apigateway:GET")]
        [InlineData("ApiGatewayV2", "ExportApi", "apigateway:GET")]
        [InlineData("ApiGatewayV2", "CreateApi", "apigateway:POST")]
        [InlineData("ApiGatewayV2", "TagResource", "apigateway:POST")] // a PUT in V1
        [InlineData("ApiGatewayV2", "ImportApi", "apigateway:PUT")]
        [InlineData("ApiGatewayV2", "ReimportApi", "apigateway:PUT")]
        [InlineData("ApiGatewayV2", "UpdateApi", "apigateway:PATCH")]
        [InlineData("ApiGatewayV2", "ResetAuthorizersCache", "apigateway:DELETE")]
        [InlineData("ApiGatewayV2", "DeleteRouteSettings", "apigateway:DELETE")]
        // The rest of V2 from AWS's 2018-11-29 model (boto/botocore, apigatewayv2/2018-11-29/service-2.json: "http":{"method":...}),
        // across resource kinds: routes, integrations, stages, deployments, authorizers, models, domain names, API mappings,
        // routing rules, VPC links, portals.
        [InlineData("ApiGatewayV2", "GetRoutes", "apigateway:GET")]
        [InlineData("ApiGatewayV2", "CreateRoute", "apigateway:POST")]
        [InlineData("ApiGatewayV2", "UpdateRouteResponse", "apigateway:PATCH")]
        [InlineData("ApiGatewayV2", "DeleteRouteRequestParameter", "apigateway:DELETE")]
        [InlineData("ApiGatewayV2", "CreateIntegrationResponse", "apigateway:POST")]
        [InlineData("ApiGatewayV2", "GetIntegrations", "apigateway:GET")]
        [InlineData("ApiGatewayV2", "UpdateStage", "apigateway:PATCH")]
        [InlineData("ApiGatewayV2", "DeleteAccessLogSettings", "apigateway:DELETE")]
        [InlineData("ApiGatewayV2", "CreateDeployment", "apigateway:POST")]
        [InlineData("ApiGatewayV2", "DeleteAuthorizer", "apigateway:DELETE")]
        [InlineData("ApiGatewayV2", "GetModelTemplate", "apigateway:GET")]
        [InlineData("ApiGatewayV2", "CreateDomainName", "apigateway:POST")]
        [InlineData("ApiGatewayV2", "UpdateApiMapping", "apigateway:PATCH")]
        [InlineData("ApiGatewayV2", "PutRoutingRule", "apigateway:PUT")]
        [InlineData("ApiGatewayV2", "ListRoutingRules", "apigateway:GET")]
        [InlineData("ApiGatewayV2", "CreateVpcLink", "apigateway:POST")]
        [InlineData("ApiGatewayV2", "DeleteCorsConfiguration", "apigateway:DELETE")]
        [InlineData("ApiGatewayV2", "PublishPortal", "apigateway:POST")]
        [InlineData("ApiGatewayV2", "DisablePortal", "apigateway:DELETE")]
        [InlineData("ApiGatewayV2", "PutPortalProductSharingPolicy", "apigateway:PUT")]
        // list_amazonapigateway.html (prefix execute-api) and the developer guide's apigateway-websocket-control-access-iam.html:
        // ManageConnections controls access to the @connections API.
        [InlineData("ApiGatewayManagementApi", "PostToConnection", "execute-api:ManageConnections")]
        [InlineData("ApiGatewayManagementApi", "GetConnection", "execute-api:ManageConnections")]
        [InlineData("ApiGatewayManagementApi", "DeleteConnection", "execute-api:ManageConnections")]
        public void API_Gateway_operations_need_their_HTTP_verb_action(string service, string operation, string expected)
        {
            Assert.Equal(new[] { expected }, IamActionTable.ActionsFor(service, operation).ToArray());
            Assert.True(IamActionTable.IsMapped(service, operation));
        }

        [Theory]
        [InlineData("APIGateway")]
        [InlineData("ApiGatewayV2")]
        public void API_Gateway_management_prefix_is_apigateway(string service) =>
            Assert.Equal("apigateway", IamActionTable.PrefixOf(service));

        [Fact]
        public void API_Gateway_actions_are_only_the_five_verbs()
        {
            var rows = IamActionTable.Exceptions.Values.Where(r => r.ServiceNamespace is "APIGateway" or "ApiGatewayV2").ToList();
            Assert.True(rows.Count > 100, "every operation of the 2015-07-09 API has a row");
            Assert.All(rows, row => Assert.Contains(Assert.Single(row.Actions), new[] { "apigateway:GET", "apigateway:POST", "apigateway:PUT", "apigateway:PATCH", "apigateway:DELETE" }));
        }

        [Theory]
        // Every operation of AWS's service models (boto/botocore: apigateway/2015-07-09 has 124, apigatewayv2/2018-11-29 has 103),
        // each with the verb of its "http" block; the SDK for .NET is generated from the same models.
        [InlineData("APIGateway", 124, 47, 22, 8, 22, 25)]
        [InlineData("ApiGatewayV2", 103, 38, 20, 4, 16, 25)]
        public void API_Gateway_verb_table_holds_every_operation_of_the_model(string service, int operations, int get, int post, int put, int patch, int delete)
        {
            var rows = IamActionTable.Exceptions.Values.Where(r => r.ServiceNamespace == service).ToList();
            int Count(string verb) => rows.Count(r => r.Actions.Single() == "apigateway:" + verb);

            Assert.Equal(operations, rows.Count);
            Assert.Equal(new[] { get, post, put, patch, delete }, new[] { Count("GET"), Count("POST"), Count("PUT"), Count("PATCH"), Count("DELETE") });
        }

        [Theory]
        // An operation the verb table does not hold (a newer SDK's): its verb is not known, so no action at all, never
        // apigateway:<operation> (not an action) nor apigateway:* (the whole management API).
        [InlineData("APIGateway", "SomeFutureOperation")]
        [InlineData("ApiGatewayV2", "SomeFutureOperation")]
        public void Unknown_API_Gateway_operation_gets_no_action(string service, string operation)
        {
            Assert.False(IamActionTable.IsMapped(service, operation));
            Assert.Empty(IamActionTable.ActionsFor(service, operation));
        }

        [Fact]
        public void Every_exception_names_its_source_and_well_formed_actions()
        {
            foreach (var row in IamActionTable.Exceptions.Values)
            {
                Assert.StartsWith("https://docs.aws.amazon.com/", row.Source);
                Assert.All(row.Actions, action => Assert.Matches("^[a-z0-9-]+:[A-Za-z0-9]+$", action));
            }
        }

        [Fact]
        public void Every_client_helper_names_the_sdk_file_it_was_read_from()
        {
            Assert.NotEmpty(IamActionTable.ClientHelpers);
            foreach (var row in IamActionTable.ClientHelpers.Values)
            {
                Assert.StartsWith("https://github.com/aws/aws-sdk-net/blob/main/sdk/src/Services/", row.Source);
                Assert.NotEmpty(row.Calls);
                Assert.All(row.Calls, call => Assert.Matches("^[a-z0-9-]+:[A-Za-z0-9]+$", call.Action));
                Assert.DoesNotContain("Async", row.Method);
            }
        }

        [Fact]
        public void Object_Lambda_response_is_authorized_by_the_Object_Lambda_page() =>
            // list_amazons3objectlambda.html: service prefix s3-object-lambda, action WriteGetObjectResponse (not on the S3 page).
            Assert.Equal(IamActionTable.S3ObjectLambdaSource, IamActionTable.ExceptionFor("S3", "WriteGetObjectResponse")!.Source);

        [Theory]
        [InlineData("s3:GetObject", true)]
        [InlineData("s3:GetObjectVersion", true)]
        [InlineData("s3:AbortMultipartUpload", true)]
        [InlineData("s3:ListMultipartUploadParts", true)]
        [InlineData("s3:ListBucket", false)]
        [InlineData("s3:GetBucketObjectLockConfiguration", false)]
        [InlineData("s3:CreateBucket", false)]
        public void S3_actions_are_on_objects_or_buckets_as_the_reference_says(string action, bool onObject) =>
            Assert.Equal(onObject, IamActionTable.IsS3ObjectAction(action));

        [Fact]
        public void Dependent_actions_are_the_documented_ones()
        {
            // S3 user guide UsingKMSEncryption.html and mpuoverview.html; Systems Manager sysman-paramstore-access.html; EC2 permission-to-pass-iam-roles.html.
            Assert.Equal(new[] { "kms:GenerateDataKey" }, IamActionTable.Dependent.SseKmsWrite.ToArray());
            Assert.Equal(new[] { "kms:GenerateDataKey", "kms:Decrypt" }, IamActionTable.Dependent.SseKmsMultipartWrite.ToArray());
            Assert.Equal(new[] { "kms:Decrypt" }, IamActionTable.Dependent.SseKmsRead.ToArray());
            Assert.Equal(new[] { "kms:Decrypt" }, IamActionTable.Dependent.SsmWithDecryption.ToArray());
            Assert.Equal(new[] { "iam:PassRole" }, IamActionTable.Dependent.PassRole.ToArray());
            Assert.Equal("s3:GetObjectVersion", IamActionTable.S3VersionedActions["s3:GetObject"]);
            Assert.Equal("s3:DeleteObjectVersion", IamActionTable.S3VersionedActions["s3:DeleteObject"]);

            // S3 API reference API_DeleteObjects.html; Secrets Manager API reference API_BatchGetSecretValue.html.
            Assert.Equal(new[] { "s3:DeleteObjectVersion" }, IamActionTable.Dependent.S3DeleteObjectVersions.ToArray());
            Assert.Equal(new[] { "secretsmanager:ListSecrets" }, IamActionTable.Dependent.SecretsBatchFilters.ToArray());
        }
    }
}
