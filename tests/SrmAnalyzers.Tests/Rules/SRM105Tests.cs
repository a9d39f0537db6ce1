using System.Threading.Tasks;
using SrmAnalyzers.CodeFixes.Rules;
using SrmAnalyzers.Tests.Infrastructure;
using VerifyCS = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.KmsKeyManagementAnalyzer>;
using VerifyFix = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.KmsKeyManagementAnalyzer, SrmAnalyzers.CodeFixes.Rules.KmsKeyManagementCodeFixProvider>;

namespace SrmAnalyzers.Tests.Rules
{
    // KMS exists on this mirror only in SDK 4.x: every test runs on Sdk.V4.
    public class SRM105Tests
    {
        private const string Usings = @"
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
";

        private const string Keys = @"
class Keys
{
    async Task Retire(IAmazonKeyManagementService kms, string keyId, bool hurry)
    {
        await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = {|#0:7|} });
        await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = {|#1:hurry ? 14 : 30|} });
        await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = 30 });
        await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId });
    }
}";

        // ---- Deletion waiting period -----------------------------------------------------------

        [Fact]
        public Task Short_waiting_periods_are_reported_unset_and_30_are_not() => VerifyCS.AnalyzerAsync(Usings + Keys, Sdk.V4,
            VerifyCS.Diagnostic("SRM105").WithLocation(0).WithArguments("ScheduleKeyDeletionRequest sets a 7-day waiting period (PendingWindowInDays), shorter than 30 days: a key scheduled for deletion by mistake may be gone before anyone notices, and with it every piece of data it encrypts"),
            VerifyCS.Diagnostic("SRM105").WithLocation(1).WithArguments("ScheduleKeyDeletionRequest may set a 14-day waiting period (PendingWindowInDays), shorter than 30 days: a key scheduled for deletion by mistake may be gone before anyone notices, and with it every piece of data it encrypts"));

        [Fact]
        public Task Option_lowers_the_minimum() => VerifyCS.AnalyzerAsync(Usings + Keys, Sdk.V4, "srm.SRM105.min_pending_days = 10\n", stubs: null,
            VerifyCS.Diagnostic("SRM105").WithLocation(0).WithArguments("ScheduleKeyDeletionRequest sets a 7-day waiting period (PendingWindowInDays), shorter than 10 days required by srm.SRM105.min_pending_days: a key scheduled for deletion by mistake may be gone before anyone notices, and with it every piece of data it encrypts"));

        [Theory]
        [InlineData("srm.SRM105.min_pending_days = 3\n")]
        [InlineData("srm.SRM105.min_pending_days = thirty\n")]
        [InlineData("srm.SRM105.min_pending_days = -5\n")]
        public Task Malformed_option_falls_back_to_30(string options) => VerifyCS.AnalyzerAsync(Usings + Keys, Sdk.V4, options, stubs: null,
            VerifyCS.Diagnostic("SRM105").WithLocation(0),
            VerifyCS.Diagnostic("SRM105").WithLocation(1));

        [Fact]
        public Task Short_period_given_to_the_client_overload_is_reported() => VerifyCS.AnalyzerAsync(Usings + @"
using System.Threading;

class Keys
{
    private const int Week = 7;

    async Task Retire(IAmazonKeyManagementService kms, AmazonKeyManagementServiceClient client, string keyId, bool hurry, int fromCaller, CancellationToken ct)
    {
        await kms.ScheduleKeyDeletionAsync(keyId, {|#0:7|}, ct);
        await client.ScheduleKeyDeletionAsync(keyId, {|#1:hurry ? Week : 30|});
        await kms.ScheduleKeyDeletionAsync(keyId, pendingWindowInDays: {|#2:Week|});
        await kms.ScheduleKeyDeletionAsync(keyId, 30, ct);
        await kms.ScheduleKeyDeletionAsync(keyId, ct);
        await kms.ScheduleKeyDeletionAsync(keyId, fromCaller, ct);
        await kms.ScheduleKeyDeletionAsync(keyId, null, ct);
    }
}", Sdk.V4,
            VerifyCS.Diagnostic("SRM105").WithLocation(0).WithArguments("ScheduleKeyDeletionAsync sets a 7-day waiting period (pendingWindowInDays), shorter than 30 days: a key scheduled for deletion by mistake may be gone before anyone notices, and with it every piece of data it encrypts"),
            VerifyCS.Diagnostic("SRM105").WithLocation(1).WithArguments("ScheduleKeyDeletionAsync may set a 7-day waiting period (pendingWindowInDays), shorter than 30 days: a key scheduled for deletion by mistake may be gone before anyone notices, and with it every piece of data it encrypts"),
            VerifyCS.Diagnostic("SRM105").WithLocation(2));

        [Fact]
        public Task Look_alike_client_overload_is_not_reported() => VerifyCS.AnalyzerAsync(Usings + @"
namespace Acme.Crypto
{
    public class KeyVault { public Task ScheduleKeyDeletionAsync(string keyId, int? pendingWindowInDays) => Task.CompletedTask; }

    class Keys
    {
        Task Retire(KeyVault vault, string keyId) => vault.ScheduleKeyDeletionAsync(keyId, 7);
    }
}", Sdk.V4);

        [Fact]
        public Task Waiting_periods_are_resolved_through_constants_locals_and_later_writes() => VerifyCS.AnalyzerAsync(Usings + @"
class Keys
{
    private const int Short = 7;
    private static readonly int Week = 7;

    async Task Retire(IAmazonKeyManagementService kms, string keyId, int fromCaller, string stage)
    {
        await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = [|Short|] });
        await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = [|Week|] });
        var days = 10;
        var request = new ScheduleKeyDeletionRequest { KeyId = keyId };
        request.PendingWindowInDays = [|days|];
        await kms.ScheduleKeyDeletionAsync(request);
        await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = [|stage switch { ""dev"" => 7, _ => 30 }|] });

        var corrected = new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = 7 };
        corrected.PendingWindowInDays = 30;
        await kms.ScheduleKeyDeletionAsync(corrected);
        await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = fromCaller });
    }
}", Sdk.V4);

        // ---- Key rotation ------------------------------------------------------------------------

        [Fact]
        public Task Symmetric_key_without_rotation_is_reported() => VerifyCS.AnalyzerAsync(Usings + @"
class Keys
{
    async Task<string> Create(IAmazonKeyManagementService kms)
    {
        var response = await kms.CreateKeyAsync({|#0:new CreateKeyRequest|} { Description = ""orders data key"" });
        var explicitSymmetric = {|#1:new CreateKeyRequest|} { KeySpec = KeySpec.SYMMETRIC_DEFAULT, KeyUsage = KeyUsageType.ENCRYPT_DECRYPT, Origin = OriginType.AWS_KMS };
        await kms.CreateKeyAsync(explicitSymmetric);
        return response.KeyMetadata.KeyId;
    }
}", Sdk.V4,
            VerifyCS.Diagnostic("SRM105").WithLocation(0).WithArguments("CreateKeyRequest creates a symmetric encryption KMS key without automatic rotation: this method neither calls EnableKeyRotation for the key nor passes it to a method of Keys that does"),
            VerifyCS.Diagnostic("SRM105").WithLocation(1));

        [Fact]
        public Task Rotation_in_the_same_method_or_a_method_of_the_same_type_is_accepted() => VerifyCS.AnalyzerAsync(Usings + @"
class Keys
{
    private readonly IAmazonKeyManagementService _kms;

    Keys(IAmazonKeyManagementService kms) => _kms = kms;

    async Task CreateAndRotate()
    {
        var response = await _kms.CreateKeyAsync(new CreateKeyRequest());
        await _kms.EnableKeyRotationAsync(new EnableKeyRotationRequest { KeyId = response.KeyMetadata.KeyId });
    }

    async Task CreateAndRotateById()
    {
        var response = await _kms.CreateKeyAsync(new CreateKeyRequest());
        await _kms.EnableKeyRotationAsync(response.KeyMetadata.KeyId);
    }

    async Task CreateThenDelegate()
    {
        var response = await _kms.CreateKeyAsync(new CreateKeyRequest { Description = ""delegated"" });
        await RotateAsync(response.KeyMetadata.KeyId);
    }

    private Task RotateAsync(string keyId) => _kms.EnableKeyRotationAsync(keyId);
}", Sdk.V4);

        [Fact]
        public Task Delegating_to_a_method_that_does_not_rotate_is_reported() => VerifyCS.AnalyzerAsync(Usings + @"
class Keys
{
    private readonly IAmazonKeyManagementService _kms;

    Keys(IAmazonKeyManagementService kms) => _kms = kms;

    async Task CreateThenTag()
    {
        var response = await _kms.CreateKeyAsync([|new CreateKeyRequest()|]);
        await TagAsync(response.KeyMetadata.KeyId);
    }

    private Task TagAsync(string keyId) => _kms.TagResourceAsync(new TagResourceRequest { KeyId = keyId });
}", Sdk.V4);

        [Fact]
        public Task Keys_that_cannot_rotate_automatically_and_unknown_specs_are_not_reported() => VerifyCS.AnalyzerAsync(Usings + @"
class Keys
{
    async Task Create(IAmazonKeyManagementService kms, KeySpec fromCaller)
    {
        await kms.CreateKeyAsync(new CreateKeyRequest { KeySpec = KeySpec.RSA_2048, KeyUsage = KeyUsageType.SIGN_VERIFY });
        await kms.CreateKeyAsync(new CreateKeyRequest { KeySpec = KeySpec.HMAC_256, KeyUsage = KeyUsageType.GENERATE_VERIFY_MAC });
        await kms.CreateKeyAsync(new CreateKeyRequest { CustomerMasterKeySpec = CustomerMasterKeySpec.ECC_NIST_P256 });
        await kms.CreateKeyAsync(new CreateKeyRequest { Origin = OriginType.EXTERNAL });
        await kms.CreateKeyAsync(new CreateKeyRequest { CustomKeyStoreId = ""cks-1234567890abcdef0"" });
        await kms.CreateKeyAsync(new CreateKeyRequest { KeySpec = fromCaller });
    }

    // Built here, sent (and perhaps rotated) by the caller.
    CreateKeyRequest Build() => new CreateKeyRequest { Description = ""built for someone else"" };
}", Sdk.V4);

        [Fact]
        public Task Look_alike_types_and_test_double_expressions_are_not_reported() => VerifyCS.AnalyzerAsync(Usings + @"
namespace Moq
{
    public static class It { public static T Is<T>(System.Func<T, bool> match) => default!; }
}

namespace Acme.Crypto
{
    public class CreateKeyRequest { }
    public class ScheduleKeyDeletionRequest { public int PendingWindowInDays { get; set; } }
    public class Vault { public void CreateKey(CreateKeyRequest r) { } }

    class Keys
    {
        void Run(Vault vault)
        {
            vault.CreateKey(new CreateKeyRequest());
            var deletion = new ScheduleKeyDeletionRequest { PendingWindowInDays = 7 };
            var expectation = Moq.It.Is<Amazon.KeyManagementService.Model.ScheduleKeyDeletionRequest>(r => r.PendingWindowInDays == new Amazon.KeyManagementService.Model.ScheduleKeyDeletionRequest { PendingWindowInDays = 7 }.PendingWindowInDays);
        }
    }
}", Sdk.V4);

        // ---- Fix --------------------------------------------------------------------------------

        [Fact]
        public Task Fix_sets_the_minimum_in_every_request_of_the_document() => VerifyFix.CodeFixAsync(Usings + @"
class Keys
{
    async Task Retire(IAmazonKeyManagementService kms, string keyId, bool hurry)
    {
        await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = [|7|] /* minimum */ });
        var request = new ScheduleKeyDeletionRequest { KeyId = keyId };
        request.PendingWindowInDays = [|hurry ? 7 : 30|];
        await kms.ScheduleKeyDeletionAsync(request);
    }
}", Usings + @"
class Keys
{
    async Task Retire(IAmazonKeyManagementService kms, string keyId, bool hurry)
    {
        await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = 30 /* minimum */ });
        var request = new ScheduleKeyDeletionRequest { KeyId = keyId };
        request.PendingWindowInDays = hurry ? 30 : 30;
        await kms.ScheduleKeyDeletionAsync(request);
    }
}", Sdk.V4, KmsKeyManagementCodeFixProvider.EquivalenceKey);

        [Fact]
        public Task Fix_sets_the_minimum_in_client_overload_calls() => VerifyFix.CodeFixAsync(Usings + @"
class Keys
{
    async Task Retire(IAmazonKeyManagementService kms, string keyId, bool hurry)
    {
        await kms.ScheduleKeyDeletionAsync(keyId, [|7|]);
        await kms.ScheduleKeyDeletionAsync(keyId, [|hurry ? 7 : 30|]);
    }
}", Usings + @"
class Keys
{
    async Task Retire(IAmazonKeyManagementService kms, string keyId, bool hurry)
    {
        await kms.ScheduleKeyDeletionAsync(keyId, 30);
        await kms.ScheduleKeyDeletionAsync(keyId, hurry ? 30 : 30);
    }
}", Sdk.V4, KmsKeyManagementCodeFixProvider.EquivalenceKey);

        [Fact]
        public Task Fix_uses_the_option_value() => VerifyFix.CodeFixAsync(Usings + @"
class Keys
{
    Task Retire(IAmazonKeyManagementService kms, string keyId) =>
        kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = [|7|] });
}", Usings + @"
class Keys
{
    Task Retire(IAmazonKeyManagementService kms, string keyId) =>
        kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = 14 });
}", Sdk.V4, KmsKeyManagementCodeFixProvider.EquivalenceKey, options: "srm.SRM105.min_pending_days = 14\n");

        [Fact]
        public Task Rotation_findings_offer_no_fix() => VerifyFix.CodeFixAsync(Usings + @"
class Keys
{
    Task Create(IAmazonKeyManagementService kms) => kms.CreateKeyAsync([|new CreateKeyRequest()|]);
}", Usings + @"
class Keys
{
    Task Create(IAmazonKeyManagementService kms) => kms.CreateKeyAsync([|new CreateKeyRequest()|]);
}", Sdk.V4);
    }
}
