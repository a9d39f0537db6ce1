// Evaluation corpus: KMS key provisioning with the default key policy, and a later policy update that over-grants an app role. Sdk: v4
using System.Threading;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;

namespace Woodgrove.Security.Keys
{
    public sealed class KmsKeyProvisioner
    {
        private readonly IAmazonKeyManagementService _kms;

        public KmsKeyProvisioner(IAmazonKeyManagementService kms) => _kms = kms;

        public async Task<string> CreatePaymentsKeyAsync(string accountId, CancellationToken ct)
        {
            var keyPolicy = $$"""
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
                    },
                    {
                      "Sid": "AllowPaymentsServiceUse",
                      "Effect": "Allow",
                      "Principal": { "AWS": "arn:aws:iam::{{accountId}}:role/payments-service" },
                      "Action": [ "kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*" ],
                      "Resource": "*"
                    }
                  ]
                }
                """;

            var created = await _kms.CreateKeyAsync(new CreateKeyRequest
            {
                Description = "Payments card-token encryption",
                KeyUsage = KeyUsageType.ENCRYPT_DECRYPT,
                KeySpec = KeySpec.SYMMETRIC_DEFAULT,
                Policy = keyPolicy,
            }, ct);

            var keyId = created.KeyMetadata.KeyId;
            await _kms.EnableKeyRotationAsync(new EnableKeyRotationRequest { KeyId = keyId }, ct);
            await _kms.CreateAliasAsync(new CreateAliasRequest { AliasName = "alias/payments", TargetKeyId = keyId }, ct);
            return keyId;
        }

        public Task GrantReportingAsync(string keyId, string accountId, CancellationToken ct)
        {
            var request = new PutKeyPolicyRequest // expect: SRM201
            {
                KeyId = keyId,
                PolicyName = "default",
                Policy = $$"""
                    {
                      "Version": "2012-10-17",
                      "Statement": [
                        { "Sid": "Enable IAM User Permissions", "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::{{accountId}}:root" }, "Action": "kms:*", "Resource": "*" },
                        { "Sid": "Reporting", "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::{{accountId}}:role/reporting" }, "Action": "kms:*", "Resource": "*" }
                      ]
                    }
                    """,
            };
            return _kms.PutKeyPolicyAsync(request, ct);
        }
    }
}
