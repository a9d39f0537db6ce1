using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SrmAnalyzers.CodeFixes.Rules;
using SrmAnalyzers.Tests.Infrastructure;
using VerifyCS = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.TlsDisabledAnalyzer>;
using VerifyFix = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.TlsDisabledAnalyzer, SrmAnalyzers.CodeFixes.Rules.TlsDisabledCodeFixProvider>;

namespace SrmAnalyzers.Tests.Rules
{
    public class SRM102Tests
    {
        private const string Usings = @"
using System;
using System.Threading.Tasks;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.SecurityToken;
";

        private const string Duty = " (customer duty: data protection — encryption in transit)";

        // ---- UseHttp -----------------------------------------------------------------------

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task UseHttp_true_on_any_client_config_is_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Clients
{
    class CustomS3Config : AmazonS3Config { }

    void Create()
    {
        var s3 = new AmazonS3Client(new AmazonS3Config { RegionEndpoint = RegionEndpoint.EUWest1, UseHttp = {|#0:true|} });
        var sts = new AmazonSecurityTokenServiceConfig { UseHttp = {|#1:true|} };
        var later = new AmazonS3Config();
        later.UseHttp = {|#2:true|};
        ClientConfig custom = new CustomS3Config { UseHttp = {|#3:true|} };
    }
}", sdk,
            VerifyCS.Diagnostic("SRM102").WithLocation(0).WithMessage("AmazonS3Config.UseHttp = true sends requests, responses and their data to the service in clear text" + Duty),
            VerifyCS.Diagnostic("SRM102").WithLocation(1).WithMessage("AmazonSecurityTokenServiceConfig.UseHttp = true sends requests, responses and their data to the service in clear text" + Duty),
            VerifyCS.Diagnostic("SRM102").WithLocation(2),
            VerifyCS.Diagnostic("SRM102").WithLocation(3).WithMessage("CustomS3Config.UseHttp = true sends requests, responses and their data to the service in clear text" + Duty));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task UseHttp_true_on_a_config_in_a_private_readonly_field_is_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Ingest
{
    private static readonly AmazonS3Config Shared = new() { RegionEndpoint = RegionEndpoint.USWest2, UseHttp = {|#0:true|} };
    private readonly AmazonS3Config _own = new AmazonS3Config { UseHttp = {|#1:true|} };
    private readonly IAmazonS3 _s3;
    private readonly IAmazonS3 _other;

    public Ingest()
    {
        _s3 = new AmazonS3Client(Shared);
        _other = new AmazonS3Client(_own);
        var region = Shared.RegionEndpoint;
    }
}", sdk,
            VerifyCS.Diagnostic("SRM102").WithLocation(0).WithMessage("AmazonS3Config.UseHttp = true sends requests, responses and their data to the service in clear text" + Duty),
            VerifyCS.Diagnostic("SRM102").WithLocation(1));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task UseHttp_true_on_a_field_config_that_may_change_elsewhere_is_not_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Ingest
{
    private static readonly AmazonS3Config Emulated = new() { UseHttp = true };
    private static readonly AmazonS3Config HandedOut = new() { UseHttp = true };
    public static readonly AmazonS3Config Visible = new() { UseHttp = true };
    private static AmazonS3Config _writable = new() { UseHttp = true };

    static Ingest()
    {
        Emulated.ServiceURL = ""http://localhost:4566"";
        Configure(HandedOut);
    }

    static void Configure(AmazonS3Config config) { }
}", sdk);

        [Fact]
        public Task V4_UseHttp_on_a_DynamoDB_config_field_is_reported() => VerifyCS.AnalyzerAsync(@"
using Amazon;
using Amazon.DynamoDBv2;

class Clickstream
{
    private static readonly AmazonDynamoDBConfig DynamoConfig = new() { RegionEndpoint = RegionEndpoint.USWest2, UseHttp = {|SRM102:true|} };
    private readonly IAmazonDynamoDB _dynamo = new AmazonDynamoDBClient(DynamoConfig);
}", Sdk.V4);

        [Fact]
        public Task V4_UseHttp_on_other_service_configs_is_reported() => VerifyCS.AnalyzerAsync(@"
using Amazon.SQS;
using Amazon.DynamoDBv2;

class Clients
{
    void Create()
    {
        var sqs = new AmazonSQSConfig { UseHttp = {|SRM102:true|} };
        var dynamo = new AmazonDynamoDBConfig();
        dynamo.UseHttp = {|SRM102:true|};
    }
}", Sdk.V4);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task UseHttp_values_are_resolved(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Clients
{
    private const bool Plain = true;
    private static readonly bool SharedPlain = true;

    void Create(bool debug, bool fromConfig)
    {
        var a = new AmazonS3Config { UseHttp = {|SRM102:Plain|} };
        var b = new AmazonS3Config { UseHttp = {|SRM102:SharedPlain|} };
        var flag = true;
        var c = new AmazonS3Config { UseHttp = {|SRM102:flag|} };
        var d = new AmazonS3Config { UseHttp = {|SRM102:debug ? true : false|} };
        var e = new AmazonS3Config();
        if (debug)
        {
            e.UseHttp = {|SRM102:true|};
        }

        var unknown = new AmazonS3Config { UseHttp = fromConfig };
        var off = new AmazonS3Config { UseHttp = false };
        var overwritten = new AmazonS3Config { UseHttp = true };
        overwritten.UseHttp = false;
    }
}", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task UseHttp_with_a_local_emulator_service_url_is_not_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Clients
{
    private const string LocalStack = ""http://localstack:4566"";

    void Create(string endpointFromSettings)
    {
        var a = new AmazonS3Config { ServiceURL = ""http://localhost:4566"", UseHttp = true, ForcePathStyle = true };
        var b = new AmazonS3Config { UseHttp = true, ServiceURL = ""http://127.0.0.1:9000"" };
        var c = new AmazonS3Config { UseHttp = true, ServiceURL = ""http://[::1]:4566"" };
        var d = new AmazonS3Config { UseHttp = true, ServiceURL = LocalStack };
        var e = new AmazonS3Config { UseHttp = true, ServiceURL = ""http://minio:9000"" };
        var f = new AmazonS3Config { UseHttp = true, ServiceURL = ""http://s3.dev.localhost:4566"" };
        var g = new AmazonS3Config { UseHttp = true, ServiceURL = ""localhost:4566"" };
        // User information, even with an unencoded '/', is not the host.
        var withUser = new AmazonS3Config { UseHttp = true, ServiceURL = ""http://minio:pass/word@localhost:9000"" };
        var h = new AmazonS3Config();
        h.ServiceURL = ""http://localhost:4566"";
        h.UseHttp = true;

        // A ServiceURL the analyzer cannot see may well be the emulator.
        var fromSettings = new AmazonS3Config { UseHttp = true, ServiceURL = endpointFromSettings };
        var built = new AmazonS3Config { UseHttp = true, ServiceURL = $""http://{endpointFromSettings}:4566"" };
        var configuredElsewhere = new AmazonS3Config { UseHttp = true };
        ApplyEndpoint(configuredElsewhere);
    }

    static void ApplyEndpoint(AmazonS3Config config) { }
}", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task UseHttp_with_a_remote_or_conditional_service_url_is_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Clients
{
    void Create(bool local)
    {
        var https = new AmazonS3Config { ServiceURL = ""https://s3.corp.internal"", UseHttp = {|SRM102:true|} };
        var bare = new AmazonS3Config { ServiceURL = ""s3.corp.internal"", UseHttp = {|SRM102:true|} };
        var either = new AmazonS3Config { ServiceURL = local ? ""http://localhost:4566"" : ""https://s3.eu-west-1.amazonaws.com"", UseHttp = {|SRM102:true|} };
        var onlyWhenLocal = new AmazonS3Config { UseHttp = {|SRM102:true|} };
        if (local)
        {
            onlyWhenLocal.ServiceURL = ""http://localhost:4566"";
        }
    }
}", sdk);

        // ---- ServiceURL --------------------------------------------------------------------

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Http_service_url_to_a_remote_host_is_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Clients
{
    private const string Gateway = ""http://s3-gateway.example.com"";
    private const string Host = ""minio.corp.internal"";
    private static readonly string SharedUrl = ""http://10.0.4.17:9000"";

    void Create(int port, string region, bool prod)
    {
        var a = new AmazonS3Config { ServiceURL = {|#0:""http://minio.corp.internal:9000""|} };
        var b = new AmazonS3Config { ServiceURL = {|SRM102:Gateway|} };
        var c = new AmazonS3Config { ServiceURL = {|SRM102:SharedUrl|} };
        var d = new AmazonS3Config { ServiceURL = {|SRM102:""http://"" + Host + "":"" + port|} };
        var e = new AmazonS3Config { ServiceURL = {|SRM102:$""http://{Host}:{port}/""|} };
        var f = new AmazonS3Config { ServiceURL = {|SRM102:prod ? ""http://s3.corp.internal"" : ""http://localhost:4566""|} };
        var g = new AmazonS3Config();
        g.ServiceURL = {|SRM102:@""HTTP://s3.corp.internal""|};
        var h = new AmazonSecurityTokenServiceConfig { ServiceURL = {|SRM102:""http://sts.amazonaws.com""|} };

        // A host with a part the analyzer cannot resolve is unknown, and unknown is never reported.
        var i = new AmazonS3Config { ServiceURL = $""http://s3.{region}.amazonaws.com"" };
    }
}", sdk,
            VerifyCS.Diagnostic("SRM102").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage("AmazonS3Config.ServiceURL uses http:// to minio.corp.internal: requests, responses and their data travel in clear text" + Duty));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Writes_on_configs_and_requests_created_elsewhere_are_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Holder
{
    public AmazonS3Config Config { get; } = new AmazonS3Config();
}

class Clients
{
    private readonly AmazonS3Config _config = new AmazonS3Config();

    ClientConfig Shared { get; } = new AmazonS3Config();

    void Configure(AmazonS3Config config, GetPreSignedUrlRequest link, Func<AmazonS3Config> factory)
    {
        config.ServiceURL = {|#0:""http://s3.corp.internal""|};
        _config.ServiceURL = {|SRM102:""http://10.1.2.3:9000""|};
        Shared.ServiceURL = {|SRM102:""http://s3.corp.internal""|};
        var made = factory();
        made.ServiceURL = {|SRM102:""http://s3.corp.internal""|};
        var holder = new Holder { Config = { ServiceURL = {|SRM102:""http://s3.corp.internal""|} } };
        link.Protocol = {|SRM102:Protocol.HTTP|};

        // Fine: local, secure, unknown; UseHttp needs the config's ServiceURL, which is out of sight here.
        config.ServiceURL = ""http://localhost:4566"";
        _config.ServiceURL = ""https://s3.corp.internal"";
        Shared.ServiceURL = Environment.GetEnvironmentVariable(""AWS_ENDPOINT_URL"");
        config.UseHttp = true;
        link.Protocol = Protocol.HTTPS;
    }
}", sdk,
            VerifyCS.Diagnostic("SRM102").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage("AmazonS3Config.ServiceURL uses http:// to s3.corp.internal: requests, responses and their data travel in clear text" + Duty));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_works_on_writes_to_configs_created_elsewhere(Sdk sdk) => VerifyFix.CodeFixAsync(Usings + @"
class Clients
{
    private readonly AmazonS3Config _config = new AmazonS3Config();

    void Configure(AmazonS3Config config)
    {
        config.ServiceURL = {|SRM102:""http://s3.corp.internal""|};
        _config.ServiceURL = {|SRM102:$""http://s3.corp.internal:{9000}""|};
    }
}", Usings + @"
class Clients
{
    private readonly AmazonS3Config _config = new AmazonS3Config();

    void Configure(AmazonS3Config config)
    {
        config.ServiceURL = ""https://s3.corp.internal"";
        _config.ServiceURL = $""https://s3.corp.internal:{9000}"";
    }
}", sdk, TlsDisabledCodeFixProvider.UseHttpsEquivalenceKey);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_works_on_requests_created_elsewhere(Sdk sdk) => VerifyFix.CodeFixAsync(Usings + @"
class Links
{
    void Configure(GetPreSignedUrlRequest link, GetPreSignedUrlRequest other)
    {
        link.Protocol = {|SRM102:Protocol.HTTP|};
        other.Protocol = {|SRM102:Protocol.HTTP|};
    }
}", Usings + @"
class Links
{
    void Configure(GetPreSignedUrlRequest link, GetPreSignedUrlRequest other)
    {
        link.Protocol = Protocol.HTTPS;
        other.Protocol = Protocol.HTTPS;
    }
}", sdk, TlsDisabledCodeFixProvider.UseProtocolHttpsEquivalenceKey);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task One_diagnostic_per_config_even_with_UseHttp_too(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Clients
{
    void Create()
    {
        var config = new AmazonS3Config { UseHttp = true, ServiceURL = ""http://s3.corp.internal"" };
        config.ServiceURL = {|SRM102:""http://s3.other.internal""|};
    }
}", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Https_local_and_unknown_service_urls_are_not_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Clients
{
    void Create(string host, string url, Func<string> read)
    {
        var a = new AmazonS3Config { ServiceURL = ""https://minio.corp.internal"" };
        var b = new AmazonS3Config { ServiceURL = ""http://localhost:4566"" };
        var c = new AmazonS3Config { ServiceURL = ""http://127.0.0.1:4566"" };
        var d = new AmazonS3Config { ServiceURL = ""http://[::1]:9000"" };
        var e = new AmazonS3Config { ServiceURL = ""http://localstack:4566"" };
        var f = new AmazonS3Config { ServiceURL = ""http://minio:9000"" };
        var g = new AmazonS3Config { ServiceURL = ""http://storage.localhost"" };
        var h = new AmazonS3Config { ServiceURL = ""http://"" + host };
        var i = new AmazonS3Config { ServiceURL = $""http://{host}:9000"" };
        var j = new AmazonS3Config { ServiceURL = ""http://minio"" + host };
        var k = new AmazonS3Config { ServiceURL = url };
        var l = new AmazonS3Config { ServiceURL = read() };
        var m = new AmazonS3Config { ServiceURL = Environment.GetEnvironmentVariable(""AWS_ENDPOINT_URL"") };
        var n = new AmazonS3Config { ServiceURL = ""http://LocalHost:4566/"" };
        var o = new AmazonS3Config { ServiceURL = ""http://user:pw@localhost:4566"" };
    }
}", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Look_alike_config_types_are_not_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
namespace MyCompany
{
    class ClientConfig
    {
        public bool UseHttp { get; set; }
        public string ServiceURL { get; set; } = """";
    }

    class AmazonS3Config : ClientConfig { }

    class GetPreSignedUrlRequest
    {
        public Amazon.S3.Protocol Protocol { get; set; }
    }

    class Use
    {
        void Create()
        {
            var a = new ClientConfig { UseHttp = true, ServiceURL = ""http://s3.corp.internal"" };
            var b = new AmazonS3Config { UseHttp = true };
            var c = new GetPreSignedUrlRequest { Protocol = Amazon.S3.Protocol.HTTP };
        }
    }
}", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Configs_inside_mock_expressions_are_not_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
namespace Moq
{
    public static class It
    {
        public static T Is<T>(System.Linq.Expressions.Expression<Func<T, bool>> match) => default!;
    }
}

class Tests
{
    void Verify(Action<AmazonS3Config> check)
    {
        Moq.It.Is<AmazonS3Config>(c => Equals(c, new AmazonS3Config { UseHttp = true }));
    }
}", sdk);

        // ---- Options -----------------------------------------------------------------------

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public async Task Allowed_http_hosts_option_adds_hosts(Sdk sdk)
        {
            const string Template = Usings + @"
class Clients
{
    void Create()
    {
        var a = new AmazonS3Config { ServiceURL = [A""http://minio.corp.internal:9000""] };
        var b = new AmazonS3Config { ServiceURL = [B""http://s3.test:9000""] };
        var c = new AmazonS3Config { ServiceURL = ""https://s3.ci.internal"", UseHttp = [Ctrue] };
        var d = new AmazonS3Config { ServiceURL = {|SRM102:""http://minio.corp.internal.evil.example""|} };
        var e = new AmazonS3Config { ServiceURL = {|SRM102:""http://test""|} };
    }
}";
            var withOption = Template.Replace("[A", "").Replace("[B", "").Replace("[C", "").Replace("]", "");
            var withoutOption = Template.Replace("[A", "{|SRM102:").Replace("[B", "{|SRM102:").Replace("[C", "{|SRM102:").Replace("]", "|}");

            await VerifyCS.AnalyzerAsync(withOption, sdk, "srm.SRM102.allowed_http_hosts = minio.corp.internal, *.test, S3.CI.Internal\n", stubs: null);

            // Without the option the same code has five findings: the option is what silences three of them.
            await VerifyCS.AnalyzerAsync(withoutOption, sdk);
        }

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Malformed_allowed_http_hosts_falls_back_to_the_default(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Clients
{
    void Create()
    {
        var a = new AmazonS3Config { ServiceURL = {|SRM102:""http://minio.corp.internal:9000""|} };
        var b = new AmazonS3Config { ServiceURL = ""http://localhost:4566"" };
    }
}", sdk, "srm.SRM102.allowed_http_hosts = minio.corp.internal, http://bad host/, ,,\n", stubs: null);

        // ---- Presigned URLs ----------------------------------------------------------------

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Presigned_url_over_http_is_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Links
{
    private const Protocol Plain = Protocol.HTTP;

    void Create(bool insecure)
    {
        var a = new GetPreSignedUrlRequest { BucketName = ""b"", Key = ""k"", Expires = DateTime.UtcNow.AddMinutes(5), Protocol = {|#0:Protocol.HTTP|} };
        var b = new GetPreSignedUrlRequest { BucketName = ""b"", Key = ""k"" };
        b.Protocol = {|SRM102:Amazon.S3.Protocol.HTTP|};
        var c = new GetPreSignedUrlRequest { Protocol = {|SRM102:Plain|} };
        var d = new GetPreSignedUrlRequest { Protocol = {|SRM102:insecure ? Protocol.HTTP : Protocol.HTTPS|} };
        var e = new GetPreSignedUrlRequest { Protocol = Protocol.HTTPS };
        var f = new GetPreSignedUrlRequest { Protocol = Protocol.HTTP };
        f.Protocol = Protocol.HTTPS;
    }
}", sdk,
            VerifyCS.Diagnostic("SRM102").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage("GetPreSignedUrlRequest.Protocol = Protocol.HTTP makes a presigned URL whose request and data travel in clear text" + Duty));

        // ---- Fixes -------------------------------------------------------------------------

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_changes_the_scheme_in_literals_interpolations_and_concatenations(Sdk sdk) => VerifyFix.CodeFixAsync(Usings + @"
class Clients
{
    void Create(int port, bool prod)
    {
        var a = new AmazonS3Config { ServiceURL = {|SRM102:""http://minio.corp.internal:9000""|} };
        var b = new AmazonS3Config { ServiceURL = {|SRM102:$""http://s3.corp.internal:{port}""|} };
        var c = new AmazonS3Config { ServiceURL = {|SRM102:""HTTP://s3.corp.internal:"" + port|} };
        var d = new AmazonS3Config { ServiceURL = {|SRM102:prod ? @""http://s3.corp.internal"" : ""http://localhost:4566""|} };
    }
}", Usings + @"
class Clients
{
    void Create(int port, bool prod)
    {
        var a = new AmazonS3Config { ServiceURL = ""https://minio.corp.internal:9000"" };
        var b = new AmazonS3Config { ServiceURL = $""https://s3.corp.internal:{port}"" };
        var c = new AmazonS3Config { ServiceURL = ""HTTPS://s3.corp.internal:"" + port };
        var d = new AmazonS3Config { ServiceURL = prod ? @""https://s3.corp.internal"" : ""http://localhost:4566"" };
    }
}", sdk, TlsDisabledCodeFixProvider.UseHttpsEquivalenceKey);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task No_fix_for_a_shared_constant(Sdk sdk)
        {
            const string Source = Usings + @"
class Clients
{
    private const string Gateway = ""http://s3-gateway.example.com"";
    private const string Scheme = ""http://"";

    void Create()
    {
        var a = new AmazonS3Config { ServiceURL = {|SRM102:Gateway|} };
        var b = new AmazonS3Config { ServiceURL = {|SRM102:Scheme + ""s3.corp.internal""|} };
    }
}";
            return VerifyFix.CodeFixAsync(Source, Source, sdk, TlsDisabledCodeFixProvider.UseHttpsEquivalenceKey);
        }

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_removes_UseHttp_from_initializers_and_statements(Sdk sdk) => VerifyFix.CodeFixAsync(Usings + @"
class Clients
{
    void Create()
    {
        var a = new AmazonS3Config { RegionEndpoint = RegionEndpoint.EUWest1, UseHttp = {|SRM102:true|} };
        var b = new AmazonS3Config
        {
            UseHttp = {|SRM102:true|},
            RegionEndpoint = RegionEndpoint.EUWest1,
        };
        var c = new AmazonS3Config();
        c.UseHttp = {|SRM102:true|};
        c.Timeout = TimeSpan.FromSeconds(5);
    }
}", Usings + @"
class Clients
{
    void Create()
    {
        var a = new AmazonS3Config { RegionEndpoint = RegionEndpoint.EUWest1 };
        var b = new AmazonS3Config
        {
            RegionEndpoint = RegionEndpoint.EUWest1,
        };
        var c = new AmazonS3Config();
        c.Timeout = TimeSpan.FromSeconds(5);
    }
}", sdk, TlsDisabledCodeFixProvider.DisableUseHttpEquivalenceKey);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_removes_UseHttp_from_field_initializers(Sdk sdk) => VerifyFix.CodeFixAsync(Usings + @"
class Clients
{
    private static readonly AmazonS3Config First = new() { RegionEndpoint = RegionEndpoint.EUWest1, UseHttp = {|SRM102:true|} };
    private static readonly AmazonS3Config Second = new AmazonS3Config { UseHttp = {|SRM102:true|}, RegionEndpoint = RegionEndpoint.EUWest1 };
}", Usings + @"
class Clients
{
    private static readonly AmazonS3Config First = new() { RegionEndpoint = RegionEndpoint.EUWest1 };
    private static readonly AmazonS3Config Second = new AmazonS3Config { RegionEndpoint = RegionEndpoint.EUWest1 };
}", sdk, TlsDisabledCodeFixProvider.DisableUseHttpEquivalenceKey);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_sets_UseHttp_false_when_removal_is_awkward(Sdk sdk) => VerifyFix.CodeFixAsync(Usings + @"
class Clients
{
    void Create(bool debug)
    {
        var a = new AmazonS3Config();
        if (debug) a.UseHttp = {|SRM102:true|};
        var b = new AmazonS3Config { UseHttp = false };
        b.UseHttp = {|SRM102:true|};
    }
}", Usings + @"
class Clients
{
    void Create(bool debug)
    {
        var a = new AmazonS3Config();
        if (debug) a.UseHttp = false;
        var b = new AmazonS3Config { UseHttp = false };
        b.UseHttp = false;
    }
}", sdk, TlsDisabledCodeFixProvider.DisableUseHttpEquivalenceKey);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_uses_Protocol_HTTPS(Sdk sdk) => VerifyFix.CodeFixAsync(Usings + @"
class Links
{
    void Create(bool insecure)
    {
        var a = new GetPreSignedUrlRequest { BucketName = ""b"", Protocol = {|SRM102:Protocol.HTTP|} };
        var b = new GetPreSignedUrlRequest();
        b.Protocol = {|SRM102:Amazon.S3.Protocol.HTTP|};
        var c = new GetPreSignedUrlRequest { Protocol = {|SRM102:insecure ? Protocol.HTTP : Protocol.HTTPS|} };
    }
}", Usings + @"
class Links
{
    void Create(bool insecure)
    {
        var a = new GetPreSignedUrlRequest { BucketName = ""b"", Protocol = Protocol.HTTPS };
        var b = new GetPreSignedUrlRequest();
        b.Protocol = Amazon.S3.Protocol.HTTPS;
        var c = new GetPreSignedUrlRequest { Protocol = insecure ? Protocol.HTTPS : Protocol.HTTPS };
    }
}", sdk, TlsDisabledCodeFixProvider.UseProtocolHttpsEquivalenceKey);
    }
}
