using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SrmAnalyzers.Tests.Infrastructure;
using VerifyCS = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.InvalidOptionAnalyzer>;

namespace SrmAnalyzers.Tests.Rules
{
    public class SRM901Tests
    {
        /// <summary>The hosts SRM102 always allows, as the SRM901 message lists them (docs/rules/SRM102.md and docs/configuration.md list them too).</summary>
        private const string LocalHosts = "loopback addresses, localhost, *.localhost, 0.0.0.0, host.docker.internal, localhost.localstack.cloud, *.localhost.localstack.cloud, localstack, minio";

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

        /// <summary><c>none</c> is the documented empty list; <c>unset</c> is EditorConfig's way to remove an outer file's value.</summary>
        [Theory]
        [InlineData("srm.SRM403.allowed_public_ports = none\nsrm.SRM403.admin_ports = NONE\nsrm.SRM102.allowed_http_hosts = None\n")]
        [InlineData("srm.SRM101.required_encryption = unset\nsrm.SRM105.min_pending_days = UNSET\nsrm.SRM403.admin_ports = unset\nsrm.SRM403.allowed_public_ports = unset\nsrm.SRM102.allowed_http_hosts = unset\n")]
        public Task None_and_unset_are_accepted(string options) => VerifyCS.AnalyzerAsync(Source, Sdk.V4, options, stubs: null);

        /// <summary>
        /// An empty value is a mistake or an attempt to say "nothing" (for a port list, that is <c>none</c>):
        /// the rule keeps its default, which may allow more than was meant, so SRM901 says so.
        /// </summary>
        [Theory]
        [InlineData("srm.SRM101.required_encryption", "any or kms; SRM101 uses its default (any)")]
        [InlineData("srm.SRM102.allowed_http_hosts", "a comma-separated list of host names, each optionally starting with '*.' (e.g. minio.ci.internal, *.test), or none; SRM102 uses its default (none); always allowed: " + LocalHosts)]
        [InlineData("srm.SRM105.min_pending_days", "a whole number of days from 7 to 30; SRM105 uses its default (30)")]
        [InlineData("srm.SRM403.admin_ports", "a comma-separated list of port numbers from 0 to 65535, or none; SRM403 uses its default (22,3389,3306,5432,1433,1521,6379,9200,27017)")]
        [InlineData("srm.SRM403.allowed_public_ports", "a comma-separated list of port numbers from 0 to 65535, or none; SRM403 uses its default (80,443)")]
        public Task Empty_values_are_reported(string key, string accepts) => VerifyCS.AnalyzerAsync(
            Source,
            Sdk.V4,
            key + " =   \n",
            stubs: null,
            new DiagnosticResult("SRM901", DiagnosticSeverity.Warning).WithNoLocation().WithMessage($"Option '{key}' has an empty value, but accepts {accepts}"));

        [Theory]
        [InlineData("srm.SRM101.required_encryption = strict", "Option 'srm.SRM101.required_encryption' has the value 'strict', but accepts any or kms; SRM101 uses its default (any)")]
        [InlineData("srm.SRM105.min_pending_days = 3", "Option 'srm.SRM105.min_pending_days' has the value '3', but accepts a whole number of days from 7 to 30; SRM105 uses its default (30)")]
        [InlineData("srm.SRM403.admin_ports = 22, ssh", "Option 'srm.SRM403.admin_ports' has the value '22, ssh', but accepts a comma-separated list of port numbers from 0 to 65535, or none; SRM403 uses its default (22,3389,3306,5432,1433,1521,6379,9200,27017)")]
        [InlineData("srm.SRM403.allowed_public_ports = ,", "Option 'srm.SRM403.allowed_public_ports' has the value ',', but accepts a comma-separated list of port numbers from 0 to 65535, or none; SRM403 uses its default (80,443)")]
        [InlineData("srm.SRM403.allowed_public_ports = none, 443", "Option 'srm.SRM403.allowed_public_ports' has the value 'none, 443', but accepts a comma-separated list of port numbers from 0 to 65535, or none; SRM403 uses its default (80,443)")]
        [InlineData("srm.SRM102.allowed_http_hosts = http://minio:9000", "Option 'srm.SRM102.allowed_http_hosts' has the value 'http://minio:9000', but accepts a comma-separated list of host names, each optionally starting with '*.' (e.g. minio.ci.internal, *.test), or none; SRM102 uses its default (none); always allowed: " + LocalHosts)]
        [InlineData("srm.SRM102.allowed_http_hosts = ,", "Option 'srm.SRM102.allowed_http_hosts' has the value ',', but accepts a comma-separated list of host names, each optionally starting with '*.' (e.g. minio.ci.internal, *.test), or none; SRM102 uses its default (none); always allowed: " + LocalHosts)]
        public Task Malformed_values_are_reported_once_with_what_is_accepted(string option, string message) => VerifyCS.AnalyzerAsync(
            Source + "\nclass Other { }",
            Sdk.V4,
            option + "\n",
            stubs: null,
            new DiagnosticResult("SRM901", DiagnosticSeverity.Warning).WithNoLocation().WithMessage(message));

        /// <summary>SRM102 reads its option for a configuration file from the sections that match that file.</summary>
        [Fact]
        public Task Options_in_sections_that_match_only_configuration_files_are_checked() => VerifyCS.AnalyzerWithFilesAsync(
            Source,
            Sdk.V4,
            new[] { ("/app/appsettings.json", "{ \"AWS\": { \"Region\": \"eu-west-1\" } }") },
            "\n[*.json]\nsrm.SRM102.allowed_http_hosts = http://minio:9000\n",
            new DiagnosticResult("SRM901", DiagnosticSeverity.Warning).WithNoLocation().WithMessage(
                "Option 'srm.SRM102.allowed_http_hosts' has the value 'http://minio:9000', but accepts a comma-separated list of host names, each optionally starting with '*.' (e.g. minio.ci.internal, *.test), or none; SRM102 uses its default (none); always allowed: " + LocalHosts));

        [Fact]
        public Task Unknown_keys_are_reported() => VerifyCS.AnalyzerAsync(
            Source,
            Sdk.V4,
            "srm.SRM101.required_encrypt = kms\n",
            stubs: null,
            new DiagnosticResult("SRM901", DiagnosticSeverity.Warning).WithNoLocation().WithMessage(
                "Option 'srm.srm101.required_encrypt' is not read by any SrmAnalyzers rule; known options: srm.SRM101.required_encryption, srm.SRM102.allowed_http_hosts, srm.SRM105.min_pending_days, srm.SRM403.admin_ports, srm.SRM403.allowed_public_ports"));

        /// <summary>Every host the SRM901 message says is always allowed is local to SRM102, and the ones it leaves out are not.</summary>
        [Theory]
        [InlineData("http://127.0.0.1:4566", true)]
        [InlineData("http://127.12.0.3", true)]
        [InlineData("http://[::1]:9000", true)]
        [InlineData("http://localhost:4566", true)]
        [InlineData("http://s3.localhost:4566", true)]
        [InlineData("http://0.0.0.0:9000", true)]
        [InlineData("http://host.docker.internal:4566", true)]
        [InlineData("http://localhost.localstack.cloud:4566", true)]
        [InlineData("http://acme-uploads.s3.localhost.localstack.cloud:4566", true)]
        [InlineData("http://localstack:4566", true)]
        [InlineData("http://minio:9000", true)]
        [InlineData("http://minio.corp.internal:9000", false)]
        [InlineData("http://localstack.cloud", false)]
        [InlineData("http://10.0.0.5:9000", false)]
        public void The_listed_local_hosts_are_the_ones_SRM102_allows(string url, bool local)
        {
            Assert.Equal(local, SrmAnalyzers.Core.EmulatorEndpoints.IsLocal(url));
            Assert.Equal(LocalHosts, SrmAnalyzers.Core.OptionDefinitions.LocalHosts);
        }

        [Fact]
        public async Task Projects_without_the_sdk_get_nothing()
        {
            var result = await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(new[] { "class C { }" }, sdk: null));
            Assert.Empty(result.Exceptions);
            Assert.Empty(result.Srm);
        }
    }
}
