// Evaluation corpus: key retirement service scheduling deletion of KMS keys (tenants, sandboxes, incident response). Sdk: v4
using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;

namespace Contoso.Security.KeyRetirement
{
    public sealed class RetirementOptions
    {
        public int PendingWindowDays { get; set; } = 30;
    }

    public sealed class KeyRetirementService
    {
        private const int RetentionWindowDays = 30;
        private const int FastTrackWindowDays = 7;
        private readonly IAmazonKeyManagementService _kms;
        private readonly RetirementOptions _options;

        public KeyRetirementService(IAmazonKeyManagementService kms, RetirementOptions options)
        {
            _kms = kms;
            _options = options;
        }

        public Task RetireTenantKeyAsync(string keyId, CancellationToken ct) =>
            _kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = RetentionWindowDays }, ct);

        // AWS default window (30 days) when the property is not set.
        public Task RetireWithDefaultWindowAsync(string keyId, CancellationToken ct) =>
            _kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId }, ct);

        public Task RetireConfiguredAsync(string keyId, CancellationToken ct) =>
            _kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = _options.PendingWindowDays }, ct);

        // Incident response wants compromised keys gone as fast as KMS allows.
        public Task RetireCompromisedKeyAsync(string keyId, CancellationToken ct) =>
            _kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest // expect: SRM105
            {
                KeyId = keyId,
                PendingWindowInDays = FastTrackWindowDays,
            }, ct);

        public Task RetireEnvironmentKeyAsync(string keyId, bool sandbox, CancellationToken ct)
        {
            var request = new ScheduleKeyDeletionRequest // expect: SRM105
            {
                KeyId = keyId,
                PendingWindowInDays = sandbox ? 7 : RetentionWindowDays,
            };
            return _kms.ScheduleKeyDeletionAsync(request, ct);
        }

        public async Task RetireBatchAsync(string[] keyIds, CancellationToken ct)
        {
            foreach (var keyId in keyIds)
            {
                var request = new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = RetentionWindowDays };
                if (keyId.StartsWith("mrk-", StringComparison.Ordinal))
                {
                    // Replica keys "do not hold data", so the team shortened the window.
                    request.PendingWindowInDays = 14; // expect: SRM105
                }

                await _kms.ScheduleKeyDeletionAsync(request, ct);
            }
        }

        public Task RetireTestKeyAsync(string keyId, CancellationToken ct) =>
            _kms.ScheduleKeyDeletionAsync(keyId, 7, ct); // expect: SRM105

        public Task RetireTestKeyWithDefaultAsync(string keyId, CancellationToken ct) =>
            _kms.ScheduleKeyDeletionAsync(keyId, ct);
    }
}
