// Evaluation corpus: CI bootstrap creating a GitHub Actions OIDC deploy role and its permissions. Sdk: v4
using System;
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

namespace Tailspin.Ci.Bootstrap
{
    public static class GitHubOidcRoleSetup
    {
        public static async Task ConfigureAsync(IAmazonIdentityManagementService iam, string accountId, string repository)
        {
            var trustPolicy = $$"""
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Effect": "Allow",
                      "Principal": { "Federated": "arn:aws:iam::{{accountId}}:oidc-provider/token.actions.githubusercontent.com" },
                      "Action": "sts:AssumeRoleWithWebIdentity",
                      "Condition": {
                        "StringEquals": { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" },
                        "StringLike": { "token.actions.githubusercontent.com:sub": "repo:{{repository}}:ref:refs/heads/main" }
                      }
                    }
                  ]
                }
                """;

            await iam.CreateRoleAsync(new CreateRoleRequest
            {
                RoleName = "github-deploy",
                Description = "Assumed by GitHub Actions for " + repository,
                AssumeRolePolicyDocument = trustPolicy,
            });

            // Pushing images needs a handful of actions; the author gave up listing them.
            var ecrPolicy = $$"""
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    { "Effect": "Allow", "Action": "ecr:GetAuthorizationToken", "Resource": "*" },
                    { "Effect": "Allow", "Action": [ "s3:*Object", "s3:ListBucket" ], "Resource": [ "arn:aws:s3:::tailspin-build-cache", "arn:aws:s3:::tailspin-build-cache/*" ] },
                    { "Effect": "Allow", "Action": "ecr:*", "Resource": "arn:aws:ecr:us-west-2:{{accountId}}:repository/{{repository}}" }
                  ]
                }
                """;
            await iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = "github-deploy", PolicyName = "ecr-push", PolicyDocument = ecrPolicy }); // expect: SRM201

            var deployPolicy = $$"""
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Effect": "Allow",
                      "Action": [ "ecs:UpdateService", "ecs:DescribeServices", "ecs:RegisterTaskDefinition" ],
                      "Resource": "*",
                      "Condition": { "StringEquals": { "aws:ResourceTag/deployed-by": "github" } }
                    }
                  ]
                }
                """;
            await iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = "github-deploy", PolicyName = "ecs-deploy", PolicyDocument = deployPolicy });

            Console.WriteLine($"Role arn:aws:iam::{accountId}:role/github-deploy is ready for {repository}");
        }
    }
}
