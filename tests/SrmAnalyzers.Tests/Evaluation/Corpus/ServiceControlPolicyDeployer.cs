// Evaluation corpus: AWS Organizations SCP deployment (SCPs are guardrails, not IAM grants). Sdk: v4
using System.Threading.Tasks;
using Amazon.Organizations;
using Amazon.Organizations.Model;

namespace Contoso.Landing.Zone
{
    public class ServiceControlPolicyDeployer
    {
        // The content of AWS's own FullAWSAccess SCP: an SCP never grants anything by itself.
        private const string FullAwsAccess = """
            {
              "Version": "2012-10-17",
              "Statement": [ { "Effect": "Allow", "Action": "*", "Resource": "*" } ]
            }
            """;

        private const string DenyOutsideEu = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Sid": "DenyAllOutsideEU",
                  "Effect": "Deny",
                  "NotAction": [ "iam:*", "organizations:*", "route53:*", "cloudfront:*", "support:*" ],
                  "Resource": "*",
                  "Condition": { "StringNotEquals": { "aws:RequestedRegion": [ "eu-west-1", "eu-central-1" ] } }
                }
              ]
            }
            """;

        private readonly IAmazonOrganizations _organizations;

        public ServiceControlPolicyDeployer(IAmazonOrganizations organizations) => _organizations = organizations;

        public async Task DeployAsync()
        {
            await _organizations.CreatePolicyAsync(new CreatePolicyRequest
            {
                Name = "SandboxFullAccess",
                Description = "Sandbox OU keeps full access; guardrails come from the deny SCPs.",
                Content = FullAwsAccess,
            });

            await _organizations.CreatePolicyAsync(new CreatePolicyRequest
            {
                Name = "DenyOutsideEU",
                Description = "Data residency guardrail",
                Content = DenyOutsideEu,
            });

            var allowServices = new CreatePolicyRequest
            {
                Name = "AllowListedServices",
                Content = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"s3:*\",\"dynamodb:*\",\"lambda:*\"],\"Resource\":\"*\"}]}",
            };
            await _organizations.CreatePolicyAsync(allowServices);
        }
    }
}
