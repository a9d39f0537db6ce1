using System.Threading.Tasks;
using SrmAnalyzers.Tests.Infrastructure;
using VerifyCS = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.PublicPolicyPrincipalAnalyzer>;

namespace SrmAnalyzers.Tests.Rules
{
    public class SRM202Tests
    {
        private static readonly string[] Iam = { "IdentityManagement.cs" };
        private static readonly string[] Sns = { "SimpleNotificationService.cs" };

        private const string PublicResource = "anyone, including anonymous users, can act on the resource";

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Bucket_policy_for_principal_star_without_condition_is_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(""""
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

class Buckets
{
    async Task Share(IAmazonS3 s3)
    {
        await s3.PutBucketPolicyAsync(new PutBucketPolicyRequest
        {
            BucketName = "site",
            Policy = {|#0:"""
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    { "Sid": "PublicRead", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::site/*" }
                  ]
                }
                """|},
        });
    }
}
"""", sdk, VerifyCS.Diagnostic("SRM202").WithLocation(0).WithArguments("Policy statement 'PublicRead' allows principal \"*\" without a Condition: " + PublicResource));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Aws_star_principal_without_condition_is_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(""""
using System.Threading.Tasks;
using Amazon.S3;

class Buckets
{
    async Task Share(IAmazonS3 s3, string bucket)
    {
        await s3.PutBucketPolicyAsync(bucket, {|#0:$@"{{ ""Statement"": [ {{ ""Effect"": ""Allow"", ""Principal"": {{ ""AWS"": [""arn:aws:iam::111122223333:root"", ""*""] }}, ""Action"": ""s3:GetObject"", ""Resource"": ""arn:aws:s3:::{bucket}/*"" }} ] }}"|});
    }
}
"""", sdk, VerifyCS.Diagnostic("SRM202").WithLocation(0).WithArguments("Policy statement allows principal {\"AWS\": \"*\"} without a Condition: " + PublicResource));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Conditions_service_principals_accounts_and_deny_are_not_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(""""
using System.Threading.Tasks;
using Amazon.S3;

class Buckets
{
    const string Conditional = """{ "Statement": { "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::site/*", "Condition": { "StringEquals": { "aws:SourceVpce": "vpce-1a2b3c4d" } } } }""";
    const string Service = """{ "Statement": { "Effect": "Allow", "Principal": { "Service": "cloudtrail.amazonaws.com" }, "Action": "s3:PutObject", "Resource": "arn:aws:s3:::logs/*" } }""";
    const string Account = """{ "Statement": { "Effect": "Allow", "Principal": { "AWS": ["arn:aws:iam::111122223333:root", "444455556666"] }, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::site/*" } }""";
    const string Deny = """{ "Statement": { "Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "arn:aws:s3:::site/*" } }""";
    const string Identity = """{ "Statement": { "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" } }""";

    async Task Share(IAmazonS3 s3, string extra)
    {
        await s3.PutBucketPolicyAsync("a", Conditional);
        await s3.PutBucketPolicyAsync("b", Service);
        await s3.PutBucketPolicyAsync("c", Account);
        await s3.PutBucketPolicyAsync("d", Deny);
        await s3.PutBucketPolicyAsync("e", Identity);
        // A member that cannot be read may be a Condition.
        await s3.PutBucketPolicyAsync("f", $"{{ \"Statement\": {{ \"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"s3:GetObject\", {extra} }} }}");
    }
}
"""", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Trust_policy_open_to_every_account_is_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(""""
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

class Roles
{
    const string OpenTrust = """{ "Statement": [ { "Effect": "Allow", "Principal": { "AWS": "*" }, "Action": "sts:AssumeRole" } ] }""";
    const string ServiceTrust = """{ "Statement": [ { "Effect": "Allow", "Principal": { "Service": "lambda.amazonaws.com" }, "Action": "sts:AssumeRole" } ] }""";
    const string ExternalIdTrust = """{ "Statement": [ { "Effect": "Allow", "Principal": { "AWS": "*" }, "Action": "sts:AssumeRole", "Condition": { "StringEquals": { "sts:ExternalId": "x" } } } ] }""";

    async Task Create(IAmazonIdentityManagementService iam)
    {
        await iam.CreateRoleAsync(new CreateRoleRequest { RoleName = "open", AssumeRolePolicyDocument = {|#0:OpenTrust|} });
        var update = new UpdateAssumeRolePolicyRequest { RoleName = "open" };
        update.PolicyDocument = {|#1:OpenTrust|};
        await iam.UpdateAssumeRolePolicyAsync(update);
        await iam.CreateRoleAsync(new CreateRoleRequest { RoleName = "fn", AssumeRolePolicyDocument = ServiceTrust });
        await iam.CreateRoleAsync(new CreateRoleRequest { RoleName = "partner", AssumeRolePolicyDocument = ExternalIdTrust });
    }
}
"""", sdk, options: null, stubs: Iam,
            VerifyCS.Diagnostic("SRM202").WithLocation(0).WithArguments("Trust policy statement allows principal {\"AWS\": \"*\"} without a Condition: any AWS account can assume the role"),
            VerifyCS.Diagnostic("SRM202").WithLocation(1).WithArguments("Trust policy statement allows principal {\"AWS\": \"*\"} without a Condition: any AWS account can assume the role"));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Access_control_policy_for_all_users_is_reported_unless_conditioned(Sdk sdk) => VerifyCS.AnalyzerAsync(""""
using System.Threading.Tasks;
using Amazon.Auth.AccessControlPolicy;
using Amazon.S3;

class Graphs
{
    async Task Share(IAmazonS3 s3)
    {
        var open = new Policy
        {
            Statements =
            {
                new Statement(Statement.StatementEffect.Allow)
                {
                    Principals = { Principal.AllUsers },
                    Actions = { new ActionIdentifier("s3:GetObject") },
                    Resources = { new Resource("arn:aws:s3:::site/*") },
                },
            },
        };
        await s3.PutBucketPolicyAsync("site", {|SRM202:open.ToJson()|});

        var anonymous = new Policy().WithStatements(new Statement(Statement.StatementEffect.Allow)
            .WithPrincipals(new Principal("*"))
            .WithActionIdentifiers(new ActionIdentifier("s3:GetObject"))
            .WithResources(new Resource("arn:aws:s3:::site/*")));
        await s3.PutBucketPolicyAsync("site", {|SRM202:anonymous.ToJson()|});

        var statement = new Statement(Statement.StatementEffect.Allow);
        statement.Principals.Add(Principal.Anonymous);
        statement.Actions.Add(new ActionIdentifier("s3:GetObject"));
        statement.Resources.Add(new Resource("arn:aws:s3:::site/*"));
        var added = new Policy("anonymous", new System.Collections.Generic.List<Statement> { statement });
        await s3.PutBucketPolicyAsync("site", {|#0:added.ToJson()|});

        var conditioned = new Policy().WithStatements(new Statement(Statement.StatementEffect.Allow)
            .WithPrincipals(Principal.AllUsers)
            .WithActionIdentifiers(new ActionIdentifier("s3:GetObject"))
            .WithResources(new Resource("arn:aws:s3:::site/*"))
            .WithConditions(ConditionFactory.NewSourceArnCondition("arn:aws:cloudfront::111122223333:distribution/E1")));
        await s3.PutBucketPolicyAsync("site", conditioned.ToJson());

        var service = new Policy().WithStatements(new Statement(Statement.StatementEffect.Allow)
            .WithPrincipals(new Principal(Principal.SERVICE_PROVIDER, "cloudtrail.amazonaws.com"))
            .WithActionIdentifiers(new ActionIdentifier("s3:PutObject"))
            .WithResources(new Resource("arn:aws:s3:::logs/*")));
        await s3.PutBucketPolicyAsync("logs", service.ToJson());

        var denied = new Policy().WithStatements(new Statement(Statement.StatementEffect.Deny)
            .WithPrincipals(Principal.AllUsers)
            .WithActionIdentifiers(new ActionIdentifier("s3:*"))
            .WithResources(new Resource("arn:aws:s3:::site/*")));
        await s3.PutBucketPolicyAsync("site", denied.ToJson());
    }
}
"""", sdk, VerifyCS.Diagnostic("SRM202").WithLocation(0).WithArguments("Policy statement allows principal \"*\" without a Condition: " + PublicResource));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Serialized_anonymous_object_with_public_principal_is_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(""""
using System.Text.Json;
using System.Threading.Tasks;
using Amazon.S3;

class Serialized
{
    async Task Share(IAmazonS3 s3)
    {
        var policy = new
        {
            Version = "2012-10-17",
            Statement = new object[]
            {
                new { Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::site/*" },
            },
        };
        await s3.PutBucketPolicyAsync("site", {|SRM202:JsonSerializer.Serialize(policy)|});
    }
}
"""", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Sns_topic_policy_for_everyone_is_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(""""
using System.Threading.Tasks;
using Amazon.SimpleNotificationService;
using Amazon.SimpleNotificationService.Model;

class Topics
{
    async Task Open(IAmazonSimpleNotificationService sns, string arn)
    {
        var policy = $@"{{ ""Statement"": [ {{ ""Effect"": ""Allow"", ""Principal"": {{ ""AWS"": ""*"" }}, ""Action"": ""sns:Publish"", ""Resource"": ""{arn}"" }} ] }}";
        await sns.SetTopicAttributesAsync(arn, "Policy", {|SRM202:policy|});
        await sns.SetTopicAttributesAsync(new SetTopicAttributesRequest { TopicArn = arn, AttributeName = "Policy", AttributeValue = {|SRM202:policy|} });
    }
}
"""", sdk, options: null, stubs: Sns);

        [Fact]
        public Task Sqs_queue_policy_for_everyone_is_reported() => VerifyCS.AnalyzerAsync(""""
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.SQS;
using Amazon.SQS.Model;

class Queues
{
    static readonly string Open = "{ \"Statement\": { \"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"sqs:SendMessage\", \"Resource\": \"*\" } }";

    async Task Create(IAmazonSQS sqs)
    {
        await sqs.CreateQueueAsync(new CreateQueueRequest
        {
            QueueName = "inbox",
            Attributes = new Dictionary<string, string> { [QueueAttributeName.Policy] = {|SRM202:Open|} },
        });
    }
}
"""", Sdk.V4);

        [Fact]
        public Task Kms_key_policy_for_everyone_is_reported() => VerifyCS.AnalyzerAsync(""""
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;

class Keys
{
    async Task Open(IAmazonKeyManagementService kms)
    {
        await kms.PutKeyPolicyAsync(new PutKeyPolicyRequest
        {
            KeyId = "key",
            Policy = {|SRM202:"""{ "Statement": [ { "Effect": "Allow", "Principal": { "AWS": "*" }, "Action": "kms:Decrypt", "Resource": "*" } ] }"""|},
        });
    }
}
"""", Sdk.V4);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Organizations_policies_look_alikes_and_unknown_documents_are_not_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(""""
using System.Threading.Tasks;
using Amazon.Organizations;
using Amazon.Organizations.Model;
using Amazon.S3;

namespace MyCompany.Storage
{
    public class PutBucketPolicyRequest
    {
        public string Policy { get; set; }
    }
}

class Others
{
    const string Open = """{ "Statement": { "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*" } }""";

    async Task Run(IAmazonOrganizations organizations, IAmazonS3 s3, string policyFromConfiguration)
    {
        await organizations.CreatePolicyAsync(new CreatePolicyRequest { Name = "scp", Content = Open });
        _ = new MyCompany.Storage.PutBucketPolicyRequest { Policy = Open };
        await s3.PutBucketPolicyAsync("site", policyFromConfiguration);
    }
}
"""", sdk, options: null, stubs: new[] { "Organizations.cs" });
    }
}
