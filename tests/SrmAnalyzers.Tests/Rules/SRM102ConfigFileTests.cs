using System.Threading.Tasks;
using SrmAnalyzers.Tests.Infrastructure;
using VerifyCS = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.TlsDisabledAnalyzer>;

namespace SrmAnalyzers.Tests.Rules
{
    /// <summary>
    /// SRM102 in the <c>AWS</c> section of appsettings files, the section <c>GetAWSOptions()</c> binds onto
    /// every client's config: the same judgment as for a config built in code (local emulators and
    /// <c>srm.SRM102.allowed_http_hosts</c> may use plain HTTP), at the value in the file.
    /// </summary>
    public class SRM102ConfigFileTests
    {
        private const string Code = "class Program { }";

        private const string Duty = " (customer duty: data protection — encryption in transit)";

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Http_service_url_to_a_remote_host_is_reported_at_the_url(Sdk sdk) => VerifyCS.AnalyzerWithFilesAsync(Code, sdk, new[]
        {
            ("/tests/appsettings.json", """
                {
                  // The integration tests' storage.
                  "AWS": {
                    "Region": "eu-west-1",
                    "ServiceURL": {|#0:"http://s3.corp.internal:9000"|},
                    "UseHttp": true,
                  },
                }
                """),
        }, options: null,
            VerifyCS.Diagnostic("SRM102").WithLocation(0)
                .WithMessage("AWS:ServiceURL in appsettings.json uses http:// to s3.corp.internal: requests, responses and their data travel in clear text" + Duty));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task UseHttp_true_towards_aws_is_reported_at_the_value(Sdk sdk) => VerifyCS.AnalyzerWithFilesAsync(Code, sdk, new[]
        {
            ("/app/appsettings.Production.json", """
                { "AWS": { "Profile": "prod", "UseHttp": {|#0:true|} } }
                """),
            ("/other/appsettings.json", """
                { "aws": { "ServiceURL": "https://s3.eu-west-1.amazonaws.com", "UseHttp": {|#1:" True "|} } }
                """),
        }, options: null,
            VerifyCS.Diagnostic("SRM102").WithLocation(0)
                .WithMessage("AWS:UseHttp = true in appsettings.Production.json sends requests, responses and their data to the service in clear text" + Duty),
            VerifyCS.Diagnostic("SRM102").WithLocation(1));

        [Fact]
        public Task Emulators_https_false_and_settings_the_sdk_does_not_bind_are_not_reported() => VerifyCS.AnalyzerWithFilesAsync(Code, Sdk.V4, new[]
        {
            ("/localstack/appsettings.Development.json", """{ "AWS": { "ServiceURL": "http://localhost:4566", "UseHttp": true } }"""),
            ("/compose/appsettings.json", """{ "AWS": { "ServiceURL": "http://localstack:4566", "UseHttp": "true" } }"""),
            ("/minio/appsettings.json", """{ "AWS": { "ServiceURL": "minio:9000", "UseHttp": true } }"""),
            ("/https/appsettings.json", """{ "AWS": { "ServiceURL": "https://s3.corp.internal", "UseHttp": false } }"""),
            ("/case/appsettings.json", """{ "AWS": { "serviceUrl": "http://s3.corp.internal", "useHttp": true } }"""),
            ("/nested/appsettings.json", """{ "Services": { "AWS": { "ServiceURL": "http://s3.corp.internal", "UseHttp": true } } }"""),
            ("/launch/Properties/launchSettings.json", """{ "AWS": { "ServiceURL": "http://s3.corp.internal", "UseHttp": true } }"""),
            ("/malformed/appsettings.json", """{ "AWS": { "ServiceURL": "http://s3.corp.internal", "UseHttp": true """),
        }, options: null);

        [Fact]
        public Task Allowed_http_hosts_apply_to_configuration_files() => VerifyCS.AnalyzerWithFilesAsync(Code, Sdk.V4, new[]
        {
            ("/ci/appsettings.json", """{ "AWS": { "ServiceURL": "http://minio.ci.internal:9000", "UseHttp": true } }"""),
            ("/build/appsettings.json", """{ "AWS": { "ServiceURL": "http://s3.build.test" } }"""),
            ("/other/appsettings.json", """{ "AWS": { "ServiceURL": {|#0:"http://s3.corp.internal"|} } }"""),
        }, options: "srm.SRM102.allowed_http_hosts = minio.ci.internal, *.test\n",
            VerifyCS.Diagnostic("SRM102").WithLocation(0));
    }
}
