using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SrmAnalyzers.CodeFixes.Rules;
using SrmAnalyzers.Tests.Infrastructure;
using VerifyCS = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.PublicRdsInstanceAnalyzer>;
using VerifyFix = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.PublicRdsInstanceAnalyzer, SrmAnalyzers.CodeFixes.Rules.PublicRdsInstanceCodeFixProvider>;

namespace SrmAnalyzers.Tests.Rules
{
    // AWSSDK.RDS is not on this mirror: the tests compile against the RDS stub (real names) with SDK v3 and v4 cores.
    public class SRM406Tests
    {
        private static readonly string[] Rds = { "RDS.cs" };

        private const string Usings = @"
using System.Threading.Tasks;
using Amazon.RDS;
using Amazon.RDS.Model;
";

        private const string Duty = " (customer duty: network and access configuration — public exposure)";

        private const string Consequence = "its DNS name resolves to a public IP address, and only its security groups and password stand between the database and the internet";

        private static Task Analyze(string source, Sdk sdk, params DiagnosticResult[] expected) =>
            VerifyCS.AnalyzerAsync(Usings + source, sdk, options: null, stubs: Rds, expected);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task PubliclyAccessible_true_is_reported_at_the_value_on_create_and_modify(Sdk sdk) => Analyze(@"
class Databases
{
    const bool ForVendor = true;

    async Task Expose(IAmazonRDS rds)
    {
        await rds.CreateDBInstanceAsync(new CreateDBInstanceRequest { DBInstanceIdentifier = ""bi"", StorageEncrypted = true, PubliclyAccessible = {|#0:true|} });
        await rds.ModifyDBInstanceAsync(new ModifyDBInstanceRequest { DBInstanceIdentifier = ""bi"", PubliclyAccessible = {|#1:ForVendor|}, ApplyImmediately = true });
    }
}", sdk,
            VerifyCS.Diagnostic("SRM406").WithLocation(0).WithMessage("CreateDBInstanceRequest makes the DB instance publicly accessible (PubliclyAccessible = true): " + Consequence + Duty),
            VerifyCS.Diagnostic("SRM406").WithLocation(1).WithMessage("ModifyDBInstanceRequest makes the DB instance publicly accessible (PubliclyAccessible = true): " + Consequence + Duty));

        [Fact]
        public Task A_later_true_is_reported_where_it_is_written_and_a_conditional_one_as_may() => Analyze(@"
class Databases
{
    async Task Expose(IAmazonRDS rds, bool vendorAccess)
    {
        var request = new ModifyDBInstanceRequest { DBInstanceIdentifier = ""bi"", PubliclyAccessible = false };
        if (vendorAccess)
        {
            request.PubliclyAccessible = {|#0:true|};
        }

        await rds.ModifyDBInstanceAsync(request);
        await rds.ModifyDBInstanceAsync(new ModifyDBInstanceRequest { DBInstanceIdentifier = ""b2"", PubliclyAccessible = {|#1:vendorAccess ? true : false|} });
    }
}", Sdk.V4,
            VerifyCS.Diagnostic("SRM406").WithLocation(0).WithMessage("ModifyDBInstanceRequest makes the DB instance publicly accessible (PubliclyAccessible = true): " + Consequence + Duty),
            VerifyCS.Diagnostic("SRM406").WithLocation(1).WithMessage("ModifyDBInstanceRequest may make the DB instance publicly accessible (PubliclyAccessible = true): " + Consequence + Duty));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task False_unset_unknown_and_other_requests_are_not_reported(Sdk sdk) => Analyze(@"
class Databases
{
    static bool FromEnvironment() => System.Environment.GetEnvironmentVariable(""PUBLIC_DB"") == ""yes"";

    async Task Create(IAmazonRDS rds)
    {
        await rds.CreateDBInstanceAsync(new CreateDBInstanceRequest { DBInstanceIdentifier = ""a"", StorageEncrypted = true, PubliclyAccessible = false });
        await rds.CreateDBInstanceAsync(new CreateDBInstanceRequest { DBInstanceIdentifier = ""b"", StorageEncrypted = true });
        await rds.ModifyDBInstanceAsync(new ModifyDBInstanceRequest { DBInstanceIdentifier = ""c"", PubliclyAccessible = FromEnvironment() });
        await rds.CreateDBInstanceReadReplicaAsync(new CreateDBInstanceReadReplicaRequest { DBInstanceIdentifier = ""a-replica"", SourceDBInstanceIdentifier = ""a"", PubliclyAccessible = true });
    }
}", sdk);

        [Fact]
        public Task Look_alike_request_types_of_other_libraries_are_not_sinks() => VerifyCS.AnalyzerAsync(@"
namespace Acme.Database.Model { public class ModifyDBInstanceRequest { public bool PubliclyAccessible { get; set; } } }
class Databases
{
    object Modify() => new Acme.Database.Model.ModifyDBInstanceRequest { PubliclyAccessible = true };
}", Sdk.V4, options: null, stubs: Rds);

        [Fact]
        public Task A_wrapper_called_with_true_is_reported_at_the_argument() => Analyze(@"
class Databases
{
    Task SetPublicAccess(IAmazonRDS rds, string id, bool isPublic) => rds.ModifyDBInstanceAsync(new ModifyDBInstanceRequest { DBInstanceIdentifier = id, PubliclyAccessible = isPublic });
    Task OpenForVendor(IAmazonRDS rds) => SetPublicAccess(rds, ""bi"", {|#0:true|});
    Task Close(IAmazonRDS rds) => SetPublicAccess(rds, ""bi"", false);
}", Sdk.V4, VerifyCS.Diagnostic("SRM406").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage(
            "ModifyDBInstanceRequest makes the DB instance publicly accessible (PubliclyAccessible = true): " + Consequence + " (passed here as parameter 'isPublic' of Databases.SetPublicAccess)" + Duty));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_makes_the_instance_private(Sdk sdk) => VerifyFix.CodeFixAsync(Usings + @"
class Databases
{
    async Task Expose(IAmazonRDS rds, bool vendorAccess)
    {
        await rds.CreateDBInstanceAsync(new CreateDBInstanceRequest { DBInstanceIdentifier = ""bi"", StorageEncrypted = true, PubliclyAccessible = {|SRM406:true|} });
        await rds.ModifyDBInstanceAsync(new ModifyDBInstanceRequest { DBInstanceIdentifier = ""b2"", PubliclyAccessible = {|SRM406:vendorAccess ? true : false|} });
    }
}", Usings + @"
class Databases
{
    async Task Expose(IAmazonRDS rds, bool vendorAccess)
    {
        await rds.CreateDBInstanceAsync(new CreateDBInstanceRequest { DBInstanceIdentifier = ""bi"", StorageEncrypted = true, PubliclyAccessible = false });
        await rds.ModifyDBInstanceAsync(new ModifyDBInstanceRequest { DBInstanceIdentifier = ""b2"", PubliclyAccessible = vendorAccess ? false : false });
    }
}", sdk, PublicRdsInstanceCodeFixProvider.EquivalenceKey, stubs: Rds);
    }
}
