// Evaluation corpus: CI bootstrap attaching inline policies to deploy roles for ECS, Lambda and Batch pipelines. Sdk: both
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

namespace Contoso.Ci.Bootstrap
{
    public sealed class CiDeployRolePolicies
    {
        private const string EcsDeployPolicy = """
            {
              "Version": "2012-10-17",
              "Statement": [
                { "Effect": "Allow", "Action": [ "ecs:RegisterTaskDefinition", "ecs:UpdateService", "ecs:DescribeServices" ], "Resource": "*" },
                { "Effect": "Allow", "Action": "iam:PassRole", "Resource": "*" }
              ]
            }
            """;

        private readonly IAmazonIdentityManagementService _iam;

        public CiDeployRolePolicies(IAmazonIdentityManagementService iam) => _iam = iam;

        public Task AttachEcsAsync() =>
            _iam.PutRolePolicyAsync(new PutRolePolicyRequest // expect: SRM203
            {
                RoleName = "ci-deploy-ecs",
                PolicyName = "deploy",
                PolicyDocument = EcsDeployPolicy,
            });

        public Task AttachLambdaAsync(string accountId) =>
            _iam.PutRolePolicyAsync(new PutRolePolicyRequest
            {
                RoleName = "ci-deploy-lambda",
                PolicyName = "deploy",
                PolicyDocument = $$"""
                    {
                      "Version": "2012-10-17",
                      "Statement": [
                        { "Effect": "Allow", "Action": [ "lambda:UpdateFunctionCode", "lambda:UpdateFunctionConfiguration" ], "Resource": "arn:aws:lambda:eu-west-1:{{accountId}}:function:orders-*" },
                        { "Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::{{accountId}}:role/orders-lambda-execution" },
                        { "Effect": "Deny", "Action": "iam:PassRole", "Resource": "*", "Condition": { "StringNotEquals": { "iam:PassedToService": "lambda.amazonaws.com" } } }
                      ]
                    }
                    """,
            });

        public Task AttachBatchAsync(string accountId)
        {
            var document = "{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Effect\":\"Allow\",\"Action\":[\"batch:SubmitJob\",\"batch:RegisterJobDefinition\"],\"Resource\":\"*\"},"
                + "{\"Effect\":\"Allow\",\"Action\":[\"iam:GetRole\",\"iam:PassRole\"],\"Resource\":\"*\"}"
                + "]}";
            var request = new PutRolePolicyRequest { RoleName = "ci-deploy-batch", PolicyName = "deploy" };
            request.PolicyDocument = document; // expect: SRM203
            return _iam.PutRolePolicyAsync(request);
        }

        public Task DenyPassRoleOutsideCiAsync() =>
            _iam.PutRolePolicyAsync(new PutRolePolicyRequest
            {
                RoleName = "ci-runner",
                PolicyName = "no-role-passing",
                PolicyDocument = """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":["iam:PassRole","iam:*"],"Resource":"*"}]}""",
            });
    }
}
