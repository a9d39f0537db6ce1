// Evaluation corpus: access-review remediation script rewriting findings (some fixes are themselves too broad). Sdk: v4
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

namespace Adatum.Security.AccessReview
{
    public sealed class IamAccessReviewRemediation
    {
        private readonly IAmazonIdentityManagementService _iam;

        public IamAccessReviewRemediation(IAmazonIdentityManagementService iam) => _iam = iam;

        public async Task RemediateAsync(string accountId)
        {
            // Finding 12: identity team needs to manage users; "iam:*" was quicker than the list.
            await _iam.CreatePolicyVersionAsync(new CreatePolicyVersionRequest // expect: SRM201, SRM203
            {
                PolicyArn = $"arn:aws:iam::{accountId}:policy/identity-team",
                SetAsDefault = true,
                PolicyDocument = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:*","Resource":"*"}]}""",
            });

            // Finding 17: data engineers; the review accepted "s3 everything".
            await _iam.PutGroupPolicyAsync(new PutGroupPolicyRequest // expect: SRM201
            {
                GroupName = "data-engineers",
                PolicyName = "s3-access",
                PolicyDocument = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:*"],"Resource":"*"}]}""",
            });

            // Finding 21: trust policy lists the partner account and, by mistake, a wildcard.
            await _iam.UpdateAssumeRolePolicyAsync(new UpdateAssumeRolePolicyRequest // expect: SRM202
            {
                RoleName = "partner-readonly",
                PolicyDocument = """
                    {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                      "Principal":{"AWS":["arn:aws:iam::777788889999:root","*"]},
                      "Action":"sts:AssumeRole"}]}
                    """,
            });

            // Finding 23: fixed correctly — explicit deny for everyone outside the org, allow for the service.
            await _iam.UpdateAssumeRolePolicyAsync(new UpdateAssumeRolePolicyRequest
            {
                RoleName = "scheduler",
                PolicyDocument = """
                    {"Version":"2012-10-17","Statement":[
                      {"Effect":"Allow","Principal":{"Service":"scheduler.amazonaws.com"},"Action":"sts:AssumeRole",
                       "Condition":{"StringEquals":{"aws:SourceAccount":"123456789012"}}},
                      {"Effect":"Deny","Principal":"*","Action":"sts:AssumeRole",
                       "Condition":{"StringNotEquals":{"aws:PrincipalOrgID":"o-exampleorg"}}}]}
                    """,
            });

            // Finding 34: monitoring role got a service wildcard inside an otherwise explicit list.
            await _iam.PutRolePolicyAsync(new PutRolePolicyRequest // expect: SRM201
            {
                RoleName = "monitoring",
                PolicyName = "metrics-and-logs",
                PolicyDocument = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["cloudwatch:GetMetricData","cloudwatch:ListMetrics","logs:*"],"Resource":"*"}]}""",
            });

            // Finding 30: read-only auditor with explicit actions.
            await _iam.PutUserPolicyAsync(new PutUserPolicyRequest
            {
                UserName = "external-auditor",
                PolicyName = "read-config",
                PolicyDocument = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["config:Describe*","config:Get*","config:List*"],"Resource":"*"}]}""",
            });
        }
    }
}
