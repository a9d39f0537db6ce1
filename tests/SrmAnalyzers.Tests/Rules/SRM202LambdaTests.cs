using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SrmAnalyzers.Tests.Infrastructure;
using VerifyCS = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.PublicPolicyPrincipalAnalyzer>;

namespace SrmAnalyzers.Tests.Rules
{
    // SRM202's Lambda sink: AddPermissionRequest adds one statement to a function's resource policy.
    // AWSSDK.Lambda is not on this mirror: the tests compile against the Lambda stub (real names) with SDK v3 and v4 cores.
    public class SRM202LambdaTests
    {
        private static readonly string[] Lambda = { "Lambda.cs" };

        private const string Usings = @"
using System.Threading.Tasks;
using Amazon.Lambda;
using Amazon.Lambda.Model;
";

        private const string Duty = " (customer duty: identity and access management — who may act on a resource)";

        private const string Unrestricted = " without SourceArn, SourceAccount or PrincipalOrgID: any AWS account — or anyone on the internet through the function URL — can invoke the function";

        private const string PublicUrl = " with FunctionUrlAuthType NONE: the function URL is public with no authentication, and anyone on the internet can invoke the function";

        private static Task Analyze(string source, Sdk sdk, params DiagnosticResult[] expected) =>
            VerifyCS.AnalyzerAsync(Usings + source, sdk, options: null, stubs: Lambda, expected);

        private static DiagnosticResult Finding(int location, string message) =>
            VerifyCS.Diagnostic("SRM202").WithLocation(location).WithMessage(message + Duty);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Principal_star_without_a_source_restriction_is_reported_at_the_principal(Sdk sdk) => Analyze(@"
class Functions
{
    const string Everyone = ""*"";

    async Task Open(IAmazonLambda lambda)
    {
        await lambda.AddPermissionAsync(new AddPermissionRequest
        {
            FunctionName = ""thumbnailer"",
            StatementId = ""public-invoke"",
            Action = ""lambda:InvokeFunction"",
            Principal = {|#0:""*""|},
        });
        await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = ""thumbnailer"", StatementId = ""all"", Action = ""lambda:*"", Principal = {|#1:Everyone|} });
        await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = ""thumbnailer"", StatementId = ""read"", Action = ""lambda:GetFunction"", Principal = {|#2:""*""|} });
    }
}", sdk,
            Finding(0, "AddPermissionRequest grants lambda:InvokeFunction to Principal \"*\"" + Unrestricted),
            Finding(1, "AddPermissionRequest grants lambda:* to Principal \"*\"" + Unrestricted),
            Finding(2, "AddPermissionRequest grants lambda:GetFunction to Principal \"*\" without SourceArn, SourceAccount or PrincipalOrgID: any AWS account can call lambda:GetFunction on the function"));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task A_public_function_url_is_reported_with_that_reason(Sdk sdk) => Analyze(@"
class Functions
{
    async Task Open(IAmazonLambda lambda)
    {
        await lambda.AddPermissionAsync(new AddPermissionRequest
        {
            FunctionName = ""webhook"",
            StatementId = ""FunctionURLAllowPublicAccess"",
            Action = ""lambda:InvokeFunctionUrl"",
            Principal = {|#0:""*""|},
            FunctionUrlAuthType = FunctionUrlAuthType.NONE,
        });
        await lambda.AddPermissionAsync(new AddPermissionRequest
        {
            FunctionName = ""webhook"",
            StatementId = ""FunctionURLInvoke"",
            Action = ""lambda:InvokeFunction"",
            Principal = {|#1:""*""|},
            InvokedViaFunctionUrl = true,
        });
    }
}", sdk,
            Finding(0, "AddPermissionRequest grants lambda:InvokeFunctionUrl to Principal \"*\"" + PublicUrl),
            Finding(1, "AddPermissionRequest grants lambda:InvokeFunction to Principal \"*\"" + Unrestricted));

        [Fact]
        public Task A_later_write_is_reported_where_it_is_written_and_a_path_to_it_as_may() => Analyze(@"
class Functions
{
    async Task Open(IAmazonLambda lambda, bool partner, string partnerArn, bool demo)
    {
        var request = new AddPermissionRequest { FunctionName = ""f"", StatementId = ""s"", Action = ""lambda:InvokeFunction"", Principal = ""123456789012"" };
        request.Principal = {|#0:""*""|};
        await lambda.AddPermissionAsync(request);

        await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = ""f"", StatementId = ""s2"", Action = ""lambda:InvokeFunction"", Principal = {|#1:demo ? ""*"" : ""111122223333""|} });

        var scoped = new AddPermissionRequest { FunctionName = ""f"", StatementId = ""s3"", Action = ""lambda:InvokeFunction"", Principal = {|#2:""*""|} };
        if (partner)
        {
            scoped.SourceArn = partnerArn;
        }

        await lambda.AddPermissionAsync(scoped);
        await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = ""f"", StatementId = ""s4"", Action = ""lambda:InvokeFunction"", Principal = {|#3:""*""|}, SourceAccount = partner ? ""111122223333"" : null });
        await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = ""f"", StatementId = ""s5"", Principal = {|#4:""*""|}, SourceArn = null, PrincipalOrgID = """" });
    }
}", Sdk.V4,
            Finding(0, "AddPermissionRequest grants lambda:InvokeFunction to Principal \"*\"" + Unrestricted),
            Finding(1, "AddPermissionRequest may grant lambda:InvokeFunction to Principal \"*\"" + Unrestricted),
            Finding(2, "AddPermissionRequest may grant lambda:InvokeFunction to Principal \"*\"" + Unrestricted),
            Finding(3, "AddPermissionRequest may grant lambda:InvokeFunction to Principal \"*\"" + Unrestricted),
            Finding(4, "AddPermissionRequest grants a permission to Principal \"*\"" + Unrestricted));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Named_principals_and_restricted_grants_are_not_reported(Sdk sdk) => Analyze(@"
class Functions
{
    async Task Grant(IAmazonLambda lambda, string bucketArn, string orgId)
    {
        // A service principal pinned to its source, an account ID, an account ARN.
        await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = ""f"", StatementId = ""s3"", Action = ""lambda:InvokeFunction"", Principal = ""s3.amazonaws.com"", SourceArn = ""arn:aws:s3:::uploads"", SourceAccount = ""111122223333"" });
        await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = ""f"", StatementId = ""acct"", Action = ""lambda:InvokeFunction"", Principal = ""444455556666"" });
        await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = ""f"", StatementId = ""arn"", Action = ""lambda:InvokeFunction"", Principal = ""arn:aws:iam::444455556666:root"" });

        // Principal ""*"" pinned by SourceAccount, PrincipalOrgID or SourceArn (known or not).
        await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = ""f"", StatementId = ""a"", Action = ""lambda:InvokeFunction"", Principal = ""*"", SourceAccount = ""111122223333"" });
        await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = ""f"", StatementId = ""o"", Action = ""lambda:InvokeFunction"", Principal = ""*"", PrincipalOrgID = ""o-a1b2c3d4e5"" });
        await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = ""f"", StatementId = ""p"", Action = ""lambda:InvokeFunction"", Principal = ""*"", PrincipalOrgID = orgId });
        var request = new AddPermissionRequest { FunctionName = ""f"", StatementId = ""b"", Action = ""lambda:InvokeFunction"", Principal = ""*"" };
        request.SourceArn = bucketArn;
        await lambda.AddPermissionAsync(request);

        // The function URL's own auth type, and removing a statement, are not AddPermission grants.
        await lambda.CreateFunctionUrlConfigAsync(new CreateFunctionUrlConfigRequest { FunctionName = ""f"", AuthType = FunctionUrlAuthType.NONE });
        await lambda.RemovePermissionAsync(new RemovePermissionRequest { FunctionName = ""f"", StatementId = ""public-invoke"" });
    }

    async Task Unknown(IAmazonLambda lambda, string principal, AddPermissionRequest given)
    {
        // Values the analyzer cannot see are never findings.
        await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = ""f"", StatementId = ""u"", Action = ""lambda:InvokeFunction"", Principal = principal });
        given.Principal = ""*"";
        await lambda.AddPermissionAsync(given);
        var shared = new AddPermissionRequest { FunctionName = ""f"", StatementId = ""h"", Action = ""lambda:InvokeFunction"", Principal = ""*"" };
        Restrict(shared);
        await lambda.AddPermissionAsync(shared);
    }

    static void Restrict(AddPermissionRequest request) => request.SourceAccount = System.Environment.GetEnvironmentVariable(""ACCOUNT"");
}", sdk);

        [Fact]
        public Task Look_alike_types_in_other_namespaces_are_not_sinks() => VerifyCS.AnalyzerAsync(@"
using System.Threading.Tasks;

namespace Acme.Lambda.Model
{
    public class AddPermissionRequest
    {
        public string Principal { get; set; } = """";
        public string Action { get; set; } = """";
    }
}

namespace Acme
{
    using Acme.Lambda.Model;

    class Permissions
    {
        AddPermissionRequest Open() => new AddPermissionRequest { Principal = ""*"", Action = ""lambda:InvokeFunction"" };
    }
}", Sdk.V4, options: null, stubs: Lambda);

        [Fact]
        public Task A_wrapper_that_takes_the_principal_is_reported_at_the_callers_argument() => Analyze(@"
class Functions
{
    Task Allow(IAmazonLambda lambda, string principal) =>
        lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = ""f"", StatementId = ""w"", Action = ""lambda:InvokeFunction"", Principal = {|#1:principal|} });

    async Task Open(IAmazonLambda lambda)
    {
        await Allow(lambda, {|#0:""*""|});
        await Allow(lambda, ""111122223333"");
    }
}", Sdk.V4,
            Finding(0, "AddPermissionRequest grants lambda:InvokeFunction to Principal \"*\"" + Unrestricted + " (passed here as parameter 'principal' of Functions.Allow)").WithLocation(1));
    }
}
