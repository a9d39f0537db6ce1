// ValidCode: KMS keys of the archive: rotated symmetric keys, a signing key, scheduled deletion with a waiting period. Sdk: v4
using System.Threading;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;

namespace Acme.ValidCode.Keys
{
    /// <summary>Creates and retires the archive's KMS keys.</summary>
    public sealed class ArchiveKeyManager
    {
        // AWS's default key policy: the account root delegates key access to IAM policies.
        private const string DefaultKeyPolicy = """
            {
              "Version": "2012-10-17",
              "Id": "key-default-1",
              "Statement": [
                {
                  "Sid": "Enable IAM User Permissions",
                  "Effect": "Allow",
                  "Principal": { "AWS": "arn:aws:iam::111122223333:root" },
                  "Action": "kms:*",
                  "Resource": "*"
                }
              ]
            }
            """;

        private readonly IAmazonKeyManagementService _kms;

        public ArchiveKeyManager(IAmazonKeyManagementService kms) => _kms = kms;

        /// <summary>A symmetric encryption key with automatic yearly rotation.</summary>
        public async Task<string> CreateArchiveKeyAsync(CancellationToken cancellationToken = default)
        {
            var created = await _kms.CreateKeyAsync(new CreateKeyRequest // compliant: SRM105, SRM201
            {
                Description = "Document archive (SSE-KMS)",
                KeyUsage = KeyUsageType.ENCRYPT_DECRYPT,
                Policy = DefaultKeyPolicy,
            }, cancellationToken);
            var keyId = created.KeyMetadata.KeyId;
            await _kms.EnableKeyRotationAsync(new EnableKeyRotationRequest { KeyId = keyId, RotationPeriodInDays = 365 }, cancellationToken);
            return keyId;
        }

        /// <summary>A key for a tenant; rotation is turned on by the same class's helper.</summary>
        public async Task<string> CreateTenantKeyAsync(string tenantId, CancellationToken cancellationToken = default)
        {
            var created = await _kms.CreateKeyAsync(new CreateKeyRequest { Description = $"Tenant {tenantId} documents" }, cancellationToken); // compliant: SRM105
            await TurnOnRotationAsync(created.KeyMetadata.KeyId, cancellationToken);
            return created.KeyMetadata.KeyId;
        }

        /// <summary>An asymmetric signing key for document receipts: KMS does not rotate those, so none is asked for.</summary>
        public async Task<string> CreateReceiptSigningKeyAsync(CancellationToken cancellationToken = default)
        {
            var created = await _kms.CreateKeyAsync(new CreateKeyRequest // compliant: SRM105
            {
                Description = "Receipt signatures",
                KeySpec = KeySpec.ECC_NIST_P256,
                KeyUsage = KeyUsageType.SIGN_VERIFY,
            }, cancellationToken);
            return created.KeyMetadata.KeyId;
        }

        /// <summary>
        /// The key of the payments team, with the key policy the KMS console writes: the account root, key
        /// administrators (no use of the key), key users (no administration) and grants for AWS services.
        /// </summary>
        public async Task<string> CreatePaymentsKeyAsync(CancellationToken cancellationToken = default)
        {
            var created = await _kms.CreateKeyAsync(new CreateKeyRequest { Description = "Payments documents", MultiRegion = true }, cancellationToken); // compliant: SRM105
            var keyId = created.KeyMetadata.KeyId;
            await _kms.EnableKeyRotationAsync(new EnableKeyRotationRequest { KeyId = keyId }, cancellationToken);
            await _kms.PutKeyPolicyAsync(new PutKeyPolicyRequest
            {
                KeyId = keyId,
                PolicyName = "default",
                Policy = """
                    {
                      "Version": "2012-10-17",
                      "Statement": [
                        {
                          "Sid": "Enable IAM User Permissions",
                          "Effect": "Allow",
                          "Principal": { "AWS": "arn:aws:iam::111122223333:root" },
                          "Action": "kms:*",
                          "Resource": "*"
                        },
                        {
                          "Sid": "Allow access for Key Administrators",
                          "Effect": "Allow",
                          "Principal": { "AWS": "arn:aws:iam::111122223333:role/payments-key-admin" },
                          "Action": [
                            "kms:Create*", "kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*", "kms:Update*",
                            "kms:Revoke*", "kms:Disable*", "kms:Get*", "kms:Delete*", "kms:TagResource", "kms:UntagResource",
                            "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion"
                          ],
                          "Resource": "*"
                        },
                        {
                          "Sid": "Allow use of the key",
                          "Effect": "Allow",
                          "Principal": { "AWS": "arn:aws:iam::111122223333:role/payments-service" },
                          "Action": [ "kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey" ],
                          "Resource": "*"
                        },
                        {
                          "Sid": "Allow attachment of persistent resources",
                          "Effect": "Allow",
                          "Principal": { "AWS": "arn:aws:iam::111122223333:role/payments-service" },
                          "Action": [ "kms:CreateGrant", "kms:ListGrants", "kms:RevokeGrant" ],
                          "Resource": "*",
                          "Condition": { "Bool": { "kms:GrantIsForAWSResource": "true" } }
                        }
                      ]
                    }
                    """, // compliant: SRM201, SRM202
            }, cancellationToken);
            return keyId;
        }

        /// <summary>A key whose policy names the account found at run time (STS GetCallerIdentity): AWS's default statement.</summary>
        public async Task<string> CreateKeyForAccountAsync(string accountId, CancellationToken cancellationToken = default)
        {
            var created = await _kms.CreateKeyAsync(new CreateKeyRequest // compliant: SRM105, SRM201
            {
                Description = "Account-local archive key",
                Policy = $$"""
                    {
                      "Version": "2012-10-17",
                      "Statement": [
                        { "Sid": "Enable IAM User Permissions", "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::{{accountId}}:root" }, "Action": "kms:*", "Resource": "*" }
                      ]
                    }
                    """,
            }, cancellationToken);
            await _kms.EnableKeyRotationAsync(new EnableKeyRotationRequest { KeyId = created.KeyMetadata.KeyId }, cancellationToken);
            return created.KeyMetadata.KeyId;
        }

        /// <summary>An HMAC key for upload tokens: KMS cannot rotate HMAC keys automatically.</summary>
        public async Task<string> CreateUploadTokenKeyAsync(CancellationToken cancellationToken = default)
        {
            var created = await _kms.CreateKeyAsync(new CreateKeyRequest // compliant: SRM105
            {
                Description = "Upload token MACs",
                KeySpec = KeySpec.HMAC_256,
                KeyUsage = KeyUsageType.GENERATE_VERIFY_MAC,
            }, cancellationToken);
            return created.KeyMetadata.KeyId;
        }

        /// <summary>Retires a production key after KMS's full 30-day waiting period.</summary>
        public Task RetireKeyAsync(string keyId, CancellationToken cancellationToken = default) =>
            _kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = 30 }, cancellationToken); // compliant: SRM105

        /// <summary>Preview environments keep their keys for two weeks (srm.SRM105.min_pending_days = 14 in .editorconfig).</summary>
        public Task RetirePreviewKeyAsync(string keyId, CancellationToken cancellationToken = default) =>
            _kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = 14 }, cancellationToken); // compliant: SRM105, SRM901

        private Task TurnOnRotationAsync(string keyId, CancellationToken cancellationToken) =>
            _kms.EnableKeyRotationAsync(new EnableKeyRotationRequest { KeyId = keyId }, cancellationToken);
    }
}
