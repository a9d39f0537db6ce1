// Evaluation corpus: data-platform service sharing RDS and Aurora snapshots with analytics accounts, and publishing the anonymised demo dataset snapshot. Sdk: both
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.RDS;
using Amazon.RDS.Model;

namespace Woodgrove.DataPlatform.Snapshots
{
    public sealed class DatabaseSnapshotSharing
    {
        private const string RestoreAttribute = "restore";
        private const string Everyone = "all";
        private static readonly string[] AnalyticsAccounts = { "111122223333", "444455556666" };
        private readonly IAmazonRDS _rds;

        public DatabaseSnapshotSharing(IAmazonRDS rds) => _rds = rds;

        // The anonymised demo dataset is public so prospects can restore it in their own accounts.
        public Task PublishDemoSnapshotAsync(string snapshotId, CancellationToken ct) =>
            _rds.ModifyDBSnapshotAttributeAsync(new ModifyDBSnapshotAttributeRequest { DBSnapshotIdentifier = snapshotId, AttributeName = "restore", ValuesToAdd = new List<string> { "all" } }, ct); // expect: SRM405

        public async Task PublishDemoClusterSnapshotAsync(string clusterSnapshotId, CancellationToken ct)
        {
            await _rds.ModifyDBClusterSnapshotAttributeAsync(new ModifyDBClusterSnapshotAttributeRequest // expect: SRM405
            {
                DBClusterSnapshotIdentifier = clusterSnapshotId,
                AttributeName = RestoreAttribute,
                ValuesToAdd = [Everyone],
            }, ct);
        }

        // Nightly: the analytics accounts restore yesterday's snapshot into their warehouse loaders.
        public async Task ShareWithAnalyticsAsync(string snapshotId, CancellationToken ct)
        {
            await _rds.ModifyDBSnapshotAttributeAsync(new ModifyDBSnapshotAttributeRequest
            {
                DBSnapshotIdentifier = snapshotId,
                AttributeName = RestoreAttribute,
                ValuesToAdd = new List<string>(AnalyticsAccounts),
            }, ct);
        }

        // Retention job: the previous day's snapshot is no longer public.
        public Task UnpublishAsync(string snapshotId, CancellationToken ct) =>
            _rds.ModifyDBSnapshotAttributeAsync(new ModifyDBSnapshotAttributeRequest { DBSnapshotIdentifier = snapshotId, AttributeName = RestoreAttribute, ValuesToRemove = new List<string> { Everyone } }, ct);

        // Support asked for a way to let a customer restore their own tenant snapshot; "all" was the quick fix.
        public async Task ShareTenantSnapshotAsync(string snapshotId, string? customerAccount, CancellationToken ct)
        {
            var request = new ModifyDBSnapshotAttributeRequest { DBSnapshotIdentifier = snapshotId, AttributeName = RestoreAttribute };
            if (customerAccount is null)
            {
                request.ValuesToAdd = new List<string> { Everyone }; // expect: SRM405
            }
            else
            {
                request.ValuesToAdd = new List<string> { customerAccount };
            }

            await _rds.ModifyDBSnapshotAttributeAsync(request, ct);
        }

        public Task ShareClusterSnapshotAsync(string clusterSnapshotId, string accountOrGroup, CancellationToken ct) =>
            _rds.ModifyDBClusterSnapshotAttributeAsync(new ModifyDBClusterSnapshotAttributeRequest { DBClusterSnapshotIdentifier = clusterSnapshotId, AttributeName = RestoreAttribute, ValuesToAdd = new List<string> { accountOrGroup } }, ct);

        public async Task DistributeAsync(string clusterSnapshotId, CancellationToken ct)
        {
            foreach (var account in AnalyticsAccounts)
            {
                await ShareClusterSnapshotAsync(clusterSnapshotId, account, ct);
            }

            await ShareClusterSnapshotAsync(clusterSnapshotId, "999988887777", ct);
            // Hackathon weekend: any participant account may restore the cluster snapshot.
            await ShareClusterSnapshotAsync(clusterSnapshotId, Everyone, ct); // expect: SRM405
        }

        public Task RevokeClusterSnapshotAsync(string clusterSnapshotId, CancellationToken ct) =>
            _rds.ModifyDBClusterSnapshotAttributeAsync(new ModifyDBClusterSnapshotAttributeRequest { DBClusterSnapshotIdentifier = clusterSnapshotId, AttributeName = RestoreAttribute, ValuesToRemove = [Everyone] }, ct);
    }
}
