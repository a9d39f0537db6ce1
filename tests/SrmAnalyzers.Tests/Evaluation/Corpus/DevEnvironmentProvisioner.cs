// Evaluation corpus: dev/test environment provisioner creating per-developer RDS instances and an Aurora cluster for feature branches. Sdk: v4
using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.RDS;
using Amazon.RDS.Model;

namespace Contoso.DevEnv.Provisioning
{
    public sealed record DevEnvOptions(string Developer, string Branch, bool AllowLaptopAccess);

    public interface IDevSecrets { string MasterPassword(string environment); }

    public sealed class ProvisioningPlan
    {
        public string Name { get; init; } = "";
        public CreateDBInstanceRequest Instance { get; init; } = new();
    }

    public sealed class DevEnvironmentProvisioner
    {
        // "Developers connect from their laptops with DBeaver, no VPN for dev."
        private const bool ExposeDevDatabases = true;
        private const bool ExposeStagingDatabases = false;
        private readonly IAmazonRDS _rds;
        private readonly IDevSecrets _secrets;

        public DevEnvironmentProvisioner(IAmazonRDS rds, IDevSecrets secrets) => (_rds, _secrets) = (rds, secrets);

        public async Task CreateDeveloperDatabaseAsync(DevEnvOptions options, CancellationToken ct)
        {
            var request = new CreateDBInstanceRequest { DBInstanceIdentifier = $"dev-{options.Developer}", DBInstanceClass = "db.t4g.micro", Engine = "postgres", AllocatedStorage = 20, StorageEncrypted = true, DeletionProtection = true, PubliclyAccessible = ExposeDevDatabases }; // expect: SRM406
            await _rds.CreateDBInstanceAsync(request, ct);
        }

        public async Task CreateStagingDatabaseAsync(string name, CancellationToken ct)
        {
            var request = new CreateDBInstanceRequest { DBInstanceIdentifier = $"stg-{name}", DBInstanceClass = "db.t4g.medium", Engine = "postgres", AllocatedStorage = 50, StorageEncrypted = true, DeletionProtection = true, PubliclyAccessible = ExposeStagingDatabases };
            await _rds.CreateDBInstanceAsync(request, ct);
        }

        public async Task CreateBranchDatabaseAsync(DevEnvOptions options, CancellationToken ct)
        {
            var request = new CreateDBInstanceRequest
            {
                DBInstanceIdentifier = $"br-{options.Branch}",
                DBInstanceClass = "db.t4g.small",
                Engine = "mysql",
                AllocatedStorage = 20,
                StorageEncrypted = true,
                DeletionProtection = true,
                MasterUsername = "app",
                MasterUserPassword = _secrets.MasterPassword(options.Branch),
            };
            if (options.AllowLaptopAccess)
            {
                request.PubliclyAccessible = true; // expect: SRM406
            }
            await _rds.CreateDBInstanceAsync(request, ct);
        }

        // Feature branches that need Aurora: the cluster plus one writer instance.
        public async Task CreateAuroraBranchAsync(DevEnvOptions options, CancellationToken ct)
        {
            var clusterId = $"aurora-{options.Branch}";
            await _rds.CreateDBClusterAsync(new CreateDBClusterRequest { DBClusterIdentifier = clusterId, Engine = "aurora-postgresql", StorageEncrypted = true, DeletionProtection = true, MasterUsername = "app", MasterUserPassword = _secrets.MasterPassword(clusterId) }, ct);
            await _rds.CreateDBInstanceAsync(new CreateDBInstanceRequest // expect: SRM406
            {
                DBInstanceIdentifier = $"{clusterId}-writer",
                DBClusterIdentifier = clusterId,
                DBInstanceClass = "db.r6g.large",
                Engine = "aurora-postgresql",
                StorageEncrypted = true,
                DeletionProtection = true,
                PubliclyAccessible = true,
            }, ct);
        }

        // Integration-test environment: plans are built up front and applied by the pipeline step below.
        public async Task ProvisionIntegrationAsync(string suite, CancellationToken ct)
        {
            var plan = new ProvisioningPlan // expect: SRM406
            {
                Name = suite,
                Instance = new CreateDBInstanceRequest { DBInstanceIdentifier = $"it-{suite}", DBInstanceClass = "db.t4g.micro", Engine = "postgres", AllocatedStorage = 20, StorageEncrypted = true, DeletionProtection = true, PubliclyAccessible = true },
            };
            var quietPlan = new ProvisioningPlan
            {
                Name = $"{suite}-seed",
                Instance = new CreateDBInstanceRequest { DBInstanceIdentifier = $"it-{suite}-seed", DBInstanceClass = "db.t4g.micro", Engine = "postgres", AllocatedStorage = 20, StorageEncrypted = true, DeletionProtection = true },
            };
            await _rds.CreateDBInstanceAsync(plan.Instance, ct);
            await _rds.CreateDBInstanceAsync(quietPlan.Instance, ct);
        }

        // CI runners set DEV_DB_PUBLIC on ephemeral accounts; unknown at analysis time.
        public async Task CreateCiDatabaseAsync(string runId, CancellationToken ct)
        {
            var request = new CreateDBInstanceRequest { DBInstanceIdentifier = $"ci-{runId}", DBInstanceClass = "db.t4g.micro", Engine = "postgres", AllocatedStorage = 20, StorageEncrypted = true, DeletionProtection = true };
            request.PubliclyAccessible = Environment.GetEnvironmentVariable("DEV_DB_PUBLIC") == "1";
            await _rds.CreateDBInstanceAsync(request, ct);
        }

        public async Task CreateDemoDatabaseAsync(string name, CancellationToken ct) =>
            await _rds.CreateDBInstanceAsync(new CreateDBInstanceRequest { DBInstanceIdentifier = $"demo-{name}", DBInstanceClass = "db.t4g.micro", Engine = "postgres", AllocatedStorage = 20, StorageEncrypted = true, DeletionProtection = true, PubliclyAccessible = false }, ct);
    }
}
