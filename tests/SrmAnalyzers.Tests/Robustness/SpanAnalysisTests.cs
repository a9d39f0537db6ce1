using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SrmAnalyzers.Core;
using SrmAnalyzers.Tests.Infrastructure;

namespace SrmAnalyzers.Tests.Robustness
{
    /// <summary>
    /// What the IDE shows. It re-analyses only the member or line being edited, and the light bulb
    /// asks for the diagnostics of one span; Roslyn keeps a diagnostic from such an analysis only if
    /// it counts it local to the analysed member. Every rule is checked here with a finding where it
    /// can sit away from the operation that triggers it (a later write, an argument, an entry added
    /// before the call, ...): analysing only the finding's span, its line or its member must report
    /// exactly what the full analysis (the build) reports there. A rule added without a case here
    /// fails <see cref="Every_rule_has_span_cases"/>.
    /// </summary>
    public class SpanAnalysisTests
    {
        /// <summary>Rules that report no finding in code, each with the reason.</summary>
        private static readonly IReadOnlyDictionary<string, string> RulesWithoutCode = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // InvalidOptionAnalyzer judges the srm.* options of .editorconfig/.globalconfig files in a
            // compilation action and reports at no source location: there is no span of code to analyse,
            // and the IDE lists it from the whole-project analysis. It is not an SrmAnalyzer.
            ["SRM901"] = nameof(SrmAnalyzers.Rules.InvalidOptionAnalyzer),
        };

        private static readonly string[] Iam = { "IdentityManagement.cs" };
        private static readonly string[] Sns = { "SimpleNotificationService.cs" };
        private static readonly Sdk[] Both = { Sdk.V3, Sdk.V4 };
        private static readonly Sdk[] V4Only = { Sdk.V4 };

        // Built in pieces so that no complete key sits in this file (secret scanners).
        private static readonly string KeyId = "AK" + "IA" + "Q3MZ7WRN5KTXPY2B";
        private static readonly string Secret = "q8Zr" + "T2vLk9Xw/P4mNc7Hb+Ju5Ds3Gy6Fa1Ee0RiK";

        private const string S3Usings = "using System;\nusing System.Collections.Generic;\nusing System.Threading.Tasks;\nusing Amazon;\nusing Amazon.S3;\nusing Amazon.S3.Model;\nusing Amazon.S3.Transfer;\n";
        private const string Ec2Usings = "using System.Collections.Generic;\nusing System.Threading.Tasks;\nusing Amazon.EC2;\nusing Amazon.EC2.Model;\n";

        private const string OpenBucketPolicy = "\"\"\"{ \"Statement\": [ { \"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::site/*\" } ] }\"\"\"";

        /// <summary>
        /// Every case: a name, the SDK majors it compiles against, stub files, and a source whose
        /// findings are all marked <c>{|SRMxxx:...|}</c> (for the rules marked in it).
        /// </summary>
        private static readonly SpanCase[] Cases =
        {
            // ---- SRM101 ----
            new("SRM101 at a later write", Both, null, S3Usings + """
                class Storage
                {
                    async Task Write(IAmazonS3 s3)
                    {
                        var request = new PutObjectRequest { BucketName = "b", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS };
                        request.ServerSideEncryptionMethod = {|SRM101:ServerSideEncryptionMethod.None|};
                        await s3.PutObjectAsync(request);
                    }
                }
                """),
            new("SRM101 at a creation whose initializer spans lines", Both, null, S3Usings + """
                class Storage
                {
                    async Task Write(IAmazonS3 s3)
                    {
                        await s3.PutObjectAsync({|SRM101:new PutObjectRequest|}
                        {
                            BucketName = "b",
                            Key = "k",
                        });
                    }
                }
                """),
            new("SRM101 at a TransferUtility call", Both, null, S3Usings + """
                class Storage
                {
                    Task Write(TransferUtility transfer) =>
                        transfer.{|SRM101:UploadAsync("file.txt", "b")|};
                }
                """),
            new("SRM101 at a presigned PUT URL whose verb is set later", Both, null, S3Usings + """
                class Uploads
                {
                    string Url(IAmazonS3 s3)
                    {
                        var request = {|SRM101:new GetPreSignedUrlRequest|}
                        {
                            BucketName = "b",
                            Key = "k",
                        };
                        request.Verb = HttpVerb.PUT;
                        return s3.GetPreSignedURL(request);
                    }
                }
                """),
            new("SRM101 at a presigned PUT URL's None and SRM102 at its Protocol", Both, null, S3Usings + """
                class Uploads
                {
                    string Url(IAmazonS3 s3)
                    {
                        var request = new GetPreSignedUrlRequest { BucketName = "b", Key = "k", Verb = HttpVerb.PUT, Protocol = {|SRM102:Protocol.HTTP|} };
                        request.ServerSideEncryptionMethod = {|SRM101:ServerSideEncryptionMethod.None|};
                        return s3.GetPreSignedURL(request);
                    }
                }
                """),

            // ---- SRM102 ----
            new("SRM102 at a later write of a config created in the member", Both, null, S3Usings + """
                class Clients
                {
                    IAmazonS3 Create()
                    {
                        var config = new AmazonS3Config { RegionEndpoint = RegionEndpoint.EUWest1 };
                        config.ServiceURL = {|SRM102:"http://s3.corp.internal"|};
                        return new AmazonS3Client(config);
                    }
                }
                """),
            new("SRM102 at a write to a config the member did not create", Both, null, S3Usings + """
                class Clients
                {
                    void Configure(AmazonS3Config config)
                    {
                        config.ServiceURL = {|SRM102:"http://s3.corp.internal"|};
                    }
                }
                """),
            new("SRM102 at a later Protocol write", Both, null, S3Usings + """
                class Links
                {
                    string Share(IAmazonS3 s3)
                    {
                        var link = new GetPreSignedUrlRequest { BucketName = "b", Key = "k", Expires = DateTime.UtcNow.AddHours(1) };
                        link.Protocol = {|SRM102:Protocol.HTTP|};
                        return s3.GetPreSignedURL(link);
                    }
                }
                """),

            // ---- SRM103 ----
            new("SRM103 at a later write", V4Only, null, Ec2Usings + """
                class Volumes
                {
                    async Task Create(IAmazonEC2 ec2)
                    {
                        var volume = new CreateVolumeRequest { AvailabilityZone = "eu-west-1a", Size = 100, Encrypted = true };
                        volume.Encrypted = {|SRM103:false|};
                        await ec2.CreateVolumeAsync(volume);
                    }
                }
                """),
            new("SRM103 at a device created lines before its request", V4Only, null, Ec2Usings + """
                class Launcher
                {
                    async Task Launch(IAmazonEC2 ec2)
                    {
                        var data = {|SRM103:new EbsBlockDevice|} { VolumeSize = 200 };
                        var mapping = new BlockDeviceMapping { DeviceName = "/dev/sdf", Ebs = data };
                        var mappings = new List<BlockDeviceMapping> { mapping };
                        var request = new RunInstancesRequest { ImageId = "ami-1", BlockDeviceMappings = mappings, MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Required } };
                        await ec2.RunInstancesAsync(request);
                    }
                }
                """),

            // ---- SRM106 ----
            new("SRM106 at a creation and at a later write", Both, new[] { "RDS.cs" }, """
                using System.Threading.Tasks;
                using Amazon.RDS;
                using Amazon.RDS.Model;

                class Databases
                {
                    async Task Create(IAmazonRDS rds, bool scratch)
                    {
                        await rds.CreateDBInstanceAsync({|SRM106:new CreateDBInstanceRequest|} { DBInstanceIdentifier = "orders", Engine = "postgres" });
                        var cluster = new CreateDBClusterRequest { DBClusterIdentifier = "ledger", StorageEncrypted = true };
                        cluster.StorageEncrypted = {|SRM106:false|};
                        await rds.CreateDBClusterAsync(cluster);
                    }
                }
                """),

            // ---- SRM405 ----
            new("SRM405 at a permission's group written statements before the request", V4Only, null, Ec2Usings + """
                class Snapshots
                {
                    async Task Publish(IAmazonEC2 ec2)
                    {
                        var everyone = new CreateVolumePermission();
                        everyone.Group = {|SRM405:PermissionGroup.All|};
                        var modifications = new CreateVolumePermissionModifications { Add = new List<CreateVolumePermission> { everyone } };
                        await ec2.ModifySnapshotAttributeAsync(new ModifySnapshotAttributeRequest { SnapshotId = "snap-1", CreateVolumePermission = modifications });
                    }
                }
                """),
            new("SRM405 at a value added to the list after the request is built", Both, new[] { "RDS.cs" }, """
                using System.Collections.Generic;
                using System.Threading.Tasks;
                using Amazon.RDS;
                using Amazon.RDS.Model;

                class DbSnapshots
                {
                    async Task Publish(IAmazonRDS rds)
                    {
                        var share = new ModifyDBSnapshotAttributeRequest { DBSnapshotIdentifier = "nightly", AttributeName = "restore", ValuesToAdd = new List<string>() };
                        share.ValuesToAdd.Add({|SRM405:"all"|});
                        await rds.ModifyDBSnapshotAttributeAsync(share);
                    }
                }
                """),

            // ---- SRM406 ----
            new("SRM406 at a value and at a later write", Both, new[] { "RDS.cs" }, """
                using System.Threading.Tasks;
                using Amazon.RDS;
                using Amazon.RDS.Model;

                class Databases
                {
                    async Task Expose(IAmazonRDS rds)
                    {
                        await rds.CreateDBInstanceAsync(new CreateDBInstanceRequest { DBInstanceIdentifier = "bi", StorageEncrypted = true, PubliclyAccessible = {|SRM406:true|} });
                        var modify = new ModifyDBInstanceRequest { DBInstanceIdentifier = "ops" };
                        modify.PubliclyAccessible = {|SRM406:true|};
                        await rds.ModifyDBInstanceAsync(modify);
                    }
                }
                """),

            // ---- SRM104 ----
            new("SRM104 at a later write", V4Only, null, """
                using System.Threading.Tasks;
                using Amazon.SimpleSystemsManagement;
                using Amazon.SimpleSystemsManagement.Model;

                class Settings
                {
                    async Task Save(IAmazonSimpleSystemsManagement ssm, string value)
                    {
                        var parameter = new PutParameterRequest { Name = "/prod/db/password", Value = value, Type = ParameterType.SecureString };
                        parameter.Type = {|SRM104:ParameterType.String|};
                        await ssm.PutParameterAsync(parameter);
                    }
                }
                """),

            // ---- SRM105 ----
            new("SRM105 at a later write, in a call's argument and at a key creation", V4Only, null, """
                using System.Threading;
                using System.Threading.Tasks;
                using Amazon.KeyManagementService;
                using Amazon.KeyManagementService.Model;

                class Keys
                {
                    async Task Retire(IAmazonKeyManagementService kms, string keyId, CancellationToken ct)
                    {
                        var deletion = new ScheduleKeyDeletionRequest { KeyId = keyId };
                        deletion.PendingWindowInDays = {|SRM105:7|};
                        await kms.ScheduleKeyDeletionAsync(deletion);
                        await kms.ScheduleKeyDeletionAsync(keyId,
                            {|SRM105:7|}, ct);
                    }

                    async Task<string> Create(IAmazonKeyManagementService kms)
                    {
                        var response = await kms.CreateKeyAsync({|SRM105:new CreateKeyRequest|}
                        {
                            Description = "orders data key",
                        });
                        return response.KeyMetadata.KeyId;
                    }
                }
                """),

            // ---- SRM201, SRM202, SRM203 ----
            new("SRM201 at a later write of an IAM policy document", Both, Iam, """"
                using System.Threading.Tasks;
                using Amazon.IdentityManagement;
                using Amazon.IdentityManagement.Model;

                class Policies
                {
                    async Task Create(IAmazonIdentityManagementService iam)
                    {
                        var request = new CreatePolicyRequest { PolicyName = "app" };
                        request.PolicyDocument = {|SRM201:"""{ "Statement": [ { "Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws:s3:::data/*" } ] }"""|};
                        await iam.CreatePolicyAsync(request);
                    }
                }
                """"),
            new("SRM201 at a later write of an SNS topic policy", Both, Sns, """"
                using System.Threading.Tasks;
                using Amazon.SimpleNotificationService;
                using Amazon.SimpleNotificationService.Model;

                class Topics
                {
                    const string Everything = """{ "Statement": [ { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:root" }, "Action": "*", "Resource": "*" } ] }""";

                    async Task Open(IAmazonSimpleNotificationService sns, string arn)
                    {
                        var request = new SetTopicAttributesRequest { TopicArn = arn, AttributeName = "Policy" };
                        request.AttributeValue = {|SRM201:Everything|};
                        await sns.SetTopicAttributesAsync(request);
                    }
                }
                """"),
            new("SRM202 at a later write of a bucket policy", Both, null, S3Usings + $$"""
                class Buckets
                {
                    async Task Share(IAmazonS3 s3)
                    {
                        var request = new PutBucketPolicyRequest { BucketName = "site" };
                        request.Policy = {|SRM202:{{OpenBucketPolicy}}|};
                        await s3.PutBucketPolicyAsync(request);
                    }
                }
                """),
            new("SRM202 in a call's argument", Both, null, S3Usings + $$"""
                class Buckets
                {
                    const string PublicRead = {{OpenBucketPolicy}};

                    async Task Share(IAmazonS3 s3)
                    {
                        await s3.PutBucketPolicyAsync("site",
                            {|SRM202:PublicRead|});
                    }
                }
                """),
            new("SRM202 at a queue attribute added before the call", V4Only, null, """"
                using System.Collections.Generic;
                using System.Threading.Tasks;
                using Amazon.SQS;

                class Queues
                {
                    const string PublicQueue = """{ "Statement": [ { "Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage", "Resource": "*" } ] }""";

                    async Task Open(IAmazonSQS sqs, string url)
                    {
                        var attributes = new Dictionary<string, string>();
                        attributes["Policy"] = {|SRM202:PublicQueue|};
                        await sqs.SetQueueAttributesAsync(url, attributes);
                    }
                }
                """"),
            new("SRM202 at a Lambda permission's principal, in the initializer and in a later write", Both, new[] { "Lambda.cs" }, """
                using System.Threading.Tasks;
                using Amazon.Lambda;
                using Amazon.Lambda.Model;

                class Functions
                {
                    async Task Open(IAmazonLambda lambda)
                    {
                        await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "webhook", StatementId = "url", Action = "lambda:InvokeFunctionUrl", Principal = {|SRM202:"*"|}, FunctionUrlAuthType = FunctionUrlAuthType.NONE });
                        var request = new AddPermissionRequest { FunctionName = "webhook", StatementId = "invoke", Action = "lambda:InvokeFunction", Principal = "111122223333" };
                        request.Principal = {|SRM202:"*"|};
                        await lambda.AddPermissionAsync(request);
                    }
                }
                """),
            new("SRM203 at a later write of a role policy", Both, Iam, """"
                using System.Threading.Tasks;
                using Amazon.IdentityManagement;
                using Amazon.IdentityManagement.Model;

                class Roles
                {
                    async Task Grant(IAmazonIdentityManagementService iam)
                    {
                        var request = new PutRolePolicyRequest { RoleName = "deployer", PolicyName = "pass" };
                        request.PolicyDocument = {|SRM203:"""{ "Statement": [ { "Effect": "Allow", "Action": "iam:PassRole", "Resource": "*" } ] }"""|};
                        await iam.PutRolePolicyAsync(request);
                    }
                }
                """"),

            // ---- SRM301 ----
            new("SRM301 at a credential creation whose keys are locals", Both, null, $$"""
                using Amazon.Runtime;

                class Factory
                {
                    AWSCredentials Create()
                    {
                        var keyId = "{{KeyId}}";
                        var secret = "{{Secret}}";
                        return {|SRM301:new BasicAWSCredentials(keyId, secret)|};
                    }
                }
                """),
            new("SRM301 at a concatenation spanning lines", Both, null, $$"""
                class Settings
                {
                    string Key(string suffix) =>
                        {|SRM301:"id=" + "{{KeyId.Substring(0, 10)}}"
                            + "{{KeyId.Substring(10)}}" + ";" + suffix|};
                }
                """),
            new("SRM301 in an assembly attribute", Both, null, $$"""
                [assembly: System.Reflection.AssemblyMetadata("AwsKey", {|SRM301:"{{KeyId}}"|})]

                class Settings
                {
                }
                """),

            // ---- SRM401 ----
            new("SRM401 at a later write", Both, null, S3Usings + """
                class Storage
                {
                    async Task Publish(IAmazonS3 s3)
                    {
                        var request = new PutObjectRequest { BucketName = "site", Key = "index.html", CannedACL = S3CannedACL.Private };
                        request.CannedACL = {|SRM401:S3CannedACL.PublicRead|};
                        await s3.PutObjectAsync(request);
                    }
                }
                """),
            new("SRM401 at a grant whose grantee is set later, and in a call's argument", Both, null, S3Usings + """
                class Storage
                {
                    const string AllUsers = "http://acs.amazonaws.com/groups/global/AllUsers";

                    S3AccessControlList Open()
                    {
                        var acl = new S3AccessControlList();
                        var grant = {|SRM401:new S3Grant|} { Permission = S3Permission.WRITE };
                        grant.Grantee = new S3Grantee { URI = AllUsers };
                        acl.Grants.Add(grant);
                        acl.AddGrant(
                            {|SRM401:new S3Grantee { URI = AllUsers }|}, S3Permission.READ);
                        return acl;
                    }
                }
                """),

            // ---- SRM402 ----
            new("SRM402 at a later write and at a delete", Both, null, S3Usings + """
                class Storage
                {
                    async Task Open(IAmazonS3 s3)
                    {
                        var request = new PutPublicAccessBlockRequest
                        {
                            BucketName = "assets",
                            PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration { BlockPublicAcls = true, IgnorePublicAcls = true, BlockPublicPolicy = true, RestrictPublicBuckets = true },
                        };
                        request.PublicAccessBlockConfiguration.RestrictPublicBuckets = {|SRM402:false|};
                        await s3.PutPublicAccessBlockAsync(request);
                        await s3.DeletePublicAccessBlockAsync(
                            {|SRM402:new DeletePublicAccessBlockRequest|} { BucketName = "site" });
                    }
                }
                """),

            // ---- SRM403 ----
            new("SRM403 at a later write of a permission passed to the request", V4Only, null, Ec2Usings + """
                class Firewall
                {
                    async Task Open(IAmazonEC2 ec2)
                    {
                        var world = new IpRange { CidrIp = "0.0.0.0/0" };
                        var rdp = new IpPermission { IpProtocol = "tcp", FromPort = 3389, ToPort = 3389 };
                        rdp.Ipv4Ranges = {|SRM403:new List<IpRange> { world }|};
                        var permissions = new List<IpPermission> { rdp };
                        await ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest("web", permissions));
                    }
                }
                """),

            new("SRM403 in a lambda building a permission per constant, lines before the request", V4Only, null, Ec2Usings + """
                using System.Linq;

                class Firewall
                {
                    private static readonly int[] Ports = { 443, 22 };

                    async Task Open(IAmazonEC2 ec2)
                    {
                        var permissions = Ports.Select(port => {|SRM403:new IpPermission|}
                        {
                            IpProtocol = "tcp",
                            FromPort = port,
                            ToPort = port,
                            Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0" } },
                        }).ToList();
                        await ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest("web", permissions));
                    }
                }
                """),

            new("SRM403 at the argument of a helper that builds the permission, the helper in another member", V4Only, null, Ec2Usings + """
                using System.Linq;

                class Firewall
                {
                    private static readonly int[] GamePorts = { 7777, 7778 };

                    private static IpPermission Range(int[] ports, string cidr) => new()
                    {
                        IpProtocol = "tcp",
                        FromPort = ports.Min(),
                        ToPort = ports.Max(),
                        Ipv4Ranges = new List<IpRange> { new() { CidrIp = cidr } },
                    };

                    async Task Open(IAmazonEC2 ec2)
                    {
                        await ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
                        {
                            GroupId = "sg-game",
                            IpPermissions = { Range(GamePorts, {|SRM403:"0.0.0.0/0"|}) },
                        });
                    }
                }
                """),

            // ---- SRM404 ----
            new("SRM404 at later writes", V4Only, null, Ec2Usings + """
                class Launcher
                {
                    async Task Launch(IAmazonEC2 ec2)
                    {
                        var relaxed = new RunInstancesRequest { ImageId = "ami-1", MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Required } };
                        relaxed.MetadataOptions.HttpTokens = {|SRM404:HttpTokensState.Optional|};
                        await ec2.RunInstancesAsync(relaxed);
                        var modify = new ModifyInstanceMetadataOptionsRequest { InstanceId = "i-1", HttpTokens = HttpTokensState.Required };
                        modify.HttpTokens = {|SRM404:HttpTokensState.Optional|};
                        await ec2.ModifyInstanceMetadataOptionsAsync(modify);
                    }
                }
                """),
            new("SRM404 at a creation whose initializer spans lines", V4Only, null, Ec2Usings + """
                class Launcher
                {
                    Task Launch(IAmazonEC2 ec2) => ec2.RunInstancesAsync({|SRM404:new RunInstancesRequest|}
                    {
                        ImageId = "ami-1",
                        MinCount = 1,
                        MaxCount = 1,
                    });
                }
                """),

            // ---- SRM502 ----
            new("SRM502 at a stop request, a later write and a detector update", Both, new[] { "CloudTrail.cs", "GuardDuty.cs" }, """
                using System.Threading.Tasks;
                using Amazon.CloudTrail;
                using Amazon.CloudTrail.Model;
                using Amazon.GuardDuty;
                using Amazon.GuardDuty.Model;

                class Audit
                {
                    async Task Quiet(IAmazonCloudTrail cloudTrail, IAmazonGuardDuty guardDuty)
                    {
                        await cloudTrail.StopLoggingAsync({|SRM502:new StopLoggingRequest|} { Name = "org-trail" });
                        var update = new UpdateTrailRequest { Name = "org-trail" };
                        update.EnableLogFileValidation = {|SRM502:false|};
                        await cloudTrail.UpdateTrailAsync(update);
                        await guardDuty.UpdateDetectorAsync(new UpdateDetectorRequest { DetectorId = "d1", Enable = {|SRM502:false|} });
                    }
                }
                """),

            // ---- SRM501 ----
            new("SRM501 at a later write of S3 versioning", Both, null, S3Usings + """
                class Buckets
                {
                    async Task Pause(IAmazonS3 s3)
                    {
                        var versioning = new S3BucketVersioningConfig { Status = VersionStatus.Enabled };
                        var request = new PutBucketVersioningRequest { BucketName = "archive", VersioningConfig = versioning };
                        versioning.Status = {|SRM501:VersionStatus.Suspended|};
                        await s3.PutBucketVersioningAsync(request);
                    }
                }
                """),
            new("SRM501 at a later write of DynamoDB deletion protection", V4Only, null, """
                using System.Threading.Tasks;
                using Amazon.DynamoDBv2;
                using Amazon.DynamoDBv2.Model;

                class Tables
                {
                    async Task Run(IAmazonDynamoDB dynamo)
                    {
                        var update = new UpdateTableRequest { TableName = "orders" };
                        update.DeletionProtectionEnabled = {|SRM501:false|};
                        await dynamo.UpdateTableAsync(update);
                    }
                }
                """),
            new("SRM501 at RDS deletion protection values and a later write", Both, new[] { "RDS.cs" }, """
                using System.Threading.Tasks;
                using Amazon.RDS;
                using Amazon.RDS.Model;

                class Databases
                {
                    async Task Run(IAmazonRDS rds, bool relaxed)
                    {
                        await rds.CreateDBClusterAsync(new CreateDBClusterRequest { DBClusterIdentifier = "ledger", StorageEncrypted = true, DeletionProtection = {|SRM501:relaxed
                            ? false
                            : true|} });
                        var modify = new ModifyDBInstanceRequest { DBInstanceIdentifier = "orders" };
                        modify.DeletionProtection = {|SRM501:false|};
                        await rds.ModifyDBInstanceAsync(modify);
                    }
                }
                """),

            // ---- Values chosen by helpers (HelperReturn): reported at the helper's return ----
            new("SRM401, SRM101 and SRM102 at helper returns whose result reaches a request through a field", Both, null, S3Usings + """
                static class Settings
                {
                    public static S3CannedACL Acl(string value) => value == "private" ? S3CannedACL.Private : {|SRM401:S3CannedACL.PublicRead|};

                    public static ServerSideEncryptionMethod Encryption(string value)
                    {
                        if (value == "kms")
                        {
                            return ServerSideEncryptionMethod.AWSKMS;
                        }

                        return {|SRM101:ServerSideEncryptionMethod.None|};
                    }

                    public static string Endpoint(string value) => value ?? {|SRM102:"http://s3.example.com"|};
                }

                class Publisher
                {
                    private readonly S3CannedACL _acl;
                    private readonly ServerSideEncryptionMethod _encryption;

                    public Publisher(string acl, string encryption)
                    {
                        _acl = Settings.Acl(acl);
                        _encryption = Settings.Encryption(encryption);
                    }

                    public IAmazonS3 Client(string endpoint) => new AmazonS3Client(new AmazonS3Config { ServiceURL = Settings.Endpoint(endpoint) });

                    public Task Publish(IAmazonS3 s3) =>
                        s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "k", CannedACL = _acl, ServerSideEncryptionMethod = _encryption });
                }
                """),

            // ---- Values passed to wrappers (WrapperCall): reported at the caller's argument ----
            new("SRM401 and SRM102 at arguments passed to wrappers", Both, null, S3Usings + """
                class Store
                {
                    public static IAmazonS3 Client(string serviceUrl) => new AmazonS3Client(new AmazonS3Config { ServiceURL = serviceUrl });

                    public Task Upload(IAmazonS3 s3, string key, S3CannedACL acl) =>
                        s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = key, CannedACL = acl, ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 });
                }

                class Callers
                {
                    async Task Run(Store store)
                    {
                        var s3 = Store.Client({|SRM102:"http://s3.example.com"|});
                        await store.Upload(s3, "index.html",
                            {|SRM401:S3CannedACL.PublicRead|});
                    }
                }
                """),
            new("SRM103 and SRM402 at arguments passed to wrappers, and at a call leaving an optional parameter at its default", V4Only, null, Ec2Usings + """
                using Amazon.S3;
                using Amazon.S3.Model;

                class Wrappers
                {
                    public static Task Volume(IAmazonEC2 ec2, string kmsKeyId = null) =>
                        ec2.CreateVolumeAsync(new CreateVolumeRequest { AvailabilityZone = "eu-west-1a", Size = 8, Encrypted = kmsKeyId != null, KmsKeyId = kmsKeyId });

                    public static Task Block(IAmazonS3 s3, bool on) =>
                        s3.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest
                        {
                            BucketName = "b",
                            PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration { BlockPublicAcls = on, IgnorePublicAcls = on, BlockPublicPolicy = on, RestrictPublicBuckets = on },
                        });
                }

                class Callers
                {
                    async Task Run(IAmazonEC2 ec2, IAmazonS3 s3)
                    {
                        await Wrappers.{|SRM103:Volume(ec2)|};
                        await Wrappers.Block(s3, {|SRM402:false|});
                    }
                }
                """),
        };

        public static TheoryData<string, Sdk> CaseNames()
        {
            var data = new TheoryData<string, Sdk>();
            foreach (var spanCase in Cases)
            {
                foreach (var sdk in spanCase.Sdks)
                {
                    data.Add(spanCase.Name, sdk);
                }
            }

            return data;
        }

        [Fact]
        public void Every_rule_has_span_cases()
        {
            var ids = AnalyzerCatalog.Descriptors(AnalyzerCatalog.AnalyzerAssembly).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            var covered = Cases.SelectMany(c => SourceWithFindings.Parse(c.Source).Findings.Select(f => f.Id)).ToHashSet(StringComparer.Ordinal);

            Assert.Empty(ids.Except(covered).Except(RulesWithoutCode.Keys).OrderBy(id => id, StringComparer.Ordinal));
            Assert.Empty(covered.Intersect(RulesWithoutCode.Keys));

            // The rules without code report from outside the SrmAnalyzer base, which every rule with code uses.
            foreach (var analyzer in AnalyzerCatalog.Analyzers(AnalyzerCatalog.AnalyzerAssembly))
            {
                var reportsInCode = analyzer.SupportedDiagnostics.Any(d => !RulesWithoutCode.ContainsKey(d.Id));
                Assert.True(reportsInCode == analyzer is SrmAnalyzer, $"{analyzer.GetType().Name}: a rule reporting in code registers through SrmAnalyzer, one reporting none does not");
                if (!reportsInCode)
                {
                    Assert.All(analyzer.SupportedDiagnostics, d => Assert.Equal(analyzer.GetType().Name, RulesWithoutCode[d.Id]));
                }
            }

            Assert.Equal(Cases.Length, Cases.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
        }

        [Theory]
        [MemberData(nameof(CaseNames))]
        public async Task A_finding_is_reported_the_same_when_the_IDE_analyses_only_its_span_line_or_member(string name, Sdk sdk)
        {
            var spanCase = Cases.Single(c => c.Name == name);
            var parsed = SourceWithFindings.Parse(spanCase.Source);
            var ids = parsed.Findings.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
            var analyzers = AnalyzerCatalog.Analyzers(AnalyzerCatalog.AnalyzerAssembly)
                .Where(a => a.SupportedDiagnostics.Any(d => ids.Contains(d.Id)))
                .ToImmutableArray();

            var full = await FullAnalysisAsync(parsed.Text, spanCase.Stubs, sdk, analyzers, ids);
            Assert.Equal(
                parsed.Findings.Select(f => $"{f.Id} {f.Span}").OrderBy(s => s, StringComparer.Ordinal),
                full.Select(d => $"{d.Id} {d.Location.SourceSpan}").OrderBy(s => s, StringComparer.Ordinal));

            var tree = CSharpTree(parsed.Text);
            foreach (var (what, span) in SpansToAnalyse(tree, parsed.Findings))
            {
                var expected = full.Where(d => d.Location.SourceSpan.IntersectsWith(span)).Select(Describe).OrderBy(s => s, StringComparer.Ordinal).ToList();
                var actual = (await SpanAnalysisAsync(parsed.Text, spanCase.Stubs, sdk, analyzers, ids, span)).Select(Describe).OrderBy(s => s, StringComparer.Ordinal).ToList();
                Assert.True(
                    expected.SequenceEqual(actual),
                    $"Analysing only {what} {span} (\"{Excerpt(parsed.Text, span)}\"):\n  expected (full analysis):\n    {string.Join("\n    ", expected)}\n  actual:\n    {string.Join("\n    ", actual)}");
            }
        }

        /// <summary>The finding's own span (the light bulb), its lines (an edit) and its member (the IDE's incremental analysis).</summary>
        private static IEnumerable<(string What, TextSpan Span)> SpansToAnalyse(SyntaxTree tree, IEnumerable<(string Id, TextSpan Span)> findings)
        {
            var lines = tree.GetText().Lines;
            var seen = new HashSet<TextSpan>();
            foreach (var finding in findings)
            {
                var line = lines.GetLineFromPosition(finding.Span.Start).Span;
                var node = tree.GetRoot().FindNode(finding.Span, getInnermostNodeForTie: true);
                var member = node.AncestorsAndSelf().FirstOrDefault(n => n is MemberDeclarationSyntax and not BaseTypeDeclarationSyntax and not BaseNamespaceDeclarationSyntax)
                    ?? node.AncestorsAndSelf().First(n => n is AttributeListSyntax);
                foreach (var (what, span) in new[] { ("the finding", finding.Span), ("its first line", line), ("its member", member.Span) })
                {
                    if (seen.Add(span))
                    {
                        yield return (what, span);
                    }
                }
            }
        }

        private static async Task<List<Diagnostic>> FullAnalysisAsync(string source, string[]? stubs, Sdk sdk, ImmutableArray<DiagnosticAnalyzer> analyzers, ISet<string> ids)
        {
            var compilation = Compile(source, stubs, sdk);
            var diagnostics = await compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            return diagnostics.Where(d => ids.Contains(d.Id)).ToList();
        }

        /// <summary>What the IDE shows for one span: the local semantic diagnostics of an analysis limited to it (a fresh compilation, so nothing is shared with the full analysis).</summary>
        private static async Task<List<Diagnostic>> SpanAnalysisAsync(string source, string[]? stubs, Sdk sdk, ImmutableArray<DiagnosticAnalyzer> analyzers, ISet<string> ids, TextSpan span)
        {
            var compilation = Compile(source, stubs, sdk);
            var tree = compilation.SyntaxTrees.First();
            var result = await compilation.WithAnalyzers(analyzers).GetAnalysisResultAsync(compilation.GetSemanticModel(tree), span, CancellationToken.None);
            return result.SemanticDiagnostics.TryGetValue(tree, out var byAnalyzer)
                ? byAnalyzer.Values.SelectMany(d => d).Where(d => ids.Contains(d.Id)).ToList()
                : new List<Diagnostic>();
        }

        private static Compilation Compile(string source, string[]? stubs, Sdk sdk)
        {
            var sources = new[] { source }.Concat((stubs ?? Array.Empty<string>()).Select(stub => Stubs.Get(stub).Source));
            var compilation = AnalyzerRunner.Compile(sources, sdk);
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            return compilation;
        }

        private static SyntaxTree CSharpTree(string source) => CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest));

        private static string Describe(Diagnostic diagnostic) => $"{diagnostic.Id} {diagnostic.Location.SourceSpan}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";

        private static string Excerpt(string source, TextSpan span)
        {
            var text = source.Substring(span.Start, span.Length).Replace("\n", " ", StringComparison.Ordinal);
            return text.Length <= 80 ? text : text.Substring(0, 80) + "...";
        }

        private sealed class SpanCase
        {
            public SpanCase(string name, Sdk[] sdks, string[]? stubs, string source)
            {
                Name = name;
                Sdks = sdks;
                Stubs = stubs;
                Source = source;
            }

            public string Name { get; }

            public Sdk[] Sdks { get; }

            public string[]? Stubs { get; }

            public string Source { get; }
        }

        /// <summary>A source with <c>{|SRMxxx:...|}</c> markers (not nested) taken out: its text and the marked spans.</summary>
        private sealed class SourceWithFindings
        {
            private SourceWithFindings(string text, IReadOnlyList<(string Id, TextSpan Span)> findings)
            {
                Text = text;
                Findings = findings;
            }

            public string Text { get; }

            public IReadOnlyList<(string Id, TextSpan Span)> Findings { get; }

            public static SourceWithFindings Parse(string marked)
            {
                var text = new System.Text.StringBuilder();
                var findings = new List<(string, TextSpan)>();
                var position = 0;
                while (true)
                {
                    var open = marked.IndexOf("{|", position, StringComparison.Ordinal);
                    if (open < 0)
                    {
                        text.Append(marked, position, marked.Length - position);
                        return new SourceWithFindings(text.ToString(), findings);
                    }

                    var colon = marked.IndexOf(':', open);
                    var close = marked.IndexOf("|}", colon, StringComparison.Ordinal);
                    text.Append(marked, position, open - position);
                    var start = text.Length;
                    text.Append(marked, colon + 1, close - colon - 1);
                    findings.Add((marked.Substring(open + 2, colon - open - 2), TextSpan.FromBounds(start, text.Length)));
                    position = close + 2;
                }
            }
        }
    }
}
