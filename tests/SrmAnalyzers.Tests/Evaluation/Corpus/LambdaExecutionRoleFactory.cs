// Evaluation corpus: deployment tool creating Lambda execution roles and a vendor cross-account role. Sdk: v4
using System.Threading;
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

namespace Fabrikam.Deploy.Iam
{
    public class LambdaExecutionRoleFactory
    {
        private static readonly string LambdaTrustPolicy =
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

        private readonly IAmazonIdentityManagementService iam;

        public LambdaExecutionRoleFactory(IAmazonIdentityManagementService iam) => this.iam = iam;

        public async Task CreateFunctionRoleAsync(string functionName, string region, string accountId, CancellationToken ct)
        {
            var roleName = functionName + "-execution";
            await iam.CreateRoleAsync(new CreateRoleRequest
            {
                RoleName = roleName,
                Path = "/lambda/",
                AssumeRolePolicyDocument = LambdaTrustPolicy,
            }, ct);

            await iam.PutRolePolicyAsync(new PutRolePolicyRequest
            {
                RoleName = roleName,
                PolicyName = "logs",
                PolicyDocument = $$"""
                    {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                      "Action":["logs:CreateLogStream","logs:PutLogEvents"],
                      "Resource":"arn:aws:logs:{{region}}:{{accountId}}:log-group:/aws/lambda/{{functionName}}:*"}]}
                    """,
            }, ct);
        }

        public Task CreateVendorRoleAsync(string vendorAccountId, string externalId, CancellationToken ct)
        {
            var trust = $$"""
                {
                  "Version": "2012-10-17",
                  "Statement": [{
                    "Effect": "Allow",
                    "Principal": { "AWS": "*" },
                    "Action": "sts:AssumeRole",
                    "Condition": {
                      "StringEquals": { "sts:ExternalId": "{{externalId}}", "aws:PrincipalAccount": "{{vendorAccountId}}" }
                    }
                  }]
                }
                """;
            return iam.CreateRoleAsync(new CreateRoleRequest { RoleName = "vendor-monitoring", AssumeRolePolicyDocument = trust }, ct);
        }

        public Task OpenSupportRoleAsync(CancellationToken ct)
        {
            // Support engineers assume this from "their" accounts; nobody wrote down which.
            var request = new UpdateAssumeRolePolicyRequest // expect: SRM202
            {
                RoleName = "support-readonly",
                PolicyDocument = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"sts:AssumeRole\"}]}",
            };
            return iam.UpdateAssumeRolePolicyAsync(request, ct);
        }
    }
}
