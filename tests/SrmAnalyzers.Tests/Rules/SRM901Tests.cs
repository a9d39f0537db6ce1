using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SrmAnalyzers.Tests.Infrastructure;
using VerifyCS = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.InvalidOptionAnalyzer>;

namespace SrmAnalyzers.Tests.Rules
{
    public class SRM901Tests
    {
        private const string Source = @"
using Amazon.S3;
class Storage { IAmazonS3? Client { get; set; } }";

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Valid_options_are_accepted(Sdk sdk) => VerifyCS.AnalyzerAsync(
            Source,
            sdk,
            "srm.SRM101.required_encryption = KMS\nsrm.SRM105.min_pending_days = 14\nsrm.SRM403.admin_ports = 22, 2222\nsrm.SRM102.allowed_http_hosts = localstack, *.test\n",
            stubs: null);

        [Theory]
        [InlineData("srm.SRM101.required_encryption = strict", "Option 'srm.SRM101.required_encryption' has the value 'strict', but accepts any or kms; SRM101 uses its default (any)")]
        [InlineData("srm.SRM105.min_pending_days = 3", "Option 'srm.SRM105.min_pending_days' has the value '3', but accepts a whole number of days from 7 to 30; SRM105 uses its default (30)")]
        [InlineData("srm.SRM403.admin_ports = 22, ssh", "Option 'srm.SRM403.admin_ports' has the value '22, ssh', but accepts a comma-separated list of port numbers from 0 to 65535; SRM403 uses its default (22,3389,3306,5432,1433,1521,6379,9200,27017)")]
        [InlineData("srm.SRM102.allowed_http_hosts = http://minio:9000", "Option 'srm.SRM102.allowed_http_hosts' has the value 'http://minio:9000', but accepts a comma-separated list of host names, each optionally starting with '*.' (e.g. localstack, *.test); SRM102 uses its default ((none: loopback, localhost, *.localhost, localstack and minio are always allowed))")]
        public Task Malformed_values_are_reported_once_with_what_is_accepted(string option, string message) => VerifyCS.AnalyzerAsync(
            Source + "\nclass Other { }",
            Sdk.V4,
            option + "\n",
            stubs: null,
            new DiagnosticResult("SRM901", DiagnosticSeverity.Warning).WithNoLocation().WithMessage(message));

        [Fact]
        public Task Unknown_keys_are_reported() => VerifyCS.AnalyzerAsync(
            Source,
            Sdk.V4,
            "srm.SRM101.required_encrypt = kms\n",
            stubs: null,
            new DiagnosticResult("SRM901", DiagnosticSeverity.Warning).WithNoLocation().WithMessage(
                "Option 'srm.srm101.required_encrypt' is not read by any SrmAnalyzers rule; known options: srm.SRM101.required_encryption, srm.SRM102.allowed_http_hosts, srm.SRM105.min_pending_days, srm.SRM403.admin_ports, srm.SRM403.allowed_public_ports"));

        [Fact]
        public async Task Projects_without_the_sdk_get_nothing()
        {
            var result = await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(new[] { "class C { }" }, sdk: null));
            Assert.Empty(result.Exceptions);
            Assert.Empty(result.Srm);
        }
    }
}
