using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SrmAnalyzers.Tests.Infrastructure;
using VerifyCS = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.PublicSnapshotShareAnalyzer>;

namespace SrmAnalyzers.Tests.Rules
{
    // AWSSDK.EC2 is referenced in its 4.x version only, so the EC2 cases run on Sdk.V4; AWSSDK.RDS is not on
    // this mirror, so the RDS cases compile against the RDS stub (real names) with SDK v3 and v4 cores.
    public class SRM405Tests
    {
        private static readonly string[] Rds = { "RDS.cs" };

        private const string Duty = " (customer duty: network and access configuration — public exposure)";

        private const string Ec2Usings = @"
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;
";

        private const string RdsUsings = @"
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.RDS;
using Amazon.RDS.Model;
";

        private static string SnapshotMessage(string verb = "shares", string type = "ModifySnapshotAttributeRequest") =>
            type + " " + verb + " the EBS snapshot with everyone (group \"all\" added to its create-volume permission): any AWS account can copy the snapshot or create a volume from it, so the data it holds is public" + Duty;

        private static string ImageMessage(string verb = "shares") =>
            "ModifyImageAttributeRequest " + verb + " the AMI with everyone (group \"all\" added to its launch permission): any AWS account can launch instances from the image or copy it, and read everything baked into its volumes, credentials included" + Duty;

        private static string DbSnapshotMessage(string verb = "shares") =>
            "ModifyDBSnapshotAttributeRequest " + verb + " the DB snapshot with everyone (\"all\" added to its restore attribute): any AWS account can copy the snapshot or restore a database from it, so the data it holds is public" + Duty;

        private const string ClusterSnapshotMessage =
            "ModifyDBClusterSnapshotAttributeRequest shares the DB cluster snapshot with everyone (\"all\" added to its restore attribute): any AWS account can copy the snapshot or restore a DB cluster from it, so the data it holds is public" + Duty;

        private static Task AnalyzeEc2(string source, params DiagnosticResult[] expected) =>
            VerifyCS.AnalyzerAsync(Ec2Usings + source, Sdk.V4, expected);

        private static Task AnalyzeRds(string source, Sdk sdk, params DiagnosticResult[] expected) =>
            VerifyCS.AnalyzerAsync(RdsUsings + source, sdk, options: null, stubs: Rds, expected);

        // ---- EC2: the modifications object ----

        [Fact]
        public Task Group_all_in_the_add_list_of_the_create_volume_permission_is_reported_at_the_group() => AnalyzeEc2(@"
class Snapshots
{
    async Task Publish(IAmazonEC2 ec2)
    {
        await ec2.ModifySnapshotAttributeAsync(new ModifySnapshotAttributeRequest
        {
            SnapshotId = ""snap-1"",
            CreateVolumePermission = new CreateVolumePermissionModifications
            {
                Add = [new CreateVolumePermission { Group = {|#0:PermissionGroup.All|} }],
            },
        });
        await ec2.ModifySnapshotAttributeAsync(new ModifySnapshotAttributeRequest
        {
            SnapshotId = ""snap-2"",
            CreateVolumePermission = new CreateVolumePermissionModifications
            {
                Add = new List<CreateVolumePermission> { new() { Group = {|#1:""all""|} } },
            },
        });
    }
}",
            VerifyCS.Diagnostic("SRM405").WithLocation(0).WithMessage(SnapshotMessage()),
            VerifyCS.Diagnostic("SRM405").WithLocation(1).WithMessage(SnapshotMessage()));

        [Fact]
        public Task A_permission_built_in_its_own_statement_is_reported_where_its_group_is_written() => AnalyzeEc2(@"
class Snapshots
{
    async Task Publish(IAmazonEC2 ec2, bool openData)
    {
        var everyone = new CreateVolumePermission { Group = {|#0:PermissionGroup.All|} };
        var modifications = new CreateVolumePermissionModifications { Add = new List<CreateVolumePermission> { everyone } };
        await ec2.ModifySnapshotAttributeAsync(new ModifySnapshotAttributeRequest { SnapshotId = ""snap-1"", CreateVolumePermission = modifications });

        var maybe = new CreateVolumePermission();
        maybe.Group = {|#1:openData ? PermissionGroup.All : null|};
        var request = new ModifySnapshotAttributeRequest { SnapshotId = ""snap-2"", CreateVolumePermission = new CreateVolumePermissionModifications { Add = [] } };
        request.CreateVolumePermission.Add.Add(maybe);
        await ec2.ModifySnapshotAttributeAsync(request);
    }
}",
            VerifyCS.Diagnostic("SRM405").WithLocation(0).WithMessage(SnapshotMessage()),
            VerifyCS.Diagnostic("SRM405").WithLocation(1).WithMessage(SnapshotMessage("may share")));

        [Fact]
        public Task Group_all_in_the_add_list_of_the_launch_permission_is_reported() => AnalyzeEc2(@"
class Images
{
    Task Publish(IAmazonEC2 ec2, string imageId) =>
        ec2.ModifyImageAttributeAsync(new ModifyImageAttributeRequest
        {
            ImageId = imageId,
            LaunchPermission = new LaunchPermissionModifications
            {
                Add = { new LaunchPermission { Group = {|#0:PermissionGroup.FindValue(""all"")|} } },
            },
        });
}",
            VerifyCS.Diagnostic("SRM405").WithLocation(0).WithMessage(ImageMessage()));

        // ---- EC2: the flat form ----

        [Fact]
        public Task Operation_add_with_group_all_is_reported_at_the_group_name() => AnalyzeEc2(@"
class Sharing
{
    async Task Publish(IAmazonEC2 ec2, string snapshotId, string imageId)
    {
        await ec2.ModifySnapshotAttributeAsync(new ModifySnapshotAttributeRequest(snapshotId, SnapshotAttributeName.CreateVolumePermission, OperationType.Add)
        {
            GroupNames = [{|#0:""all""|}],
        });

        var snapshot = new ModifySnapshotAttributeRequest { SnapshotId = snapshotId, OperationType = ""add"" };
        snapshot.GroupNames = new List<string>();
        snapshot.GroupNames.Add({|#1:""all""|});
        await ec2.ModifySnapshotAttributeAsync(snapshot);

        var groups = new List<string> { {|#2:PermissionGroup.All|} };
        await ec2.ModifyImageAttributeAsync(new ModifyImageAttributeRequest
        {
            ImageId = imageId,
            Attribute = ImageAttributeName.LaunchPermission,
            OperationType = OperationType.Add,
            UserGroups = groups,
        });
    }
}",
            VerifyCS.Diagnostic("SRM405").WithLocation(0).WithMessage(SnapshotMessage()),
            VerifyCS.Diagnostic("SRM405").WithLocation(1).WithMessage(SnapshotMessage()),
            VerifyCS.Diagnostic("SRM405").WithLocation(2).WithMessage(ImageMessage()));

        [Fact]
        public Task An_operation_that_is_add_on_some_paths_may_share() => AnalyzeEc2(@"
class Sharing
{
    Task Toggle(IAmazonEC2 ec2, bool share) =>
        ec2.ModifyImageAttributeAsync(new ModifyImageAttributeRequest(""ami-1"", ""launchPermission"")
        {
            OperationType = share ? OperationType.Add : OperationType.Remove,
            UserGroups = { {|#0:""all""|} },
        });
}",
            VerifyCS.Diagnostic("SRM405").WithLocation(0).WithMessage(ImageMessage("may share")));

        [Fact]
        public Task Removing_all_account_ids_other_groups_and_unknown_values_are_not_reported() => AnalyzeEc2(@"
class Sharing
{
    static string GroupFromConfig() => System.Environment.GetEnvironmentVariable(""SHARE_GROUP"");

    async Task Close(IAmazonEC2 ec2, OperationType operation, string attribute)
    {
        // The safe direction: remove lists and OperationType.Remove.
        await ec2.ModifySnapshotAttributeAsync(new ModifySnapshotAttributeRequest
        {
            SnapshotId = ""snap-1"",
            CreateVolumePermission = new CreateVolumePermissionModifications { Remove = [new CreateVolumePermission { Group = PermissionGroup.All }] },
        });
        await ec2.ModifySnapshotAttributeAsync(new ModifySnapshotAttributeRequest(""snap-2"", SnapshotAttributeName.CreateVolumePermission, OperationType.Remove) { GroupNames = [""all""] });
        await ec2.ModifyImageAttributeAsync(new ModifyImageAttributeRequest
        {
            ImageId = ""ami-1"",
            LaunchPermission = new LaunchPermissionModifications { Remove = { new LaunchPermission { Group = PermissionGroup.All } } },
        });

        // Named accounts, not everyone.
        await ec2.ModifySnapshotAttributeAsync(new ModifySnapshotAttributeRequest
        {
            SnapshotId = ""snap-3"",
            CreateVolumePermission = new CreateVolumePermissionModifications { Add = [new CreateVolumePermission { UserId = ""123456789012"" }] },
        });
        await ec2.ModifySnapshotAttributeAsync(new ModifySnapshotAttributeRequest(""snap-4"", SnapshotAttributeName.CreateVolumePermission, OperationType.Add) { UserIds = [""all""] });
        await ec2.ModifyImageAttributeAsync(new ModifyImageAttributeRequest
        {
            ImageId = ""ami-2"",
            LaunchPermission = new LaunchPermissionModifications { Add = [new LaunchPermission { OrganizationArn = ""arn:aws:organizations::123456789012:organization/o-abc"" }] },
        });

        // A group that is not all, and values the analyzer cannot know.
        await ec2.ModifyImageAttributeAsync(new ModifyImageAttributeRequest
        {
            ImageId = ""ami-3"",
            LaunchPermission = new LaunchPermissionModifications { Add = [new LaunchPermission { Group = new PermissionGroup(""partners"") }, new LaunchPermission { Group = GroupFromConfig() }] },
        });
        await ec2.ModifySnapshotAttributeAsync(new ModifySnapshotAttributeRequest(""snap-5"", SnapshotAttributeName.CreateVolumePermission, operation) { GroupNames = [""all""] });
        await ec2.ModifyImageAttributeAsync(new ModifyImageAttributeRequest(""ami-4"", attribute) { OperationType = OperationType.Add, UserGroups = [""all""] });

        // The flat form without an operation, and with an attribute that is not the launch permission.
        await ec2.ModifySnapshotAttributeAsync(new ModifySnapshotAttributeRequest { SnapshotId = ""snap-6"", GroupNames = [""all""] });
        await ec2.ModifyImageAttributeAsync(new ModifyImageAttributeRequest(""ami-5"", ""description"") { OperationType = OperationType.Add, UserGroups = [""all""] });
    }
}");

        [Fact]
        public Task Look_alike_ec2_types_of_other_libraries_are_not_sinks() => VerifyCS.AnalyzerAsync(@"
using System.Collections.Generic;
namespace Acme.Backup.Model
{
    public class CreateVolumePermission { public string Group { get; set; } }
    public class CreateVolumePermissionModifications { public List<CreateVolumePermission> Add { get; set; } }
    public class ModifySnapshotAttributeRequest
    {
        public CreateVolumePermissionModifications CreateVolumePermission { get; set; }
        public string OperationType { get; set; }
        public List<string> GroupNames { get; set; }
    }
}
class Backups
{
    object Share() => new Acme.Backup.Model.ModifySnapshotAttributeRequest
    {
        CreateVolumePermission = new Acme.Backup.Model.CreateVolumePermissionModifications { Add = [new Acme.Backup.Model.CreateVolumePermission { Group = ""all"" }] },
        OperationType = ""add"",
        GroupNames = [""all""],
    };
}", Sdk.V4);

        // ---- RDS ----

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task All_in_the_values_to_add_of_the_restore_attribute_is_reported_at_the_value(Sdk sdk) => AnalyzeRds(@"
class DbSnapshots
{
    const string Restore = ""restore"";

    async Task Publish(IAmazonRDS rds, string accountId)
    {
        await rds.ModifyDBSnapshotAttributeAsync(new ModifyDBSnapshotAttributeRequest
        {
            DBSnapshotIdentifier = ""nightly"",
            AttributeName = ""restore"",
            ValuesToAdd = new List<string> { {|#0:""all""|} },
        });

        var share = new ModifyDBSnapshotAttributeRequest { DBSnapshotIdentifier = ""weekly"", AttributeName = Restore, ValuesToAdd = new List<string> { accountId } };
        share.ValuesToAdd.Add({|#1:""all""|});
        await rds.ModifyDBSnapshotAttributeAsync(share);

        await rds.ModifyDBClusterSnapshotAttributeAsync(new ModifyDBClusterSnapshotAttributeRequest
        {
            DBClusterSnapshotIdentifier = ""ledger-final"",
            AttributeName = ""restore"",
            ValuesToAdd = { ""123456789012"", {|#2:""all""|} },
        });
    }
}", sdk,
            VerifyCS.Diagnostic("SRM405").WithLocation(0).WithMessage(DbSnapshotMessage()),
            VerifyCS.Diagnostic("SRM405").WithLocation(1).WithMessage(DbSnapshotMessage()),
            VerifyCS.Diagnostic("SRM405").WithLocation(2).WithMessage(ClusterSnapshotMessage));

        [Fact]
        public Task A_collection_expression_and_a_conditional_value_are_read() => AnalyzeRds(@"
class DbSnapshots
{
    Task Publish(IAmazonRDS rds, bool openData, string partner) =>
        rds.ModifyDBSnapshotAttributeAsync(new ModifyDBSnapshotAttributeRequest
        {
            DBSnapshotIdentifier = ""open-data"",
            AttributeName = ""restore"",
            ValuesToAdd = [{|#0:openData ? ""all"" : partner|}],
        });
}", Sdk.V4,
            VerifyCS.Diagnostic("SRM405").WithLocation(0).WithMessage(DbSnapshotMessage("may share")));

        [Fact]
        public Task Attribute_name_and_group_are_compared_ignoring_case() => AnalyzeRds(@"
class DbSnapshots
{
    Task Publish(IAmazonRDS rds) =>
        rds.ModifyDBSnapshotAttributeAsync(new ModifyDBSnapshotAttributeRequest { DBSnapshotIdentifier = ""open-data"", AttributeName = ""Restore"", ValuesToAdd = [{|#0:""ALL""|}] });
}", Sdk.V4,
            VerifyCS.Diagnostic("SRM405").WithLocation(0).WithMessage(DbSnapshotMessage()));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Account_ids_removing_all_other_attributes_and_unknown_values_are_not_reported(Sdk sdk) => AnalyzeRds(@"
class DbSnapshots
{
    async Task Share(IAmazonRDS rds, List<string> accounts, string attributeName)
    {
        await rds.ModifyDBSnapshotAttributeAsync(new ModifyDBSnapshotAttributeRequest { DBSnapshotIdentifier = ""a"", AttributeName = ""restore"", ValuesToAdd = new List<string> { ""123456789012"", ""210987654321"" } });
        await rds.ModifyDBSnapshotAttributeAsync(new ModifyDBSnapshotAttributeRequest { DBSnapshotIdentifier = ""b"", AttributeName = ""restore"", ValuesToRemove = new List<string> { ""all"" } });
        await rds.ModifyDBSnapshotAttributeAsync(new ModifyDBSnapshotAttributeRequest { DBSnapshotIdentifier = ""c"", AttributeName = ""restore"", ValuesToAdd = accounts });
        await rds.ModifyDBClusterSnapshotAttributeAsync(new ModifyDBClusterSnapshotAttributeRequest { DBClusterSnapshotIdentifier = ""d"", AttributeName = attributeName, ValuesToAdd = new List<string> { ""all"" } });
        await rds.ModifyDBClusterSnapshotAttributeAsync(new ModifyDBClusterSnapshotAttributeRequest { DBClusterSnapshotIdentifier = ""e"", AttributeName = ""some-other-attribute"", ValuesToAdd = new List<string> { ""all"" } });
        await rds.ModifyDBClusterSnapshotAttributeAsync(new ModifyDBClusterSnapshotAttributeRequest { DBClusterSnapshotIdentifier = ""f"", ValuesToAdd = new List<string> { ""all"" } });
    }
}", sdk);

        [Fact]
        public Task Look_alike_rds_types_of_other_libraries_are_not_sinks() => VerifyCS.AnalyzerAsync(@"
using System.Collections.Generic;
namespace Amazon.DocDB.Model { public class ModifyDBClusterSnapshotAttributeRequest { public string AttributeName { get; set; } public List<string> ValuesToAdd { get; set; } } }
class Clusters
{
    object Share() => new Amazon.DocDB.Model.ModifyDBClusterSnapshotAttributeRequest { AttributeName = ""restore"", ValuesToAdd = new List<string> { ""all"" } };
}", Sdk.V4, options: null, stubs: Rds);

        [Fact]
        public Task A_wrapper_called_with_all_is_reported_at_the_argument() => AnalyzeRds(@"
class DbSnapshots
{
    Task ShareWith(IAmazonRDS rds, string snapshot, string account) =>
        rds.ModifyDBSnapshotAttributeAsync(new ModifyDBSnapshotAttributeRequest { DBSnapshotIdentifier = snapshot, AttributeName = ""restore"", ValuesToAdd = [account] });

    Task Publish(IAmazonRDS rds) => ShareWith(rds, ""open-data"", {|#0:""all""|});
    Task ShareWithAudit(IAmazonRDS rds) => ShareWith(rds, ""ledger"", ""123456789012"");
}", Sdk.V4, VerifyCS.Diagnostic("SRM405").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage(
            DbSnapshotMessage().Replace(Duty, "") + " (passed here as parameter 'account' of DbSnapshots.ShareWith)" + Duty));
    }
}
