using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using SrmAnalyzers.CodeFixes.Rules;
using SrmAnalyzers.Rules;
using SrmAnalyzers.Tests.Infrastructure;

namespace SrmAnalyzers.Tests.CodeFixes
{
    /// <summary>
    /// Fixes of findings the cross-member engine relocates: to a wrapper call's argument (the wrapper
    /// writes its parameter into the request) and to a helper's return (its result reaches the request).
    /// Where the fix is correct at that value (a constant, a literal), it replaces the value there, and
    /// Fix All (checked by the testing library) does the same; where it would add a property to an
    /// initializer or remove constructor arguments, nothing is offered.
    /// </summary>
    public class RelocatedFindingFixTests
    {
        private const string Usings = """
using System.Threading.Tasks;
using Amazon;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.EC2;
using Amazon.EC2.Model;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;

""";

        // ---- SRM401 ---------------------------------------------------------------------------

        private const string AclWrapper = """
class Store
{
    public Task Upload(IAmazonS3 s3, string key, S3CannedACL acl) =>
        s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = key, CannedACL = acl });

    Task Publish(IAmazonS3 s3) => Upload(s3, "index.html", %V%);
}
""";

        [Fact]
        public Task SRM401_argument_of_a_wrapper_becomes_private() => FixAsync<PublicS3AclAnalyzer, PublicS3AclCodeFixProvider>(
            AclWrapper.Replace("%V%", "{|#0:S3CannedACL.PublicRead|}"),
            AclWrapper.Replace("%V%", "S3CannedACL.Private"),
            "SRM401",
            PublicS3AclCodeFixProvider.EquivalenceKey);

        private const string AclHelper = """
static class AclSettings
{
    public static S3CannedACL Parse(string value) => value == "owner" ? S3CannedACL.BucketOwnerFullControl : %V%;
}

class Publisher
{
    private readonly S3CannedACL _acl;

    public Publisher(string setting) => _acl = AclSettings.Parse(setting);

    public Task Publish(IAmazonS3 s3) => s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "k", CannedACL = _acl });
}
""";

        [Fact]
        public Task SRM401_return_of_a_helper_becomes_private() => FixAsync<PublicS3AclAnalyzer, PublicS3AclCodeFixProvider>(
            AclHelper.Replace("%V%", "{|#0:S3CannedACL.PublicReadWrite|}"),
            AclHelper.Replace("%V%", "S3CannedACL.Private"),
            "SRM401",
            PublicS3AclCodeFixProvider.EquivalenceKey);

        // ---- SRM104 ---------------------------------------------------------------------------

        private const string ParameterWrapper = """
class Parameters
{
    public Task Write(IAmazonSimpleSystemsManagement ssm, string name, string value, ParameterType type) =>
        ssm.PutParameterAsync(new PutParameterRequest { Name = name, Value = value, Type = type });

    Task Seed(IAmazonSimpleSystemsManagement ssm, string password) => Write(ssm, "/app/db/password", password, %V%);
}
""";

        [Fact]
        public Task SRM104_argument_of_a_wrapper_becomes_secure_string() => FixAsync<PlainTextSecretParameterAnalyzer, PlainTextSecretParameterCodeFixProvider>(
            ParameterWrapper.Replace("%V%", "{|#0:ParameterType.String|}"),
            ParameterWrapper.Replace("%V%", "ParameterType.SecureString"),
            "SRM104",
            PlainTextSecretParameterCodeFixProvider.EquivalenceKey);

        private const string ParameterHelper = """
static class ParameterTypes
{
    public static ParameterType Default() => %V%;
}

class Parameters
{
    Task Seed(IAmazonSimpleSystemsManagement ssm, string password) =>
        ssm.PutParameterAsync(new PutParameterRequest { Name = "/app/db/password", Value = password, Type = ParameterTypes.Default() });
}
""";

        [Fact]
        public Task SRM104_return_of_a_helper_becomes_secure_string() => FixAsync<PlainTextSecretParameterAnalyzer, PlainTextSecretParameterCodeFixProvider>(
            ParameterHelper.Replace("%V%", "{|#0:ParameterType.String|}"),
            ParameterHelper.Replace("%V%", "ParameterType.SecureString"),
            "SRM104",
            PlainTextSecretParameterCodeFixProvider.EquivalenceKey);

        // ---- SRM105 ---------------------------------------------------------------------------

        private const string KeyWrapper = """
class Keys
{
    public Task Retire(IAmazonKeyManagementService kms, string keyId, int days) =>
        kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = days });

    Task RetireSoon(IAmazonKeyManagementService kms, string keyId) => Retire(kms, keyId, %V%);
}
""";

        [Fact]
        public Task SRM105_argument_of_a_wrapper_becomes_the_minimum() => FixAsync<KmsKeyManagementAnalyzer, KmsKeyManagementCodeFixProvider>(
            KeyWrapper.Replace("%V%", "{|#0:7|}"),
            KeyWrapper.Replace("%V%", "30"),
            "SRM105",
            KmsKeyManagementCodeFixProvider.EquivalenceKey);

        private const string KeyHelper = """
static class Retention
{
    public static int Days(string setting) => string.IsNullOrEmpty(setting) ? %V% : int.Parse(setting);
}

class Keys
{
    Task Retire(IAmazonKeyManagementService kms, string keyId, string setting) =>
        kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = Retention.Days(setting) });
}
""";

        [Fact]
        public Task SRM105_return_of_a_helper_becomes_the_minimum() => FixAsync<KmsKeyManagementAnalyzer, KmsKeyManagementCodeFixProvider>(
            KeyHelper.Replace("%V%", "{|#0:7|}"),
            KeyHelper.Replace("%V%", "30"),
            "SRM105",
            KmsKeyManagementCodeFixProvider.EquivalenceKey);

        // ---- SRM501 ---------------------------------------------------------------------------

        private const string ProtectionWrapper = """
class Tables
{
    public Task Update(IAmazonDynamoDB dynamo, string table, bool protect) =>
        dynamo.UpdateTableAsync(new UpdateTableRequest { TableName = table, DeletionProtectionEnabled = protect });

    Task Unprotect(IAmazonDynamoDB dynamo) => Update(dynamo, "orders", %V%);
}
""";

        [Fact]
        public Task SRM501_argument_of_a_wrapper_becomes_true() => FixAsync<ResilienceProtectionAnalyzer, ResilienceProtectionCodeFixProvider>(
            ProtectionWrapper.Replace("%V%", "{|#0:false|}"),
            ProtectionWrapper.Replace("%V%", "true"),
            "SRM501",
            ResilienceProtectionCodeFixProvider.EquivalenceKey);

        private const string VersioningHelper = """
static class Versioning
{
    public static VersionStatus Status(bool keepHistory) => keepHistory ? VersionStatus.Enabled : %V%;
}

class Buckets
{
    Task Configure(IAmazonS3 s3, bool keepHistory) =>
        s3.PutBucketVersioningAsync(new PutBucketVersioningRequest { BucketName = "b", VersioningConfig = new S3BucketVersioningConfig { Status = Versioning.Status(keepHistory) } });
}
""";

        [Fact]
        public Task SRM501_return_of_a_helper_becomes_enabled() => FixAsync<ResilienceProtectionAnalyzer, ResilienceProtectionCodeFixProvider>(
            VersioningHelper.Replace("%V%", "{|#0:VersionStatus.Suspended|}"),
            VersioningHelper.Replace("%V%", "VersionStatus.Enabled"),
            "SRM501",
            ResilienceProtectionCodeFixProvider.EquivalenceKey);

        // ---- SRM103 ---------------------------------------------------------------------------

        private const string VolumeWrapper = """
class Volumes
{
    public Task Create(IAmazonEC2 ec2, int size, bool encrypted) =>
        ec2.CreateVolumeAsync(new CreateVolumeRequest { AvailabilityZone = "eu-west-1a", Size = size, Encrypted = encrypted });

    Task Scratch(IAmazonEC2 ec2) => Create(ec2, 100, %V%);
}
""";

        [Fact]
        public Task SRM103_argument_of_a_wrapper_becomes_true() => FixAsync<UnencryptedEbsVolumeAnalyzer, UnencryptedEbsVolumeCodeFixProvider>(
            VolumeWrapper.Replace("%V%", "{|#0:false|}"),
            VolumeWrapper.Replace("%V%", "true"),
            "SRM103",
            UnencryptedEbsVolumeCodeFixProvider.EquivalenceKey);

        [Fact]
        public async Task SRM103_an_optional_parameter_left_at_its_default_gets_no_fix()
        {
            var offered = await OfferedFixes.ForAsync<UnencryptedEbsVolumeAnalyzer, UnencryptedEbsVolumeCodeFixProvider>(Usings + """
class Volumes
{
    public Task Create(IAmazonEC2 ec2, int size, string kmsKeyId = null) =>
        ec2.CreateVolumeAsync(new CreateVolumeRequest { AvailabilityZone = "eu-west-1a", Size = size, Encrypted = kmsKeyId != null, KmsKeyId = kmsKeyId });

    Task Scratch(IAmazonEC2 ec2) => Create(ec2, 50);
}
""", Sdk.V4, options: null);
            Assert.Equal(new[] { "Create(ec2, 50): " }, offered);
        }

        private const string VolumeHelper = """
static class VolumeSettings
{
    public static bool Encrypt(string setting) => setting == null ? %V% : bool.Parse(setting);
}

class Volumes
{
    Task Create(IAmazonEC2 ec2, string setting) =>
        ec2.CreateVolumeAsync(new CreateVolumeRequest { AvailabilityZone = "eu-west-1a", Size = 8, Encrypted = VolumeSettings.Encrypt(setting) });
}
""";

        [Fact]
        public Task SRM103_return_of_a_helper_becomes_true() => FixAsync<UnencryptedEbsVolumeAnalyzer, UnencryptedEbsVolumeCodeFixProvider>(
            VolumeHelper.Replace("%V%", "{|#0:false|}"),
            VolumeHelper.Replace("%V%", "true"),
            "SRM103",
            UnencryptedEbsVolumeCodeFixProvider.EquivalenceKey);

        // ---- SRM402 ---------------------------------------------------------------------------

        private const string BlockWrapper = """
class PublicAccess
{
    public Task Apply(IAmazonS3 s3, string bucket, bool block) =>
        s3.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest
        {
            BucketName = bucket,
            PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration { BlockPublicAcls = block, IgnorePublicAcls = block, BlockPublicPolicy = block, RestrictPublicBuckets = block },
        });

    public Task ApplyToSite(IAmazonS3 s3, bool block) => Apply(s3, "site", block);

    Task Open(IAmazonS3 s3) => ApplyToSite(s3, %V%);
}
""";

        [Fact]
        public Task SRM402_argument_of_a_wrapper_calling_a_wrapper_becomes_true() => FixAsync<S3BlockPublicAccessAnalyzer, S3BlockPublicAccessCodeFixProvider>(
            BlockWrapper.Replace("%V%", "{|#0:false|}"),
            BlockWrapper.Replace("%V%", "true"),
            "SRM402",
            S3BlockPublicAccessCodeFixProvider.EquivalenceKey);

        [Fact]
        public async Task SRM402_a_flag_the_wrapper_inverts_gets_no_fix()
        {
            var offered = await OfferedFixes.ForAsync<S3BlockPublicAccessAnalyzer, S3BlockPublicAccessCodeFixProvider>(Usings + """
class PublicAccess
{
    public Task Apply(IAmazonS3 s3, bool allowPublic) =>
        s3.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest
        {
            BucketName = "site",
            PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration { BlockPublicAcls = !allowPublic, IgnorePublicAcls = !allowPublic, BlockPublicPolicy = !allowPublic, RestrictPublicBuckets = !allowPublic },
        });

    Task Open(IAmazonS3 s3) => Apply(s3, true);
}
""", Sdk.V4, options: null);
            Assert.Equal(new[] { "true: " }, offered);
        }

        private const string BlockHelper = """
static class Settings
{
    public static bool BlockPublicPolicy(string setting) => setting == null ? %V% : bool.Parse(setting);
}

class PublicAccess
{
    Task Apply(IAmazonS3 s3, string setting) =>
        s3.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest
        {
            BucketName = "site",
            PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration { BlockPublicAcls = true, IgnorePublicAcls = true, BlockPublicPolicy = Settings.BlockPublicPolicy(setting), RestrictPublicBuckets = true },
        });
}
""";

        [Fact]
        public Task SRM402_return_of_a_helper_becomes_true() => FixAsync<S3BlockPublicAccessAnalyzer, S3BlockPublicAccessCodeFixProvider>(
            BlockHelper.Replace("%V%", "{|#0:false|}"),
            BlockHelper.Replace("%V%", "true"),
            "SRM402",
            S3BlockPublicAccessCodeFixProvider.EquivalenceKey);

        // ---- SRM404 ---------------------------------------------------------------------------

        private const string TokensWrapper = """
class Instances
{
    public Task Launch(IAmazonEC2 ec2, string imageId, HttpTokensState tokens) =>
        ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = imageId, MinCount = 1, MaxCount = 1, MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = tokens } });

    Task LaunchLegacy(IAmazonEC2 ec2) => Launch(ec2, "ami-0abcdef1234567890", %V%);
}
""";

        [Fact]
        public Task SRM404_argument_of_a_wrapper_becomes_required() => FixAsync<InstanceMetadataV1Analyzer, InstanceMetadataV1CodeFixProvider>(
            TokensWrapper.Replace("%V%", "{|#0:HttpTokensState.Optional|}"),
            TokensWrapper.Replace("%V%", "HttpTokensState.Required"),
            "SRM404",
            InstanceMetadataV1CodeFixProvider.EquivalenceKey);

        private const string TokensHelper = """
static class MetadataSettings
{
    public static HttpTokensState Tokens(bool legacyAgents) => legacyAgents ? %V% : HttpTokensState.Required;
}

class Instances
{
    Task Launch(IAmazonEC2 ec2, bool legacyAgents) =>
        ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = "ami-0abcdef1234567890", MinCount = 1, MaxCount = 1, MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = MetadataSettings.Tokens(legacyAgents) } });
}
""";

        [Fact]
        public Task SRM404_return_of_a_helper_becomes_required() => FixAsync<InstanceMetadataV1Analyzer, InstanceMetadataV1CodeFixProvider>(
            TokensHelper.Replace("%V%", "{|#0:HttpTokensState.Optional|}"),
            TokensHelper.Replace("%V%", "HttpTokensState.Required"),
            "SRM404",
            InstanceMetadataV1CodeFixProvider.EquivalenceKey);

        // ---- SRM101 ---------------------------------------------------------------------------

        private const string EncryptionWrapper = """
class Uploads
{
    public Task Put(IAmazonS3 s3, string key, ServerSideEncryptionMethod method) =>
        s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = key, ServerSideEncryptionMethod = method });

    Task PutReport(IAmazonS3 s3) => Put(s3, "report.csv", %V%);
}
""";

        [Fact]
        public Task SRM101_argument_of_a_wrapper_becomes_sse_kms() => FixAsync<S3ObjectEncryptionAnalyzer, S3ObjectEncryptionCodeFixProvider>(
            EncryptionWrapper.Replace("%V%", "{|#0:ServerSideEncryptionMethod.None|}"),
            EncryptionWrapper.Replace("%V%", "ServerSideEncryptionMethod.AWSKMS"),
            "SRM101",
            S3ObjectEncryptionCodeFixProvider.UseSseKmsEquivalenceKey);

        private const string EncryptionHelper = """
class UploadOptions
{
    private readonly string _mode;

    public UploadOptions(string mode) => _mode = mode;

    public ServerSideEncryptionMethod Encryption => string.IsNullOrEmpty(_mode) ? %V% : ServerSideEncryptionMethod.AWSKMS;
}

class Uploader
{
    Task Upload(IAmazonS3 s3, UploadOptions options) =>
        s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "k", ServerSideEncryptionMethod = options.Encryption });
}
""";

        [Fact]
        public Task SRM101_return_of_a_helper_becomes_sse_s3_when_that_fix_is_chosen() => FixAsync<S3ObjectEncryptionAnalyzer, S3ObjectEncryptionCodeFixProvider>(
            EncryptionHelper.Replace("%V%", "{|#0:ServerSideEncryptionMethod.None|}"),
            EncryptionHelper.Replace("%V%", "ServerSideEncryptionMethod.AES256"),
            "SRM101",
            S3ObjectEncryptionCodeFixProvider.UseSseS3EquivalenceKey);

        [Fact]
        public async Task SRM101_an_optional_method_left_at_its_default_gets_no_fix()
        {
            var offered = await OfferedFixes.ForAsync<S3ObjectEncryptionAnalyzer, S3ObjectEncryptionCodeFixProvider>(Usings + """
class Uploads
{
    public Task Put(IAmazonS3 s3, string key, ServerSideEncryptionMethod method = null) =>
        s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = key, ServerSideEncryptionMethod = method });

    Task PutReport(IAmazonS3 s3) => Put(s3, "report.csv");
}
""", Sdk.V4, options: null);
            Assert.Equal(new[] { "Put(s3, \"report.csv\"): " }, offered);
        }

        // ---- SRM102 ---------------------------------------------------------------------------

        private const string UrlWrapper = """
static class Clients
{
    public static IAmazonS3 Create(string serviceUrl) => new AmazonS3Client(new AmazonS3Config { ServiceURL = serviceUrl });
}

class Startup
{
    IAmazonS3 Remote() => Clients.Create(%V%);
}
""";

        [Fact]
        public Task SRM102_url_argument_of_a_wrapper_gets_https() => FixAsync<TlsDisabledAnalyzer, TlsDisabledCodeFixProvider>(
            UrlWrapper.Replace("%V%", "{|#0:\"http://s3.eu-west-1.amazonaws.com\"|}"),
            UrlWrapper.Replace("%V%", "\"https://s3.eu-west-1.amazonaws.com\""),
            "SRM102",
            TlsDisabledCodeFixProvider.EquivalenceKey);

        private const string UrlHelper = """
static class Endpoints
{
    public static string StorageUrl(string configured) => string.IsNullOrEmpty(configured) ? %V% : configured;
}

class ClientFactory
{
    private readonly string _url;

    public ClientFactory(string configured) => _url = Endpoints.StorageUrl(configured);

    public IAmazonS3 Create() => new AmazonS3Client(new AmazonS3Config { ServiceURL = _url });
}
""";

        [Fact]
        public Task SRM102_url_returned_by_a_helper_gets_https() => FixAsync<TlsDisabledAnalyzer, TlsDisabledCodeFixProvider>(
            UrlHelper.Replace("%V%", "{|#0:\"http://storage.internal.example.com\"|}"),
            UrlHelper.Replace("%V%", "\"https://storage.internal.example.com\""),
            "SRM102",
            TlsDisabledCodeFixProvider.EquivalenceKey);

        private const string UseHttpWrapper = """
static class Clients
{
    public static IAmazonS3 Create(bool useHttp) => new AmazonS3Client(new AmazonS3Config { RegionEndpoint = RegionEndpoint.EUWest1, UseHttp = useHttp });
}

class Startup
{
    IAmazonS3 Plain() => Clients.Create(%V%);
}
""";

        [Fact]
        public Task SRM102_use_http_argument_of_a_wrapper_becomes_false() => FixAsync<TlsDisabledAnalyzer, TlsDisabledCodeFixProvider>(
            UseHttpWrapper.Replace("%V%", "{|#0:true|}"),
            UseHttpWrapper.Replace("%V%", "false"),
            "SRM102",
            TlsDisabledCodeFixProvider.EquivalenceKey);

        // ---- SRM201 ---------------------------------------------------------------------------

        private const string PolicyWrapper = """
class Buckets
{
    public Task Share(IAmazonS3 s3, string bucket, string policy) =>
        s3.PutBucketPolicyAsync(new PutBucketPolicyRequest { BucketName = bucket, Policy = policy });

    Task Read(IAmazonS3 s3) => s3.GetObjectAsync("reports", "daily.csv");

    Task ShareReports(IAmazonS3 s3) => Share(s3, "reports", %V%);
}
""";

        [Fact]
        public Task SRM201_policy_argument_of_a_wrapper_gets_the_called_actions() => FixAsync<WildcardPolicyActionAnalyzer, WildcardPolicyActionCodeFixProvider>(
            PolicyWrapper.Replace("%V%", """{|#0:"{ \"Statement\": [ { \"Effect\": \"Allow\", \"Principal\": { \"AWS\": \"arn:aws:iam::111122223333:role/app\" }, \"Action\": \"s3:*\", \"Resource\": \"arn:aws:s3:::reports/*\" } ] }"|}"""),
            PolicyWrapper.Replace("%V%", "\"" + """{ \"Statement\": [ { \"Effect\": \"Allow\", \"Principal\": { \"AWS\": \"arn:aws:iam::111122223333:role/app\" }, \"Action\": [\"s3:GetObject\", \"s3:PutBucketPolicy\"], \"Resource\": \"arn:aws:s3:::reports/*\" } ] }""" + "\""),
            "SRM201",
            WildcardPolicyActionCodeFixProvider.EquivalenceKey);

        private const string PolicyHelper = """
static class BucketPolicies
{
    public static string ForApp() => %V%;
}

class Buckets
{
    Task Read(IAmazonS3 s3) => s3.GetObjectAsync("reports", "daily.csv");

    Task Share(IAmazonS3 s3) => s3.PutBucketPolicyAsync("reports", BucketPolicies.ForApp());
}
""";

        [Fact]
        public Task SRM201_policy_returned_by_a_helper_gets_the_called_actions() => FixAsync<WildcardPolicyActionAnalyzer, WildcardPolicyActionCodeFixProvider>(
            PolicyHelper.Replace("%V%", """{|#0:@"{ ""Statement"": [ { ""Effect"": ""Allow"", ""Principal"": { ""AWS"": ""arn:aws:iam::111122223333:role/app"" }, ""Action"": [""s3:*""], ""Resource"": ""*"" } ] }"|}"""),
            PolicyHelper.Replace("%V%", """@"{ ""Statement"": [ { ""Effect"": ""Allow"", ""Principal"": { ""AWS"": ""arn:aws:iam::111122223333:role/app"" }, ""Action"": [""s3:GetObject"", ""s3:PutBucketPolicy""], ""Resource"": ""*"" } ] }""" + "\""),
            "SRM201",
            WildcardPolicyActionCodeFixProvider.EquivalenceKey);

        [Fact]
        public Task SRM201_object_model_policy_returned_by_a_helper_gets_the_called_actions() => FixAsync<WildcardPolicyActionAnalyzer, WildcardPolicyActionCodeFixProvider>(
            PolicyHelper.Replace("%V%", """{|#0:new Amazon.Auth.AccessControlPolicy.Policy().WithStatements(new Amazon.Auth.AccessControlPolicy.Statement(Amazon.Auth.AccessControlPolicy.Statement.StatementEffect.Allow).WithPrincipals(new Amazon.Auth.AccessControlPolicy.Principal("arn:aws:iam::111122223333:role/app")).WithActionIdentifiers(new Amazon.Auth.AccessControlPolicy.ActionIdentifier("s3:*"))).ToJson()|}"""),
            PolicyHelper.Replace("%V%", """new Amazon.Auth.AccessControlPolicy.Policy().WithStatements(new Amazon.Auth.AccessControlPolicy.Statement(Amazon.Auth.AccessControlPolicy.Statement.StatementEffect.Allow).WithPrincipals(new Amazon.Auth.AccessControlPolicy.Principal("arn:aws:iam::111122223333:role/app")).WithActionIdentifiers(new Amazon.Auth.AccessControlPolicy.ActionIdentifier("s3:GetObject"), new Amazon.Auth.AccessControlPolicy.ActionIdentifier("s3:PutBucketPolicy"))).ToJson()"""),
            "SRM201",
            WildcardPolicyActionCodeFixProvider.EquivalenceKey);

        // ---- SRM301 ---------------------------------------------------------------------------

        [Fact]
        public async Task SRM301_keys_passed_to_a_client_factory_get_no_fix()
        {
            var offered = await OfferedFixes.ForAsync<HardCodedCredentialsAnalyzer, HardCodedCredentialsCodeFixProvider>(Usings + $$"""
static class Clients
{
    public static IAmazonS3 Create(string accessKey, string secretKey) => new AmazonS3Client(accessKey, secretKey, RegionEndpoint.EUWest1);
}

class Startup
{
    IAmazonS3 Client() => Clients.Create("{{FakeCredentials.AccessKeyId}}", "{{FakeCredentials.SecretAccessKey}}");
}
""", Sdk.V4, options: null);
            Assert.NotEmpty(offered);
            Assert.All(offered, line => Assert.EndsWith(": ", line));
        }

        private static Task FixAsync<TAnalyzer, TCodeFix>(string source, string fixedSource, string ruleId, string equivalenceKey)
            where TAnalyzer : DiagnosticAnalyzer, new()
            where TCodeFix : CodeFixProvider, new() =>
            Verify<TAnalyzer, TCodeFix>.CodeFixAsync(
                Usings + source,
                Usings + fixedSource,
                Sdk.V4,
                equivalenceKey,
                expected: new[] { new DiagnosticResult(ruleId, DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations | DiagnosticOptions.IgnoreSeverity) });
    }
}
