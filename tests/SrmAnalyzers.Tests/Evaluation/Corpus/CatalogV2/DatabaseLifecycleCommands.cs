// Evaluation corpus: DBA command-line tool creating QA and production databases, and lifting deletion protection before decommissioning them. Sdk: both
using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.RDS;
using Amazon.RDS.Model;

namespace Fabrikam.Dba.Cli
{
    public sealed class DatabaseLifecycleCommands
    {
        private readonly IAmazonRDS _rds;
        private readonly bool _protectClusters;

        public DatabaseLifecycleCommands(IAmazonRDS rds)
        {
            _rds = rds;
            _protectClusters = ProtectionSetting(Environment.GetEnvironmentVariable("DBA_PROTECT_CLUSTERS"));
        }

        // Only "1" turns protection on; the QA pipeline never sets the variable.
        private static bool ProtectionSetting(string? raw)
        {
            if (raw == "1")
            {
                return true;
            }

            return false; // expect: SRM501
        }

        // dba create-prod <name>
        public Task CreateProductionAsync(string name, string kmsKeyId, CancellationToken ct) =>
            _rds.CreateDBInstanceAsync(new CreateDBInstanceRequest { DBInstanceIdentifier = name, DBInstanceClass = "db.r6g.large", Engine = "postgres", AllocatedStorage = 200, StorageEncrypted = true, KmsKeyId = kmsKeyId, DeletionProtection = true }, ct);

        // dba create-qa <ticket>: QA databases are thrown away by the pipeline, protection gets in the way.
        public async Task CreateQaAsync(string ticket, CancellationToken ct)
        {
            var request = new CreateDBInstanceRequest // expect: SRM501
            {
                DBInstanceIdentifier = $"qa-{ticket}",
                DBInstanceClass = "db.t4g.small",
                Engine = "postgres",
                AllocatedStorage = 20,
                StorageEncrypted = true,
                DeletionProtection = false,
            };
            await _rds.CreateDBInstanceAsync(request, ct);
        }

        // dba create-scratch <name>: the 2021 version of the command, never updated.
        public Task CreateScratchAsync(string name, CancellationToken ct) =>
            _rds.CreateDBInstanceAsync(new CreateDBInstanceRequest { DBInstanceIdentifier = name, DBInstanceClass = "db.t3.micro", Engine = "mysql", AllocatedStorage = 20, DeletionProtection = false }, ct); // expect: SRM501, SRM106

        public async Task CreateAuroraAsync(string clusterId, bool qa, CancellationToken ct)
        {
            await _rds.CreateDBClusterAsync(new CreateDBClusterRequest { DBClusterIdentifier = clusterId, Engine = "aurora-postgresql", StorageEncrypted = true, DeletionProtection = qa ? false : true }, ct); // expect: SRM501
            await _rds.CreateDBClusterAsync(new CreateDBClusterRequest { DBClusterIdentifier = $"{clusterId}-reporting", Engine = "aurora-postgresql", StorageEncrypted = true, DeletionProtection = _protectClusters }, ct);
            await _rds.CreateDBClusterAsync(new CreateDBClusterRequest { DBClusterIdentifier = $"{clusterId}-audit", Engine = "aurora-postgresql", StorageEncrypted = true }, ct);
        }

        // dba decommission <instance>: step 1 of the runbook, the delete follows once the final snapshot exists.
        public Task UnprotectInstanceAsync(string instanceId, CancellationToken ct) =>
            _rds.ModifyDBInstanceAsync(new ModifyDBInstanceRequest { DBInstanceIdentifier = instanceId, DeletionProtection = false, ApplyImmediately = true }, ct); // expect: SRM501

        public async Task UnprotectClusterAsync(string clusterId, CancellationToken ct)
        {
            var request = new ModifyDBClusterRequest { DBClusterIdentifier = clusterId, ApplyImmediately = true };
            request.DeletionProtection = false; // expect: SRM501
            await _rds.ModifyDBClusterAsync(request, ct);
        }

        public Task SetClusterProtectionAsync(string clusterId, bool enabled, CancellationToken ct) =>
            _rds.ModifyDBClusterAsync(new ModifyDBClusterRequest { DBClusterIdentifier = clusterId, DeletionProtection = enabled, ApplyImmediately = true }, ct);

        public async Task RunAsync(string[] args, CancellationToken ct)
        {
            switch (args[0])
            {
                case "protect-cluster":
                    await SetClusterProtectionAsync(args[1], true, ct);
                    break;
                case "release-cluster":
                    await SetClusterProtectionAsync(args[1], false, ct); // expect: SRM501
                    break;
                case "set-cluster":
                    await SetClusterProtectionAsync(args[1], args[2] == "on", ct);
                    break;
                case "protect":
                    await _rds.ModifyDBInstanceAsync(new ModifyDBInstanceRequest { DBInstanceIdentifier = args[1], DeletionProtection = true }, ct);
                    break;
            }
        }
    }
}
