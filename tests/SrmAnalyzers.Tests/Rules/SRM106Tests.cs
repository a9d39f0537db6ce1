using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SrmAnalyzers.CodeFixes.Rules;
using SrmAnalyzers.Tests.Infrastructure;
using VerifyCS = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.UnencryptedRdsStorageAnalyzer>;
using VerifyFix = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.UnencryptedRdsStorageAnalyzer, SrmAnalyzers.CodeFixes.Rules.UnencryptedRdsStorageCodeFixProvider>;

namespace SrmAnalyzers.Tests.Rules
{
    // AWSSDK.RDS is not on this mirror: the tests compile against the RDS stub (real names) with SDK v3 and v4 cores.
    public class SRM106Tests
    {
        private static readonly string[] Rds = { "RDS.cs" };

        private const string Usings = @"
using System.Threading.Tasks;
using Amazon.RDS;
using Amazon.RDS.Model;
";

        private const string Duty = " (customer duty: data protection — encryption at rest)";

        private static Task Analyze(string source, Sdk sdk, params DiagnosticResult[] expected) =>
            VerifyCS.AnalyzerAsync(Usings + source, sdk, options: null, stubs: Rds, expected);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Instance_without_StorageEncrypted_is_reported_at_the_creation(Sdk sdk) => Analyze(@"
class Provisioner
{
    Task Create(IAmazonRDS rds) => rds.CreateDBInstanceAsync({|#0:new CreateDBInstanceRequest|}
    {
        DBInstanceIdentifier = ""orders"",
        Engine = ""postgres"",
        DBInstanceClass = ""db.t4g.micro"",
    });
}", sdk, VerifyCS.Diagnostic("SRM106").WithLocation(0).WithMessage(
            "CreateDBInstanceRequest does not set StorageEncrypted = true: the DB instance's storage, automated backups and snapshots are not encrypted, and encryption cannot be turned on later" + Duty));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Cluster_with_StorageEncrypted_false_is_reported(Sdk sdk) => Analyze(@"
class Provisioner
{
    const bool Encrypt = false;
    Task Create(IAmazonRDS rds) => rds.CreateDBClusterAsync({|#0:new CreateDBClusterRequest|} { DBClusterIdentifier = ""ledger"", Engine = ""aurora-postgresql"", StorageEncrypted = {|#1:Encrypt|} });
}", sdk, VerifyCS.Diagnostic("SRM106").WithLocation(0).WithLocation(1).WithMessage(
            "CreateDBClusterRequest sets StorageEncrypted to false: the cluster's storage, automated backups and snapshots are not encrypted" + Duty));

        [Fact]
        public Task A_false_written_on_one_path_is_reported_where_it_is_written_or_at_the_creation() => Analyze(@"
class Provisioner
{
    async Task Create(IAmazonRDS rds, bool cheap)
    {
        var request = new CreateDBInstanceRequest { DBInstanceIdentifier = ""scratch"", StorageEncrypted = true };
        if (cheap)
        {
            request.StorageEncrypted = {|#0:false|};
        }

        await rds.CreateDBInstanceAsync(request);
        await rds.CreateDBInstanceAsync({|#1:new CreateDBInstanceRequest|} { DBInstanceIdentifier = ""b"", StorageEncrypted = {|#2:cheap ? false : true|} });
    }
}", Sdk.V4,
            VerifyCS.Diagnostic("SRM106").WithLocation(0).WithLocation(0).WithMessage("CreateDBInstanceRequest may set StorageEncrypted to false: on that path the DB instance's storage, automated backups and snapshots are not encrypted" + Duty),
            VerifyCS.Diagnostic("SRM106").WithLocation(1).WithLocation(2).WithMessage("CreateDBInstanceRequest may set StorageEncrypted to false: on that path the DB instance's storage, automated backups and snapshots are not encrypted" + Duty));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Encrypted_storage_replicas_restores_cluster_members_and_unknown_values_are_not_reported(Sdk sdk) => Analyze(@"
class Provisioner
{
    static bool FromEnvironment() => System.Environment.GetEnvironmentVariable(""ENCRYPT"") != ""no"";

    async Task Create(IAmazonRDS rds)
    {
        await rds.CreateDBInstanceAsync(new CreateDBInstanceRequest { DBInstanceIdentifier = ""a"", StorageEncrypted = true, KmsKeyId = ""alias/rds"" });
        await rds.CreateDBClusterAsync(new CreateDBClusterRequest { DBClusterIdentifier = ""c"", StorageEncrypted = true });
        await rds.CreateDBInstanceAsync(new CreateDBInstanceRequest { DBInstanceIdentifier = ""c-1"", DBClusterIdentifier = ""c"", Engine = ""aurora-postgresql"" });
        await rds.CreateDBInstanceReadReplicaAsync(new CreateDBInstanceReadReplicaRequest { DBInstanceIdentifier = ""a-replica"", SourceDBInstanceIdentifier = ""a"" });
        await rds.RestoreDBInstanceFromDBSnapshotAsync(new RestoreDBInstanceFromDBSnapshotRequest { DBInstanceIdentifier = ""a-restored"", DBSnapshotIdentifier = ""snap"" });
        await rds.CreateDBInstanceAsync(new CreateDBInstanceRequest { DBInstanceIdentifier = ""d"", StorageEncrypted = FromEnvironment() });
    }
}", sdk);

        [Fact]
        public Task Look_alike_request_types_of_other_libraries_are_not_sinks() => VerifyCS.AnalyzerAsync(@"
namespace Acme.Database.Model { public class CreateDBInstanceRequest { public string? DBInstanceIdentifier { get; set; } public bool StorageEncrypted { get; set; } } }
class Provisioner
{
    object Create() => new Acme.Database.Model.CreateDBInstanceRequest { DBInstanceIdentifier = ""a"" };
}", Sdk.V4, options: null, stubs: Rds);

        [Fact]
        public Task A_wrapper_called_with_false_is_reported_at_the_argument() => Analyze(@"
class Provisioner
{
    Task Create(IAmazonRDS rds, string id, bool encrypted) => rds.CreateDBInstanceAsync(new CreateDBInstanceRequest { DBInstanceIdentifier = id, StorageEncrypted = encrypted });
    Task Scratch(IAmazonRDS rds) => Create(rds, ""scratch"", {|#0:false|});
    Task Orders(IAmazonRDS rds) => Create(rds, ""orders"", true);
}", Sdk.V4, VerifyCS.Diagnostic("SRM106").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage(
            "CreateDBInstanceRequest sets StorageEncrypted to false: the DB instance's storage, automated backups and snapshots are not encrypted (passed here as parameter 'encrypted' of Provisioner.Create)" + Duty));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_adds_StorageEncrypted_to_the_initializer(Sdk sdk) => VerifyFix.CodeFixAsync(Usings + @"
class Provisioner
{
    Task Create(IAmazonRDS rds) => rds.CreateDBInstanceAsync({|SRM106:new CreateDBInstanceRequest|}
    {
        DBInstanceIdentifier = ""orders"",
        Engine = ""postgres"",
    });
}", Usings + @"
class Provisioner
{
    Task Create(IAmazonRDS rds) => rds.CreateDBInstanceAsync(new CreateDBInstanceRequest
    {
        DBInstanceIdentifier = ""orders"",
        Engine = ""postgres"",
        StorageEncrypted = true,
    });
}", sdk, UnencryptedRdsStorageCodeFixProvider.EquivalenceKey, stubs: Rds);

        [Fact]
        public Task Fix_replaces_the_false_values() => VerifyFix.CodeFixAsync(Usings + @"
class Provisioner
{
    async Task Create(IAmazonRDS rds, bool cheap)
    {
        var request = new CreateDBClusterRequest { DBClusterIdentifier = ""c"", StorageEncrypted = true };
        if (cheap) request.StorageEncrypted = {|SRM106:false|};
        await rds.CreateDBClusterAsync(request);
    }
}", Usings + @"
class Provisioner
{
    async Task Create(IAmazonRDS rds, bool cheap)
    {
        var request = new CreateDBClusterRequest { DBClusterIdentifier = ""c"", StorageEncrypted = true };
        if (cheap) request.StorageEncrypted = true;
        await rds.CreateDBClusterAsync(request);
    }
}", Sdk.V4, UnencryptedRdsStorageCodeFixProvider.EquivalenceKey, stubs: Rds);
    }
}
