// Evaluation corpus: IAM bootstrap helpers that take the policy document or trust policy as a parameter, called with constant documents. Sdk: both
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

namespace Woodgrove.Identity.Bootstrap
{
    public sealed class RoleBootstrapper
    {
        private const string LambdaTrust = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";
        private const string AnyoneTrust = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole"}]}""";
        private const string PartnerTrust = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"sts:ExternalId":"wg-7731"}}}]}""";
        private const string AdminDocument = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""";
        private const string DeployerDocument = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["lambda:UpdateFunctionCode","iam:PassRole"],"Resource":"*"}]}""";
        private const string ReaderDocument = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["dynamodb:GetItem","dynamodb:Query"],"Resource":"arn:aws:dynamodb:eu-west-1:111122223333:table/orders"}]}""";

        private readonly IAmazonIdentityManagementService _iam;

        public RoleBootstrapper(IAmazonIdentityManagementService iam) => _iam = iam;

        private Task CreateRoleAsync(string roleName, string trustPolicy) =>
            _iam.CreateRoleAsync(new CreateRoleRequest { RoleName = roleName, AssumeRolePolicyDocument = trustPolicy, Path = "/bootstrap/" });

        private async Task AttachInlineAsync(string roleName, string policyName, string document)
        {
            var request = new PutRolePolicyRequest { RoleName = roleName };
            request.PolicyName = policyName;
            request.PolicyDocument = document;
            await _iam.PutRolePolicyAsync(request);
        }

        // CI passes "any role" while the list of deployable roles is being worked out.
        private static string PassRolePolicy(string roleArn, bool anyRole) =>
            $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:PassRole","Resource":"{{(anyRole ? "*" : roleArn)}}"}]}"""; // expect: SRM203

        public async Task BootstrapAsync()
        {
            await CreateRoleAsync("orders-reader", LambdaTrust);
            await AttachInlineAsync("orders-reader", "read-orders", ReaderDocument);

            await CreateRoleAsync("partner-sync", PartnerTrust);

            // Break-glass role for the on-call engineer.
            await CreateRoleAsync("break-glass", AnyoneTrust); // expect: SRM202
            await AttachInlineAsync("break-glass", "admin", AdminDocument); // expect: SRM201

            await CreateRoleAsync("deployer", LambdaTrust);
            await AttachInlineAsync("deployer", "deploy", DeployerDocument); // expect: SRM203

            await AttachInlineAsync("deployer", "pass-app-role", PassRolePolicy("arn:aws:iam::111122223333:role/app", anyRole: false));
            await AttachInlineAsync("deployer", "pass-any-role", PassRolePolicy(string.Empty, anyRole: true));
        }
    }
}
