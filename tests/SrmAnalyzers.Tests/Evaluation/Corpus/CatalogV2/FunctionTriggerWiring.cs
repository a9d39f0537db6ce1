// Evaluation corpus: deployment step that wires invoke permissions for a team's Lambda functions (S3 and EventBridge triggers, partner webhooks, function URLs). Sdk: both
using System.Threading;
using System.Threading.Tasks;
using Amazon.Lambda;
using Amazon.Lambda.Model;

namespace Tailspin.Deploy.Lambda
{
    public sealed record FunctionSpec(string Name, string Alias, string AccountId, string BucketArn, string ScheduleRuleArn);

    public sealed class FunctionTriggerWiring
    {
        private const string AnyPrincipal = "*";
        private const string OrganizationId = "o-a1b2c3d4e5";
        private readonly IAmazonLambda _lambda;

        public FunctionTriggerWiring(IAmazonLambda lambda) => _lambda = lambda;

        public async Task WireAsync(FunctionSpec spec, CancellationToken ct)
        {
            // Uploads bucket triggers the indexer.
            await _lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = spec.Name,
                StatementId = "s3-uploads",
                Action = "lambda:InvokeFunction",
                Principal = "s3.amazonaws.com",
                SourceArn = spec.BucketArn,
                SourceAccount = spec.AccountId,
            }, ct);

            await GrantInvokeAsync(spec.Name, "events.amazonaws.com", "nightly-schedule", ct, spec.ScheduleRuleArn);

            // Payment provider webhooks call the function directly; they could not give us a fixed account.
            await _lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = spec.Name, Qualifier = spec.Alias, StatementId = "payment-webhooks", Action = "lambda:InvokeFunction", Principal = "*" }, ct); // expect: SRM202

            // Every account in our organization may invoke the shared formatter.
            await _lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = spec.Name, StatementId = "org-wide", Action = "lambda:InvokeFunction", Principal = AnyPrincipal, PrincipalOrgID = OrganizationId }, ct);

            // The data team's account reads results.
            await _lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = spec.Name, StatementId = "data-team", Action = "lambda:InvokeFunction", Principal = "210987654321" }, ct);
        }

        // Public status page served straight from a function URL.
        public Task ExposeStatusPageAsync(string functionName, CancellationToken ct) =>
            _lambda.AddPermissionAsync(new AddPermissionRequest // expect: SRM202
            {
                FunctionName = functionName,
                StatementId = "public-function-url",
                Action = "lambda:InvokeFunctionUrl",
                Principal = "*",
                FunctionUrlAuthType = FunctionUrlAuthType.NONE,
            }, ct);

        // Internal dashboards: signed requests from the ops account only.
        public Task ExposeDashboardAsync(string functionName, CancellationToken ct) =>
            _lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = functionName, StatementId = "ops-function-url", Action = "lambda:InvokeFunctionUrl", Principal = "123456789012", FunctionUrlAuthType = FunctionUrlAuthType.AWS_IAM }, ct);

        public async Task WireChatOpsAsync(string functionName, CancellationToken ct)
        {
            var request = new AddPermissionRequest { FunctionName = functionName, StatementId = "chatops", Action = "lambda:InvokeFunction" };
            request.Principal = AnyPrincipal; // expect: SRM202
            await _lambda.AddPermissionAsync(request, ct);
        }

        public async Task GrantInvokeAsync(string functionName, string principal, string statementId, CancellationToken ct, string? sourceArn = null)
        {
            await _lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = functionName, StatementId = statementId, Action = "lambda:InvokeFunction", Principal = principal, SourceArn = sourceArn }, ct);
        }

        public async Task WireIntegrationsAsync(FunctionSpec spec, CancellationToken ct)
        {
            // Slack slash commands arrive through the public gateway of the vendor.
            await GrantInvokeAsync(spec.Name, "*", "slack-commands", ct); // expect: SRM202
            await GrantInvokeAsync(spec.Name, "*", "uploads-any-principal", ct, spec.BucketArn);
            await GrantInvokeAsync(spec.Name, "sns.amazonaws.com", "alerts-topic", ct, $"arn:aws:sns:eu-west-1:{spec.AccountId}:alerts");
            await _lambda.AddPermissionAsync(BuildPartnerGrant(spec.Name), ct);
        }

        // Partner integrations share one statement shape.
        private static AddPermissionRequest BuildPartnerGrant(string functionName)
        {
            return new AddPermissionRequest { FunctionName = functionName, StatementId = "partners", Action = "lambda:InvokeFunction", Principal = "*" }; // expect: SRM202
        }
    }
}
