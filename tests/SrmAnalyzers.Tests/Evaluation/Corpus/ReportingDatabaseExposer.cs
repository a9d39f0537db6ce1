// Evaluation corpus: admin tool that opens and closes public access to the reporting replica for a BI vendor's dashboard window. Sdk: v4
using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.RDS;
using Amazon.RDS.Model;
using Microsoft.Extensions.Configuration;

namespace Northwind.Reporting.Admin
{
    public sealed record VendorWindow(string InstanceId, bool IsOpen, bool VendorUsesPrivateLink);

    public sealed class ReportingDatabaseExposer
    {
        // The vendor connects over PrivateLink now; kept for the old connector path.
        private const bool LegacyConnectorNeedsPublicEndpoint = false;
        private readonly IAmazonRDS _rds;
        private readonly IConfiguration _configuration;

        public ReportingDatabaseExposer(IAmazonRDS rds, IConfiguration configuration)
        {
            _rds = rds;
            _configuration = configuration;
        }

        // reporting-admin open <id>: the vendor's Tableau cloud needs a public endpoint during the window.
        public Task OpenForVendorAsync(string instanceId) => SetPublicAccessAsync(instanceId, true); // expect: SRM406

        // reporting-admin close <id>
        public Task CloseForVendorAsync(string instanceId) => SetPublicAccessAsync(instanceId, false);

        public async Task SetPublicAccessAsync(string id, bool isPublic)
        {
            var request = new ModifyDBInstanceRequest
            {
                DBInstanceIdentifier = id,
                PubliclyAccessible = isPublic,
                ApplyImmediately = true,
            };
            await _rds.ModifyDBInstanceAsync(request);
            Console.WriteLine($"{id}: publicly accessible = {isPublic}");
        }

        // reporting-admin hotfix <id>: the vendor's support engineer asked for a direct endpoint.
        public async Task ExposeForSupportCallAsync(string instanceId, CancellationToken ct)
        {
            await _rds.ModifyDBInstanceAsync(new ModifyDBInstanceRequest // expect: SRM406
            {
                DBInstanceIdentifier = instanceId,
                PubliclyAccessible = true,
                ApplyImmediately = true,
            }, ct);
        }

        // Scheduled sync: follows the vendor window calendar.
        public async Task ApplyWindowAsync(VendorWindow window, CancellationToken ct)
        {
            var request = new ModifyDBInstanceRequest(window.InstanceId) { PubliclyAccessible = window.IsOpen ? true : false, ApplyImmediately = true }; // expect: SRM406
            await _rds.ModifyDBInstanceAsync(request, ct);
        }

        // Same window, PrivateLink vendors: both branches keep the instance private.
        public async Task ApplyPrivateLinkWindowAsync(VendorWindow window, CancellationToken ct)
        {
            var request = new ModifyDBInstanceRequest
            {
                DBInstanceIdentifier = window.InstanceId,
                PubliclyAccessible = window.VendorUsesPrivateLink ? false : LegacyConnectorNeedsPublicEndpoint,
                ApplyImmediately = window.IsOpen,
            };
            await _rds.ModifyDBInstanceAsync(request, ct);
        }

        // Ops can override per environment; the value is only known at run time.
        public async Task ApplyConfiguredAccessAsync(string instanceId, CancellationToken ct)
        {
            var configured = bool.TryParse(_configuration["Reporting:VendorPublicAccess"], out var flag) && flag;
            var request = new ModifyDBInstanceRequest { DBInstanceIdentifier = instanceId, PubliclyAccessible = configured };
            await _rds.ModifyDBInstanceAsync(request, ct);
        }

        // Dry run against the in-house DBA simulator, which only records what would change.
        public void SimulateOpen(string instanceId, Dba.Simulator.ChangeLog log)
        {
            var simulated = new Dba.Simulator.ModifyDBInstanceRequest { DBInstanceIdentifier = instanceId, PubliclyAccessible = true };
            log.Record(simulated);
        }
    }
}

namespace Dba.Simulator
{
    public sealed class ModifyDBInstanceRequest
    {
        public string DBInstanceIdentifier { get; set; } = "";
        public bool PubliclyAccessible { get; set; }
    }

    public sealed class ChangeLog
    {
        public void Record(ModifyDBInstanceRequest change) =>
            System.Console.WriteLine($"would set {change.DBInstanceIdentifier} public={change.PubliclyAccessible}");
    }
}
