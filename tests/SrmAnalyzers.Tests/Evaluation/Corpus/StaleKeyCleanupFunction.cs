// Evaluation corpus: scheduled Lambda cleaning up stale customer-managed KMS keys and re-keying CI fixtures. Sdk: v4
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;

namespace Tailspin.Platform.KeyHygiene
{
    public sealed class StaleKeyCleanupFunction
    {
        private static readonly int CiKeyWindowDays = 14;
        private static readonly int ProductionWindowDays = 30;
        private static readonly TimeSpan StaleAfter = TimeSpan.FromDays(400);
        private readonly IAmazonKeyManagementService _kms;

        public StaleKeyCleanupFunction()
            : this(new AmazonKeyManagementServiceClient())
        {
        }

        public StaleKeyCleanupFunction(IAmazonKeyManagementService kms) => _kms = kms;

        public async Task<int> HandleAsync(IReadOnlyList<string> candidateKeyIds)
        {
            var retired = 0;
            foreach (var keyId in candidateKeyIds)
            {
                var description = await _kms.DescribeKeyAsync(new DescribeKeyRequest { KeyId = keyId });
                var metadata = description.KeyMetadata;
                if (metadata.CreationDate is not { } created || DateTime.UtcNow - created < StaleAfter)
                {
                    continue;
                }

                var request = new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = ProductionWindowDays };
                if (metadata.Description?.StartsWith("ci-", StringComparison.Ordinal) == true)
                {
                    request.PendingWindowInDays = CiKeyWindowDays; // expect: SRM105
                }

                await _kms.ScheduleKeyDeletionAsync(request);
                retired++;
            }

            return retired;
        }

        // CI fixtures get a fresh key per pipeline run; the old one goes away after a week.
        public async Task<string> RekeyCiFixtureAsync(string oldKeyId)
        {
            var created = await _kms.CreateKeyAsync(new CreateKeyRequest { Description = "ci-fixture" });
            await _kms.EnableKeyRotationAsync(created.KeyMetadata.KeyId);

            var deletion = new ScheduleKeyDeletionRequest();
            deletion.KeyId = oldKeyId;
            deletion.PendingWindowInDays = 7; // expect: SRM105
            await _kms.ScheduleKeyDeletionAsync(deletion);
            return created.KeyMetadata.KeyId;
        }

        public Task CancelAsync(string keyId) =>
            _kms.CancelKeyDeletionAsync(new CancelKeyDeletionRequest { KeyId = keyId });
    }
}
