// Evaluation corpus: KMS key lifecycle service with wrappers for key policies and deletion windows, called by tenant onboarding and cleanup. Sdk: v4
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;

namespace Northwind.Security.Keys
{
    public sealed class KeyLifecycle
    {
        private readonly IAmazonKeyManagementService _kms;

        public KeyLifecycle(IAmazonKeyManagementService kms) => _kms = kms;

        public async Task<string> CreateKeyAsync(string description, string policy)
        {
            var created = await _kms.CreateKeyAsync(new CreateKeyRequest
            {
                Description = description,
                KeySpec = KeySpec.SYMMETRIC_DEFAULT,
                KeyUsage = KeyUsageType.ENCRYPT_DECRYPT,
                Policy = policy,
            });
            await _kms.EnableKeyRotationAsync(new EnableKeyRotationRequest { KeyId = created.KeyMetadata.KeyId });
            return created.KeyMetadata.KeyId;
        }

        // Tenants leave in bulk at contract end; a week felt like plenty.
        public Task RetireAsync(string keyId, int pendingDays = 7) =>
            _kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = pendingDays });
    }

    public sealed class TenantKeyWorkflow
    {
        private const string AccountDefaultPolicy = """
            {"Version":"2012-10-17","Statement":[{"Sid":"Enable IAM User Permissions","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"}]}
            """;

        private const string SharedDecryptPolicy = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":["kms:Decrypt","kms:DescribeKey"],"Resource":"*"}]}
            """;

        private const string AppRolePolicy = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:role/tenant-app"},"Action":"kms:*","Resource":"*"}]}
            """;

        private const int ComplianceWindowDays = 30;
        private readonly KeyLifecycle _keys;

        public TenantKeyWorkflow(KeyLifecycle keys) => _keys = keys;

        public async Task OnboardAsync(string tenantId)
        {
            await _keys.CreateKeyAsync($"tenant {tenantId} data key", AccountDefaultPolicy);
            await _keys.CreateKeyAsync($"tenant {tenantId} export key", SharedDecryptPolicy); // expect: SRM202
            await _keys.CreateKeyAsync($"tenant {tenantId} app key", AppRolePolicy); // expect: SRM201
        }

        public async Task OffboardAsync(string dataKeyId, string exportKeyId, string appKeyId)
        {
            await _keys.RetireAsync(dataKeyId, ComplianceWindowDays);
            await _keys.RetireAsync(exportKeyId); // expect: SRM105
            await _keys.RetireAsync(appKeyId, pendingDays: 10); // expect: SRM105
        }

        public Task OffboardWithWindowAsync(string keyId, int days) => _keys.RetireAsync(keyId, days);
    }
}
