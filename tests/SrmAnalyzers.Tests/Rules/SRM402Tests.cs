using System.Threading.Tasks;
using SrmAnalyzers.CodeFixes.Rules;
using SrmAnalyzers.Rules;
using SrmAnalyzers.Tests.Infrastructure;
using VerifyCS = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.S3BlockPublicAccessAnalyzer>;
using VerifyFix = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.S3BlockPublicAccessAnalyzer, SrmAnalyzers.CodeFixes.Rules.S3BlockPublicAccessCodeFixProvider>;

namespace SrmAnalyzers.Tests.Rules
{
    public class SRM402Tests
    {
        private const string Usings = @"
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
";

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Put_with_a_setting_false_is_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Storage
{
    async Task Open(IAmazonS3 s3)
    {
        await s3.PutPublicAccessBlockAsync({|#0:new PutPublicAccessBlockRequest|}
        {
            BucketName = ""assets"",
            PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
            {
                BlockPublicAcls = true,
                IgnorePublicAcls = true,
                BlockPublicPolicy = {|#1:false|},
                RestrictPublicBuckets = true,
            },
        });
    }
}", sdk, VerifyCS.Diagnostic("SRM402").WithLocation(1).WithLocation(0).WithArguments("PutPublicAccessBlockRequest leaves BlockPublicPolicy off, weakening S3 Block Public Access"));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Put_with_all_four_true_is_not_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Storage
{
    async Task Lock(IAmazonS3 s3, string bucket)
    {
        var config = new PublicAccessBlockConfiguration { BlockPublicAcls = true, IgnorePublicAcls = true, BlockPublicPolicy = true, RestrictPublicBuckets = true };
        await s3.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest { BucketName = bucket, PublicAccessBlockConfiguration = config });
    }
}", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public async Task Missing_settings_and_missing_configuration_are_reported(Sdk sdk)
        {
            await VerifyCS.AnalyzerAsync(Usings + @"
class Storage
{
    async Task Open(IAmazonS3 s3)
    {
        await s3.PutPublicAccessBlockAsync({|SRM402:new PutPublicAccessBlockRequest|}
        {
            BucketName = ""assets"",
            PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration { BlockPublicAcls = true, IgnorePublicAcls = true },
        });
        await s3.PutPublicAccessBlockAsync({|SRM402:new PutPublicAccessBlockRequest|} { BucketName = ""logs"" });
    }
}", sdk);
        }

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Later_assignments_and_constants_are_followed(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Storage
{
    private const bool Relaxed = false;
    private static readonly bool Strict = true;

    async Task Open(IAmazonS3 s3, bool relax)
    {
        var request = {|#0:new PutPublicAccessBlockRequest|}
        {
            BucketName = ""assets"",
            PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration { BlockPublicAcls = true, IgnorePublicAcls = true, BlockPublicPolicy = true, RestrictPublicBuckets = true },
        };
        request.PublicAccessBlockConfiguration.RestrictPublicBuckets = {|#1:Relaxed|};
        await s3.PutPublicAccessBlockAsync(request);

        var conditional = {|#2:new PutPublicAccessBlockRequest|}
        {
            BucketName = ""assets"",
            PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration { BlockPublicAcls = {|#3:relax ? false : true|}, IgnorePublicAcls = Strict, BlockPublicPolicy = true, RestrictPublicBuckets = true },
        };
        await s3.PutPublicAccessBlockAsync(conditional);

        var fixedLater = new PutPublicAccessBlockRequest
        {
            BucketName = ""assets"",
            PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration { BlockPublicAcls = false, IgnorePublicAcls = true, BlockPublicPolicy = true, RestrictPublicBuckets = true },
        };
        fixedLater.PublicAccessBlockConfiguration.BlockPublicAcls = true;
        await s3.PutPublicAccessBlockAsync(fixedLater);
    }
}", sdk, VerifyCS.Diagnostic("SRM402").WithLocation(1).WithLocation(0), VerifyCS.Diagnostic("SRM402").WithLocation(3).WithLocation(2));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Static_readonly_fields_built_from_other_fields_are_resolved(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
static class BucketDefaults
{
    public const bool Relaxed = false;
    public static readonly bool Inherited = Relaxed;
}

class Storage
{
    private static readonly bool Weak = BucketDefaults.Inherited;
    private static readonly bool Loop = Loop && Weak;

    async Task Open(IAmazonS3 s3)
    {
        var request = {|#0:new PutPublicAccessBlockRequest|}
        {
            BucketName = ""assets"",
            PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration { BlockPublicAcls = true, IgnorePublicAcls = true, BlockPublicPolicy = true, RestrictPublicBuckets = Loop },
        };
        request.PublicAccessBlockConfiguration.BlockPublicPolicy = {|#1:Weak|};
        await s3.PutPublicAccessBlockAsync(request);
    }
}", sdk, VerifyCS.Diagnostic("SRM402").WithLocation(1).WithLocation(0).WithArguments("PutPublicAccessBlockRequest leaves BlockPublicPolicy off, weakening S3 Block Public Access"));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Unknown_values_and_configurations_from_elsewhere_are_not_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Storage
{
    async Task Apply(IAmazonS3 s3, PublicAccessBlockConfiguration fromCaller, bool flag)
    {
        await s3.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest { BucketName = ""a"", PublicAccessBlockConfiguration = fromCaller });
        await s3.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest
        {
            BucketName = ""b"",
            PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration { BlockPublicAcls = flag, IgnorePublicAcls = flag, BlockPublicPolicy = flag, RestrictPublicBuckets = flag },
        });

        var handedOver = new PutPublicAccessBlockRequest { BucketName = ""c"" };
        Configure(handedOver);
        await s3.PutPublicAccessBlockAsync(handedOver);
    }

    static void Configure(PutPublicAccessBlockRequest request) { }
}", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Delete_is_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Storage
{
    Task Open(IAmazonS3 s3) => s3.DeletePublicAccessBlockAsync({|SRM402:new DeletePublicAccessBlockRequest|} { BucketName = ""assets"" });
}", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Look_alike_types_and_test_double_expressions_are_not_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
namespace Moq
{
    public static class It { public static T Is<T>(System.Func<T, bool> match) => default!; }
}

namespace MyCompany.Storage
{
    public class PutPublicAccessBlockRequest { public bool BlockPublicAcls { get; set; } }
    public class DeletePublicAccessBlockRequest { }

    class Admin
    {
        void Run()
        {
            var mine = new PutPublicAccessBlockRequest { BlockPublicAcls = false };
            var other = new DeletePublicAccessBlockRequest();
            var expectation = Moq.It.Is<Amazon.S3.Model.PutPublicAccessBlockRequest>(r => r.BucketName == new Amazon.S3.Model.DeletePublicAccessBlockRequest().BucketName);
        }
    }
}", sdk);

        [Fact]
        public Task No_analysis_without_the_sdk() => VerifyCS.AnalyzerAsync(@"
class PutPublicAccessBlockRequest { public bool BlockPublicAcls { get; set; } }
class C { object M() => new PutPublicAccessBlockRequest { BlockPublicAcls = false }; }", Sdk.V4);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_from_an_explicit_false_switches_it_on(Sdk sdk) => VerifyFix.CodeFixAsync(Usings + @"
class Storage
{
    async Task Open(IAmazonS3 s3)
    {
        var request = {|#0:new PutPublicAccessBlockRequest|}
        {
            BucketName = ""assets"",
            PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration { BlockPublicAcls = true, IgnorePublicAcls = true, BlockPublicPolicy = true, RestrictPublicBuckets = true },
        };
        request.PublicAccessBlockConfiguration.RestrictPublicBuckets = {|#1:false|};
        await s3.PutPublicAccessBlockAsync(request);
    }
}", Usings + @"
class Storage
{
    async Task Open(IAmazonS3 s3)
    {
        var request = new PutPublicAccessBlockRequest
        {
            BucketName = ""assets"",
            PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration { BlockPublicAcls = true, IgnorePublicAcls = true, BlockPublicPolicy = true, RestrictPublicBuckets = true },
        };
        request.PublicAccessBlockConfiguration.RestrictPublicBuckets = true;
        await s3.PutPublicAccessBlockAsync(request);
    }
}", sdk, S3BlockPublicAccessCodeFixProvider.EquivalenceKey, expected: new[] { VerifyCS.Diagnostic("SRM402").WithLocation(1).WithLocation(0) });

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_sets_every_setting_true_in_place(Sdk sdk) => VerifyFix.CodeFixAsync(Usings + @"
class Storage
{
    async Task Open(IAmazonS3 s3)
    {
        var request = {|SRM402:new PutPublicAccessBlockRequest|}
        {
            BucketName = ""assets"",
            PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
            {
                BlockPublicAcls = true,
                BlockPublicPolicy = false, // was relaxed for the CDN
            },
        };
        request.PublicAccessBlockConfiguration.RestrictPublicBuckets = false;
        await s3.PutPublicAccessBlockAsync(request);
        await s3.PutPublicAccessBlockAsync({|SRM402:new PutPublicAccessBlockRequest|} { BucketName = ""logs"" });
    }
}", Usings + @"
class Storage
{
    async Task Open(IAmazonS3 s3)
    {
        var request = new PutPublicAccessBlockRequest
        {
            BucketName = ""assets"",
            PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
            {
                BlockPublicAcls = true,
                BlockPublicPolicy = true, // was relaxed for the CDN
                IgnorePublicAcls = true,
                RestrictPublicBuckets = true,
            },
        };
        request.PublicAccessBlockConfiguration.RestrictPublicBuckets = true;
        await s3.PutPublicAccessBlockAsync(request);
        await s3.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest { BucketName = ""logs"", PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration { BlockPublicAcls = true, IgnorePublicAcls = true, BlockPublicPolicy = true, RestrictPublicBuckets = true } });
    }
}", sdk, S3BlockPublicAccessCodeFixProvider.EquivalenceKey);
    }
}
