using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SrmAnalyzers.Tests.Infrastructure;
using VerifyCS = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.PassRoleOnAnyResourceAnalyzer>;

namespace SrmAnalyzers.Tests.Rules
{
    public class SRM203Tests
    {
        private static readonly string[] Iam = { "IdentityManagement.cs" };

        private static Task VerifyIam(string source, Sdk sdk, params DiagnosticResult[] expected) =>
            VerifyCS.AnalyzerAsync(source, sdk, options: null, stubs: Iam, expected);

        private static DiagnosticResult PassRole(string pattern, string subject = "Policy statement") =>
            VerifyCS.Diagnostic("SRM203").WithLocation(0)
                .WithArguments($"{subject} allows '{pattern}' on Resource '*' (any role can be passed to a service)");

        /// <summary>A role policy whose document is the raw JSON statement list, marked as location 0.</summary>
        private static string RolePolicy(string statements) => RolePolicyOnOneLine(statements.Replace("\r", string.Empty).Replace("\n", " "));

        private static string RolePolicyOnOneLine(string statements) => $$""""
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

class Deployer
{
    async Task Attach(IAmazonIdentityManagementService iam)
    {
        await iam.PutRolePolicyAsync(new PutRolePolicyRequest
        {
            RoleName = "deployer",
            PolicyName = "deploy",
            PolicyDocument = {|#0:"""{ "Version": "2012-10-17", "Statement": {{statements}} }"""|},
        });
    }
}
"""";

        private static string RolePolicyWithoutMarkup(string statements) =>
            RolePolicy(statements).Replace("{|#0:", string.Empty).Replace("\"\"\"|}", "\"\"\"");

        [Theory]
        [InlineData(Sdk.V3, "iam:PassRole")]
        [InlineData(Sdk.V4, "iam:PassRole")]
        [InlineData(Sdk.V3, "iam:Pass*")]
        [InlineData(Sdk.V4, "iam:Pass*")]
        [InlineData(Sdk.V3, "iam:*")]
        [InlineData(Sdk.V4, "iam:*")]
        [InlineData(Sdk.V4, "IAM:passrole")]
        [InlineData(Sdk.V4, "iam:PASS*")]
        [InlineData(Sdk.V4, "iam:Pass?ole")]
        public Task PassRole_on_any_resource_is_reported(Sdk sdk, string action) => VerifyIam(
            RolePolicy($$"""[ { "Effect": "Allow", "Action": "{{action}}", "Resource": "*" } ]"""), sdk, PassRole(action));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task PassRole_inside_arrays_is_reported_once_with_the_sid(Sdk sdk) => VerifyIam(
            RolePolicy("""
                [ { "Sid": "Reads", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" },
                  { "Sid": "Launch", "Effect": "Allow", "Action": ["ec2:RunInstances", "iam:PassRole"], "Resource": ["arn:aws:ec2:*:*:instance/*", "*"] },
                  { "Sid": "Again", "Effect": "Allow", "Action": ["iam:*"], "Resource": "*" } ]
                """), sdk, PassRole("iam:PassRole", "Policy statement 'Launch'"));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Single_statement_object_in_a_managed_policy_is_reported(Sdk sdk) => VerifyIam(""""
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

class Admin
{
    async Task Create(IAmazonIdentityManagementService iam)
    {
        await iam.CreatePolicyAsync(new CreatePolicyRequest
        {
            PolicyName = "pass-any",
            PolicyDocument = {|#0:"""{ "Statement": { "Effect": "Allow", "Action": "iam:PassRole", "Resource": "*" } }"""|},
        });
    }
}
"""", sdk, PassRole("iam:PassRole"));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task PassRole_with_a_PassedToService_condition_on_any_resource_is_still_reported(Sdk sdk) => VerifyIam(
            RolePolicy("""[ { "Effect": "Allow", "Action": "iam:PassRole", "Resource": "*", "Condition": { "StringEquals": { "iam:PassedToService": "ec2.amazonaws.com" } } } ]"""),
            sdk,
            PassRole("iam:PassRole"));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Policy_from_a_const_a_static_readonly_field_and_a_later_assignment_is_reported(Sdk sdk) => VerifyIam(""""
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

class Deployer
{
    private const string Action = "iam:PassRole";
    private const string Document = """{ "Statement": [ { "Effect": "Allow", "Action": """ + "\"" + Action + "\"" + """, "Resource": "*" } ] }""";
    private static readonly string Launch = """{ "Statement": [ { "Effect": "Allow", "Action": ["ec2:RunInstances", "iam:Pass*"], "Resource": "*" } ] }""";

    async Task Attach(IAmazonIdentityManagementService iam)
    {
        var request = new PutUserPolicyRequest { UserName = "ci", PolicyName = "deploy" };
        request.PolicyDocument = {|#0:Document|};
        await iam.PutUserPolicyAsync(request);
        await iam.CreatePolicyAsync(new CreatePolicyRequest { PolicyName = "launch", PolicyDocument = {|#1:Launch|} });
    }
}
"""", sdk, PassRole("iam:PassRole"), VerifyCS.Diagnostic("SRM203").WithLocation(1).WithArguments("Policy statement allows 'iam:Pass*' on Resource '*' (any role can be passed to a service)"));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Interpolated_documents_and_conditional_branches_are_reported_when_a_resource_is_star(Sdk sdk) => VerifyIam(""""
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

class Deployer
{
    async Task Attach(IAmazonIdentityManagementService iam, string account, bool wide)
    {
        var passAny = $"{{ \"Statement\": [ {{ \"Effect\": \"Allow\", \"Action\": \"iam:PassRole\", \"Resource\": [\"arn:aws:iam::{account}:role/app\", \"*\"] }} ] }}";
        var passOne = $"{{ \"Statement\": [ {{ \"Effect\": \"Allow\", \"Action\": \"iam:PassRole\", \"Resource\": \"arn:aws:iam::{account}:role/app\" }} ] }}";
        await iam.PutGroupPolicyAsync(new PutGroupPolicyRequest { GroupName = "ops", PolicyName = "a", PolicyDocument = {|#0:passAny|} });
        await iam.PutGroupPolicyAsync(new PutGroupPolicyRequest { GroupName = "ops", PolicyName = "b", PolicyDocument = {|#1:wide ? passAny : passOne|} });
        await iam.PutGroupPolicyAsync(new PutGroupPolicyRequest { GroupName = "ops", PolicyName = "c", PolicyDocument = passOne });
    }
}
"""", sdk, PassRole("iam:PassRole"), VerifyCS.Diagnostic("SRM203").WithLocation(1).WithArguments("Policy statement allows 'iam:PassRole' on Resource '*' (any role can be passed to a service)"));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Specific_role_resources_are_not_reported(Sdk sdk) => VerifyIam(
            RolePolicyWithoutMarkup("""
                [ { "Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::111122223333:role/app" },
                  { "Effect": "Allow", "Action": "iam:PassRole", "Resource": ["arn:aws:iam::111122223333:role/app-*", "arn:aws:iam::*:role/batch"] } ]
                """), sdk);

        [Theory]
        [InlineData(Sdk.V3, """[ { "Effect": "Deny", "Action": "iam:PassRole", "Resource": "*" } ]""")]
        [InlineData(Sdk.V4, """[ { "Effect": "Deny", "Action": "iam:PassRole", "Resource": "*" } ]""")]
        [InlineData(Sdk.V3, """[ { "Effect": "Allow", "Action": "*", "Resource": "*" } ]""")]
        [InlineData(Sdk.V4, """[ { "Effect": "Allow", "Action": ["*", "iam:PassRole"], "Resource": "*" } ]""")]
        [InlineData(Sdk.V3, """[ { "Effect": "Allow", "NotAction": "s3:*", "Resource": "*" } ]""")]
        [InlineData(Sdk.V4, """[ { "Effect": "Allow", "NotAction": "iam:PassRole", "Resource": "*" } ]""")]
        [InlineData(Sdk.V4, """[ { "Effect": "Allow", "Action": ["iam:GetRole", "iam:ListRoles", "iam:Passer"], "Resource": "*" } ]""")]
        [InlineData(Sdk.V4, """[ { "Effect": "Allow", "Action": "sts:*", "Resource": "*" } ]""")]
        [InlineData(Sdk.V4, """[ { "Effect": "Allow", "Action": "iam:PassRole", "NotResource": "arn:aws:iam::111122223333:role/admin" } ]""")]
        public Task Statements_that_are_not_this_finding_are_not_reported(Sdk sdk, string statements) =>
            VerifyIam(RolePolicyWithoutMarkup(statements), sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Unknown_action_or_effect_is_not_reported(Sdk sdk) => VerifyIam(""""
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

class Deployer
{
    async Task Attach(IAmazonIdentityManagementService iam, string action, string effect)
    {
        await iam.PutRolePolicyAsync(new PutRolePolicyRequest
        {
            RoleName = "a",
            PolicyName = "b",
            PolicyDocument = $"{{ \"Statement\": [ {{ \"Effect\": \"Allow\", \"Action\": \"{action}\", \"Resource\": \"*\" }}, {{ \"Effect\": \"{effect}\", \"Action\": \"iam:PassRole\", \"Resource\": \"*\" }} ] }}",
        });
    }
}
"""", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Trust_policies_are_not_permission_policies(Sdk sdk) => VerifyIam(""""
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

class Roles
{
    async Task Create(IAmazonIdentityManagementService iam)
    {
        await iam.CreateRoleAsync(new CreateRoleRequest
        {
            RoleName = "odd",
            AssumeRolePolicyDocument = """{ "Statement": [ { "Effect": "Allow", "Principal": { "Service": "ec2.amazonaws.com" }, "Action": ["sts:AssumeRole", "iam:PassRole"], "Resource": "*" } ] }""",
        });
    }
}
"""", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Look_alike_request_types_are_not_reported(Sdk sdk) => VerifyIam(""""
namespace MyCompany.Iam
{
    public class PutRolePolicyRequest
    {
        public string PolicyDocument { get; set; } = "";
    }

    class Deployer
    {
        PutRolePolicyRequest Build() => new PutRolePolicyRequest
        {
            PolicyDocument = """{ "Statement": [ { "Effect": "Allow", "Action": "iam:PassRole", "Resource": "*" } ] }""",
        };
    }
}
"""", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task AccessControlPolicy_with_static_readonly_action_and_resource_fields_is_reported(Sdk sdk) => VerifyIam(""""
using System.Threading.Tasks;
using Amazon.Auth.AccessControlPolicy;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

class Deployer
{
    private static readonly ActionIdentifier PassRoleAction = new("iam:PassRole");
    private static readonly ActionIdentifier UpdateCode = new ActionIdentifier("lambda:UpdateFunctionCode");
    private static readonly Resource Everything = new Resource("*");
    private static readonly Resource DeployRoles = new("arn:aws:iam::123456789012:role/deploy-*");
    private readonly ActionIdentifier _instanceAction = new("iam:PassRole");

    async Task Attach(IAmazonIdentityManagementService iam)
    {
        var wide = new Policy().WithStatements(new Statement(Statement.StatementEffect.Allow).WithActionIdentifiers(UpdateCode, PassRoleAction).WithResources(Everything));
        await iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = "a", PolicyName = "p", PolicyDocument = {|#0:wide.ToJson()|} });

        var scoped = new Policy().WithStatements(new Statement(Statement.StatementEffect.Allow).WithActionIdentifiers(PassRoleAction).WithResources(DeployRoles));
        await iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = "b", PolicyName = "p", PolicyDocument = scoped.ToJson() });

        // An instance field may be replaced by a constructor: not read.
        var instance = new Policy().WithStatements(new Statement(Statement.StatementEffect.Allow).WithActionIdentifiers(_instanceAction).WithResources(new Resource("*")));
        await iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = "c", PolicyName = "p", PolicyDocument = instance.ToJson() });
    }
}
"""", sdk, PassRole("iam:PassRole"));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Policies_sent_in_a_loop_over_a_dictionary_are_reported_at_the_entry(Sdk sdk) => VerifyIam(""""
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

class Bootstrap
{
    async Task Run(IAmazonIdentityManagementService iam, string accountId)
    {
        var inline = new Dictionary<string, string>
        {
            ["glue"] = """{"Statement":[{"Effect":"Allow","Action":"iam:PassRole","Resource":"arn:aws:iam::""" + accountId + """:role/glue"}]}""",
            ["airflow"] = {|#0:"""{"Statement":[{"Effect":"Allow","Action":"iam:PassRole","Resource":"*"}]}"""|},
        };
        foreach (var (role, document) in inline)
        {
            await iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = role, PolicyName = role, PolicyDocument = document });
        }

        var managed = new Dictionary<string, string> { { "emr", {|#1:"""{"Statement":[{"Effect":"Allow","Action":"iam:Pass*","Resource":"*"}]}"""|} } };
        foreach (var entry in managed)
        {
            await iam.CreatePolicyAsync(new CreatePolicyRequest { PolicyName = entry.Key, PolicyDocument = entry.Value });
        }

        var copies = new Dictionary<string, string> { ["copy"] = {|#2:"""{"Statement":[{"Effect":"Allow","Action":"iam:*","Resource":"*"}]}"""|} };
        foreach (var document in copies.Values)
        {
            await iam.CreatePolicyAsync(new CreatePolicyRequest { PolicyName = "copy", PolicyDocument = document });
        }

        // Entries added out of the initializer's sight: the loop value stays unknown.
        var extended = new Dictionary<string, string> { ["a"] = """{"Statement":[{"Effect":"Allow","Action":"iam:PassRole","Resource":"*"}]}""" };
        Extend(extended);
        foreach (var (role, document) in extended)
        {
            await iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = role, PolicyName = role, PolicyDocument = document });
        }
    }

    static void Extend(Dictionary<string, string> policies) { }
}
"""", sdk, PassRole("iam:PassRole"),
            VerifyCS.Diagnostic("SRM203").WithLocation(1).WithArguments("Policy statement allows 'iam:Pass*' on Resource '*' (any role can be passed to a service)"),
            VerifyCS.Diagnostic("SRM203").WithLocation(2).WithArguments("Policy statement allows 'iam:*' on Resource '*' (any role can be passed to a service)"));
    }
}
