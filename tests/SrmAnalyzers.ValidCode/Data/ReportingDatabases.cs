// ValidCode: the reporting database and its Aurora cluster, created with encrypted storage and deletion protection. Sdk: v4
using System.Threading;
using System.Threading.Tasks;
using Amazon.RDS;
using Amazon.RDS.Model;

namespace Acme.ValidCode.Data
{
    /// <summary>Creates the reporting databases with storage encrypted under the team's KMS key, the warehouse protected from deletion.</summary>
    public sealed class ReportingDatabases
    {
        private const string RdsKeyAlias = "alias/reporting-rds";
        private const bool EncryptStorage = true;

        private readonly IAmazonRDS _rds;

        public ReportingDatabases(IAmazonRDS rds) => _rds = rds;

        public Task CreateWarehouseAsync(string masterPassword, CancellationToken cancellationToken = default) =>
            _rds.CreateDBInstanceAsync(new CreateDBInstanceRequest
            {
                DBInstanceIdentifier = "reporting-warehouse",
                DBInstanceClass = "db.r6g.large",
                Engine = "postgres",
                AllocatedStorage = 200,
                MasterUsername = "reporting",
                MasterUserPassword = masterPassword,
                StorageEncrypted = EncryptStorage, // compliant: SRM106
                KmsKeyId = RdsKeyAlias,
                PubliclyAccessible = false, // compliant: SRM406
                DeletionProtection = true, // compliant: SRM501
            }, cancellationToken);

        public async Task CreateAnalyticsClusterAsync(string masterPassword, CancellationToken cancellationToken = default)
        {
            await _rds.CreateDBClusterAsync(new CreateDBClusterRequest
            {
                DBClusterIdentifier = "reporting-analytics",
                Engine = "aurora-postgresql",
                MasterUsername = "analytics",
                MasterUserPassword = masterPassword,
                StorageEncrypted = true, // compliant: SRM106
                KmsKeyId = RdsKeyAlias,
            }, cancellationToken);

            // An instance of an Aurora cluster stores its data in the cluster's (encrypted) volume.
            await _rds.CreateDBInstanceAsync(new CreateDBInstanceRequest // compliant: SRM106
            {
                DBInstanceIdentifier = "reporting-analytics-1",
                DBClusterIdentifier = "reporting-analytics",
                DBInstanceClass = "db.r6g.large",
                Engine = "aurora-postgresql",
            }, cancellationToken);
        }
    }
}
