using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SrmAnalyzers.Tests.Infrastructure;
using VerifyAcl = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.PublicS3AclAnalyzer>;
using VerifyPolicy = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.WildcardPolicyActionAnalyzer>;
using VerifyEncryption = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.S3ObjectEncryptionAnalyzer>;
using VerifyTls = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.TlsDisabledAnalyzer>;

namespace SrmAnalyzers.Tests.Rules
{
    /// <summary>
    /// Config-parsing helpers (catalog, "Values that cross members"): a helper returns an unsafe
    /// SDK constant as its default or fallback, a constructor stores the result in a field, another
    /// method writes the field into a request. Reported at the helper's return (where the value is
    /// chosen), the request's write as an additional location; a helper whose every return is safe is silent.
    /// </summary>
    public class HelperReturnTests
    {
        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task A_parser_fallback_stored_in_a_field_is_reported_at_the_return(Sdk sdk) => VerifyAcl.AnalyzerAsync("""
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

static class AclSettings
{
    public static S3CannedACL Parse(string value)
    {
        switch (value)
        {
            case "private":
                return S3CannedACL.Private;
            case "bucket-owner-full-control":
                return S3CannedACL.BucketOwnerFullControl;
            default:
                return {|#0:S3CannedACL.PublicRead|};
        }
    }

    public static S3CannedACL Strict(string value) => value == "owner" ? S3CannedACL.BucketOwnerFullControl : S3CannedACL.Private;
}

class Publisher
{
    private readonly IAmazonS3 _s3;
    private readonly S3CannedACL _acl;
    private readonly S3CannedACL _strictAcl;

    public Publisher(IAmazonS3 s3, string aclSetting)
    {
        _s3 = s3;
        _acl = AclSettings.Parse(aclSetting);
        _strictAcl = AclSettings.Strict(aclSetting);
    }

    public Task Publish(string key) =>
        _s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = key, CannedACL = _acl, ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 });

    public Task Archive(string key) =>
        _s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = key, CannedACL = _strictAcl, ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 });
}
""",
            sdk,
            new DiagnosticResult("SRM401", DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("S3 canned ACL public-read makes the object readable by anyone on the internet (the value AclSettings.Parse returns here, used at Test0.cs(37))"));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task A_parser_fallback_stored_in_a_settings_object_property_is_reported_at_the_return(Sdk sdk) => VerifyAcl.AnalyzerAsync("""
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

public sealed class PublishOptions
{
    public S3CannedACL Acl { get; set; } = S3CannedACL.Private;
    public S3CannedACL ArchiveAcl { get; set; } = S3CannedACL.Private;
}

class Publisher
{
    private readonly IAmazonS3 _s3;
    private readonly PublishOptions _options;

    public Publisher(IAmazonS3 s3, string? aclSetting)
    {
        _s3 = s3;
        _options = new PublishOptions { Acl = ParseAcl(aclSetting), ArchiveAcl = ParseStrict(aclSetting) };
    }

    private static S3CannedACL ParseAcl(string? value) => value == "private" ? S3CannedACL.Private : {|#0:S3CannedACL.PublicRead|};

    private static S3CannedACL ParseStrict(string? value) => value == "owner" ? S3CannedACL.BucketOwnerFullControl : S3CannedACL.Private;

    public Task Publish(string key) =>
        _s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = key, CannedACL = _options.Acl, ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 });

    public Task Archive(string key) =>
        _s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = key, CannedACL = _options.ArchiveAcl, ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 });
}
""",
            sdk,
            new DiagnosticResult("SRM401", DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("S3 canned ACL public-read makes the object readable by anyone on the internet (the value Publisher.ParseAcl returns here, used at Test0.cs(27))"));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task An_encryption_setting_defaulting_to_none_is_reported_at_the_return(Sdk sdk) => VerifyEncryption.AnalyzerAsync("""
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

class UploadOptions
{
    private readonly string _mode;

    public UploadOptions(string mode) => _mode = mode;

    public ServerSideEncryptionMethod Encryption
    {
        get
        {
            if (string.IsNullOrEmpty(_mode))
            {
                return {|#0:ServerSideEncryptionMethod.None|};
            }

            return _mode == "kms" ? ServerSideEncryptionMethod.AWSKMS : ServerSideEncryptionMethod.AES256;
        }
    }
}

class Uploader
{
    public Task Upload(IAmazonS3 s3, UploadOptions options) =>
        s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "k", ServerSideEncryptionMethod = options.Encryption });
}
""",
            sdk,
            new DiagnosticResult("SRM101", DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task An_http_endpoint_returned_by_a_settings_helper_is_reported_at_the_return(Sdk sdk) => VerifyTls.AnalyzerAsync("""
using Amazon.S3;

static class Endpoints
{
    public static string StorageUrl(string configured) => string.IsNullOrEmpty(configured) ? {|#0:"http://storage.internal.example.com"|} : configured;

    public static string LocalUrl(string configured) => configured ?? "http://localhost:4566";
}

class ClientFactory
{
    private readonly string _url;

    public ClientFactory(string configured) => _url = Endpoints.StorageUrl(configured);

    public IAmazonS3 Create() => new AmazonS3Client(new AmazonS3Config { ServiceURL = _url });

    public IAmazonS3 CreateLocal(string configured) => new AmazonS3Client(new AmazonS3Config { ServiceURL = Endpoints.LocalUrl(configured) });
}
""",
            sdk,
            new DiagnosticResult("SRM102", DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task A_constant_a_constructor_stores_in_a_private_field_is_reported_at_the_request_write(Sdk sdk) => VerifyAcl.AnalyzerAsync("""
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

class Publisher
{
    private readonly S3CannedACL _acl;
    private readonly S3CannedACL _ownerAcl = S3CannedACL.BucketOwnerFullControl;
    public S3CannedACL Configurable = S3CannedACL.PublicRead;

    public Publisher(bool shareWithEveryone) => _acl = shareWithEveryone ? S3CannedACL.PublicRead : S3CannedACL.Private;

    public Task Publish(IAmazonS3 s3) =>
        s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "k", CannedACL = {|#0:_acl|}, ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 });

    public Task Archive(IAmazonS3 s3) =>
        s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "a", CannedACL = _ownerAcl, ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 });

    // A public field may be changed by any code before the call: its initializer is not the value sent.
    public Task Share(IAmazonS3 s3) =>
        s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "s", CannedACL = Configurable, ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 });
}
""",
            sdk,
            new DiagnosticResult("SRM401", DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments("S3 canned ACL public-read makes the object readable by anyone on the internet"));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public async Task A_wildcard_chosen_by_a_ternary_inside_a_helper_built_policy_is_reported_at_the_helper(Sdk sdk)
        {
            var source = """"
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

static class Policies
{
    public static string ForRole(string roleArn, bool maintainer) =>
        $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"{{roleArn}}"},"Action":"{{(maintainer ? "s3:*" : "s3:GetObject")}}","Resource":"arn:aws:s3:::b/*"}]}""";

    public static string ReadOnly(string roleArn) =>
        $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"{{roleArn}}"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}""";
}

class Grants
{
    Task Maintainers(IAmazonS3 s3, string role) => s3.PutBucketPolicyAsync(new PutBucketPolicyRequest { BucketName = "b", Policy = Policies.ForRole(role, maintainer: true) });

    Task Readers(IAmazonS3 s3, string role) => s3.PutBucketPolicyAsync(new PutBucketPolicyRequest { BucketName = "b", Policy = Policies.ReadOnly(role) });
}
"""";
            var result = await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(new[] { source }, sdk));
            Assert.Empty(result.Exceptions);
            var diagnostic = Assert.Single(result.Diagnostics, d => d.Id.StartsWith("SRM", System.StringComparison.Ordinal));
            Assert.Equal("SRM201", diagnostic.Id);
            Assert.StartsWith("$$\"\"\"{\"Version\"", diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
            Assert.Equal(7, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        }
        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public async Task A_wildcard_resource_chosen_against_a_parameter_and_passed_through_a_wrapper_is_reported_at_the_helper(Sdk sdk)
        {
            var source = """"
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

class Roles
{
    private readonly IAmazonIdentityManagementService _iam;

    public Roles(IAmazonIdentityManagementService iam) => _iam = iam;

    private static string PassRole(string roleArn, bool anyRole) =>
        $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:PassRole","Resource":"{{(anyRole ? "*" : roleArn)}}"}]}""";

    private Task Attach(string role, string document) =>
        _iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = role, PolicyName = "pass", PolicyDocument = document });

    public Task Deploy() => Attach("deployer", PassRole("arn:aws:iam::111122223333:role/app", anyRole: true));
}
"""";
            var sources = new[] { source, Stubs.Get("IdentityManagement.cs").Source };
            var result = await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(sources, sdk));
            Assert.Empty(result.Exceptions);
            var diagnostic = Assert.Single(result.Diagnostics, d => d.Id.StartsWith("SRM", System.StringComparison.Ordinal));
            Assert.Equal("SRM203", diagnostic.Id);
            Assert.Equal(11, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
            Assert.StartsWith("$$", diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan), System.StringComparison.Ordinal);
        }
    }
}
