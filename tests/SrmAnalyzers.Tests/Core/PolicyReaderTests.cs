using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using SrmAnalyzers.Core;
using SrmAnalyzers.Core.Policies;
using Xunit.Abstractions;

namespace SrmAnalyzers.Tests.Core
{
    /// <summary>The tolerant JSON reader and the policy model on partial, malformed, huge and hole-containing input.</summary>
    public class PolicyReaderTests
    {
        private const char Hole = ResolvedValue.Hole;

        private readonly ITestOutputHelper _output;

        public PolicyReaderTests(ITestOutputHelper output) => _output = output;

        private static PolicyDocument Read(string json) => PolicyReader.FromJsonText(json, origin: null);

        [Fact]
        public void Reads_a_complete_policy_with_single_values_and_arrays()
        {
            var document = Read("""
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    { "Sid": "A", "Effect": "Allow", "Principal": { "AWS": ["arn:aws:iam::111122223333:root", "*"], "Service": "sns.amazonaws.com" },
                      "Action": ["s3:GetObject", "s3:*"], "Resource": "arn:aws:s3:::b/*", "Condition": { "Bool": { "aws:SecureTransport": "true" } } },
                    { "Effect": "Deny", "NotAction": "iam:*", "NotResource": ["*"] }
                  ]
                }
                """);

            Assert.False(document.HasUnknownStatements);
            Assert.Equal(2, document.Statements.Length);
            var allow = document.Statements[0];
            Assert.Equal("A", allow.Sid);
            Assert.Equal(PolicyEffect.Allow, allow.Effect);
            Assert.Equal(new[] { "arn:aws:iam::111122223333:root", "*" }, allow.Principal!.Of("AWS").Values);
            Assert.Equal(new[] { "sns.amazonaws.com" }, allow.Principal.Of("Service").Values);
            Assert.Equal(new[] { "s3:GetObject", "s3:*" }, allow.Action.Values);
            Assert.Equal(PolicyConditionState.Present, allow.Condition);
            Assert.False(allow.HasUnknownMembers);
            Assert.Equal("s3:*", allow.AllowedServiceWildcard());
            Assert.Equal("{\"AWS\": \"*\"}", allow.PublicPrincipalForm());
            Assert.False(allow.IsUnconditional());

            var deny = document.Statements[1];
            Assert.Equal(PolicyEffect.Deny, deny.Effect);
            Assert.True(deny.NotAction.IsPresent);
            Assert.False(deny.AllowsWithNotAction());
            Assert.Null(deny.Principal);
        }

        [Fact]
        public void A_single_statement_object_and_escapes_are_read()
        {
            var document = Read("{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:\\u0047etObject\",\"Resource\":\"arn:aws:s3:::b\\/x\"}}");

            var statement = Assert.Single(document.Statements);
            Assert.Equal("s3:GetObject", Assert.Single(statement.Action.Values));
            Assert.Equal("arn:aws:s3:::b/x", Assert.Single(statement.Resource.Values));
            Assert.Equal("\"*\"", statement.PublicPrincipalForm());
            Assert.True(statement.IsUnconditional());
        }

        [Theory]
        [InlineData("{ \"Statement\": [ { \"Effect\": \"Allow\", \"Action\": \"*\"")]
        [InlineData("{ \"Statement\": [ { \"Effect\": \"Allow\", \"Action\": \"*\",")]
        [InlineData("{ \"Statement\": [ { \"Effect\": \"Allow\", \"Action\": \"*\", \"Resou")]
        [InlineData("{ \"Statement\": [ { \"Effect\": \"Allow\", \"Action\": \"*\" }")]
        public void Truncated_documents_keep_what_was_read_and_mark_the_rest_unknown(string json)
        {
            var document = Read(json);

            Assert.True(document.HasUnknownStatements || document.Statements.Any(s => s.HasUnknownMembers));
            var statement = Assert.Single(document.Statements);
            Assert.Equal(PolicyEffect.Allow, statement.Effect);
            Assert.True(statement.AllowsAllActions());
            Assert.False(statement.AppliesToAnyResource());
        }

        [Fact]
        public void Truncated_inside_a_value_gives_nothing_certain()
        {
            var statement = Assert.Single(Read("{ \"Statement\": [ { \"Effect\": \"Allow\", \"Action\": \"s3:Ge").Statements);

            Assert.True(statement.Action.HasUnknown);
            Assert.Empty(statement.Action.Values);
            Assert.Null(statement.AllowedServiceWildcard());
        }

        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("not json")]
        [InlineData("null")]
        [InlineData("[1, 2, 3]")]
        [InlineData("\"just a string\"")]
        [InlineData("}}}]]]")]
        [InlineData("{ \"Statement\": 42 }")]
        [InlineData("{ \"Statement\": [ 1, \"x\", null ] }")]
        [InlineData("{ \"a\": } { \"b\": ")]
        [InlineData("{ \"Statement\": [ { \"Effect\": \"Allow\" \"Action\" \"*\" } ] }")]
        [InlineData("{ \"Statement\": [ { \"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\" } ] } trailing")]
        [InlineData("\\u12")]
        [InlineData("{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"\\u00")]
        public void Malformed_input_never_throws_and_yields_no_allow_all_on_any_resource(string json)
        {
            var document = Read(json);

            Assert.DoesNotContain(document.Statements, s => s.AllowsAllActions() && s.AppliesToAnyResource() && !s.HasUnknownMembers);
        }

        [Fact]
        public void Missing_members_and_stray_characters_are_tolerated()
        {
            var document = Read("{ \"Statement\": [ { \"Effect\": \"Allow\", \"Action\": , \"Resource\": \"*\", } , ] , }");

            var statement = Assert.Single(document.Statements);
            Assert.True(statement.Action.HasUnknown);
            Assert.False(statement.AllowsAllActions());
            Assert.True(statement.AppliesToAnyResource());
        }

        [Fact]
        public void Holes_inside_strings_are_kept_and_never_match()
        {
            var document = Read($"{{ \"Statement\": {{ \"Effect\": \"Allow\", \"Action\": [\"s3:{Hole}\", \"{Hole}\"], \"Resource\": \"arn:aws:s3:::{Hole}/*\" }} }}");

            var statement = Assert.Single(document.Statements);
            Assert.Equal(2, statement.Action.Values.Length);
            Assert.Empty(statement.Action.CompleteValues);
            Assert.False(statement.AllowsAllActions());
            Assert.Null(statement.AllowedServiceWildcard());
            Assert.False(statement.AppliesToAnyResource());
        }

        [Fact]
        public void Holes_in_place_of_values_members_and_elements_are_unknown()
        {
            var valueHole = Assert.Single(Read($"{{ \"Statement\": {{ \"Effect\": {Hole}, \"Action\": \"*\" }} }}").Statements);
            Assert.Equal(PolicyEffect.Unknown, valueHole.Effect);
            Assert.False(valueHole.AllowsAllActions());

            var memberHole = Assert.Single(Read($"{{ \"Statement\": {{ \"Effect\": \"Allow\", \"Principal\": \"*\", {Hole} }} }}").Statements);
            Assert.True(memberHole.HasUnknownMembers);
            Assert.False(memberHole.IsUnconditional());

            var keyHole = Assert.Single(Read($"{{ \"Statement\": {{ \"Effect\": \"Allow\", \"{Hole}\": \"x\" }} }}").Statements);
            Assert.True(keyHole.HasUnknownMembers);

            var elementHole = Read($"{{ \"Statement\": [ {{ \"Effect\": \"Deny\", \"Action\": \"*\" }}, {Hole} ] }}");
            Assert.True(elementHole.HasUnknownStatements);
            Assert.Single(elementHole.Statements);

            var statementsHole = Read($"{{ \"Version\": \"2012-10-17\", \"Statement\": {Hole} }}");
            Assert.True(statementsHole.HasUnknownStatements);
            Assert.Empty(statementsHole.Statements);

            var conditionHole = Assert.Single(Read($"{{ \"Statement\": {{ \"Effect\": \"Allow\", \"Principal\": \"*\", \"Condition\": {Hole} }} }}").Statements);
            Assert.Equal(PolicyConditionState.Unknown, conditionHole.Condition);
            Assert.False(conditionHole.IsUnconditional());
        }

        [Fact]
        public void A_document_whose_tail_is_a_hole_is_still_read()
        {
            var document = Read("{ \"Statement\": { \"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\" } }" + Hole);

            Assert.True(Assert.Single(document.Statements).AllowsAllActions());
        }

        [Fact]
        public void Deep_nesting_is_bounded_without_stack_overflow()
        {
            var json = "{ \"Statement\": { \"Effect\": \"Allow\", \"Action\": \"*\", \"Condition\": " + new string('[', 500_000) + " } }";

            var statement = Assert.Single(Read(json).Statements);
            Assert.Equal(PolicyConditionState.Unknown, statement.Condition);
            Assert.True(statement.AllowsAllActions());
        }

        [Fact]
        public void A_one_megabyte_policy_parses_fast()
        {
            var builder = new StringBuilder("{ \"Version\": \"2012-10-17\", \"Statement\": [");
            var index = 0;
            while (builder.Length < 1024 * 1024)
            {
                builder.Append($"{{ \"Sid\": \"S{index}\", \"Effect\": \"Allow\", \"Action\": [\"s3:GetObject\", \"s3:PutObject\"], \"Resource\": \"arn:aws:s3:::bucket-{index}/*\" }},");
                index++;
            }

            builder.Append("{ \"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\" } ] }");
            var json = builder.ToString();
            Read(json); // warm-up (JIT)

            var stopwatch = Stopwatch.StartNew();
            var document = Read(json);
            stopwatch.Stop();
            _output.WriteLine($"{json.Length} characters, {document.Statements.Length} statements: {stopwatch.Elapsed.TotalMilliseconds:F1} ms");

            Assert.False(document.HasUnknownStatements);
            Assert.Equal(index + 1, document.Statements.Length);
            Assert.True(document.Statements[document.Statements.Length - 1].AllowsAllActions());
            // Linear: well under a second on an idle machine. The bound only catches super-linear behaviour
            // (quadratic reading of 1 MB takes minutes) without failing on a loaded CI machine.
            Assert.True(stopwatch.ElapsedMilliseconds < 10_000, $"1 MB policy took {stopwatch.ElapsedMilliseconds} ms");
        }

        [Fact]
        public void A_node_flood_is_bounded()
        {
            var json = "{ \"Statement\": [" + string.Join(",", Enumerable.Repeat("{}", 1_000_000)) + "] }";

            var document = Read(json);

            Assert.True(document.HasUnknownStatements);
            Assert.True(document.Statements.Length < TolerantJsonReader.MaxNodes);
        }

        [Fact]
        public void Text_longer_than_the_limit_is_not_read()
        {
            var statement = "{ \"Statement\": { \"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\" } }";

            Assert.IsType<JsonUnknown>(TolerantJsonReader.Read(statement + new string(' ', TolerantJsonReader.MaxLength)));
            Assert.IsType<JsonObject>(TolerantJsonReader.Read(statement + new string(' ', 1000)));
        }

        [Fact]
        public void Random_input_never_throws()
        {
            var random = new Random(20240601);
            var alphabet = "{}[]\":,\\ ut0-*aAsS" + Hole;
            var fragments = new[] { "\"Statement\"", "\"Effect\"", "\"Allow\"", "\"Action\"", "\"*\"", "\"Principal\"", "\"Condition\"", "\\u00", "\\" };
            for (var i = 0; i < 5_000; i++)
            {
                var builder = new StringBuilder();
                var length = random.Next(0, 80);
                for (var j = 0; j < length; j++)
                {
                    builder.Append(random.Next(4) == 0 ? fragments[random.Next(fragments.Length)] : alphabet[random.Next(alphabet.Length)].ToString());
                }

                var document = Read(builder.ToString());
                foreach (var statement in document.Statements)
                {
                    _ = statement.AllowsAllActions() || statement.AppliesToAnyResource() || statement.PublicPrincipalForm() is not null || statement.IsDefaultKmsKeyPolicyStatement();
                }
            }
        }

        [Theory]
        [InlineData("iam:PassRole", "iam:PassRole", true)]
        [InlineData("iam:Pass*", "iam:PassRole", true)]
        [InlineData("iam:*", "iam:PassRole", true)]
        [InlineData("IAM:passrole", "iam:PassRole", true)]
        [InlineData("iam:P?ssRole", "iam:PassRole", true)]
        [InlineData("iam:Get*", "iam:PassRole", false)]
        [InlineData("s3:*", "iam:PassRole", false)]
        [InlineData("iam:PassRoles", "iam:PassRole", false)]
        public void Action_patterns_match_like_iam(string pattern, string action, bool expected) =>
            Assert.Equal(expected, PolicyPredicates.ActionPatternCovers(pattern, action));

        [Fact]
        public void A_statement_allowing_pass_role_on_any_resource_can_be_found()
        {
            var statement = Assert.Single(Read("{ \"Statement\": { \"Effect\": \"Allow\", \"Action\": [\"ec2:RunInstances\", \"iam:Pass*\"], \"Resource\": \"*\" } }").Statements);

            Assert.Equal("iam:Pass*", statement.AllowedPatternCovering("iam:PassRole"));
            Assert.True(statement.AppliesToAnyResource());
        }

        [Theory]
        [InlineData("{ \"Effect\": \"Allow\", \"Principal\": { \"AWS\": \"arn:aws:iam::111122223333:root\" }, \"Action\": \"kms:*\", \"Resource\": \"*\" }", true)]
        [InlineData("{ \"Effect\": \"Allow\", \"Principal\": { \"AWS\": \"111122223333\" }, \"Action\": \"kms:*\", \"Resource\": \"*\" }", true)]
        [InlineData("{ \"Effect\": \"Allow\", \"Principal\": { \"AWS\": \"arn:aws-us-gov:iam::\uE000:root\" }, \"Action\": [\"kms:*\"], \"Resource\": \"*\" }", true)]
        [InlineData("{ \"Effect\": \"Allow\", \"Principal\": { \"AWS\": \"arn:aws:iam::111122223333:role/app\" }, \"Action\": \"kms:*\", \"Resource\": \"*\" }", false)]
        [InlineData("{ \"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"kms:*\", \"Resource\": \"*\" }", false)]
        [InlineData("{ \"Effect\": \"Allow\", \"Principal\": { \"AWS\": \"arn:aws:iam::111122223333:root\" }, \"Action\": \"*\", \"Resource\": \"*\" }", false)]
        [InlineData("{ \"Effect\": \"Allow\", \"Principal\": { \"AWS\": \"arn:aws:iam::111122223333:root\", \"Service\": \"s3.amazonaws.com\" }, \"Action\": \"kms:*\", \"Resource\": \"*\" }", false)]
        public void The_default_kms_key_policy_statement_is_recognised(string statementJson, bool expected)
        {
            var statement = Assert.Single(Read("{ \"Statement\": " + statementJson + " }").Statements);

            Assert.Equal(expected, statement.IsDefaultKmsKeyPolicyStatement());
        }

        [Fact]
        public void Reader_handles_null_and_large_strings_without_exceptions()
        {
            Assert.IsType<JsonUnknown>(TolerantJsonReader.Read(null));
            var huge = new string('"', 2_000_000);
            _ = TolerantJsonReader.Read(huge);
            _ = TolerantJsonReader.Read(new string('{', 2_000_000));
            _ = TolerantJsonReader.Read(string.Concat(Enumerable.Repeat("{\"a\":", 100_000)));
        }
    }
}
