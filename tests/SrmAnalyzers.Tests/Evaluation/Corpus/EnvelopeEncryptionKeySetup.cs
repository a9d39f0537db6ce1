// Evaluation corpus: envelope-encryption bootstrap creating KMS keys with the default key policy and an app-role policy. Sdk: v4
using System.Threading;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;

namespace Litware.Payments.Crypto
{
    public sealed class EnvelopeEncryptionKeySetup
    {
        private readonly IAmazonKeyManagementService _kms;
        private readonly KeyAuditTrail _audit;

        public EnvelopeEncryptionKeySetup(IAmazonKeyManagementService kms, KeyAuditTrail audit)
        {
            _kms = kms;
            _audit = audit;
        }

        private static string DefaultKeyPolicy(string accountId) => $$"""
            {
              "Version": "2012-10-17",
              "Id": "key-default-1",
              "Statement": [
                {
                  "Sid": "Enable IAM User Permissions",
                  "Effect": "Allow",
                  "Principal": { "AWS": "arn:aws:iam::{{accountId}}:root" },
                  "Action": "kms:*",
                  "Resource": "*"
                }
              ]
            }
            """;

        public async Task<string> CreateCardVaultKeyAsync(string accountId, CancellationToken ct)
        {
            var created = await _kms.CreateKeyAsync(new CreateKeyRequest
            {
                Description = "Card vault envelope key",
                Policy = DefaultKeyPolicy(accountId),
            }, ct);
            await _kms.EnableKeyRotationAsync(new EnableKeyRotationRequest { KeyId = created.KeyMetadata.KeyId }, ct);
            return created.KeyMetadata.KeyId;
        }

        public async Task<string> CreateLedgerKeyAsync(string accountId, CancellationToken ct)
        {
            var request = new CreateKeyRequest // expect: SRM105
            {
                Description = "Ledger envelope key",
                Policy = DefaultKeyPolicy(accountId),
            };
            var created = await _kms.CreateKeyAsync(request, ct);
            // Rotation is "tracked" by the audit trail, which only records the key.
            await _audit.RecordAsync(created.KeyMetadata.KeyId, ct);
            return created.KeyMetadata.KeyId;
        }

        public async Task<string> CreateSettlementKeyAsync(string accountId, CancellationToken ct)
        {
            var created = await _kms.CreateKeyAsync(new CreateKeyRequest // expect: SRM105, SRM201
            {
                Description = "Settlement batch key",
                Policy = $$"""
                    {
                      "Version": "2012-10-17",
                      "Statement": [
                        { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::{{accountId}}:root" }, "Action": "kms:*", "Resource": "*" },
                        { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::{{accountId}}:role/settlement-batch" }, "Action": "kms:*", "Resource": "*" }
                      ]
                    }
                    """,
            }, ct);
            return created.KeyMetadata.KeyId;
        }
    }

    public sealed class KeyAuditTrail
    {
        public Task RecordAsync(string keyId, CancellationToken ct)
        {
            System.Console.WriteLine("created key " + keyId);
            return Task.CompletedTask;
        }
    }
}
