using System.Threading.Tasks;
using SrmAnalyzers.CodeFixes.Rules;
using SrmAnalyzers.Tests.Infrastructure;
using VerifyCS = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.ResilienceProtectionAnalyzer>;
using VerifyFix = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.ResilienceProtectionAnalyzer, SrmAnalyzers.CodeFixes.Rules.ResilienceProtectionCodeFixProvider>;

namespace SrmAnalyzers.Tests.Rules
{
    public class SRM501Tests
    {
        private const string S3Usings = @"
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
";

        private const string DynamoUsings = @"
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
";

        // ---- S3 versioning ------------------------------------------------------------------

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Suspended_versioning_is_reported_with_its_message(Sdk sdk) => VerifyCS.AnalyzerAsync(S3Usings + @"
class Buckets
{
    Task Pause(IAmazonS3 s3) => s3.PutBucketVersioningAsync(new PutBucketVersioningRequest
    {
        BucketName = ""archive"",
        VersioningConfig = new S3BucketVersioningConfig { Status = {|#0:VersionStatus.Suspended|} },
    });
}", sdk, VerifyCS.Diagnostic("SRM501").WithLocation(0).WithArguments(
            "PutBucketVersioningRequest suspends S3 versioning (VersionStatus.Suspended): objects overwritten or deleted from now on cannot be recovered"));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Enabled_versioning_and_unset_status_are_not_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(S3Usings + @"
class Buckets
{
    async Task Protect(IAmazonS3 s3)
    {
        await s3.PutBucketVersioningAsync(new PutBucketVersioningRequest { BucketName = ""a"", VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled } });
        await s3.PutBucketVersioningAsync(new PutBucketVersioningRequest { BucketName = ""b"", VersioningConfig = new S3BucketVersioningConfig() });
        await s3.PutBucketVersioningAsync(new PutBucketVersioningRequest { BucketName = ""c"" });
    }
}", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Values_are_resolved_through_constants_locals_later_writes_and_conditionals(Sdk sdk) => VerifyCS.AnalyzerAsync(S3Usings + @"
class Buckets
{
    private const string PausedName = ""Suspended"";
    private static readonly VersionStatus Paused = VersionStatus.Suspended;

    async Task Configure(IAmazonS3 s3, bool pause, VersionStatus fromCaller)
    {
        await s3.PutBucketVersioningAsync(new PutBucketVersioningRequest { BucketName = ""a"", VersioningConfig = new S3BucketVersioningConfig { Status = [|Paused|] } });
        await s3.PutBucketVersioningAsync(new PutBucketVersioningRequest { BucketName = ""b"", VersioningConfig = new S3BucketVersioningConfig { Status = [|PausedName|] } });

        var config = new S3BucketVersioningConfig { Status = [|pause ? VersionStatus.Suspended : VersionStatus.Enabled|] };
        await s3.PutBucketVersioningAsync(new PutBucketVersioningRequest { BucketName = ""c"", VersioningConfig = config });

        var later = new PutBucketVersioningRequest { BucketName = ""d"", VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled } };
        later.VersioningConfig.Status = [|new VersionStatus(""Suspended"")|];
        await s3.PutBucketVersioningAsync(later);

        var corrected = new PutBucketVersioningRequest { BucketName = ""e"", VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Suspended } };
        corrected.VersioningConfig.Status = VersionStatus.Enabled;
        await s3.PutBucketVersioningAsync(corrected);

        await s3.PutBucketVersioningAsync(new PutBucketVersioningRequest { BucketName = ""f"", VersioningConfig = new S3BucketVersioningConfig { Status = fromCaller } });
    }
}", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Look_alike_types_and_test_double_expressions_are_not_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(S3Usings + @"
namespace Moq
{
    public static class It { public static T Is<T>(System.Func<T, bool> match) => default!; }
}

namespace MyCompany.Storage
{
    public class VersionStatus { public static readonly VersionStatus Suspended = new VersionStatus(); }
    public class S3BucketVersioningConfig { public VersionStatus? Status { get; set; } }
    public class PutBucketVersioningRequest { public S3BucketVersioningConfig? VersioningConfig { get; set; } }

    class Admin
    {
        void Run()
        {
            var mine = new PutBucketVersioningRequest { VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Suspended } };
            var expectation = Moq.It.Is<Amazon.S3.Model.PutBucketVersioningRequest>(r => r.VersioningConfig == new Amazon.S3.Model.PutBucketVersioningRequest
            {
                VersioningConfig = new Amazon.S3.Model.S3BucketVersioningConfig { Status = Amazon.S3.VersionStatus.Suspended },
            }.VersioningConfig);
        }
    }
}", sdk);

        // ---- DynamoDB deletion protection ---------------------------------------------------

        [Fact]
        public Task Deletion_protection_false_on_create_and_update_is_reported() => VerifyCS.AnalyzerAsync(DynamoUsings + @"
class Tables
{
    async Task Run(IAmazonDynamoDB dynamo)
    {
        await dynamo.CreateTableAsync(new CreateTableRequest { TableName = ""orders"", DeletionProtectionEnabled = {|#0:false|} });
        var update = new UpdateTableRequest { TableName = ""orders"" };
        update.DeletionProtectionEnabled = {|#1:false|};
        await dynamo.UpdateTableAsync(update);
    }
}", Sdk.V4,
            VerifyCS.Diagnostic("SRM501").WithLocation(0).WithArguments("CreateTableRequest turns DynamoDB deletion protection off (DeletionProtectionEnabled = false): one DeleteTable call can remove the table"),
            VerifyCS.Diagnostic("SRM501").WithLocation(1).WithArguments("UpdateTableRequest turns DynamoDB deletion protection off (DeletionProtectionEnabled = false): one DeleteTable call can remove the table"));

        [Fact]
        public Task Deletion_protection_true_unset_null_or_unknown_is_not_reported() => VerifyCS.AnalyzerAsync(DynamoUsings + @"
class Tables
{
    async Task Run(IAmazonDynamoDB dynamo, bool protect)
    {
        await dynamo.CreateTableAsync(new CreateTableRequest { TableName = ""a"", DeletionProtectionEnabled = true });
        await dynamo.CreateTableAsync(new CreateTableRequest { TableName = ""b"" });
        await dynamo.UpdateTableAsync(new UpdateTableRequest { TableName = ""c"", DeletionProtectionEnabled = null });
        await dynamo.UpdateTableAsync(new UpdateTableRequest { TableName = ""d"", DeletionProtectionEnabled = protect });
        var corrected = new CreateTableRequest(""e"", new List<KeySchemaElement>()) { DeletionProtectionEnabled = false };
        corrected.DeletionProtectionEnabled = true;
        await dynamo.CreateTableAsync(corrected);
    }
}", Sdk.V4);

        [Fact]
        public Task Deletion_protection_values_are_resolved() => VerifyCS.AnalyzerAsync(DynamoUsings + @"
class Tables
{
    private const bool Protected = false;
    private static readonly bool Guarded = false;

    async Task Run(IAmazonDynamoDB dynamo, string stage)
    {
        await dynamo.CreateTableAsync(new CreateTableRequest { TableName = ""a"", DeletionProtectionEnabled = [|Protected|] });
        await dynamo.CreateTableAsync(new CreateTableRequest { TableName = ""b"", DeletionProtectionEnabled = [|Guarded|] });
        var local = false;
        await dynamo.UpdateTableAsync(new UpdateTableRequest { TableName = ""c"", DeletionProtectionEnabled = [|local|] });
        await dynamo.UpdateTableAsync(new UpdateTableRequest { TableName = ""d"", DeletionProtectionEnabled = [|stage == ""prod"" ? true : false|] });
        await dynamo.UpdateTableAsync(new UpdateTableRequest { TableName = ""e"", DeletionProtectionEnabled = [|stage switch { ""prod"" => true, _ => false }|] });
    }
}", Sdk.V4);

        [Fact]
        public Task Non_aws_create_table_requests_are_not_reported() => VerifyCS.AnalyzerAsync(DynamoUsings + @"
namespace Moq
{
    public static class It { public static T Is<T>(System.Func<T, bool> match) => default!; }
}

namespace Acme.Data
{
    public class CreateTableRequest { public bool? DeletionProtectionEnabled { get; set; } }
    public class UpdateTableRequest { public bool DeletionProtectionEnabled { get; set; } }

    class Migrations
    {
        void Run()
        {
            var create = new CreateTableRequest { DeletionProtectionEnabled = false };
            var update = new UpdateTableRequest { DeletionProtectionEnabled = false };
            var expectation = Moq.It.Is<Amazon.DynamoDBv2.Model.CreateTableRequest>(r => r.DeletionProtectionEnabled == new Amazon.DynamoDBv2.Model.CreateTableRequest { DeletionProtectionEnabled = false }.DeletionProtectionEnabled);
        }
    }
}", Sdk.V4);

        // ---- RDS deletion protection (stub: AWSSDK.RDS is not on the mirror) ---------------

        private static readonly string[] Rds = { "RDS.cs" };

        private const string RdsUsings = @"
using System.Threading.Tasks;
using Amazon.RDS;
using Amazon.RDS.Model;
";

        private const string Duty = " (customer duty: logging, monitoring and resilience — versioning and deletion protection)";

        private const string InstanceOff = "turns RDS deletion protection off (DeletionProtection = false): one DeleteDBInstance call can remove the DB instance" + Duty;

        private const string ClusterOff = "turns RDS deletion protection off (DeletionProtection = false): one DeleteDBCluster call can remove the DB cluster" + Duty;

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Rds_deletion_protection_false_is_reported_on_the_four_requests(Sdk sdk) => VerifyCS.AnalyzerAsync(RdsUsings + @"
class Databases
{
    private const bool Protect = false;

    async Task Run(IAmazonRDS rds)
    {
        await rds.CreateDBInstanceAsync(new CreateDBInstanceRequest { DBInstanceIdentifier = ""orders"", StorageEncrypted = true, DeletionProtection = {|#0:false|} });
        await rds.CreateDBClusterAsync(new CreateDBClusterRequest { DBClusterIdentifier = ""orders"", StorageEncrypted = true, DeletionProtection = {|#1:Protect|} });
        var modify = new ModifyDBInstanceRequest(""orders"") { DeletionProtection = true };
        modify.DeletionProtection = {|#2:false|};
        await rds.ModifyDBInstanceAsync(modify);
        await rds.ModifyDBClusterAsync(new ModifyDBClusterRequest { DBClusterIdentifier = ""orders"", DeletionProtection = {|#3:false|}, ApplyImmediately = true });
    }
}", sdk, options: null, stubs: Rds,
            VerifyCS.Diagnostic("SRM501").WithLocation(0).WithMessage("CreateDBInstanceRequest " + InstanceOff),
            VerifyCS.Diagnostic("SRM501").WithLocation(1).WithMessage("CreateDBClusterRequest " + ClusterOff),
            VerifyCS.Diagnostic("SRM501").WithLocation(2).WithMessage("ModifyDBInstanceRequest " + InstanceOff),
            VerifyCS.Diagnostic("SRM501").WithLocation(3).WithMessage("ModifyDBClusterRequest " + ClusterOff));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Rds_deletion_protection_that_may_be_false_is_reported_as_may(Sdk sdk) => VerifyCS.AnalyzerAsync(RdsUsings + @"
class Databases
{
    async Task Run(IAmazonRDS rds, string stage)
    {
        await rds.CreateDBClusterAsync(new CreateDBClusterRequest { DBClusterIdentifier = ""a"", DeletionProtection = {|#0:stage == ""prod"" ? true : false|} });
        var modify = new ModifyDBInstanceRequest { DBInstanceIdentifier = ""b"", DeletionProtection = true };
        if (stage == ""dev"")
        {
            modify.DeletionProtection = {|#1:false|};
        }

        await rds.ModifyDBInstanceAsync(modify);
    }
}", sdk, options: null, stubs: Rds,
            VerifyCS.Diagnostic("SRM501").WithLocation(0).WithMessage("CreateDBClusterRequest may " + ClusterOff.Replace("turns", "turn")),
            VerifyCS.Diagnostic("SRM501").WithLocation(1).WithMessage("ModifyDBInstanceRequest " + InstanceOff));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Rds_deletion_protection_true_unset_unknown_and_other_requests_are_not_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(RdsUsings + @"
class Databases
{
    static bool FromEnvironment() => System.Environment.GetEnvironmentVariable(""PROTECT_DB"") == ""yes"";

    async Task Run(IAmazonRDS rds, bool protect)
    {
        await rds.CreateDBInstanceAsync(new CreateDBInstanceRequest { DBInstanceIdentifier = ""a"", StorageEncrypted = true, DeletionProtection = true });
        await rds.CreateDBInstanceAsync(new CreateDBInstanceRequest { DBInstanceIdentifier = ""b"", StorageEncrypted = true });
        await rds.CreateDBClusterAsync(new CreateDBClusterRequest { DBClusterIdentifier = ""c"", StorageEncrypted = true, DeletionProtection = protect });
        await rds.ModifyDBClusterAsync(new ModifyDBClusterRequest { DBClusterIdentifier = ""d"", DeletionProtection = FromEnvironment() });
        await rds.ModifyDBInstanceAsync(new ModifyDBInstanceRequest { DBInstanceIdentifier = ""e"", PubliclyAccessible = false });
        var corrected = new ModifyDBClusterRequest { DBClusterIdentifier = ""f"", DeletionProtection = false };
        corrected.DeletionProtection = true;
        await rds.ModifyDBClusterAsync(corrected);

        // Not among the catalog's sinks: a replica and a restore are not judged.
        await rds.CreateDBInstanceReadReplicaAsync(new CreateDBInstanceReadReplicaRequest { DBInstanceIdentifier = ""a-replica"", SourceDBInstanceIdentifier = ""a"", DeletionProtection = false });
        await rds.RestoreDBInstanceFromDBSnapshotAsync(new RestoreDBInstanceFromDBSnapshotRequest { DBInstanceIdentifier = ""g"", DBSnapshotIdentifier = ""s"", DeletionProtection = false });
    }
}", sdk, options: null, stubs: Rds);

        [Fact]
        public Task Rds_look_alike_requests_and_test_double_expressions_are_not_reported() => VerifyCS.AnalyzerAsync(RdsUsings + @"
namespace Moq
{
    public static class It { public static T Is<T>(System.Func<T, bool> match) => default!; }
}

namespace Acme.Database.Model
{
    public class CreateDBInstanceRequest { public bool DeletionProtection { get; set; } }
    public class ModifyDBClusterRequest { public bool? DeletionProtection { get; set; } }

    class Migrations
    {
        void Run()
        {
            var create = new CreateDBInstanceRequest { DeletionProtection = false };
            var modify = new ModifyDBClusterRequest { DeletionProtection = false };
            var expectation = Moq.It.Is<Amazon.RDS.Model.ModifyDBClusterRequest>(r => r.DeletionProtection == new Amazon.RDS.Model.ModifyDBClusterRequest { DeletionProtection = false }.DeletionProtection);
        }
    }
}", Sdk.V4, options: null, stubs: Rds);

        [Fact]
        public Task Rds_wrapper_called_with_false_is_reported_at_the_argument() => VerifyCS.AnalyzerAsync(RdsUsings + @"
class Databases
{
    Task SetProtection(IAmazonRDS rds, string id, bool protect) => rds.ModifyDBClusterAsync(new ModifyDBClusterRequest { DBClusterIdentifier = id, DeletionProtection = protect });
    Task Unprotect(IAmazonRDS rds) => SetProtection(rds, ""orders"", {|#0:false|});
    Task Protect(IAmazonRDS rds) => SetProtection(rds, ""orders"", true);
}", Sdk.V4, options: null, stubs: Rds, VerifyCS.Diagnostic("SRM501").WithLocation(0).WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations).WithMessage(
            "ModifyDBClusterRequest " + ClusterOff.Replace(Duty, "") + " (passed here as parameter 'protect' of Databases.SetProtection)" + Duty));

        // ---- Fixes ----------------------------------------------------------------------------

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_enables_versioning_in_every_request_of_the_document(Sdk sdk) => VerifyFix.CodeFixAsync(S3Usings + @"
class Buckets
{
    async Task Pause(IAmazonS3 s3, bool pause)
    {
        await s3.PutBucketVersioningAsync(new PutBucketVersioningRequest
        {
            BucketName = ""archive"",
            VersioningConfig = new S3BucketVersioningConfig { Status = [|VersionStatus.Suspended|] }, // paused for the migration
        });
        var request = new PutBucketVersioningRequest { BucketName = ""logs"", VersioningConfig = new S3BucketVersioningConfig() };
        request.VersioningConfig.Status = [|pause ? ""Suspended"" : VersionStatus.Enabled|];
        await s3.PutBucketVersioningAsync(request);
    }
}", S3Usings + @"
class Buckets
{
    async Task Pause(IAmazonS3 s3, bool pause)
    {
        await s3.PutBucketVersioningAsync(new PutBucketVersioningRequest
        {
            BucketName = ""archive"",
            VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled }, // paused for the migration
        });
        var request = new PutBucketVersioningRequest { BucketName = ""logs"", VersioningConfig = new S3BucketVersioningConfig() };
        request.VersioningConfig.Status = pause ? VersionStatus.Enabled : VersionStatus.Enabled;
        await s3.PutBucketVersioningAsync(request);
    }
}", sdk, ResilienceProtectionCodeFixProvider.EnableVersioningKey);

        [Fact]
        public Task Fix_adds_the_using_for_VersionStatus_when_missing() => VerifyFix.CodeFixAsync(@"
using System.Threading.Tasks;

class Buckets
{
    Task Pause(Amazon.S3.IAmazonS3 s3) => s3.PutBucketVersioningAsync(new Amazon.S3.Model.PutBucketVersioningRequest
    {
        VersioningConfig = new Amazon.S3.Model.S3BucketVersioningConfig { Status = [|""Suspended""|] },
    });
}", @"
using System.Threading.Tasks;
using Amazon.S3;

class Buckets
{
    Task Pause(Amazon.S3.IAmazonS3 s3) => s3.PutBucketVersioningAsync(new Amazon.S3.Model.PutBucketVersioningRequest
    {
        VersioningConfig = new Amazon.S3.Model.S3BucketVersioningConfig { Status = VersionStatus.Enabled },
    });
}", Sdk.V4, ResilienceProtectionCodeFixProvider.EnableVersioningKey);

        [Fact]
        public Task Fix_turns_deletion_protection_on_in_every_request_of_the_document() => VerifyFix.CodeFixAsync(DynamoUsings + @"
class Tables
{
    private const bool Off = false;

    async Task Run(IAmazonDynamoDB dynamo, bool relaxed)
    {
        await dynamo.CreateTableAsync(new CreateTableRequest { TableName = ""orders"", DeletionProtectionEnabled = [|Off|] });
        var update = new UpdateTableRequest { TableName = ""orders"" };
        update.DeletionProtectionEnabled = [|relaxed ? false : true|];
        await dynamo.UpdateTableAsync(update);
    }
}", DynamoUsings + @"
class Tables
{
    private const bool Off = false;

    async Task Run(IAmazonDynamoDB dynamo, bool relaxed)
    {
        await dynamo.CreateTableAsync(new CreateTableRequest { TableName = ""orders"", DeletionProtectionEnabled = true });
        var update = new UpdateTableRequest { TableName = ""orders"" };
        update.DeletionProtectionEnabled = relaxed ? true : true;
        await dynamo.UpdateTableAsync(update);
    }
}", Sdk.V4, ResilienceProtectionCodeFixProvider.EnableDeletionProtectionKey);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_turns_rds_deletion_protection_on(Sdk sdk) => VerifyFix.CodeFixAsync(RdsUsings + @"
class Databases
{
    private const bool Off = false;

    async Task Run(IAmazonRDS rds, bool relaxed)
    {
        await rds.CreateDBInstanceAsync(new CreateDBInstanceRequest { DBInstanceIdentifier = ""orders"", StorageEncrypted = true, DeletionProtection = [|Off|] });
        await rds.CreateDBClusterAsync(new CreateDBClusterRequest { DBClusterIdentifier = ""orders"", StorageEncrypted = true, DeletionProtection = [|false|] });
        var modify = new ModifyDBClusterRequest { DBClusterIdentifier = ""orders"" };
        modify.DeletionProtection = [|relaxed ? false : true|]; // during the migration
        await rds.ModifyDBClusterAsync(modify);
        await rds.ModifyDBInstanceAsync(new ModifyDBInstanceRequest(""orders"") { DeletionProtection = [|false|] });
    }
}", RdsUsings + @"
class Databases
{
    private const bool Off = false;

    async Task Run(IAmazonRDS rds, bool relaxed)
    {
        await rds.CreateDBInstanceAsync(new CreateDBInstanceRequest { DBInstanceIdentifier = ""orders"", StorageEncrypted = true, DeletionProtection = true });
        await rds.CreateDBClusterAsync(new CreateDBClusterRequest { DBClusterIdentifier = ""orders"", StorageEncrypted = true, DeletionProtection = true });
        var modify = new ModifyDBClusterRequest { DBClusterIdentifier = ""orders"" };
        modify.DeletionProtection = relaxed ? true : true; // during the migration
        await rds.ModifyDBClusterAsync(modify);
        await rds.ModifyDBInstanceAsync(new ModifyDBInstanceRequest(""orders"") { DeletionProtection = true });
    }
}", sdk, ResilienceProtectionCodeFixProvider.EnableDeletionProtectionKey, stubs: Rds);
    }
}
