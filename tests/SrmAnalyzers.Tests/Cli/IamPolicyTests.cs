using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using SrmAnalyzers.Cli.Policy;
using SrmAnalyzers.Core.LeastPrivilege;

namespace SrmAnalyzers.Tests.Cli
{
    /// <summary>The policy `srm iam-policy` prints, built from the permissions a project's calls need.</summary>
    public class IamPolicyTests
    {
        private static readonly RequiredPermission[] UploadPermissions =
        {
            new("s3:PutObject", "arn:aws:s3:::uploads/originals/*"),
            new("s3:GetObject", "arn:aws:s3:::uploads/originals/*"),
            new("s3:ListBucket", "arn:aws:s3:::uploads"),
            new("kms:GenerateDataKey", "*"),
            new("sqs:SendMessage", "arn:aws:sqs:*:*:jobs"),
            new("s3:PutObject", "arn:aws:s3:::previews/*"),
        };

        [Fact]
        public void Actions_needed_on_the_same_resources_share_a_statement_of_their_service()
        {
            var policy = IamPolicy.From(UploadPermissions);

            Assert.Equal(
                new[]
                {
                    "KmsStatement1: kms:GenerateDataKey on *",
                    // Within a service, by resources (ordinal): "previews/*" before "uploads".
                    "S3Statement1: s3:PutObject on arn:aws:s3:::previews/*, arn:aws:s3:::uploads/originals/*",
                    "S3Statement2: s3:ListBucket on arn:aws:s3:::uploads",
                    "S3Statement3: s3:GetObject on arn:aws:s3:::uploads/originals/*",
                    "SqsStatement1: sqs:SendMessage on arn:aws:sqs:*:*:jobs",
                },
                policy.Statements.Select(s => $"{s.Sid}: {string.Join(", ", s.Actions)} on {string.Join(", ", s.Resources)}"));
        }

        [Fact]
        public void Actions_are_sorted_within_a_statement()
        {
            var policy = IamPolicy.From(new RequiredPermission[]
            {
                new("dynamodb:PutItem", "arn:aws:dynamodb:*:*:table/Orders"),
                new("dynamodb:GetItem", "arn:aws:dynamodb:*:*:table/Orders"),
                new("dynamodb:DeleteItem", "arn:aws:dynamodb:*:*:table/Orders"),
            });

            var statement = Assert.Single(policy.Statements);
            Assert.Equal(new[] { "dynamodb:DeleteItem", "dynamodb:GetItem", "dynamodb:PutItem" }, statement.Actions);
        }

        [Fact]
        public void The_same_permissions_in_any_order_give_the_same_text()
        {
            var expected = IamPolicy.From(UploadPermissions).ToJson();
            var random = new Random(14);
            for (var attempt = 0; attempt < 20; attempt++)
            {
                var shuffled = UploadPermissions.Concat(UploadPermissions.Take(2)).OrderBy(_ => random.Next()).ToList();
                Assert.Equal(expected, IamPolicy.From(shuffled).ToJson());
            }
        }

        [Fact]
        public void A_wildcard_action_is_never_granted()
        {
            var policy = IamPolicy.From(new RequiredPermission[]
            {
                new("s3:*", "*"),
                new("*", "*"),
                new("s3:Get*", "*"),
                new("s3:GetObject", "*"),
            });

            var statement = Assert.Single(policy.Statements);
            Assert.Equal(new[] { "s3:GetObject" }, statement.Actions);
            Assert.Equal(new[] { "*", "s3:*", "s3:Get*" }, policy.RejectedActions);
            Assert.DoesNotContain("*\"", string.Join("\n", JsonDocument.Parse(policy.ToJson()).RootElement.GetProperty("Statement").EnumerateArray().SelectMany(s => s.GetProperty("Action").EnumerateArray()).Select(a => a.GetString() + "\"")));
        }

        [Fact]
        public void The_document_follows_the_IAM_policy_grammar()
        {
            using var document = JsonDocument.Parse(IamPolicy.From(UploadPermissions).ToJson());
            var root = document.RootElement;

            Assert.Equal(new[] { "Version", "Statement" }, root.EnumerateObject().Select(p => p.Name));
            Assert.Equal("2012-10-17", root.GetProperty("Version").GetString());
            var sids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var statement in root.GetProperty("Statement").EnumerateArray())
            {
                Assert.Equal(new[] { "Sid", "Effect", "Action", "Resource" }, statement.EnumerateObject().Select(p => p.Name));
                Assert.Matches("^[A-Za-z0-9]+$", statement.GetProperty("Sid").GetString());
                Assert.True(sids.Add(statement.GetProperty("Sid").GetString()!), "Sids are unique");
                Assert.Equal("Allow", statement.GetProperty("Effect").GetString());
                Assert.All(statement.GetProperty("Action").EnumerateArray(), a => Assert.Matches("^[a-z0-9-]+:[A-Za-z0-9]+$", a.GetString()));
                Assert.All(statement.GetProperty("Resource").EnumerateArray(), r => Assert.Matches("^(\\*|arn:aws:[a-z0-9-]+:[^\\s\"]*)$", r.GetString()));
                Assert.NotEqual(0, statement.GetProperty("Action").GetArrayLength());
                Assert.NotEqual(0, statement.GetProperty("Resource").GetArrayLength());
            }
        }

        [Fact]
        public void A_service_prefix_with_a_hyphen_gives_an_alphanumeric_sid()
        {
            var policy = IamPolicy.From(new[] { new RequiredPermission("execute-api:Invoke", "*") });

            Assert.Equal("ExecuteApiStatement1", Assert.Single(policy.Statements).Sid);
        }

        [Fact]
        public void No_permission_gives_a_policy_without_statements()
        {
            using var document = JsonDocument.Parse(IamPolicy.From(Array.Empty<RequiredPermission>()).ToJson());

            Assert.Equal(0, document.RootElement.GetProperty("Statement").GetArrayLength());
        }
    }
}
