using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using SrmAnalyzers.CodeFixes.Rules;
using SrmAnalyzers.Rules;
using SrmAnalyzers.Tests.Infrastructure;
using VerifyFix = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.WildcardPolicyActionAnalyzer, SrmAnalyzers.CodeFixes.Rules.WildcardPolicyActionCodeFixProvider>;

namespace SrmAnalyzers.Tests.Rules
{
    /// <summary>
    /// SRM201's fix on a policy built with the SDK's <c>Amazon.Auth.AccessControlPolicy</c> object model
    /// (AWSSDK.Core, v3 and v4): the wildcard <c>ActionIdentifier</c> becomes one identifier per action the
    /// project's calls need (S3: GetObject and PutObject; SQS: ReceiveMessage and SendMessage; plus
    /// iam:PutRolePolicy, which no expected list here needs), written where the wildcard was. The verifier
    /// also checks that the fixed code compiles, has no SRM201 finding left, and that Fix All does the same.
    /// </summary>
    public class SRM201ObjectModelFixTests
    {
        private static readonly string[] Iam = { "IdentityManagement.cs" };

        private const string Key = WildcardPolicyActionCodeFixProvider.EquivalenceKey;

        /// <summary>A class whose calls need s3:GetObject and s3:PutObject, and on v4 (the test project restores AWSSDK.SQS for v4 only) sqs:ReceiveMessage and sqs:SendMessage.</summary>
        private static string Role(Sdk sdk, string body, string usings = "", string members = "") => $$""""
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.Auth.AccessControlPolicy;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;
using Amazon.S3;
using Amazon.S3.Model;
{{(sdk == Sdk.V4 ? "using Amazon.SQS;" : "")}}
{{usings}}
class App
{
    Task Read(IAmazonS3 s3) => s3.GetObjectAsync("reports", "daily.csv");
    Task Write(IAmazonS3 s3) => s3.PutObjectAsync(new PutObjectRequest { BucketName = "reports", Key = "daily.csv" });
{{(sdk == Sdk.V4 ? SqsCalls : "")}}
{{members}}
    async Task Grant(IAmazonIdentityManagementService iam)
    {
{{body}}
    }
}
"""";

        private const string SqsCalls = """
    Task Send(IAmazonSQS sqs) => sqs.SendMessageAsync("https://sqs.eu-west-1.amazonaws.com/111122223333/orders", "hello");
    Task Receive(IAmazonSQS sqs) => sqs.ReceiveMessageAsync("https://sqs.eu-west-1.amazonaws.com/111122223333/orders");
""";

        private const string MultiLineInitializer = """
        var policy = new Policy
        {
            Statements =
            {
                new Statement(Statement.StatementEffect.Allow)
                {
                    Actions =
                    {
                        %ACTIONS%
                    },
                    Resources = { new Resource("arn:aws:s3:::reports/*") },
                },
            },
        };
        await iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = "app", PolicyName = "app", PolicyDocument = %VALUE% });
""";

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Multi_line_collection_initializer_gets_one_identifier_per_line(Sdk sdk) => VerifyFix.CodeFixAsync(
            Role(sdk, MultiLineInitializer.Replace("%ACTIONS%", "new ActionIdentifier(\"s3:*\"),").Replace("%VALUE%", "{|SRM201:policy.ToJson()|}")),
            Role(sdk, MultiLineInitializer.Replace("%ACTIONS%", "new ActionIdentifier(\"s3:GetObject\"),\n                        new ActionIdentifier(\"s3:PutObject\"),").Replace("%VALUE%", "policy.ToJson()")),
            sdk,
            Key,
            stubs: Iam);

        private const string AddedStatement = """
        var statement = new Statement(Statement.StatementEffect.Allow);
        %ADD%
        statement.Resources.Add(new Resource("*"));
        var policy = new Policy();
        policy.Statements.Add(statement);
        var json = policy.ToJson();
        await iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = "app", PolicyName = "app", PolicyDocument = %VALUE% });
""";

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Actions_add_statement_is_repeated_once_per_action(Sdk sdk) => VerifyFix.CodeFixAsync(
            Role(sdk, AddedStatement.Replace("%ADD%", "statement.Actions.Add(new ActionIdentifier(\"s3:*\"));").Replace("%VALUE%", "{|SRM201:json|}")),
            Role(sdk, AddedStatement.Replace("%ADD%", "statement.Actions.Add(new ActionIdentifier(\"s3:GetObject\"));\n        statement.Actions.Add(new ActionIdentifier(\"s3:PutObject\"));").Replace("%VALUE%", "json")),
            sdk,
            Key,
            stubs: Iam);

        private const string Fluent = """
        var policy = new Policy().WithStatements(new Statement(Statement.StatementEffect.Allow)
            .WithActionIdentifiers(%ACTIONS%)
            .WithResources(new Resource("*")));
        await iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = "app", PolicyName = "app", PolicyDocument = %VALUE% });
""";

        [Fact]
        public Task V3_all_actions_constant_becomes_action_identifiers_beside_the_other_constants() => VerifyFix.CodeFixAsync(
            Role(Sdk.V3, Fluent.Replace("%ACTIONS%", "SQSActionIdentifiers.SendMessage, S3ActionIdentifiers.AllS3Actions").Replace("%VALUE%", "{|SRM201:policy.ToJson()|}"), "using Amazon.Auth.AccessControlPolicy.ActionIdentifiers;"),
            Role(Sdk.V3, Fluent.Replace("%ACTIONS%", "SQSActionIdentifiers.SendMessage, new ActionIdentifier(\"s3:GetObject\"), new ActionIdentifier(\"s3:PutObject\")").Replace("%VALUE%", "policy.ToJson()"), "using Amazon.Auth.AccessControlPolicy.ActionIdentifiers;"),
            Sdk.V3,
            Key,
            stubs: Iam);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Target_typed_identifier_in_an_inline_policy(Sdk sdk) => VerifyFix.CodeFixAsync(
            Role(sdk, """        await iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = "app", PolicyName = "app", PolicyDocument = {|SRM201:new Policy { Statements = { new Statement(Statement.StatementEffect.Allow) { Actions = { new("s3:*") }, Resources = { new Resource("*") } } } }.ToJson()|} });"""),
            Role(sdk, """        await iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = "app", PolicyName = "app", PolicyDocument = new Policy { Statements = { new Statement(Statement.StatementEffect.Allow) { Actions = { new("s3:GetObject"), new("s3:PutObject") }, Resources = { new Resource("*") } } } }.ToJson() });"""),
            sdk,
            Key,
            stubs: Iam);

        [Fact]
        public Task V4_string_converted_to_action_identifier_stays_a_string() => VerifyFix.CodeFixAsync(
            Role(Sdk.V4, """        await iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = "app", PolicyName = "app", PolicyDocument = {|SRM201:new Policy { Statements = { new Statement(Statement.StatementEffect.Allow) { Actions = new List<ActionIdentifier> { "sqs:*", "s3:GetObject" }, Resources = { new Resource("*") } } } }.ToJson()|} });"""),
            Role(Sdk.V4, """        await iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = "app", PolicyName = "app", PolicyDocument = new Policy { Statements = { new Statement(Statement.StatementEffect.Allow) { Actions = new List<ActionIdentifier> { "sqs:ReceiveMessage", "sqs:SendMessage", "s3:GetObject" }, Resources = { new Resource("*") } } } }.ToJson() });"""),
            Sdk.V4,
            Key,
            stubs: Iam);

        private const string HeldInLocal = """
        // Everything on the reports bucket.
        var all = new ActionIdentifier("s3:*");
        var policy = new Policy
        {
            Statements =
            {
                new Statement(Statement.StatementEffect.Allow)
                {
                    Actions =
                    {
                        %ACTIONS%
                    },
                    Resources = { new Resource("arn:aws:s3:::reports/*") },
                },
            },
        };
        await iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = "app", PolicyName = "app", PolicyDocument = %VALUE% });
""";

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Identifier_held_in_a_local_is_written_at_its_one_use_and_the_local_goes(Sdk sdk) => VerifyFix.CodeFixAsync(
            Role(sdk, HeldInLocal.Replace("%ACTIONS%", "all,").Replace("%VALUE%", "{|SRM201:policy.ToJson()|}")),
            Role(sdk, HeldInLocal
                .Replace("        // Everything on the reports bucket.\n        var all = new ActionIdentifier(\"s3:*\");\n", "")
                .Replace("%ACTIONS%", "new ActionIdentifier(\"s3:GetObject\"),\n                        new ActionIdentifier(\"s3:PutObject\"),").Replace("%VALUE%", "policy.ToJson()")),
            sdk,
            Key,
            stubs: Iam);

        private const string HeldInField = """
    /// <summary>Every S3 action.</summary>
    static readonly ActionIdentifier AllS3 = %CREATION%;

""";

        private const string FieldUse = """
        var statement = new Statement(Statement.StatementEffect.Allow);
        statement.Actions.Add(%ACTION%);
        statement.Resources.Add(new Resource("*"));
        var policy = new Policy().WithStatements(statement);
        await iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = "app", PolicyName = "app", PolicyDocument = %VALUE% });
""";

        [Theory]
        [InlineData(Sdk.V3, "new(\"s3:*\")", "new(\"s3:GetObject\")", "new(\"s3:PutObject\")")]
        [InlineData(Sdk.V4, "new ActionIdentifier(\"s3:*\")", "new ActionIdentifier(\"s3:GetObject\")", "new ActionIdentifier(\"s3:PutObject\")")]
        [InlineData(Sdk.V4, "\"s3:*\"", "\"s3:GetObject\"", "\"s3:PutObject\"")]
        public Task Identifier_held_in_a_static_readonly_field_is_written_at_its_one_use_and_the_field_goes(Sdk sdk, string creation, string first, string second) => VerifyFix.CodeFixAsync(
            Role(sdk, FieldUse.Replace("%ACTION%", "AllS3").Replace("%VALUE%", "{|SRM201:policy.ToJson()|}"), members: HeldInField.Replace("%CREATION%", creation)),
            Role(sdk, FieldUse.Replace("statement.Actions.Add(%ACTION%);", $"statement.Actions.Add({first});\n        statement.Actions.Add({second});").Replace("%VALUE%", "policy.ToJson()")),
            sdk,
            Key,
            stubs: Iam);

        [Theory]
        [InlineData("internal static readonly ActionIdentifier AllS3 = new ActionIdentifier(\"s3:*\");")]
        [InlineData("static readonly ActionIdentifier AllS3 = new ActionIdentifier(\"s3:*\");\n    static readonly string Name = nameof(AllS3);")]
        public Task No_fix_for_a_field_other_code_may_read(string field)
        {
            var source = Role(Sdk.V4, FieldUse.Replace("%ACTION%", "AllS3").Replace("%VALUE%", "{|SRM201:policy.ToJson()|}"), members: "    " + field + "\n");
            return VerifyFix.CodeFixAsync(source, source, Sdk.V4, Key, stubs: Iam);
        }

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Each_statement_with_a_finding_gets_the_actions_of_its_own_service(Sdk sdk) => VerifyFix.CodeFixAsync(
            Role(sdk, """
                    var policy = new Policy().WithStatements(
                        new Statement(Statement.StatementEffect.Allow).WithActionIdentifiers(new ActionIdentifier("s3:*")).WithResources(new Resource("arn:aws:s3:::reports/*")),
                        new Statement(Statement.StatementEffect.Allow).WithActionIdentifiers(new ActionIdentifier("iam:*")).WithResources(new Resource("*")));
                    await iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = "app", PolicyName = "app", PolicyDocument = {|SRM201:policy.ToJson()|} });
            """),
            Role(sdk, """
                    var policy = new Policy().WithStatements(
                        new Statement(Statement.StatementEffect.Allow).WithActionIdentifiers(new ActionIdentifier("s3:GetObject"), new ActionIdentifier("s3:PutObject")).WithResources(new Resource("arn:aws:s3:::reports/*")),
                        new Statement(Statement.StatementEffect.Allow).WithActionIdentifiers(new ActionIdentifier("iam:PutRolePolicy")).WithResources(new Resource("*")));
                    await iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = "app", PolicyName = "app", PolicyDocument = policy.ToJson() });
            """),
            sdk,
            Key,
            stubs: Iam);

        public static TheoryData<string> NotFixed => new()
        {
            // The identifier is held in a local that two statements use: one declaration cannot hold the actions of both.
            """
                    var all = new ActionIdentifier("s3:*");
                    var policy = new Policy { Statements =
                    {
                        new Statement(Statement.StatementEffect.Allow) { Actions = { all }, Resources = { new Resource("arn:aws:s3:::reports/*") } },
                        new Statement(Statement.StatementEffect.Allow) { Actions = { all }, Resources = { new Resource("arn:aws:s3:::exports/*") } },
                    } };
                    await iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = "app", PolicyName = "app", PolicyDocument = {|SRM201:policy.ToJson()|} });
            """,
            // The identifier is held in a local that is also logged: removing its declaration would break that use.
            """
                    var all = new ActionIdentifier("s3:*");
                    System.Console.WriteLine(all.ActionName);
                    var policy = new Policy { Statements = { new Statement(Statement.StatementEffect.Allow) { Actions = { all }, Resources = { new Resource("*") } } } };
                    await iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = "app", PolicyName = "app", PolicyDocument = {|SRM201:policy.ToJson()|} });
            """,
            // A Deny statement of the same policy writes the same wildcard: which one is the finding's is not certain from the syntax.
            """
                    var policy = new Policy { Statements =
                    {
                        new Statement(Statement.StatementEffect.Allow) { Actions = { new ActionIdentifier("s3:*") }, Resources = { new Resource("*") } },
                        new Statement(Statement.StatementEffect.Deny) { Actions = { new ActionIdentifier("s3:*") }, Resources = { new Resource("arn:aws:s3:::secrets/*") } },
                    } };
                    await iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = "app", PolicyName = "app", PolicyDocument = {|SRM201:policy.ToJson()|} });
            """,
            // The project calls nothing of DynamoDB.
            """
                    var policy = new Policy { Statements = { new Statement(Statement.StatementEffect.Allow) { Actions = { new ActionIdentifier("dynamodb:*") }, Resources = { new Resource("*") } } } };
                    await iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = "app", PolicyName = "app", PolicyDocument = {|SRM201:policy.ToJson()|} });
            """,
        };

        [Theory]
        [MemberData(nameof(NotFixed))]
        public Task No_fix_is_offered(string body)
        {
            var source = Role(Sdk.V4, body);
            return VerifyFix.CodeFixAsync(source, source, Sdk.V4, Key, stubs: Iam);
        }

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public async Task Fix_all_edits_every_object_model_policy_of_the_project(Sdk sdk)
        {
            static string Bucket(string name, string action) => $$""""
using System.Threading.Tasks;
using Amazon.Auth.AccessControlPolicy;
using Amazon.S3;

class {{name}}
{
    Task Read(IAmazonS3 s3) => s3.GetObjectAsync("{{name}}", "a.csv");

    async Task Share(IAmazonS3 s3)
    {
        var statement = new Statement(Statement.StatementEffect.Allow);
        statement.Principals.Add(new Principal("arn:aws:iam::111122223333:role/app"));
        {{action}}
        statement.Resources.Add(new Resource("arn:aws:s3:::{{name}}/*"));
        var policy = new Policy();
        policy.Statements.Add(statement);
        await s3.PutBucketPolicyAsync("{{name}}", %VALUE%);
    }
}
"""";
            const string Before = "statement.Actions.Add(new ActionIdentifier(\"s3:*\"));";
            const string After = "statement.Actions.Add(new ActionIdentifier(\"s3:GetObject\"));\n        statement.Actions.Add(new ActionIdentifier(\"s3:PutBucketPolicy\"));";
            var test = new MultiDocumentTest(sdk) { CodeActionEquivalenceKey = Key };
            test.TestState.Sources.Add(("/A.cs", Bucket("Reports", Before).Replace("%VALUE%", "{|SRM201:policy.ToJson()|}")));
            test.TestState.Sources.Add(("/B.cs", Bucket("Exports", Before).Replace("%VALUE%", "{|SRM201:policy.ToJson()|}")));
            test.FixedState.Sources.Add(("/A.cs", Bucket("Reports", After).Replace("%VALUE%", "policy.ToJson()")));
            test.FixedState.Sources.Add(("/B.cs", Bucket("Exports", After).Replace("%VALUE%", "policy.ToJson()")));
            await test.RunAsync(CancellationToken.None);
        }

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public async Task Fix_all_edits_every_held_identifier_of_the_project(Sdk sdk)
        {
            static string Bucket(string name, string field, string body) => $$""""
using System.Threading.Tasks;
using Amazon.Auth.AccessControlPolicy;
using Amazon.S3;

class {{name}}
{
{{field}}    Task Read(IAmazonS3 s3) => s3.GetObjectAsync("{{name}}", "a.csv");

    async Task Share(IAmazonS3 s3)
    {
{{body}}
    }
}
"""";
            const string Field = "    static readonly ActionIdentifier All = new ActionIdentifier(\"s3:*\");\n\n";
            const string FieldBody = """
        var policy = new Policy { Statements = { new Statement(Statement.StatementEffect.Allow) { Principals = { new Principal("arn:aws:iam::111122223333:role/app") }, Actions = { %A% }, Resources = { new Resource("*") } } } };
        await s3.PutBucketPolicyAsync("reports", %VALUE%);
""";
            const string LocalBody = """
        var all = new ActionIdentifier("s3:*");
        var deny = new Statement(Statement.StatementEffect.Deny) { Principals = { new Principal("*") }, Actions = { new ActionIdentifier("s3:DeleteObject") }, Resources = { new Resource("*") } };
        var policy = new Policy().WithStatements(new Statement(Statement.StatementEffect.Allow).WithPrincipals(new Principal("arn:aws:iam::111122223333:role/app")).WithActionIdentifiers(%A%).WithResources(new Resource("*")), deny);
        await s3.PutBucketPolicyAsync("exports", %VALUE%);
""";
            const string Fixed = "new ActionIdentifier(\"s3:GetObject\"), new ActionIdentifier(\"s3:PutBucketPolicy\")";
            var test = new MultiDocumentTest(sdk) { CodeActionEquivalenceKey = Key };
            test.TestState.Sources.Add(("/A.cs", Bucket("Reports", Field, FieldBody.Replace("%A%", "All").Replace("%VALUE%", "{|SRM201:policy.ToJson()|}"))));
            test.TestState.Sources.Add(("/B.cs", Bucket("Exports", "", LocalBody.Replace("%A%", "all").Replace("%VALUE%", "{|SRM201:policy.ToJson()|}"))));
            test.FixedState.Sources.Add(("/A.cs", Bucket("Reports", "", FieldBody.Replace("%A%", Fixed).Replace("%VALUE%", "policy.ToJson()"))));
            test.FixedState.Sources.Add(("/B.cs", Bucket("Exports", "", LocalBody.Replace("        var all = new ActionIdentifier(\"s3:*\");\n", "").Replace("%A%", Fixed).Replace("%VALUE%", "policy.ToJson()"))));
            await test.RunAsync(CancellationToken.None);
        }

        private sealed class MultiDocumentTest : CSharpCodeFixTest<WildcardPolicyActionAnalyzer, WildcardPolicyActionCodeFixProvider, DefaultVerifier>
        {
            public MultiDocumentTest(Sdk sdk)
            {
                ReferenceAssemblies = TestReferences.None;
                TestState.AdditionalReferences.AddRange(AwsReferences.For(sdk));
                FixedState.AdditionalReferences.AddRange(AwsReferences.For(sdk));
            }
        }
    }
}
