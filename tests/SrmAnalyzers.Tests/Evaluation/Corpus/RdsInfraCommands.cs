// Evaluation corpus: internal infrastructure CLI ("infra db ...") creating RDS instances and clusters, plus a local-Docker look-alike. Sdk: v4
using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.RDS;
using Amazon.RDS.Model;
using Microsoft.Extensions.Configuration;

namespace Contoso.Infra.Cli.Commands
{
    public sealed record DbCommandOptions(string Name, string Engine, int StorageGiB, bool NoEncryption);

    public sealed class RdsInfraCommands
    {
        // "Scratch databases are wiped nightly, encryption only slows the restore tests down."
        private const bool EncryptScratchDatabases = false;
        private readonly IAmazonRDS _rds;
        private readonly IConfiguration _configuration;

        public RdsInfraCommands(IAmazonRDS rds, IConfiguration configuration)
        {
            _rds = rds;
            _configuration = configuration;
        }

        // infra db scratch <name>
        public async Task CreateScratchAsync(string name, CancellationToken ct)
        {
            var request = new CreateDBInstanceRequest { DBInstanceIdentifier = $"scratch-{name}", DBInstanceClass = "db.t4g.micro", Engine = "postgres", AllocatedStorage = 20, StorageEncrypted = EncryptScratchDatabases }; // expect: SRM106
            await _rds.CreateDBInstanceAsync(request, ct);
            Console.WriteLine($"scratch database {name} requested");
        }

        // infra db create <name> --engine <engine> --storage <GiB>
        public async Task CreateAsync(DbCommandOptions options, CancellationToken ct)
        {
            var request = new CreateDBInstanceRequest(); // expect: SRM106
            request.DBInstanceIdentifier = options.Name;
            request.DBInstanceClass = "db.m6g.large";
            request.Engine = options.Engine;
            request.AllocatedStorage = 100;
            request.PubliclyAccessible = false;
            await _rds.CreateDBInstanceAsync(request, ct);
        }

        // infra db create-secure <name>: the same build, statement by statement, with encryption.
        public async Task CreateSecureAsync(DbCommandOptions options, CancellationToken ct)
        {
            var request = new CreateDBInstanceRequest();
            request.DBInstanceIdentifier = options.Name;
            request.DBInstanceClass = "db.m6g.large";
            request.Engine = options.Engine;
            request.AllocatedStorage = 100;
            request.StorageEncrypted = true;
            await _rds.CreateDBInstanceAsync(request, ct);
        }

        // infra db provision <name> [--no-encryption]
        public async Task ProvisionAsync(DbCommandOptions options, CancellationToken ct)
        {
            var request = new CreateDBInstanceRequest
            {
                DBInstanceIdentifier = options.Name,
                DBInstanceClass = "db.r6g.xlarge",
                Engine = options.Engine,
                AllocatedStorage = 500,
                StorageEncrypted = true,
                DeletionProtection = true,
            };
            if (options.NoEncryption)
            {
                request.StorageEncrypted = false; // expect: SRM106
            }
            await _rds.CreateDBInstanceAsync(request, ct);
        }

        // infra db from-env <name>: the pipeline decides; the value is not known here.
        public Task CreateFromEnvironmentAsync(string name, CancellationToken ct) =>
            _rds.CreateDBInstanceAsync(new CreateDBInstanceRequest
            {
                DBInstanceIdentifier = name,
                DBInstanceClass = Environment.GetEnvironmentVariable("INFRA_DB_CLASS") ?? "db.t4g.medium",
                Engine = "postgres",
                AllocatedStorage = 50,
                StorageEncrypted = ReadEncryptionSetting(),
            }, ct);

        // infra db from-config <name>
        public Task CreateFromConfigAsync(string name, CancellationToken ct) =>
            _rds.CreateDBInstanceAsync(new CreateDBInstanceRequest
            {
                DBInstanceIdentifier = name,
                DBInstanceClass = "db.t4g.medium",
                Engine = "mysql",
                AllocatedStorage = 50,
                StorageEncrypted = _configuration.GetValue<bool>("Infra:Databases:Encrypt"),
            }, ct);

        // infra db cluster <name> --unencrypted
        public Task CreateUnencryptedClusterAsync(string name, CancellationToken ct) =>
            _rds.CreateDBClusterAsync(new CreateDBClusterRequest // expect: SRM106
            {
                DBClusterIdentifier = name,
                Engine = "aurora-postgresql",
                StorageEncrypted = false,
                DeletionProtection = true,
            }, ct);

        // infra db local <name>: a Postgres container on the developer's machine, not RDS.
        public Task CreateLocalAsync(string name)
        {
            var local = new Contoso.Infra.LocalDocker.CreateDBInstanceRequest { Name = name, Image = "postgres:16", StorageEncrypted = false };
            Console.WriteLine($"docker run --name {local.Name} {local.Image}");
            return Task.CompletedTask;
        }

        private static bool ReadEncryptionSetting() =>
            !string.Equals(Environment.GetEnvironmentVariable("INFRA_DB_ENCRYPT"), "off", StringComparison.OrdinalIgnoreCase);
    }
}

namespace Contoso.Infra.LocalDocker
{
    public sealed class CreateDBInstanceRequest
    {
        public string Name { get; set; } = string.Empty;
        public string Image { get; set; } = string.Empty;
        public bool StorageEncrypted { get; set; }
    }
}
