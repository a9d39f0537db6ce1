using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SrmAnalyzers.Tests.Infrastructure;
using VerifyAcl = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.PublicS3AclAnalyzer>;
using VerifyBlock = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.S3BlockPublicAccessAnalyzer>;
using VerifyEbs = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.UnencryptedEbsVolumeAnalyzer>;
using VerifyPolicy = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.WildcardPolicyActionAnalyzer>;
using VerifyEncryption = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.S3ObjectEncryptionAnalyzer>;
using VerifySecret = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.PlainTextSecretParameterAnalyzer>;
using VerifyTls = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.TlsDisabledAnalyzer>;

namespace SrmAnalyzers.Tests.Rules
{
    /// <summary>
    /// Wrappers (catalog, "Values that cross members"): a method of the compilation writes a
    /// parameter into an SDK object; a call passing a known-bad value (or leaving an optional
    /// parameter at a bad default) is reported at that argument, the write in the wrapper as an
    /// additional location; a call passing a safe or unknown value is silent, and so is the wrapper.
    /// </summary>
    public class WrapperCallTests
    {
        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Canned_acl_passed_to_a_wrapper_is_reported_at_the_argument(Sdk sdk) => VerifyAcl.AnalyzerAsync("""
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

class Store
{
    private readonly IAmazonS3 _s3;

    public Store(IAmazonS3 s3) => _s3 = s3;

    public Task Upload(string key, S3CannedACL acl) =>
        _s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = key, CannedACL = acl, ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 });
}

class Callers
{
    async Task Run(Store store, S3CannedACL fromConfig)
    {
        await store.Upload("public.txt", {|#0:S3CannedACL.PublicRead|});
        await store.Upload("private.txt", S3CannedACL.Private);
        await store.Upload("configured.txt", fromConfig);
    }
}
""",
            sdk,
            new DiagnosticResult("SRM401", DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("S3 canned ACL public-read makes the object readable by anyone on the internet (passed here as parameter 'acl' of Store.Upload)"));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task A_parameter_the_wrapper_reassigns_is_not_the_argument(Sdk sdk) => VerifyAcl.AnalyzerAsync("""
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

class Store
{
    private readonly IAmazonS3 _s3;

    public Store(IAmazonS3 s3) => _s3 = s3;

    public Task Upload(string key, S3CannedACL acl, bool allowPublic)
    {
        if (!allowPublic)
        {
            acl = S3CannedACL.Private;
        }

        return _s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = key, CannedACL = acl, ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 });
    }

    public Task Replace(string key, S3CannedACL acl)
    {
        acl = S3CannedACL.Private;
        return _s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = key, CannedACL = acl, ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 });
    }

    public Task Keep(string key, S3CannedACL acl, bool allowPublic) =>
        _s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = key, CannedACL = acl, ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 });
}

class Callers
{
    async Task Run(Store store)
    {
        // The argument is not the value written on every path (or on any): not reported, as any value the
        // engine cannot follow.
        await store.Upload("maybe.txt", S3CannedACL.PublicRead, allowPublic: true);
        await store.Replace("never.txt", S3CannedACL.PublicRead);

        // The same call to a wrapper that writes its parameter unchanged is reported.
        await store.Keep("public.txt", {|#0:S3CannedACL.PublicRead|}, allowPublic: true);
    }
}
""",
            sdk,
            new DiagnosticResult("SRM401", DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("S3 canned ACL public-read makes the object readable by anyone on the internet (passed here as parameter 'acl' of Store.Keep)"));

        [Fact]
        public async Task The_write_inside_the_wrapper_is_the_additional_location()
        {
            var source = """
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

class Store
{
    public Task Upload(IAmazonS3 s3, S3CannedACL acl) =>
        s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "k", CannedACL = acl, ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 });

    Task Caller(IAmazonS3 s3) => Upload(s3, S3CannedACL.PublicReadWrite);
}
""";
            var result = await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(new[] { source }, Sdk.V4));
            var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "SRM401");
            Assert.Equal("S3CannedACL.PublicReadWrite", diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
            var inWrapper = Assert.Single(diagnostic.AdditionalLocations);
            Assert.Equal("acl", inWrapper.SourceTree!.GetText().ToString(inWrapper.SourceSpan));
        }

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Service_url_passed_to_a_client_factory_is_reported_at_the_argument(Sdk sdk) => VerifyTls.AnalyzerAsync("""
using Amazon.S3;

static class Clients
{
    public static IAmazonS3 Create(string serviceUrl) => new AmazonS3Client(new AmazonS3Config { ServiceURL = serviceUrl });
}

class Startup
{
    void Configure(string fromConfig)
    {
        var remote = Clients.Create({|#0:"http://s3.eu-west-1.amazonaws.com"|});
        var secure = Clients.Create("https://s3.eu-west-1.amazonaws.com");
        var emulator = Clients.Create("http://localhost:4566");
        var configured = Clients.Create(fromConfig);
    }
}
""",
            sdk,
            new DiagnosticResult("SRM102", DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("AmazonS3Config.ServiceURL uses http:// to s3.eu-west-1.amazonaws.com: requests, responses and their data travel in clear text (passed here as parameter 'serviceUrl' of Clients.Create)"));

        [Fact]
        public Task Encryption_flag_passed_to_a_wrapper_and_an_optional_key_left_at_null_are_reported_at_the_call() => VerifyEbs.AnalyzerAsync("""
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

class Volumes
{
    private readonly IAmazonEC2 _ec2;

    public Volumes(IAmazonEC2 ec2) => _ec2 = ec2;

    public Task Create(int size, bool encrypted) =>
        _ec2.CreateVolumeAsync(new CreateVolumeRequest { AvailabilityZone = "eu-west-1a", Size = size, Encrypted = encrypted });

    public Task CreateWithKey(int size, string kmsKeyId = null) =>
        _ec2.CreateVolumeAsync(new CreateVolumeRequest { AvailabilityZone = "eu-west-1a", Size = size, Encrypted = !string.IsNullOrEmpty(kmsKeyId), KmsKeyId = kmsKeyId });
}

class Provisioner
{
    async Task Run(Volumes volumes, bool fromConfig)
    {
        await volumes.Create(100, {|#0:false|});
        await volumes.Create(100, true);
        await volumes.Create(100, fromConfig);
        await volumes.{|#1:CreateWithKey(50)|};
        await volumes.CreateWithKey(50, "alias/ebs");
    }
}
""",
            Sdk.V4,
            new DiagnosticResult("SRM103", DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("CreateVolumeRequest sets Encrypted to false: the volume is not encrypted (passed here as parameter 'encrypted' of Volumes.Create)"),
            new DiagnosticResult("SRM103", DiagnosticSeverity.Warning).WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("CreateVolumeRequest sets Encrypted to false: the volume is not encrypted (parameter 'kmsKeyId' of Volumes.CreateWithKey, left at its default here)"));

        [Fact]
        public Task A_wrapper_calling_a_wrapper_is_followed_to_the_first_caller() => VerifyBlock.AnalyzerAsync("""
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

class PublicAccess
{
    private readonly IAmazonS3 _s3;

    public PublicAccess(IAmazonS3 s3) => _s3 = s3;

    public Task Apply(string bucket, bool block) =>
        _s3.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest
        {
            BucketName = bucket,
            PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
            {
                BlockPublicAcls = block,
                IgnorePublicAcls = block,
                BlockPublicPolicy = block,
                RestrictPublicBuckets = block,
            },
        });

    public Task ApplyToSite(bool block) => Apply("site-bucket", block);
}

class Setup
{
    Task Open(PublicAccess access) => access.ApplyToSite({|#0:false|});

    Task Close(PublicAccess access) => access.ApplyToSite(true);
}
""",
            Sdk.V4,
            new DiagnosticResult("SRM402", DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));

        [Fact]
        public Task A_finding_the_wrapper_reports_itself_is_not_repeated_at_the_call() => VerifyEbs.AnalyzerAsync("""
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

class Volumes
{
    public Task Create(IAmazonEC2 ec2, bool? encrypted) =>
        ec2.CreateVolumeAsync({|#0:new CreateVolumeRequest|} { AvailabilityZone = "eu-west-1a", Size = 8, Encrypted = encrypted ?? false });

    Task Caller(IAmazonEC2 ec2) => Create(ec2, true);

    Task Recursive(IAmazonEC2 ec2, bool encrypted) => encrypted ? Recursive(ec2, false) : Create(ec2, encrypted);
}
""",
            Sdk.V4,
            new DiagnosticResult("SRM103", DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("CreateVolumeRequest may set Encrypted to false: on that path the volume is not encrypted"));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Policy_text_passed_to_a_wrapper_is_judged_at_the_call(Sdk sdk) => VerifyPolicy.AnalyzerAsync("""
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

class Policies
{
    private readonly IAmazonS3 _s3;

    public Policies(IAmazonS3 s3) => _s3 = s3;

    public Task Apply(string bucket, string policy) =>
        _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest { BucketName = bucket, Policy = policy });

    Task Broad() => Apply("b", {|#0:"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},\"Action\":\"s3:*\",\"Resource\":\"arn:aws:s3:::b/*\"}]}"|});

    Task Narrow() => Apply("b", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"}]}");
}
""",
            sdk,
            new DiagnosticResult("SRM201", DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        [Fact]
        public Task A_safe_value_passed_over_a_coalescing_default_is_silent() => VerifySecret.AnalyzerAsync("""
using System.Threading.Tasks;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;

class Parameters
{
    private readonly IAmazonSimpleSystemsManagement _ssm;

    public Parameters(IAmazonSimpleSystemsManagement ssm) => _ssm = ssm;

    public Task Write(string name, string value, ParameterType type = null) =>
        _ssm.PutParameterAsync(new PutParameterRequest { Name = name, Value = value, Type = type ?? ParameterType.String });

    async Task Seed(string token)
    {
        await Write("/app/queue/token", token, ParameterType.SecureString);
        await {|#0:Write("/app/webhook/signing-secret", token)|};
        await Write("/app/cache/ttl", "60");
    }
}
""",
            Sdk.V4,
            new DiagnosticResult("SRM104", DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task A_request_a_factory_returns_is_judged_where_it_is_made_unless_a_caller_completes_it(Sdk sdk) => VerifyEncryption.AnalyzerAsync("""
using System.IO;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

static class Requests
{
    public static PutObjectRequest Csv(string key, Stream body) => {|#0:new PutObjectRequest|} { BucketName = "b", Key = key, InputStream = body };

    public static PutObjectRequest Base(string key, Stream body) => new PutObjectRequest { BucketName = "b", Key = key, InputStream = body };
}

class Exporter
{
    private readonly IAmazonS3 _s3;

    public Exporter(IAmazonS3 s3) => _s3 = s3;

    private Task SendAsync(PutObjectRequest request) => _s3.PutObjectAsync(request);

    async Task Export(Stream csv, Stream raw)
    {
        await SendAsync(Requests.Csv("report.csv", csv));
        var request = Requests.Base("raw.json", raw);
        request.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS;
        await SendAsync(request);
    }
}
""",
            sdk,
            new DiagnosticResult("SRM101", DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
    }
}
