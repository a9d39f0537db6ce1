// Evaluation corpus: admin tool granting automation users and roles their permissions per environment. Sdk: both
using System;
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

namespace Fabrikam.Identity.Automation
{
    public enum Stage { Dev, Staging, Prod }

    public sealed class AutomationUserPolicies
    {
        private const string ScopedPassRole = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:PassRole","iam:GetRole"],"Resource":"arn:aws:iam::444455556666:role/automation/*"}]}""";
        private const string AnyPassRole = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:PassRole","iam:GetRole"],"Resource":["*"]}]}""";
        private readonly IAmazonIdentityManagementService _iam;

        public AutomationUserPolicies(IAmazonIdentityManagementService iam) => _iam = iam;

        public Task GrantTerraformUserAsync() =>
            _iam.PutUserPolicyAsync(new PutUserPolicyRequest // expect: SRM203
            {
                UserName = "terraform-ci",
                PolicyName = "pass-roles",
                PolicyDocument = AnyPassRole,
            });

        public Task GrantStageRunnerAsync(Stage stage)
        {
            var document = stage switch
            {
                Stage.Prod => ScopedPassRole,
                Stage.Staging => ScopedPassRole,
                _ => AnyPassRole,
            };
            return _iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = $"runner-{stage.ToString().ToLowerInvariant()}", PolicyName = "pass-roles", PolicyDocument = document }); // expect: SRM203
        }

        public Task GrantProdRunnerAsync() =>
            _iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = "runner-prod-deploy", PolicyName = "pass-roles", PolicyDocument = ScopedPassRole });

        public Task PublishNewVersionAsync(string policyArn, bool emergency)
        {
            var request = new CreatePolicyVersionRequest { PolicyArn = policyArn, SetAsDefault = true, PolicyDocument = ScopedPassRole };
            if (emergency)
            {
                // Incident runbook: "widen first, narrow later".
                request.PolicyDocument = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"iam:Pass*\",\"Resource\":\"*\"}]}"; // expect: SRM203
            }

            return _iam.CreatePolicyVersionAsync(request);
        }

        // Trust for the runner role: any principal may assume it, no condition.
        public Task CreateRunnerRoleAsync() =>
            _iam.CreateRoleAsync(new CreateRoleRequest // expect: SRM202
            {
                RoleName = "runner-shared",
                AssumeRolePolicyDocument = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole"}]}""",
            });

        public Task CreateRunnerRoleForOrgAsync(string orgId) =>
            _iam.CreateRoleAsync(new CreateRoleRequest
            {
                RoleName = "runner-org",
                AssumeRolePolicyDocument = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":{\"aws:PrincipalOrgID\":\"" + orgId + "\"}}}]}",
            });

        public static void Main()
        {
            Console.WriteLine("use the admin UI to run these grants");
        }
    }
}
