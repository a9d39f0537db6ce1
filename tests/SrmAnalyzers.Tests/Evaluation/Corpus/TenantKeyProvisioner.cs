// Evaluation corpus: multi-tenant SaaS creating per-tenant KMS keys (data keys, signing keys, MAC keys). Sdk: v4
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;

namespace Fabrikam.Tenancy.Keys
{
    public sealed class TenantKeyProvisioner
    {
        private readonly IAmazonKeyManagementService _kms;

        public TenantKeyProvisioner(IAmazonKeyManagementService kms) => _kms = kms;

        public async Task<string> CreateDataKeyAsync(string tenantId, CancellationToken ct)
        {
            var created = await _kms.CreateKeyAsync(new CreateKeyRequest
            {
                Description = $"Tenant {tenantId} data key",
                KeySpec = KeySpec.SYMMETRIC_DEFAULT,
                KeyUsage = KeyUsageType.ENCRYPT_DECRYPT,
                Tags = new List<Tag> { new Tag { TagKey = "tenant", TagValue = tenantId } },
            }, ct);
            await _kms.EnableKeyRotationAsync(new EnableKeyRotationRequest { KeyId = created.KeyMetadata.KeyId, RotationPeriodInDays = 180 }, ct);
            return created.KeyMetadata.KeyId;
        }

        // Added later for the search index; the rotation call was forgotten.
        public async Task<string> CreateSearchIndexKeyAsync(string tenantId, CancellationToken ct)
        {
            var created = await _kms.CreateKeyAsync(new CreateKeyRequest // expect: SRM105
            {
                Description = $"Tenant {tenantId} search index key",
                Tags = new List<Tag> { new Tag { TagKey = "tenant", TagValue = tenantId } },
            }, ct);
            await _kms.CreateAliasAsync($"alias/tenants/{tenantId}/search", created.KeyMetadata.KeyId, ct);
            return created.KeyMetadata.KeyId;
        }

        public async Task<string> CreateBackupKeyAsync(string tenantId, CancellationToken ct)
        {
            var request = new CreateKeyRequest { Description = $"Tenant {tenantId} backup key", MultiRegion = true };
            var created = await _kms.CreateKeyAsync(request, ct);
            await ConfigureRotationAsync(created.KeyMetadata.KeyId, ct);
            return created.KeyMetadata.KeyId;
        }

        // Asymmetric signing keys cannot be rotated automatically.
        public async Task<string> CreateInvoiceSigningKeyAsync(string tenantId, CancellationToken ct)
        {
            var created = await _kms.CreateKeyAsync(new CreateKeyRequest
            {
                Description = $"Tenant {tenantId} invoice signing key",
                KeySpec = KeySpec.ECC_NIST_P256,
                KeyUsage = KeyUsageType.SIGN_VERIFY,
            }, ct);
            return created.KeyMetadata.KeyId;
        }

        public async Task<string> CreateWebhookMacKeyAsync(string tenantId, CancellationToken ct)
        {
            var created = await _kms.CreateKeyAsync(new CreateKeyRequest
            {
                Description = $"Tenant {tenantId} webhook HMAC key",
                KeySpec = KeySpec.HMAC_256,
                KeyUsage = KeyUsageType.GENERATE_VERIFY_MAC,
            }, ct);
            return created.KeyMetadata.KeyId;
        }

        public async Task<string> CreateExportKeyAsync(string tenantId, CancellationToken ct)
        {
            var spec = KeySpec.SYMMETRIC_DEFAULT;
            var created = await _kms.CreateKeyAsync(new CreateKeyRequest { Description = $"Tenant {tenantId} export key", KeySpec = spec }, ct); // expect: SRM105
            return created.KeyMetadata.KeyId;
        }

        private Task ConfigureRotationAsync(string keyId, CancellationToken ct) =>
            _kms.EnableKeyRotationAsync(keyId, ct);
    }
}
