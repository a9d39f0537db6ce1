using System.Threading.Tasks;
using SrmAnalyzers.CodeFixes.Rules;
using SrmAnalyzers.Tests.Infrastructure;
using VerifyCS = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.PlainTextSecretParameterAnalyzer>;
using VerifyFix = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.PlainTextSecretParameterAnalyzer, SrmAnalyzers.CodeFixes.Rules.PlainTextSecretParameterCodeFixProvider>;

namespace SrmAnalyzers.Tests.Rules
{
    // SSM exists on this mirror only in SDK 4.x: every test runs on Sdk.V4.
    public class SRM104Tests
    {
        private const string Usings = @"
using System.Threading.Tasks;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;
";

        [Fact]
        public Task Secret_name_stored_as_String_is_reported_with_its_message() => VerifyCS.AnalyzerAsync(Usings + @"
class Settings
{
    Task Save(IAmazonSimpleSystemsManagement ssm, string value) => ssm.PutParameterAsync(new PutParameterRequest
    {
        Name = ""/prod/db/password"",
        Value = value,
        Type = {|#0:ParameterType.String|},
    });
}", Sdk.V4, VerifyCS.Diagnostic("SRM104").WithLocation(0).WithArguments(
            "PutParameterRequest stores parameter '/prod/db/password' as plain text (ParameterType.String) although its name says 'password'; use ParameterType.SecureString"));

        [Theory]
        [InlineData("/prod/db/password")]
        [InlineData("/prod/db/PASSWD")]
        [InlineData("/billing/stripe/secret-key")]
        [InlineData("/app/ClientSecret")]
        [InlineData("/app/github/token")]
        [InlineData("/app/api-key")]
        [InlineData("/app/ApiKey")]
        [InlineData("/app/APIKey")]
        [InlineData("/app/apikey")]
        [InlineData("signing.private_key")]
        [InlineData("/svc/PrivateKey")]
        [InlineData("/svc/smtp credentials")]
        [InlineData("/prod/db/ConnectionString")]
        [InlineData("/prod/db/connection-string")]
        [InlineData("/prod/db/rootPassword")]
        [InlineData("/billing/ConnectionStrings/BillingDb")]
        [InlineData("/billing/connection-strings/main")]
        [InlineData("/ci/github/deployTokens")]
        [InlineData("/app/api-keys")]
        [InlineData("/app/secrets/stripe")]
        [InlineData("/app/admin-passwords")]
        public Task Secret_looking_names_are_reported(string name) => VerifyCS.AnalyzerAsync(Usings + @"
class Settings
{
    Task Save(IAmazonSimpleSystemsManagement ssm, string value) =>
        ssm.PutParameterAsync(new PutParameterRequest { Name = """ + name + @""", Value = value, Type = [|ParameterType.StringList|] });
}", Sdk.V4);

        [Theory]
        [InlineData("/app/token-bucket-size")]
        [InlineData("/app/password-min-length")]
        [InlineData("/app/PasswordPolicy")]
        [InlineData("/app/db-secret-arn")]
        [InlineData("/app/api-key-id")]
        [InlineData("/app/token-url")]
        [InlineData("/llm/max-token")]
        [InlineData("/nlp/tokenizer")]
        [InlineData("/hr/secretary-email")]
        [InlineData("/app/feature-flags")]
        [InlineData("/app/SecretsManagerRegion")]
        [InlineData("/llm/max-tokens")]
        [InlineData("/app/tokens-limit")]
        [InlineData("/app/api-keys-rotation-days")]
        [InlineData("/app/secretsanta-budget")]
        public Task Names_about_secrets_but_not_secrets_are_not_reported(string name) => VerifyCS.AnalyzerAsync(Usings + @"
class Settings
{
    Task Save(IAmazonSimpleSystemsManagement ssm, string value) =>
        ssm.PutParameterAsync(new PutParameterRequest { Name = """ + name + @""", Value = value, Type = ParameterType.String });
}", Sdk.V4);

        [Fact]
        public Task Description_is_checked_too() => VerifyCS.AnalyzerAsync(Usings + @"
class Settings
{
    async Task Save(IAmazonSimpleSystemsManagement ssm, string value)
    {
        await ssm.PutParameterAsync(new PutParameterRequest { Name = ""/orders/db"", Description = ""Database password of the orders service"", Value = value, Type = {|#0:ParameterType.String|} });
        await ssm.PutParameterAsync(new PutParameterRequest { Name = ""/orders/pool"", Description = ""Maximum pool size"", Value = value, Type = ParameterType.String });
        await ssm.PutParameterAsync(new PutParameterRequest { Name = ""/ci/release"", Description = ""Fine-grained tokens used by the release job"", Value = value, Type = {|#1:ParameterType.StringList|} });
    }
}", Sdk.V4, VerifyCS.Diagnostic("SRM104").WithLocation(0).WithArguments(
            "PutParameterRequest stores parameter '/orders/db' as plain text (ParameterType.String) although its description says 'password'; use ParameterType.SecureString"),
            VerifyCS.Diagnostic("SRM104").WithLocation(1).WithArguments(
            "PutParameterRequest stores parameter '/ci/release' as plain text (ParameterType.StringList) although its description says 'token'; use ParameterType.SecureString"));

        [Fact]
        public Task SecureString_unset_and_unknown_types_are_not_reported() => VerifyCS.AnalyzerAsync(Usings + @"
class Settings
{
    async Task Save(IAmazonSimpleSystemsManagement ssm, string value, ParameterType fromCaller)
    {
        await ssm.PutParameterAsync(new PutParameterRequest { Name = ""/prod/db/password"", Value = value, Type = ParameterType.SecureString });
        await ssm.PutParameterAsync(new PutParameterRequest { Name = ""/prod/db/password"", Value = value, Overwrite = true });
        await ssm.PutParameterAsync(new PutParameterRequest { Name = ""/prod/db/password"", Value = value, Type = fromCaller });
        var corrected = new PutParameterRequest { Name = ""/prod/db/password"", Value = value, Type = ParameterType.String };
        corrected.Type = ParameterType.SecureString;
        await ssm.PutParameterAsync(corrected);
    }
}", Sdk.V4);

        [Fact]
        public Task Names_and_types_are_resolved_through_constants_locals_interpolation_and_later_writes() => VerifyCS.AnalyzerAsync(Usings + @"
class Settings
{
    private const string Prefix = ""/prod/payments/"";
    private static readonly string StripeKey = ""/prod/payments/"" + ""stripe-api-key"";
    private static readonly ParameterType Plain = ParameterType.String;

    async Task Save(IAmazonSimpleSystemsManagement ssm, string env, string value, bool plain)
    {
        await ssm.PutParameterAsync(new PutParameterRequest { Name = StripeKey, Value = value, Type = [|Plain|] });
        await ssm.PutParameterAsync(new PutParameterRequest { Name = $""/{env}/db/password"", Value = value, Type = [|""String""|] });

        var name = Prefix + ""webhook-secret"";
        var request = new PutParameterRequest { Name = name, Value = value };
        request.Type = [|plain ? ParameterType.String : ParameterType.SecureString|];
        await ssm.PutParameterAsync(request);

        var later = new PutParameterRequest { Value = value, Type = [|ParameterType.String|] };
        later.Name = $""/{env}/"" + ""oauth/client-secret"";
        await ssm.PutParameterAsync(later);

        await ssm.PutParameterAsync(new PutParameterRequest { Name = env, Value = value, Type = ParameterType.String });
        await ssm.PutParameterAsync(new PutParameterRequest { Name = $""/{env}/{value}"", Value = value, Type = ParameterType.String });
    }
}", Sdk.V4);

        [Fact]
        public Task Look_alike_types_and_test_double_expressions_are_not_reported() => VerifyCS.AnalyzerAsync(Usings + @"
namespace Moq
{
    public static class It { public static T Is<T>(System.Func<T, bool> match) => default!; }
}

namespace Acme.Config
{
    public enum ParameterType { String, SecureString }
    public class PutParameterRequest { public string? Name { get; set; } public ParameterType Type { get; set; } }

    class Store
    {
        void Run()
        {
            var mine = new PutParameterRequest { Name = ""/prod/db/password"", Type = ParameterType.String };
            var expectation = Moq.It.Is<Amazon.SimpleSystemsManagement.Model.PutParameterRequest>(r => r.Type == new Amazon.SimpleSystemsManagement.Model.PutParameterRequest
            {
                Name = ""/prod/db/password"",
                Type = Amazon.SimpleSystemsManagement.ParameterType.String,
            }.Type);
        }
    }
}", Sdk.V4);

        [Fact]
        public Task Fix_uses_SecureString_in_every_request_of_the_document() => VerifyFix.CodeFixAsync(Usings + @"
class Settings
{
    private const string Plain = ""String"";

    async Task Save(IAmazonSimpleSystemsManagement ssm, string value, bool local)
    {
        await ssm.PutParameterAsync(new PutParameterRequest
        {
            Name = ""/prod/db/password"",
            Value = value,
            Type = [|ParameterType.String|], // set by the migration script
        });
        var request = new PutParameterRequest { Name = ""/prod/api-key"", Value = value };
        request.Type = [|local ? Plain : ParameterType.SecureString|];
        await ssm.PutParameterAsync(request);
    }
}", Usings + @"
class Settings
{
    private const string Plain = ""String"";

    async Task Save(IAmazonSimpleSystemsManagement ssm, string value, bool local)
    {
        await ssm.PutParameterAsync(new PutParameterRequest
        {
            Name = ""/prod/db/password"",
            Value = value,
            Type = ParameterType.SecureString, // set by the migration script
        });
        var request = new PutParameterRequest { Name = ""/prod/api-key"", Value = value };
        request.Type = local ? ParameterType.SecureString : ParameterType.SecureString;
        await ssm.PutParameterAsync(request);
    }
}", Sdk.V4, PlainTextSecretParameterCodeFixProvider.EquivalenceKey);

        [Fact]
        public Task Fix_adds_the_using_for_ParameterType_when_missing() => VerifyFix.CodeFixAsync(@"
using System.Threading.Tasks;

class Settings
{
    Task Save(Amazon.SimpleSystemsManagement.IAmazonSimpleSystemsManagement ssm) =>
        ssm.PutParameterAsync(new Amazon.SimpleSystemsManagement.Model.PutParameterRequest { Name = ""/prod/db/password"", Value = ""x"", Type = [|""StringList""|] });
}", @"
using System.Threading.Tasks;
using Amazon.SimpleSystemsManagement;

class Settings
{
    Task Save(Amazon.SimpleSystemsManagement.IAmazonSimpleSystemsManagement ssm) =>
        ssm.PutParameterAsync(new Amazon.SimpleSystemsManagement.Model.PutParameterRequest { Name = ""/prod/db/password"", Value = ""x"", Type = ParameterType.SecureString });
}", Sdk.V4, PlainTextSecretParameterCodeFixProvider.EquivalenceKey);
    }
}
