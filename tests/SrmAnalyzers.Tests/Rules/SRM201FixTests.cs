using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using SrmAnalyzers.CodeFixes.Rules;
using SrmAnalyzers.Rules;
using SrmAnalyzers.Tests.Infrastructure;
using VerifyFix = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.WildcardPolicyActionAnalyzer, SrmAnalyzers.CodeFixes.Rules.WildcardPolicyActionCodeFixProvider>;

namespace SrmAnalyzers.Tests.Rules
{
    /// <summary>
    /// SRM201's fix: the wildcard action becomes exactly the actions the project's own calls need
    /// (each expected list below is the project's calls, no more), in the policy's own string form.
    /// The verifier also checks that the fixed code compiles and has no SRM201 finding left.
    /// </summary>
    public class SRM201FixTests
    {
        private static string Quoted(string json) => "\"" + json + "\"";

        private static readonly string[] Iam = { "IdentityManagement.cs" };

        private const string Key = WildcardPolicyActionCodeFixProvider.EquivalenceKey;

        private const string S3Calls = """
            Task Read(IAmazonS3 s3) => s3.GetObjectAsync("reports", "daily.csv");
            Task Write(IAmazonS3 s3) => s3.PutObjectAsync(new PutObjectRequest { BucketName = "reports", Key = "daily.csv" });
        """;

        private static string Role(string calls, string policyMember, string policyValue, string usings = "") => $$""""
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;
using Amazon.S3;
using Amazon.S3.Model;
{{usings}}
class App
{
{{calls}}
{{policyMember}}
    Task Grant(IAmazonIdentityManagementService iam) => iam.PutRolePolicyAsync(new PutRolePolicyRequest
    {
        RoleName = "app",
        PolicyName = "app",
        PolicyDocument = {{policyValue}},
    });
}
"""";

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Regular_literal_service_wildcard_becomes_an_array_of_the_called_actions(Sdk sdk) => VerifyFix.CodeFixAsync(
            Role(S3Calls, "", """{|SRM201:"{ \"Version\": \"2012-10-17\", \"Statement\": [ { \"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\" } ] }"|}"""),
            Role(S3Calls, "", Quoted("""{ \"Version\": \"2012-10-17\", \"Statement\": [ { \"Effect\": \"Allow\", \"Action\": [\"s3:GetObject\", \"s3:PutObject\"], \"Resource\": \"*\" } ] }""")),
            sdk,
            Key,
            stubs: Iam);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Verbatim_literal_with_one_called_action_keeps_a_string(Sdk sdk) => VerifyFix.CodeFixAsync(
            Role("    Task Read(IAmazonS3 s3) => s3.GetObjectAsync(\"reports\", \"daily.csv\");", "", """
                {|SRM201:@"{
                          ""Statement"": {
                            ""Effect"": ""Allow"",
                            ""Action"": ""S3:*"",
                            ""Resource"": ""arn:aws:s3:::reports/*""
                          }
                        }"|}
                """),
            Role("    Task Read(IAmazonS3 s3) => s3.GetObjectAsync(\"reports\", \"daily.csv\");", "", """
                @"{
                          ""Statement"": {
                            ""Effect"": ""Allow"",
                            ""Action"": ""s3:GetObject"",
                            ""Resource"": ""arn:aws:s3:::reports/*""
                          }
                        }"
                """),
            sdk,
            Key,
            stubs: Iam);

        private const string SqsCalls = """
            Task Send(IAmazonSQS sqs) => sqs.SendMessageAsync("https://sqs.eu-west-1.amazonaws.com/111122223333/orders", "hello");
            Task Receive(IAmazonSQS sqs) => sqs.ReceiveMessageAsync("https://sqs.eu-west-1.amazonaws.com/111122223333/orders");
        """;

        [Fact]
        public Task Raw_literal_multi_line_array_keeps_its_layout_and_other_actions() => VerifyFix.CodeFixAsync(
            Role(SqsCalls, "", """"
                {|SRM201:"""
                        {
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": [
                                "sqs:*",
                                "s3:GetObject"
                              ],
                              "Resource": "*"
                            }
                          ]
                        }
                        """|}
                """", "using Amazon.SQS;"),
            Role(SqsCalls, "", """"
                """
                        {
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": [
                                "sqs:ReceiveMessage",
                                "sqs:SendMessage",
                                "s3:GetObject"
                              ],
                              "Resource": "*"
                            }
                          ]
                        }
                        """
                """", "using Amazon.SQS;"),
            Sdk.V4,
            Key,
            stubs: Iam);

        private const string DynamoCalls = """
            Task Get(IAmazonDynamoDB db) => db.GetItemAsync(new GetItemRequest { TableName = "orders" });
            Task Put(IAmazonDynamoDB db) => db.PutItemAsync(new PutItemRequest { TableName = "orders" });
            string account = "111122223333";
        """;

        [Fact]
        public Task Interpolated_string_keeps_its_holes_and_doubled_braces() => VerifyFix.CodeFixAsync(
            Role(DynamoCalls, "", """{|SRM201:$"{{ \"Statement\": [ {{ \"Effect\": \"Allow\", \"Action\": [\"dynamodb:*\"], \"Resource\": \"arn:aws:dynamodb:eu-west-1:{account}:table/orders\" }} ] }}"|}""", "using Amazon.DynamoDBv2;\nusing Amazon.DynamoDBv2.Model;"),
            Role(DynamoCalls, "", """$"{{ \"Statement\": [ {{ \"Effect\": \"Allow\", \"Action\": [\"dynamodb:GetItem\", \"dynamodb:PutItem\"], \"Resource\": \"arn:aws:dynamodb:eu-west-1:{account}:table/orders\" }} ] }}" """.TrimEnd(), "using Amazon.DynamoDBv2;\nusing Amazon.DynamoDBv2.Model;"),
            Sdk.V4,
            Key,
            stubs: Iam);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Constant_declared_in_the_document_is_edited_where_it_is_written(Sdk sdk) => VerifyFix.CodeFixAsync(
            Role(S3Calls, """    const string Policy = @"{ ""Statement"": [ { ""Effect"": ""Allow"", ""Action"": [""s3:*""], ""Resource"": ""*"" } ] }";""", "{|SRM201:Policy|}"),
            Role(S3Calls, """    const string Policy = @"{ ""Statement"": [ { ""Effect"": ""Allow"", ""Action"": [""s3:GetObject"", ""s3:PutObject""], ""Resource"": ""*"" } ] }";""", "Policy"),
            sdk,
            Key,
            stubs: Iam);

        [Fact]
        public Task Action_star_becomes_the_actions_of_every_service_the_project_calls() => VerifyFix.CodeFixAsync(
            Role(S3Calls + "\n" + SqsCalls, "", """{|#0:"{ \"Statement\": [ { \"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\" } ] }"|}""", "using Amazon.SQS;"),
            Role(S3Calls + "\n" + SqsCalls, "", Quoted("""{ \"Statement\": [ { \"Effect\": \"Allow\", \"Action\": [\"iam:PutRolePolicy\", \"s3:GetObject\", \"s3:PutObject\", \"sqs:ReceiveMessage\", \"sqs:SendMessage\"], \"Resource\": \"*\" } ] }"""), "using Amazon.SQS;"),
            Sdk.V4,
            Key,
            stubs: Iam,
            expected: new[] { VerifyFix_FullAdmin() });

        private static DiagnosticResult VerifyFix_FullAdmin() =>
            Verify<WildcardPolicyActionAnalyzer>.Diagnostic("SRM201").WithSeverity(DiagnosticSeverity.Error).WithLocation(0)
                .WithArguments("Policy statement allows Action '*' on Resource '*' (full administrator access)");

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Each_statement_with_a_finding_gets_the_actions_of_its_own_service(Sdk sdk) => VerifyFix.CodeFixAsync(
            Role(S3Calls, "", """
                {|SRM201:@"{ ""Statement"": [
                          { ""Effect"": ""Allow"", ""Action"": ""s3:*"", ""Resource"": ""arn:aws:s3:::reports/*"" },
                          { ""Effect"": ""Allow"", ""Action"": ""s3:GetObject"", ""Resource"": ""arn:aws:s3:::archive/*"" },
                          { ""Effect"": ""Allow"", ""Action"": [""iam:*""], ""Resource"": ""*"" },
                          { ""Effect"": ""Allow"", ""Action"": [""s3:*""], ""Resource"": ""arn:aws:s3:::exports/*"" }
                        ] }"|}
                """),
            Role(S3Calls, "", """
                @"{ ""Statement"": [
                          { ""Effect"": ""Allow"", ""Action"": [""s3:GetObject"", ""s3:PutObject""], ""Resource"": ""arn:aws:s3:::reports/*"" },
                          { ""Effect"": ""Allow"", ""Action"": ""s3:GetObject"", ""Resource"": ""arn:aws:s3:::archive/*"" },
                          { ""Effect"": ""Allow"", ""Action"": [""iam:PutRolePolicy""], ""Resource"": ""*"" },
                          { ""Effect"": ""Allow"", ""Action"": [""s3:GetObject"", ""s3:PutObject""], ""Resource"": ""arn:aws:s3:::exports/*"" }
                        ] }"
                """),
            sdk,
            Key,
            stubs: Iam);

        private const string ReadonlyPolicy = """
                static readonly string Policy = "{ \"Statement\": [ { \"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\" }, { \"Effect\": \"Allow\", \"Action\": \"iam:*\", \"Resource\": \"*\" } ] }";
            """;

        private const string ReadonlyPolicyFixed = """
                static readonly string Policy = "{ \"Statement\": [ { \"Effect\": \"Allow\", \"Action\": [\"s3:GetObject\", \"s3:PutObject\"], \"Resource\": \"*\" }, { \"Effect\": \"Allow\", \"Action\": \"iam:PutRolePolicy\", \"Resource\": \"*\" } ] }";
            """;

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Static_readonly_field_declared_in_the_document_is_edited_where_it_is_written(Sdk sdk) => VerifyFix.CodeFixAsync(
            Role(S3Calls, ReadonlyPolicy, "{|SRM201:Policy|}"),
            Role(S3Calls, ReadonlyPolicyFixed, "Policy"),
            sdk,
            Key,
            stubs: Iam);

        /// <summary>A class whose policy comes from <paramref name="source"/>, a helper method and a property of this document: the finding is at the value they return.</summary>
        private static string Helpers(string policy, string source) => $$""""
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;
using Amazon.S3;
using Amazon.S3.Model;

class App
{
{{S3Calls}}
{{policy}}
    static string Template() => {{source}};

    string Document => Template();

    Task Grant(IAmazonIdentityManagementService iam) => iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = "app", PolicyName = "app", PolicyDocument = Document });
}
"""";

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Static_readonly_field_returned_by_a_helper_is_edited_where_it_is_written(Sdk sdk) => VerifyFix.CodeFixAsync(
            Helpers(ReadonlyPolicy, "{|#0:Policy|}"),
            Helpers(ReadonlyPolicyFixed, "Policy"),
            sdk,
            Key,
            stubs: Iam,
            expected: new[] { new DiagnosticResult("SRM201", DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations) });

        public static TheoryData<string> NotFixed => new()
        {
            // The project calls nothing of SQS.
            """{|SRM201:"{ \"Statement\": [ { \"Effect\": \"Allow\", \"Action\": \"sqs:*\", \"Resource\": \"*\" } ] }"|}""",
            // NotAction: replacing it would change what the statement means.
            """{|SRM201:"{ \"Statement\": [ { \"Effect\": \"Allow\", \"NotAction\": \"s3:*\", \"Resource\": \"*\" } ] }"|}""",
            // Two wildcards in one Action: one replacement would leave the finding.
            """{|SRM201:"{ \"Statement\": [ { \"Effect\": \"Allow\", \"Action\": [\"s3:*\", \"*\"], \"Resource\": \"*\" } ] }"|}""",
            // Two statements with findings, one of them NotResource: fixing the other would leave the finding.
            """{|SRM201:"{ \"Statement\": [ { \"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\" }, { \"Effect\": \"Allow\", \"NotResource\": \"*\", \"Action\": \"s3:GetObject\" } ] }"|}""",
            // Two statements with findings and a Deny statement with the same wildcard: which place is a finding's is not certain.
            """{|SRM201:"{ \"Statement\": [ { \"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\" }, { \"Effect\": \"Deny\", \"Action\": \"s3:*\", \"Resource\": \"arn:aws:s3:::secrets/*\" }, { \"Effect\": \"Allow\", \"Action\": \"iam:*\", \"Resource\": \"*\" } ] }"|}""",
            // Two statements with findings, one of a service the project does not call: fixing the other would leave the finding.
            """{|SRM201:"{ \"Statement\": [ { \"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\" }, { \"Effect\": \"Allow\", \"Action\": \"sqs:*\", \"Resource\": \"*\" } ] }"|}""",
            // The JSON is split over concatenated literals: the Action member is not in one literal.
            """{|SRM201:"{ \"Statement\": [ { \"Effect\": \"Allow\", \"Action\": " + "\"s3:*\", \"Resource\": \"*\" } ] }"|}""",
            // A quote written as a \u0022 escape: the wildcard is not found as written.
            """{|SRM201:"{ \"Statement\": [ { \"Effect\": \"Allow\", \"Action\": \u0022s3:*\u0022, \"Resource\": \"*\" } ] }"|}""",
        };

        [Theory]
        [MemberData(nameof(NotFixed))]
        public Task No_fix_is_offered(string policyValue)
        {
            var source = Role(S3Calls, "", policyValue);
            return VerifyFix.CodeFixAsync(source, source, Sdk.V4, Key, stubs: Iam);
        }

        [Fact]
        public async Task Fix_all_edits_every_document_of_the_project()
        {
            static string Bucket(string name, string action) => $$""""
using System.Threading.Tasks;
using Amazon.S3;

class {{name}}
{
    Task Read(IAmazonS3 s3) => s3.GetObjectAsync("{{name}}", "a.csv");
    Task Share(IAmazonS3 s3) => s3.PutBucketPolicyAsync("{{name}}", {{action}});
}
"""";
            const string Before = """{|SRM201:"{ \"Statement\": [ { \"Effect\": \"Allow\", \"Principal\": { \"AWS\": \"arn:aws:iam::111122223333:role/app\" }, \"Action\": \"s3:*\", \"Resource\": \"*\" } ] }"|}""";
            var after = Quoted("""{ \"Statement\": [ { \"Effect\": \"Allow\", \"Principal\": { \"AWS\": \"arn:aws:iam::111122223333:role/app\" }, \"Action\": [\"s3:GetObject\", \"s3:PutBucketPolicy\"], \"Resource\": \"*\" } ] }""");
            var test = new MultiDocumentTest(Sdk.V4) { CodeActionEquivalenceKey = Key };
            test.TestState.Sources.Add(("/A.cs", Bucket("Reports", Before)));
            test.TestState.Sources.Add(("/B.cs", Bucket("Exports", Before)));
            test.FixedState.Sources.Add(("/A.cs", Bucket("Reports", after)));
            test.FixedState.Sources.Add(("/B.cs", Bucket("Exports", after)));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public Task No_fix_for_a_static_readonly_field_a_static_constructor_assigns()
        {
            var source = Role(S3Calls, ReadonlyPolicy + "\n    static App() { if (System.Environment.GetEnvironmentVariable(\"STRICT\") is { } strict) Policy = strict; }", "{|SRM201:Policy|}");
            return VerifyFix.CodeFixAsync(source, source, Sdk.V4, Key, stubs: Iam);
        }

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public async Task Fix_all_edits_a_policy_shared_by_two_requests_once_and_every_statement_of_each_document(Sdk sdk)
        {
            static string Buckets(string name, string policy, string first, string second) => $$""""
using System.Threading.Tasks;
using Amazon.S3;

class {{name}}
{
    {{policy}}

    Task Read(IAmazonS3 s3) => s3.GetObjectAsync("{{name}}", "a.csv");
    Task Share(IAmazonS3 s3) => s3.PutBucketPolicyAsync("{{name}}", {{first}});
    Task ShareArchive(IAmazonS3 s3) => s3.PutBucketPolicyAsync("{{name}}-archive", {{second}});
}
"""";
            const string Shared = """static readonly string Policy = "{ \"Statement\": [ { \"Effect\": \"Allow\", \"Principal\": { \"AWS\": \"arn:aws:iam::111122223333:role/app\" }, \"Action\": \"s3:*\", \"Resource\": \"*\" } ] }";""";
            const string SharedFixed = """static readonly string Policy = "{ \"Statement\": [ { \"Effect\": \"Allow\", \"Principal\": { \"AWS\": \"arn:aws:iam::111122223333:role/app\" }, \"Action\": [\"s3:GetObject\", \"s3:PutBucketPolicy\"], \"Resource\": \"*\" } ] }";""";
            const string TwoStatements = """const string Policy = @"{ ""Statement"": [ { ""Effect"": ""Allow"", ""Principal"": ""*"", ""Action"": ""s3:*"", ""Resource"": ""*"" }, { ""Effect"": ""Allow"", ""Principal"": ""*"", ""Action"": ""*"", ""Resource"": ""arn:aws:s3:::x/*"" } ] }";""";
            const string TwoStatementsFixed = """const string Policy = @"{ ""Statement"": [ { ""Effect"": ""Allow"", ""Principal"": ""*"", ""Action"": [""s3:GetObject"", ""s3:PutBucketPolicy""], ""Resource"": ""*"" }, { ""Effect"": ""Allow"", ""Principal"": ""*"", ""Action"": [""s3:GetObject"", ""s3:PutBucketPolicy""], ""Resource"": ""arn:aws:s3:::x/*"" } ] }";""";
            var test = new MultiDocumentTest(sdk) { CodeActionEquivalenceKey = Key };
            test.TestState.Sources.Add(("/A.cs", Buckets("Reports", Shared, "{|SRM201:Policy|}", "{|SRM201:Policy|}")));
            test.TestState.Sources.Add(("/B.cs", Buckets("Exports", TwoStatements, "{|SRM201:Policy|}", "{|SRM201:Policy|}")));
            test.FixedState.Sources.Add(("/A.cs", Buckets("Reports", SharedFixed, "Policy", "Policy")));
            test.FixedState.Sources.Add(("/B.cs", Buckets("Exports", TwoStatementsFixed, "Policy", "Policy")));
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
