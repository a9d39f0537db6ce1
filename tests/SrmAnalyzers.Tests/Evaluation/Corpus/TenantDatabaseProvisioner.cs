// Evaluation corpus: SaaS provisioning service creating per-tenant RDS instances, Aurora clusters, replicas and restores. Sdk: v4
using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.RDS;
using Amazon.RDS.Model;

namespace Fabrikam.Tenancy.Databases
{
    public sealed record TenantDatabaseSpec(string TenantId, string Tier, int StorageGiB);

    public interface IMasterPasswordSource { string NewPassword(string tenantId); }

    public sealed class TenantDatabaseProvisioner
    {
        private const string InstanceClass = "db.r6g.large";
        private readonly IAmazonRDS _rds;
        private readonly IMasterPasswordSource _passwords;
        private readonly string _tenantKeyArn;

        public TenantDatabaseProvisioner(IAmazonRDS rds, IMasterPasswordSource passwords, string tenantKeyArn) =>
            (_rds, _passwords, _tenantKeyArn) = (rds, passwords, tenantKeyArn);

        public async Task<string> CreateTenantDatabaseAsync(TenantDatabaseSpec spec, CancellationToken ct)
        {
            var identifier = $"tenant-{spec.TenantId}";
            await _rds.CreateDBInstanceAsync(new CreateDBInstanceRequest
            {
                DBInstanceIdentifier = identifier,
                DBInstanceClass = InstanceClass,
                Engine = "postgres",
                AllocatedStorage = 100,
                StorageEncrypted = true,
                KmsKeyId = _tenantKeyArn,
                PubliclyAccessible = false,
                DeletionProtection = true,
                MasterUsername = "tenant_admin",
                MasterUserPassword = _passwords.NewPassword(spec.TenantId),
            }, ct);
            return identifier;
        }

        // Reporting copy for the BI team; nobody thought about encryption.
        public async Task<string> CreateReportingDatabaseAsync(TenantDatabaseSpec spec, CancellationToken ct)
        {
            var identifier = $"reporting-{spec.TenantId}";
            var request = new CreateDBInstanceRequest // expect: SRM106
            {
                DBInstanceIdentifier = identifier,
                DBInstanceClass = "db.m6g.large",
                Engine = "mysql",
                AllocatedStorage = 200,
                PubliclyAccessible = false,
                MasterUsername = "report_admin",
                MasterUserPassword = _passwords.NewPassword(spec.TenantId),
            };
            await _rds.CreateDBInstanceAsync(request, ct);
            return identifier;
        }

        // Sandbox tenants get cheap, unencrypted storage; the branch is a path to the mistake.
        public async Task CreateTieredDatabaseAsync(TenantDatabaseSpec spec, CancellationToken ct)
        {
            await _rds.CreateDBInstanceAsync(new CreateDBInstanceRequest // expect: SRM106
            {
                DBInstanceIdentifier = $"tenant-{spec.TenantId}-{spec.Tier}",
                DBInstanceClass = InstanceClass,
                Engine = "postgres",
                AllocatedStorage = 50,
                StorageEncrypted = spec.Tier == "sandbox" ? false : true,
            }, ct);
        }

        public async Task CreateAnalyticsClusterAsync(string tenantId, CancellationToken ct)
        {
            var clusterId = $"analytics-{tenantId}";
            await _rds.CreateDBClusterAsync(new CreateDBClusterRequest
            {
                DBClusterIdentifier = clusterId,
                Engine = "aurora-postgresql",
                StorageEncrypted = true,
                KmsKeyId = _tenantKeyArn,
                DeletionProtection = true,
                MasterUsername = "analytics_admin",
                MasterUserPassword = _passwords.NewPassword(tenantId),
            }, ct);

            // The writer joins the cluster and inherits the cluster's encryption: not a finding.
            await _rds.CreateDBInstanceAsync(new CreateDBInstanceRequest
            {
                DBInstanceIdentifier = $"{clusterId}-writer",
                DBClusterIdentifier = clusterId,
                DBInstanceClass = InstanceClass,
                Engine = "aurora-postgresql",
            }, ct);
        }

        // The legacy cluster template never set encryption: the cluster is the finding, its instance is not.
        public async Task CreateLegacyClusterAsync(string tenantId, CancellationToken ct)
        {
            var clusterId = $"legacy-{tenantId}";
            await _rds.CreateDBClusterAsync(new CreateDBClusterRequest // expect: SRM106
            {
                DBClusterIdentifier = clusterId,
                Engine = "aurora-mysql",
                MasterUsername = "legacy_admin",
                MasterUserPassword = _passwords.NewPassword(tenantId),
            }, ct);
            await _rds.CreateDBInstanceAsync(new CreateDBInstanceRequest
            {
                DBInstanceIdentifier = $"{clusterId}-1",
                DBClusterIdentifier = clusterId,
                DBInstanceClass = "db.r6g.large",
                Engine = "aurora-mysql",
            }, ct);
        }

        // Replicas and restores inherit the source's encryption.
        public Task AddReadReplicaAsync(string tenantId, CancellationToken ct) =>
            _rds.CreateDBInstanceReadReplicaAsync(new CreateDBInstanceReadReplicaRequest
            {
                DBInstanceIdentifier = $"tenant-{tenantId}-ro",
                SourceDBInstanceIdentifier = $"tenant-{tenantId}",
            }, ct);

        public Task RestoreTenantAsync(string tenantId, string snapshotId, CancellationToken ct) =>
            _rds.RestoreDBInstanceFromDBSnapshotAsync(new RestoreDBInstanceFromDBSnapshotRequest
            {
                DBInstanceIdentifier = $"tenant-{tenantId}-restored-{DateTime.UtcNow:yyyyMMddHHmm}",
                DBSnapshotIdentifier = snapshotId,
            }, ct);
    }
}
