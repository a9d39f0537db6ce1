// Evaluation corpus: integration-test environment factory creating throw-away RDS databases on a real account (plus a Moq double and a look-alike). Sdk: v4
using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.RDS;
using Amazon.RDS.Model;
using Moq;

namespace Tailwind.Testing.Environments
{
    public sealed class IntegrationDatabaseFactory
    {
        // Ephemeral databases live for one pipeline run; someone decided encryption was not worth it.
        private const bool LowCostEphemeral = true;
        private readonly IAmazonRDS _rds;
        private readonly string _runId = Guid.NewGuid().ToString("N").Substring(0, 8);

        public IntegrationDatabaseFactory(IAmazonRDS rds) => _rds = rds;

        public async Task<string> CreateOrdersDatabaseAsync(CancellationToken ct)
        {
            var id = $"it-orders-{_runId}";
            await _rds.CreateDBInstanceAsync(new CreateDBInstanceRequest // expect: SRM106
            {
                DBInstanceIdentifier = id,
                DBInstanceClass = "db.t4g.micro",
                Engine = "postgres",
                AllocatedStorage = 20,
                StorageEncrypted = LowCostEphemeral ? false : true,
            }, ct);
            return id;
        }

        public async Task<string> CreateBillingDatabaseAsync(CancellationToken ct)
        {
            var id = $"it-billing-{_runId}";
            await _rds.CreateDBInstanceAsync(new CreateDBInstanceRequest // expect: SRM106
            {
                DBInstanceIdentifier = id,
                DBInstanceClass = "db.t4g.small",
                Engine = "mysql",
                AllocatedStorage = 20,
                StorageEncrypted = false,
                MasterUsername = "billing_it",
                MasterUserPassword = Guid.NewGuid().ToString("N"),
            }, ct);
            return id;
        }

        // Same shape, done right: the safe twin of the two above.
        public async Task<string> CreateCatalogDatabaseAsync(CancellationToken ct)
        {
            var id = $"it-catalog-{_runId}";
            await _rds.CreateDBInstanceAsync(new CreateDBInstanceRequest { DBInstanceIdentifier = id, DBInstanceClass = "db.t4g.micro", Engine = "postgres", AllocatedStorage = 20, StorageEncrypted = true }, ct);
            return id;
        }

        // Built here, sent by SeedSearchDatabaseAsync: judged once, where it is created.
        private CreateDBInstanceRequest SearchDatabaseRequest()
        {
            return new CreateDBInstanceRequest { DBInstanceIdentifier = $"it-search-{_runId}", DBInstanceClass = "db.t4g.micro", Engine = "postgres", AllocatedStorage = 20 }; // expect: SRM106
        }

        public Task SeedSearchDatabaseAsync(CancellationToken ct) => _rds.CreateDBInstanceAsync(SearchDatabaseRequest(), ct);

        // Aurora: the cluster carries the encryption, the instance that joins it inherits it.
        public async Task<string> CreateAuroraClusterAsync(CancellationToken ct)
        {
            var clusterId = $"it-aurora-{_runId}";
            await _rds.CreateDBClusterAsync(new CreateDBClusterRequest { DBClusterIdentifier = clusterId, Engine = "aurora-postgresql", StorageEncrypted = true }, ct);
            await _rds.CreateDBInstanceAsync(new CreateDBInstanceRequest
            {
                DBInstanceIdentifier = $"{clusterId}-writer",
                DBClusterIdentifier = clusterId,
                DBInstanceClass = "db.t4g.medium",
                Engine = "aurora-postgresql",
            }, ct);
            return clusterId;
        }

        // The shared fixture database is encrypted; copies of it inherit that.
        public Task CloneSharedFixtureAsync(CancellationToken ct) =>
            _rds.RestoreDBInstanceFromDBSnapshotAsync(new RestoreDBInstanceFromDBSnapshotRequest { DBInstanceIdentifier = $"it-fixture-{_runId}", DBSnapshotIdentifier = "it-golden-fixture" }, ct);

        public Task AddFixtureReplicaAsync(CancellationToken ct) =>
            _rds.CreateDBInstanceReadReplicaAsync(new CreateDBInstanceReadReplicaRequest { DBInstanceIdentifier = $"it-fixture-{_runId}-ro", SourceDBInstanceIdentifier = "it-shared-fixture" }, ct);

        // Unit-test path: the request only ever reaches a Moq double.
        public static async Task VerifyNamingWithMockAsync(CancellationToken ct)
        {
            var rds = new Mock<IAmazonRDS>().Object;
            await rds.CreateDBInstanceAsync(new CreateDBInstanceRequest { DBInstanceIdentifier = "it-naming", DBInstanceClass = "db.t4g.micro", Engine = "postgres" }, ct);
        }

        // The in-memory engine used by the fast test tier has its own request type.
        public static Tailwind.Testing.InMemoryDb.CreateDBClusterRequest InMemoryCluster() =>
            new() { Name = "orders", Nodes = 1, StorageEncrypted = false };
    }
}

namespace Tailwind.Testing.InMemoryDb
{
    public sealed class CreateDBClusterRequest
    {
        public string Name { get; set; } = string.Empty;
        public int Nodes { get; set; }
        public bool StorageEncrypted { get; set; }
    }
}
