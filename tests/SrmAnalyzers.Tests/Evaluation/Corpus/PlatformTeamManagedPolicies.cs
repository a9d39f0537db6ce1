// Evaluation corpus: platform team's managed policies for operators, auditors, pipeline tooling and break-glass. Sdk: both
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

namespace Adatum.Platform.Iam
{
    public sealed class PlatformTeamManagedPolicies
    {
        private const string Version = "\"Version\":\"2012-10-17\"";
        private static readonly string AnyResource = "\"Resource\":\"*\"";
        private readonly IAmazonIdentityManagementService _iam;

        public PlatformTeamManagedPolicies(IAmazonIdentityManagementService iam) => _iam = iam;

        public async Task CreateAllAsync()
        {
            var requests = new List<CreatePolicyRequest>();

            requests.Add(new CreatePolicyRequest
            {
                PolicyName = "iam-auditor",
                PolicyDocument = "{" + Version + ",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"iam:Get*\",\"iam:List*\",\"iam:GenerateCredentialReport\"]," + AnyResource + "}]}",
            });

            // Operators launch instances with whatever profile the runbook says.
            requests.Add(new CreatePolicyRequest // expect: SRM203
            {
                PolicyName = "ec2-operator",
                PolicyDocument = "{" + Version + ",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"ec2:RunInstances\",\"ec2:AssociateIamInstanceProfile\",\"iam:Pass*\"]," + AnyResource + "}]}",
            });

            requests.Add(new CreatePolicyRequest // expect: SRM201, SRM203
            {
                PolicyName = "identity-admin",
                PolicyDocument = "{" + Version + ",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"iam:*\"," + AnyResource + "}]}",
            });

            // Full admin is SRM201's finding alone.
            requests.Add(new CreatePolicyRequest // expect: SRM201
            {
                PolicyName = "break-glass",
                PolicyDocument = "{" + Version + ",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\"," + AnyResource + "}]}",
            });

            requests.Add(new CreatePolicyRequest // expect: SRM203
            {
                PolicyName = "pipeline-tooling",
                PolicyDocument = """
                    {"Version":"2012-10-17","Statement":[
                      {"Effect":"Allow","Action":["cloudformation:CreateStack","cloudformation:UpdateStack"],"Resource":"arn:aws:cloudformation:*:*:stack/app-*/*"},
                      {"Effect":"Allow","Action":["iam:passrole"],"Resource":["arn:aws:iam::111122223333:role/app-*","*"]}
                    ]}
                    """,
            });

            requests.Add(new CreatePolicyRequest // expect: SRM201
            {
                PolicyName = "support-readonly",
                PolicyDocument = "{" + Version + ",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"support:*\"],\"Resource\":\"*\"},{\"Effect\":\"Deny\",\"Action\":\"iam:*\",\"Resource\":\"*\"}]}",
            });

            foreach (var request in requests)
            {
                await _iam.CreatePolicyAsync(request);
            }
        }
    }
}
