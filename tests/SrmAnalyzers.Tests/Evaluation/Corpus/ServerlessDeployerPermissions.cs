// Evaluation corpus: serverless deployer building role policies with the SDK's AccessControlPolicy object model. Sdk: both
using System.Threading.Tasks;
using Amazon.Auth.AccessControlPolicy;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

namespace Fabrikam.Serverless.Deployer
{
    public sealed class ServerlessDeployerPermissions
    {
        private static readonly ActionIdentifier PassRole = new("iam:PassRole");
        private static readonly ActionIdentifier UpdateFunctionCode = new("lambda:UpdateFunctionCode");
        private static readonly ActionIdentifier CreateFunction = new("lambda:CreateFunction");
        private readonly IAmazonIdentityManagementService _iam;

        public ServerlessDeployerPermissions(IAmazonIdentityManagementService iam) => _iam = iam;

        public Task GrantScopedDeployerAsync(string accountId)
        {
            var policy = new Policy("scoped-deployer").WithStatements(
                new Statement(Statement.StatementEffect.Allow)
                    .WithActionIdentifiers(CreateFunction, UpdateFunctionCode)
                    .WithResources(new Resource($"arn:aws:lambda:us-east-1:{accountId}:function:checkout-*")),
                new Statement(Statement.StatementEffect.Allow)
                    .WithActionIdentifiers(PassRole)
                    .WithResources(new Resource($"arn:aws:iam::{accountId}:role/checkout-lambda-*")));

            return _iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = "scoped-deployer", PolicyName = "deploy", PolicyDocument = policy.ToJson() });
        }

        // The framework creates execution roles with generated names, so the resource was widened.
        public Task GrantFrameworkDeployerAsync()
        {
            var policy = new Policy("framework-deployer").WithStatements(
                new Statement(Statement.StatementEffect.Allow)
                    .WithActionIdentifiers(CreateFunction, UpdateFunctionCode)
                    .WithResources(new Resource("*")),
                new Statement(Statement.StatementEffect.Allow)
                    .WithActionIdentifiers(PassRole)
                    .WithResources(new Resource("*")));

            return _iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = "framework-deployer", PolicyName = "deploy", PolicyDocument = policy.ToJson() }); // expect: SRM203
        }

        public Task GrantStepFunctionsDeployerAsync()
        {
            var statement = new Statement(Statement.StatementEffect.Allow);
            statement.Actions.Add(new ActionIdentifier("states:CreateStateMachine"));
            statement.Actions.Add(new ActionIdentifier("iam:PassRole"));
            statement.Resources.Add(new Resource("*"));
            var json = new Policy { Statements = { statement } }.ToJson();

            return _iam.CreatePolicyAsync(new CreatePolicyRequest { PolicyName = "sfn-deployer", PolicyDocument = json }); // expect: SRM203
        }

        public Task DenyPassRoleEverywhereAsync()
        {
            var deny = new Statement(Statement.StatementEffect.Deny)
                .WithActionIdentifiers(PassRole)
                .WithResources(new Resource("*"));
            return _iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = "readonly-operators", PolicyName = "no-pass", PolicyDocument = new Policy().WithStatements(deny).ToJson() });
        }
    }
}
