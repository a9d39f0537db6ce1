using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SrmAnalyzers.Tests.Infrastructure;
using VerifyCS = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.WildcardPolicyActionAnalyzer>;

namespace SrmAnalyzers.Tests.Rules
{
    public class SRM201Tests
    {
        private static readonly string[] Iam = { "IdentityManagement.cs" };
        private static readonly string[] Sns = { "SimpleNotificationService.cs" };

        private static Task VerifyIam(string source, Sdk sdk, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected) =>
            VerifyCS.AnalyzerAsync(source, sdk, options: null, stubs: Iam, expected);

        private static Microsoft.CodeAnalysis.Testing.DiagnosticResult FullAdmin(int location = 0) =>
            VerifyCS.Diagnostic("SRM201").WithSeverity(DiagnosticSeverity.Error).WithLocation(location)
                .WithArguments("Policy statement allows Action '*' on Resource '*' (full administrator access)");

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Action_star_on_resource_star_is_an_error(Sdk sdk) => VerifyIam(""""
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

class Admin
{
    async Task Create(IAmazonIdentityManagementService iam)
    {
        await iam.CreatePolicyAsync(new CreatePolicyRequest
        {
            PolicyName = "everything",
            PolicyDocument = {|#0:"""{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Action": "*", "Resource": "*" } ] }"""|},
        });
    }
}
"""", sdk, FullAdmin());

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Wildcard_inside_an_action_array_is_reported(Sdk sdk) => VerifyIam(""""
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

class Roles
{
    async Task Attach(IAmazonIdentityManagementService iam)
    {
        await iam.PutRolePolicyAsync(new PutRolePolicyRequest
        {
            RoleName = "app",
            PolicyName = "app",
            PolicyDocument = {|SRM201:"""
                {
                  "Version": "2012-10-17",
                  "Statement": {
                    "Sid": "Reads",
                    "Effect": "Allow",
                    "Action": ["s3:GetObject", "*"],
                    "Resource": ["arn:aws:s3:::assets/*"]
                  }
                }
                """|},
        });
    }
}
"""", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Service_wildcard_in_a_bucket_policy_is_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(""""
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

class Buckets
{
    async Task Share(IAmazonS3 s3)
    {
        await s3.PutBucketPolicyAsync(new PutBucketPolicyRequest
        {
            BucketName = "assets",
            Policy = {|#0:"""{ "Statement": [ { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:role/app" }, "Action": "s3:*", "Resource": "arn:aws:s3:::assets/*" } ] }"""|},
        });
    }
}
"""", sdk, VerifyCS.Diagnostic("SRM201").WithLocation(0).WithArguments("Policy statement allows Action 's3:*' (every action of the service)"));
            [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task NotAction_with_allow_is_reported(Sdk sdk) => VerifyIam(""""
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

class Users
{
    async Task Attach(IAmazonIdentityManagementService iam)
    {
        await iam.PutUserPolicyAsync(new PutUserPolicyRequest
        {
            UserName = "ops",
            PolicyName = "all-but-iam",
            PolicyDocument = {|#0:"""{ "Statement": [ { "Effect": "Allow", "NotAction": "iam:*", "Resource": "arn:aws:s3:::logs/*" } ] }"""|},
        });
    }
}
"""", sdk, VerifyCS.Diagnostic("SRM201").WithLocation(0).WithArguments("Policy statement combines Allow with NotAction (allows every action not listed)"));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task NotResource_with_allow_is_reported(Sdk sdk) => VerifyIam(""""
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

class Groups
{
    async Task Attach(IAmazonIdentityManagementService iam)
    {
        await iam.PutGroupPolicyAsync(new PutGroupPolicyRequest
        {
            GroupName = "dev",
            PolicyName = "dev",
            PolicyDocument = {|#0:"""{ "Statement": [ { "Effect": "Allow", "Action": "s3:GetObject", "NotResource": "arn:aws:s3:::secrets/*" } ] }"""|},
        });
    }
}
"""", sdk, VerifyCS.Diagnostic("SRM201").WithLocation(0).WithArguments("Policy statement combines Allow with NotResource (applies to every resource not listed)"));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Deny_statements_and_narrow_allows_are_not_reported(Sdk sdk) => VerifyIam(""""
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

class Guardrails
{
    async Task Attach(IAmazonIdentityManagementService iam)
    {
        await iam.CreatePolicyVersionAsync(new CreatePolicyVersionRequest
        {
            PolicyArn = "arn:aws:iam::111122223333:policy/guard",
            PolicyDocument = """
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    { "Effect": "Deny", "Action": "*", "Resource": "*", "Condition": { "Bool": { "aws:MultiFactorAuthPresent": "false" } } },
                    { "Effect": "Deny", "NotAction": "s3:*", "NotResource": "arn:aws:s3:::x" },
                    { "Effect": "Allow", "Action": ["s3:GetObject", "s3:List*"], "Resource": "*" }
                  ]
                }
                """,
        });
    }
}
"""", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Policy_built_by_concatenation_and_interpolation_is_reported(Sdk sdk) => VerifyIam(""""
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

class Builder
{
    const string Effect = "Allow";

    async Task Attach(IAmazonIdentityManagementService iam, string bucket, string role)
    {
        await iam.PutRolePolicyAsync(new PutRolePolicyRequest
        {
            RoleName = role,
            PolicyName = "concat",
            PolicyDocument = {|SRM201:"{\"Statement\":[{\"Effect\":\"" + Effect + "\",\"Action\":\"s3:*\",\"Resource\":\"arn:aws:s3:::" + bucket + "/*\"}]}"|},
        });
        await iam.PutRolePolicyAsync(new PutRolePolicyRequest
        {
            RoleName = role,
            PolicyName = "interpolated",
            PolicyDocument = {|#0:$@"{{ ""Statement"": [ {{ ""Effect"": ""Allow"", ""Action"": ""*"", ""Resource"": ""*"", ""Sid"": ""{role}Admin"" }} ] }}"|},
        });
    }
}
"""", sdk, VerifyCS.Diagnostic("SRM201").WithSeverity(DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("Policy statement allows Action '*' on Resource '*' (full administrator access)"));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Unknown_parts_are_never_reported(Sdk sdk) => VerifyIam(""""
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

class Unknowns
{
    async Task Attach(IAmazonIdentityManagementService iam, string policy, string action, string effect, string statements)
    {
        // The whole document is a parameter.
        await iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = "a", PolicyName = "a", PolicyDocument = policy });
        // The action is interpolated.
        await iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = "b", PolicyName = "b", PolicyDocument = $@"{{ ""Statement"": [ {{ ""Effect"": ""Allow"", ""Action"": ""{action}"", ""Resource"": ""*"" }} ] }}" });
        // The effect is interpolated.
        await iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = "c", PolicyName = "c", PolicyDocument = $@"{{ ""Statement"": [ {{ ""Effect"": ""{effect}"", ""Action"": ""*"", ""Resource"": ""*"" }} ] }}" });
        // The statements are interpolated.
        await iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = "d", PolicyName = "d", PolicyDocument = $"{{ \"Version\": \"2012-10-17\", \"Statement\": {statements} }}" });
        // Not JSON at all, or truncated before the action.
        await iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = "e", PolicyName = "e", PolicyDocument = "not a policy" });
        await iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = "f", PolicyName = "f", PolicyDocument = "{ \"Statement\": [ { \"Effect\": \"Allow\", \"Act" });
    }
}
"""", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Policy_in_a_const_a_static_readonly_field_and_a_local_is_reported(Sdk sdk) => VerifyIam(""""
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

class Stored
{
    const string AdminPolicy = """{ "Statement": { "Effect": "Allow", "Action": "*", "Resource": "*" } }""";
    static readonly string S3Everything = "{ \"Statement\": { \"Effect\": \"Allow\", \"Action\": \"s3:*\", " + "\"Resource\": \"*\" } }";
    const string Everything = "*";
    // Doubled braces stand for one in an interpolation's text.
    static readonly string SqsEverything = $"{{ \"Statement\": {{ \"Effect\": \"Allow\", \"Action\": \"sqs:*\", \"Resource\": \"{Everything}\" }} }}";

    async Task Attach(IAmazonIdentityManagementService iam, bool flag)
    {
        await iam.CreatePolicyAsync(new CreatePolicyRequest { PolicyName = "a", PolicyDocument = {|#0:AdminPolicy|} });
        await iam.CreatePolicyAsync(new CreatePolicyRequest { PolicyName = "b", PolicyDocument = {|SRM201:S3Everything|} });
        await iam.CreatePolicyAsync(new CreatePolicyRequest { PolicyName = "b2", PolicyDocument = {|SRM201:SqsEverything|} });

        var document = """{ "Statement": { "Effect": "Allow", "Action": "dynamodb:*", "Resource": "*" } }""";
        var request = new CreatePolicyRequest { PolicyName = "c" };
        request.PolicyDocument = {|SRM201:document|};
        await iam.CreatePolicyAsync(request);

        var readOnly = """{ "Statement": { "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" } }""";
        await iam.CreatePolicyAsync(new CreatePolicyRequest { PolicyName = "d", PolicyDocument = {|SRM201:flag ? document : readOnly|} });
        await iam.CreatePolicyAsync(new CreatePolicyRequest { PolicyName = "e", PolicyDocument = readOnly });
    }
}
"""", sdk, FullAdmin());

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Access_control_policy_object_graph_in_initializer_style_is_reported(Sdk sdk) => VerifyIam(""""
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.Auth.AccessControlPolicy;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

class Graphs
{
    async Task Attach(IAmazonIdentityManagementService iam)
    {
        var policy = new Policy
        {
            Statements = new List<Statement>
            {
                new Statement(Statement.StatementEffect.Allow)
                {
                    Actions = new List<ActionIdentifier> { new ActionIdentifier("*") },
                    Resources = { new Resource("*") },
                },
            },
        };
        await iam.CreatePolicyAsync(new CreatePolicyRequest { PolicyName = "graph", PolicyDocument = {|#0:policy.ToJson()|} });

        var statement = new Statement(Statement.StatementEffect.Allow);
        statement.Actions.Add(new ActionIdentifier("ec2:*"));
        statement.Resources.Add(new Resource("arn:aws:ec2:*:*:instance/*"));
        var added = new Policy();
        added.Statements.Add(statement);
        await iam.CreatePolicyAsync(new CreatePolicyRequest { PolicyName = "added", PolicyDocument = {|SRM201:added.ToJson()|} });

        var denied = new Policy("deny", new List<Statement> { new Statement(Statement.StatementEffect.Deny) { Actions = { new ActionIdentifier("*") }, Resources = { new Resource("*") } } });
        await iam.CreatePolicyAsync(new CreatePolicyRequest { PolicyName = "deny", PolicyDocument = denied.ToJson() });
    }
}
"""", sdk, FullAdmin());

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Access_control_policy_object_graph_in_fluent_style_is_reported(Sdk sdk) => VerifyIam(""""
using System.Threading.Tasks;
using Amazon.Auth.AccessControlPolicy;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

class Fluent
{
    async Task Attach(IAmazonIdentityManagementService iam)
    {
        var policy = new Policy().WithStatements(
            new Statement(Statement.StatementEffect.Allow)
                .WithActionIdentifiers(new ActionIdentifier("*"))
                .WithResources(new Resource("*")));
        await iam.CreatePolicyAsync(new CreatePolicyRequest { PolicyName = "fluent", PolicyDocument = {|#0:policy.ToJson()|} });

        var narrow = new Policy().WithStatements(
            new Statement(Statement.StatementEffect.Allow)
                .WithActionIdentifiers(new ActionIdentifier("s3:GetObject"))
                .WithResources(ResourceFactory.NewS3ObjectResource("assets", "*")));
        await iam.CreatePolicyAsync(new CreatePolicyRequest { PolicyName = "narrow", PolicyDocument = narrow.ToJson() });
    }
}
"""", sdk, FullAdmin());

        [Fact]
        public Task V3_action_identifier_constants_are_read() => VerifyIam(""""
using System.Threading.Tasks;
using Amazon.Auth.AccessControlPolicy;
using Amazon.Auth.AccessControlPolicy.ActionIdentifiers;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

class Constants
{
    async Task Attach(IAmazonIdentityManagementService iam)
    {
        var all = new Policy().WithStatements(new Statement(Statement.StatementEffect.Allow)
            .WithActionIdentifiers(S3ActionIdentifiers.AllS3Actions)
            .WithResources(new Resource("arn:aws:s3:::assets/*")));
        await iam.CreatePolicyAsync(new CreatePolicyRequest { PolicyName = "all", PolicyDocument = {|#0:all.ToJson()|} });

        var one = new Policy().WithStatements(new Statement(Statement.StatementEffect.Allow)
            .WithActionIdentifiers(S3ActionIdentifiers.GetObject, SQSActionIdentifiers.SendMessage)
            .WithResources(new Resource("*")));
        await iam.CreatePolicyAsync(new CreatePolicyRequest { PolicyName = "one", PolicyDocument = one.ToJson() });
    }
}
"""", Sdk.V3, VerifyCS.Diagnostic("SRM201").WithLocation(0).WithArguments("Policy statement allows Action 's3:*' (every action of the service)"));

        [Fact]
        public Task V4_string_conversion_to_action_identifier_is_read() => VerifyIam(""""
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.Auth.AccessControlPolicy;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

class Conversions
{
    async Task Attach(IAmazonIdentityManagementService iam)
    {
        var policy = new Policy { Statements = { new Statement(Statement.StatementEffect.Allow) { Actions = new List<ActionIdentifier> { "sqs:*" }, Resources = { new Resource("*") } } } };
        await iam.CreatePolicyAsync(new CreatePolicyRequest { PolicyName = "q", PolicyDocument = {|SRM201:policy.ToJson()|} });
    }
}
"""", Sdk.V4);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Object_graph_changed_out_of_sight_is_not_reported(Sdk sdk) => VerifyIam(""""
using System.Threading.Tasks;
using Amazon.Auth.AccessControlPolicy;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

class OutOfSight
{
    async Task Attach(IAmazonIdentityManagementService iam)
    {
        var statement = new Statement(Statement.StatementEffect.Allow).WithActionIdentifiers(new ActionIdentifier("*")).WithResources(new Resource("*"));
        Narrow(statement);
        var policy = new Policy().WithStatements(statement);
        await iam.CreatePolicyAsync(new CreatePolicyRequest { PolicyName = "p", PolicyDocument = policy.ToJson() });
    }

    static void Narrow(Statement statement) => statement.Actions.Clear();
}
"""", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Anonymous_object_given_to_a_json_serializer_is_reported(Sdk sdk) => VerifyIam(""""
using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

class Serialized
{
    async Task Attach(IAmazonIdentityManagementService iam, string bucket)
    {
        var document = new
        {
            Version = "2012-10-17",
            Statement = new[]
            {
                new { Effect = "Allow", Action = new[] { "*" }, Resource = "*" },
            },
        };
        await iam.CreatePolicyAsync(new CreatePolicyRequest { PolicyName = "anon", PolicyDocument = {|#0:JsonSerializer.Serialize(document)|} });

        var statement = new Dictionary<string, object>
        {
            ["Effect"] = "Allow",
            ["Action"] = "s3:*",
            ["Resource"] = $"arn:aws:s3:::{bucket}/*",
        };
        await iam.CreatePolicyAsync(new CreatePolicyRequest { PolicyName = "dict", PolicyDocument = {|SRM201:JsonSerializer.Serialize(new { Statement = new List<object> { statement } })|} });

        var narrow = new { Statement = new[] { new { Effect = "Allow", Action = "s3:GetObject", Resource = "*" } } };
        await iam.CreatePolicyAsync(new CreatePolicyRequest { PolicyName = "narrow", PolicyDocument = JsonSerializer.Serialize(narrow) });

        var changed = new Dictionary<string, object> { ["Effect"] = "Allow", ["Action"] = "*", ["Resource"] = "*" };
        changed["Effect"] = "Deny";
        await iam.CreatePolicyAsync(new CreatePolicyRequest { PolicyName = "changed", PolicyDocument = JsonSerializer.Serialize(new { Statement = changed }) });
    }
}
"""", sdk, FullAdmin());

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Newtonsoft_serializer_is_read_by_full_name(Sdk sdk) => VerifyIam(""""
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

namespace Newtonsoft.Json
{
    public static class JsonConvert
    {
        public static string SerializeObject(object value) => "";
    }
}

namespace MyCompany.Json
{
    public static class JsonConvert
    {
        public static string SerializeObject(object value) => "";
    }
}

class Serialized
{
    async Task Attach(IAmazonIdentityManagementService iam)
    {
        var document = new { Statement = new { Effect = "Allow", Action = "kinesis:*", Resource = "*" } };
        await iam.CreatePolicyAsync(new CreatePolicyRequest { PolicyName = "n", PolicyDocument = {|SRM201:Newtonsoft.Json.JsonConvert.SerializeObject(document)|} });
        await iam.CreatePolicyAsync(new CreatePolicyRequest { PolicyName = "m", PolicyDocument = MyCompany.Json.JsonConvert.SerializeObject(document) });
    }
}
"""", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Organizations_service_control_policy_is_not_an_iam_policy(Sdk sdk) => VerifyCS.AnalyzerAsync(""""
using System.Threading.Tasks;
using Amazon.Organizations;
using Amazon.Organizations.Model;

class Scp
{
    async Task Create(IAmazonOrganizations organizations)
    {
        await organizations.CreatePolicyAsync(new CreatePolicyRequest
        {
            Name = "FullAWSAccess",
            Content = """{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Action": "*", "Resource": "*" } ] }""",
        });
    }
}
"""", sdk, options: null, stubs: new[] { "Organizations.cs" });

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Look_alike_request_types_in_other_namespaces_are_not_sinks(Sdk sdk) => VerifyCS.AnalyzerAsync(""""
namespace MyCompany.Iam
{
    public class PutRolePolicyRequest
    {
        public string PolicyDocument { get; set; }
    }

    public class PutBucketPolicyRequest
    {
        public string Policy { get; set; }
    }

    class Uses
    {
        void Build()
        {
            _ = new PutRolePolicyRequest { PolicyDocument = """{ "Statement": { "Effect": "Allow", "Action": "*", "Resource": "*" } }""" };
            _ = new PutBucketPolicyRequest { Policy = """{ "Statement": { "Effect": "Allow", "Action": "s3:*", "Resource": "*" } }""" };
        }
    }
}
"""", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Trust_policies_are_left_to_SRM202(Sdk sdk) => VerifyIam(""""
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

class Trust
{
    async Task Create(IAmazonIdentityManagementService iam)
    {
        await iam.CreateRoleAsync(new CreateRoleRequest
        {
            RoleName = "ci",
            AssumeRolePolicyDocument = """{ "Statement": { "Effect": "Allow", "Principal": { "Service": "ec2.amazonaws.com" }, "Action": "sts:*" } }""",
        });
    }
}
"""", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Bucket_policy_passed_as_a_plain_argument_is_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(""""
using System.Threading.Tasks;
using Amazon.S3;

class Buckets
{
    const string Policy = """{ "Statement": { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:root" }, "Action": "s3:*", "Resource": "arn:aws:s3:::assets/*" } }""";

    async Task Share(IAmazonS3 s3, AmazonS3Client client)
    {
        await s3.PutBucketPolicyAsync("assets", {|SRM201:Policy|});
        await client.PutBucketPolicyAsync("assets", {|SRM201:Policy|}, "md5", default);
    }
}
"""", sdk);

        [Fact]
        public Task Default_kms_key_policy_is_not_reported_but_kms_wildcard_for_a_role_is() => VerifyCS.AnalyzerAsync(""""
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;

class Keys
{
    async Task Create(IAmazonKeyManagementService kms, string accountId)
    {
        await kms.CreateKeyAsync(new CreateKeyRequest
        {
            Description = "default policy",
            Policy = """
                {
                  "Version": "2012-10-17",
                  "Id": "key-default-1",
                  "Statement": [
                    {
                      "Sid": "Enable IAM User Permissions",
                      "Effect": "Allow",
                      "Principal": { "AWS": "arn:aws:iam::111122223333:root" },
                      "Action": "kms:*",
                      "Resource": "*"
                    }
                  ]
                }
                """,
        });
        await kms.PutKeyPolicyAsync(new PutKeyPolicyRequest
        {
            KeyId = "key",
            PolicyName = "default",
            Policy = $@"{{ ""Statement"": [ {{ ""Effect"": ""Allow"", ""Principal"": {{ ""AWS"": ""arn:aws:iam::{accountId}:root"" }}, ""Action"": ""kms:*"", ""Resource"": ""*"" }} ] }}",
        });
        await kms.PutKeyPolicyAsync("key", {|#0:"""{ "Statement": [ { "Sid": "App", "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:role/app" }, "Action": "kms:*", "Resource": "*" } ] }"""|}, "default");
    }
}
"""", Sdk.V4, VerifyCS.Diagnostic("SRM201").WithLocation(0).WithArguments("Policy statement 'App' allows Action 'kms:*' (every action of the service)"));

        [Fact]
        public Task Sqs_queue_policy_attribute_is_read_in_every_form() => VerifyCS.AnalyzerAsync(""""
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.SQS;
using Amazon.SQS.Model;

class Queues
{
    const string Everything = """{ "Statement": { "Effect": "Allow", "Principal": { "AWS": "111122223333" }, "Action": "sqs:*", "Resource": "*" } }""";

    async Task Configure(IAmazonSQS sqs, string url)
    {
        await sqs.SetQueueAttributesAsync(new SetQueueAttributesRequest
        {
            QueueUrl = url,
            Attributes = new Dictionary<string, string> { ["Policy"] = {|SRM201:Everything|} },
        });
        await sqs.CreateQueueAsync(new CreateQueueRequest
        {
            QueueName = "jobs",
            Attributes = new Dictionary<string, string> { { QueueAttributeName.Policy, {|SRM201:Everything|} }, { "DelaySeconds", "5" } },
        });

        var request = new SetQueueAttributesRequest { QueueUrl = url, Attributes = new Dictionary<string, string>() };
        request.Attributes["Policy"] = {|SRM201:Everything|};
        await sqs.SetQueueAttributesAsync(request);

        var attributes = new Dictionary<string, string>();
        attributes.Add("Policy", {|SRM201:Everything|});
        await sqs.SetQueueAttributesAsync(url, attributes);
        await sqs.SetQueueAttributesAsync(new SetQueueAttributesRequest(url, new Dictionary<string, string> { [QueueAttributeName.Policy] = {|SRM201:Everything|} }));

        await sqs.SetQueueAttributesAsync(url, new Dictionary<string, string> { ["RedrivePolicy"] = Everything });
    }
}
"""", Sdk.V4);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Sns_topic_policy_attribute_is_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(""""
using System.Threading.Tasks;
using Amazon.SimpleNotificationService;
using Amazon.SimpleNotificationService.Model;

class Topics
{
    const string Everything = """{ "Statement": { "Effect": "Allow", "Principal": { "AWS": "111122223333" }, "Action": "sns:*", "Resource": "*" } }""";

    async Task Configure(IAmazonSimpleNotificationService sns, string arn)
    {
        await sns.SetTopicAttributesAsync(new SetTopicAttributesRequest { TopicArn = arn, AttributeName = "Policy", AttributeValue = {|SRM201:Everything|} });
        await sns.SetTopicAttributesAsync(new SetTopicAttributesRequest(arn, "Policy", {|SRM201:Everything|}));
        await sns.SetTopicAttributesAsync(arn, "Policy", {|SRM201:Everything|});
        await sns.SetTopicAttributesAsync(arn, "DisplayName", Everything);
        await sns.SetTopicAttributesAsync(new SetTopicAttributesRequest { TopicArn = arn, AttributeName = "DeliveryPolicy", AttributeValue = Everything });
    }
}
"""", sdk, options: null, stubs: Sns);
            private const string AdminSource = """"
using System.Threading.Tasks;
using Amazon.S3;

class Admin
{
    async Task Share(IAmazonS3 s3) =>
        await s3.PutBucketPolicyAsync("b", {|#0:"""{ "Statement": { "Effect": "Allow", "Principal": { "AWS": "111122223333" }, "Action": "*", "Resource": "*" } }"""|});
}
"""";

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Configured_severity_applies_to_the_full_admin_case(Sdk sdk) => VerifyCS.AnalyzerAsync(
            AdminSource, sdk, options: "dotnet_diagnostic.SRM201.severity = suggestion", stubs: null,
            VerifyCS.Diagnostic("SRM201").WithSeverity(DiagnosticSeverity.Info).WithLocation(0)
                .WithArguments("Policy statement allows Action '*' on Resource '*' (full administrator access)"));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Severity_none_turns_the_full_admin_case_off(Sdk sdk) => VerifyCS.AnalyzerAsync(
            AdminSource.Replace("{|#0:", "").Replace("|}", ""), sdk, options: "dotnet_diagnostic.SRM201.severity = none", stubs: null);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Calls_inside_a_mock_setup_are_not_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(""""
using System;
using System.Linq.Expressions;
using System.Threading;
using Amazon.S3;

namespace Moq
{
    public class Mock<T>
    {
        public void Setup(Expression<Func<T, object>> call) { }
    }
}

class Tests
{
    const string Admin = """{ "Statement": { "Effect": "Allow", "Principal": { "AWS": "111122223333" }, "Action": "*", "Resource": "*" } }""";

    void Arrange(Moq.Mock<IAmazonS3> s3) => s3.Setup(x => x.PutBucketPolicyAsync("b", Admin, CancellationToken.None));
}
"""", sdk);
            [Fact]
        public Task A_one_megabyte_policy_constant_is_analyzed()
        {
            var statements = new System.Text.StringBuilder();
            for (var i = 0; statements.Length < 1024 * 1024; i++)
            {
                statements.Append($"{{ \"Sid\": \"S{i}\", \"Effect\": \"Allow\", \"Action\": [\"s3:GetObject\"], \"Resource\": \"arn:aws:s3:::bucket-{i}/*\" }}, ");
            }

            var source = """"
using System.Threading.Tasks;
using Amazon.S3;

class Huge
{
    const string Policy = """{ "Statement": [ STATEMENTS { "Effect": "Allow", "Action": "s3:*", "Resource": "*" } ] }""";

    Task Share(IAmazonS3 s3) => s3.PutBucketPolicyAsync("b", {|SRM201:Policy|});
}
"""".Replace("STATEMENTS", statements.ToString());
            return VerifyCS.AnalyzerAsync(source, Sdk.V4);
        }
    }
}
