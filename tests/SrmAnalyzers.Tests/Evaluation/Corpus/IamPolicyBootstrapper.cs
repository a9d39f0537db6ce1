// Evaluation corpus: account bootstrap creating managed policies for break-glass admins, auditors and the orders service. Sdk: v4
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

namespace Contoso.Platform.Bootstrap
{
    public sealed class IamPolicyBootstrapper
    {
        private const string BreakGlassPolicy = """
            {
              "Version": "2012-10-17",
              "Statement": [
                { "Sid": "BreakGlass", "Effect": "Allow", "Action": "*", "Resource": "*" }
              ]
            }
            """;

        private const string AuditorPolicy = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Effect": "Allow",
                  "Action": [ "cloudtrail:LookupEvents", "cloudtrail:GetTrailStatus", "config:Get*", "config:Describe*" ],
                  "Resource": "*"
                }
              ]
            }
            """;

        private readonly IAmazonIdentityManagementService _iam;

        public IamPolicyBootstrapper(IAmazonIdentityManagementService iam) => _iam = iam;

        public async Task RunAsync(string accountId)
        {
            await _iam.CreatePolicyAsync(new CreatePolicyRequest // expect: SRM201
            {
                PolicyName = "BreakGlassAdministrator",
                Path = "/bootstrap/",
                PolicyDocument = BreakGlassPolicy,
            });

            await _iam.CreatePolicyAsync(new CreatePolicyRequest
            {
                PolicyName = "Auditor",
                Path = "/bootstrap/",
                PolicyDocument = AuditorPolicy,
            });

            await _iam.PutRolePolicyAsync(new PutRolePolicyRequest // expect: SRM201
            {
                RoleName = "orders-service",
                PolicyName = "orders-table",
                PolicyDocument = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"dynamodb:*\"," +
                                 "\"Resource\":\"arn:aws:dynamodb:eu-west-1:" + accountId + ":table/orders\"}]}",
            });

            await _iam.PutRolePolicyAsync(new PutRolePolicyRequest
            {
                RoleName = "orders-service",
                PolicyName = "orders-queue",
                PolicyDocument = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"sqs:SendMessage\",\"sqs:ReceiveMessage\",\"sqs:DeleteMessage\"]," +
                                 "\"Resource\":\"arn:aws:sqs:eu-west-1:" + accountId + ":orders\"}]}",
            });
        }
    }
}
