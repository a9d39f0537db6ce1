using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SrmAnalyzers.Core.ConfigFiles;
using SrmAnalyzers.Tests.Infrastructure;
using VerifyCS = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.HardCodedCredentialsAnalyzer>;

namespace SrmAnalyzers.Tests.Rules
{
    /// <summary>
    /// SRM301 in configuration files (MSBuild AdditionalFiles): a real-looking key ID with a secret
    /// beside it, per file kind; AWS's example keys, placeholders and emulator setups are not findings,
    /// and malformed, huge or unrelated files are skipped without an exception. Credentials are drawn
    /// at run time (<see cref="FakeCredentials"/>).
    /// </summary>
    public class SRM301ConfigFileTests
    {
        private static readonly string KeyId = FakeCredentials.AccessKeyId;
        private static readonly string Secret = FakeCredentials.SecretAccessKey;
        private static readonly string TemporaryKeyId = FakeCredentials.TemporaryAccessKeyId;
        private static readonly string Token = FakeCredentials.SessionToken;

        /// <summary>The project's code: any source will do, the compilation references the SDK.</summary>
        private const string Code = "class Program { }";

        private const string Duty = " (customer duty: credentials and account management)";

        private static string Message(string file, string keyName, string secretName, string keyId) =>
            $"{file} holds the AWS access key ID {keyId.Substring(0, 4)}\u2026{keyId.Substring(16)} ({keyName}) with a secret beside it ({secretName}); "
            + "keys in configuration files leak through source control and builds" + Duty;

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Appsettings_key_pair_is_reported_at_the_key_id_with_comments_and_trailing_commas(Sdk sdk) => VerifyCS.AnalyzerWithFilesAsync(Code, sdk, new[]
        {
            ("/app/appsettings.json", $$"""
                // Settings of the ingest service.
                {
                  "Logging": { "LogLevel": { "Default": "Information", }, },
                  /* Keys for the nightly export (to be moved to Secrets Manager). */
                  "AWS": {
                    "Region": "eu-west-1",
                    "AccessKey": {|#0:"{{KeyId}}"|}, // the export user
                    "SecretKey": "{{Secret}}",
                  },
                  "Export": { "AccessKeyId": {|#1:"{{TemporaryKeyId}}"|}, "SessionToken": "{{Token}}" },
                }
                """),
        }, options: null,
            VerifyCS.Diagnostic("SRM301").WithLocation(0).WithMessage(Message("appsettings.json", "AccessKey", "SecretKey", KeyId)),
            VerifyCS.Diagnostic("SRM301").WithLocation(1).WithMessage(Message("appsettings.json", "AccessKeyId", "SessionToken", TemporaryKeyId)));

        [Fact]
        public Task Appsettings_examples_placeholders_lone_key_ids_and_emulator_keys_are_not_reported() => VerifyCS.AnalyzerWithFilesAsync(Code, Sdk.V4, new[]
        {
            ("/app/appsettings.Development.json", $$"""
                {
                  "AwsDocs": { "AccessKey": "AKIAIOSFODNN7EXAMPLE", "SecretKey": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" },
                  "Template": { "AccessKey": "AKIAXXXXXXXXXXXXXXXX", "SecretKey": "your-secret-key" },
                  "RealIdPlaceholderSecret": { "AccessKey": "{{KeyId}}", "SecretKey": "<your-secret-key>" },
                  "KeyIdOnly": { "AccessKey": "{{KeyId}}", "Bucket": "acme-exports" },
                  "Secret": { "Nested": { "AccessKey": "{{KeyId}}" }, "SecretKey": "{{Secret}}" },
                  "LocalStack": { "ServiceURL": "http://localhost:4566", "AccessKey": "{{KeyId}}", "SecretKey": "{{Secret}}" }
                }
                """),
        }, options: null);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Launch_profile_environment_variables_are_reported(Sdk sdk) => VerifyCS.AnalyzerWithFilesAsync(Code, sdk, new[]
        {
            ("/app/Properties/launchSettings.json", $$"""
                {
                  "profiles": {
                    "Api": {
                      "commandName": "Project",
                      "environmentVariables": {
                        "ASPNETCORE_ENVIRONMENT": "Development",
                        "AWS_ACCESS_KEY_ID": {|#0:"{{KeyId}}"|},
                        "AWS_SECRET_ACCESS_KEY": "{{Secret}}"
                      }
                    },
                    "Emulated": {
                      "commandName": "Project",
                      "environmentVariables": { "AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test", "AWS_ENDPOINT_URL": "http://localhost:4566" }
                    }
                  }
                }
                """),
        }, options: null,
            VerifyCS.Diagnostic("SRM301").WithLocation(0).WithMessage(Message("launchSettings.json", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", KeyId)));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Lambda_deploy_defaults_environment_variables_are_reported_at_the_key_id_inside_the_string(Sdk sdk) => VerifyCS.AnalyzerWithFilesAsync(Code, sdk, new[]
        {
            ("/fn/aws-lambda-tools-defaults.json", $$"""
                {
                  "profile": "default",
                  "region": "us-east-1",
                  "function-handler": "Orders::Orders.Function::Handle",
                  "environment-variables": "TABLE=orders;AWS_ACCESS_KEY_ID={|#0:{{KeyId}}|};AWS_SECRET_ACCESS_KEY={{Secret}}"
                }
                """),
        }, options: null,
            VerifyCS.Diagnostic("SRM301").WithLocation(0).WithMessage(Message("aws-lambda-tools-defaults.json", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", KeyId)));

        [Fact]
        public Task Lambda_variables_with_escapes_are_reported_at_the_string_and_emulator_or_placeholder_keys_are_not() => VerifyCS.AnalyzerWithFilesAsync(Code, Sdk.V4, new[]
        {
            ("/escaped/aws-lambda-tools-defaults.json", $$"""
                { "environment-variables": {|#0:"NOTE=\"quoted\";AWS_ACCESS_KEY_ID={{KeyId}};AWS_SECRET_ACCESS_KEY={{Secret}}"|} }
                """),
            ("/emulated/aws-lambda-tools-defaults.json", $$"""
                { "environment-variables": "AWS_ENDPOINT_URL=http://localhost.localstack.cloud:4566;AWS_ACCESS_KEY_ID={{KeyId}};AWS_SECRET_ACCESS_KEY={{Secret}}" }
                """),
            ("/placeholder/aws-lambda-tools-defaults.json", $$"""
                { "environment-variables": "AWS_ACCESS_KEY_ID={{KeyId}};AWS_SECRET_ACCESS_KEY=${AWS_SECRET}" }
                """),
        }, options: null,
            VerifyCS.Diagnostic("SRM301").WithLocation(0).WithMessage(Message("aws-lambda-tools-defaults.json", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", KeyId)));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task App_config_app_settings_are_reported_at_the_key_id_value(Sdk sdk) => VerifyCS.AnalyzerWithFilesAsync(Code, sdk, new[]
        {
            ("/app/App.config", $$"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <!-- Read by the SDK without a line of code. -->
                  <appSettings>
                    <add key="AWSProfileName" value="default" />
                    <add key="AWSAccessKey" value={|#0:"{{KeyId}}"|} />
                    <add key="AWSSecretKey"
                         value='{{Secret}}' />
                  </appSettings>
                </configuration>
                """),
            ("/web/Web.config", """
                <configuration>
                  <appSettings>
                    <add key="AWSAccessKey" value="AKIAIOSFODNN7EXAMPLE" />
                    <add key="AWSSecretKey" value="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" />
                  </appSettings>
                  <system.web><compilation debug="true" /></system.web>
                </configuration>
                """),
        }, options: null,
            VerifyCS.Diagnostic("SRM301").WithLocation(0).WithMessage(Message("App.config", "AWSAccessKey", "AWSSecretKey", KeyId)));

        [Fact]
        public Task Web_config_with_placeholders_or_pairs_in_separate_sections_is_not_reported() => VerifyCS.AnalyzerWithFilesAsync(Code, Sdk.V3, new[]
        {
            ("/web/Web.config", $$"""
                <configuration>
                  <appSettings>
                    <add key="AWSAccessKey" value="{{KeyId}}" />
                    <add key="AWSSecretKey" value="[set by the release pipeline]" />
                  </appSettings>
                  <location path="admin">
                    <appSettings><add key="AWSSecretKey" value="{{Secret}}" /></appSettings>
                  </location>
                </configuration>
                """),
        }, options: null);

        [Fact]
        public Task Malformed_files_report_nothing() => VerifyCS.AnalyzerWithFilesAsync(Code, Sdk.V4, new[]
        {
            ("/a/appsettings.json", $$"""{ "AWS": { "AccessKey": "{{KeyId}}", "SecretKey": "{{Secret}}" }"""),
            ("/b/appsettings.json", $$"""{ "AWS": { "AccessKey": "{{KeyId}}", "SecretKey": "{{Secret}}", Region: eu-west-1 } }"""),
            ("/c/appsettings.json", $$"""{ "AWS": { "AccessKey": "{{KeyId}}", "SecretKey": "{{Secret}}" } } /* unclosed"""),
            ("/d/appsettings.json", $$"""{ "AWS": { "AccessKey": "{{KeyId}}", "SecretKey": "{{Secret}}\q" } }"""),
            ("/e/appsettings.json", new string('[', 5000) + $$"""{ "AccessKey": "{{KeyId}}", "SecretKey": "{{Secret}}" }""" + new string(']', 5000)),
            ("/f/Properties/launchSettings.json", string.Empty),
            ("/g/App.config", $$"""<configuration><appSettings><add key="AWSAccessKey" value="{{KeyId}}" /><add key="AWSSecretKey" value="{{Secret}}" /></appSettings>"""),
            ("/h/App.config", $$"""
                <?xml version="1.0"?>
                <!DOCTYPE configuration [ <!ENTITY secret "{{Secret}}"> ]>
                <configuration><appSettings><add key="AWSAccessKey" value="{{KeyId}}" /><add key="AWSSecretKey" value="&secret;" /></appSettings></configuration>
                """),
        }, options: null);

        [Fact]
        public Task Files_above_the_size_limit_are_skipped() => VerifyCS.AnalyzerWithFilesAsync(Code, Sdk.V4, new[]
        {
            ("/big/appsettings.json", $$"""{ "AWS": { "AccessKey": "{{KeyId}}", "SecretKey": "{{Secret}}" }, "Padding": "{{new string('x', ConfigFile.MaxLength)}}" }"""),
        }, options: null);

        [Fact]
        public Task A_large_file_below_the_limit_is_read() => VerifyCS.AnalyzerWithFilesAsync(Code, Sdk.V4, new[]
        {
            ("/large/appsettings.json", "{\n" + string.Concat(Enumerable.Range(0, 5000).Select(i => $"  \"Setting{i}\": {{ \"Name\": \"value {i}\", \"Enabled\": true }},\n"))
                + $$"""  "AWS": { "AccessKey": {|#0:"{{KeyId}}"|}, "SecretKey": "{{Secret}}" }""" + "\n}\n"),
        }, options: null,
            VerifyCS.Diagnostic("SRM301").WithLocation(0));

        [Fact]
        public Task Other_additional_files_are_not_read() => VerifyCS.AnalyzerWithFilesAsync(Code, Sdk.V4, new[]
        {
            ("/app/secrets.json", $$"""{ "AccessKey": "{{KeyId}}", "SecretKey": "{{Secret}}" }"""),
            ("/app/settings.config", $$"""<configuration><appSettings><add key="AWSAccessKey" value="{{KeyId}}" /><add key="AWSSecretKey" value="{{Secret}}" /></appSettings></configuration>"""),
            ("/app/notes.txt", $"AWSAccessKey={KeyId};AWSSecretKey={Secret}"),
        }, options: null);

        [Fact]
        public async Task A_compilation_without_the_sdk_reads_no_configuration_file()
        {
            var file = new InMemoryAdditionalText("/app/appsettings.json", $$"""{ "AWS": { "AccessKey": "{{KeyId}}", "SecretKey": "{{Secret}}", "UseHttp": true } }""");
            var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(file));

            var withSdk = await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(new[] { Code }, Sdk.V4), analyzerOptions: options);
            var withoutSdk = await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(new[] { Code }, sdk: null), analyzerOptions: options);

            // The same file is read where the SDK is referenced: the check can fail.
            Assert.Equal(new[] { "SRM102", "SRM301" }, withSdk.Srm.Select(d => d.Id).OrderBy(id => id, System.StringComparer.Ordinal));
            Assert.Empty(withSdk.Exceptions);
            Assert.Empty(withoutSdk.Srm);
            Assert.Empty(withoutSdk.Exceptions);
        }

        [Theory]
        [InlineData("appsettings.json", nameof(ConfigFileKind.AppSettings))]
        [InlineData("AppSettings.Production.JSON", nameof(ConfigFileKind.AppSettings))]
        [InlineData("Properties/launchSettings.json", nameof(ConfigFileKind.LaunchSettings))]
        [InlineData("aws-lambda-tools-defaults.json", nameof(ConfigFileKind.LambdaToolsDefaults))]
        [InlineData("App.config", nameof(ConfigFileKind.XmlAppConfig))]
        [InlineData("web.config", nameof(ConfigFileKind.XmlAppConfig))]
        [InlineData("Web.Release.config", nameof(ConfigFileKind.None))]
        [InlineData("settings.json", nameof(ConfigFileKind.None))]
        [InlineData("appsettings.json.bak", nameof(ConfigFileKind.None))]
        public void Files_are_told_apart_by_name(string path, string kind) => Assert.Equal(kind, ConfigFile.KindOf("/repo/src/App/" + path).ToString());

        /// <summary>An additional file held in memory, as the compiler hands one to analyzers.</summary>
        internal sealed class InMemoryAdditionalText : AdditionalText
        {
            private readonly SourceText _text;

            public InMemoryAdditionalText(string path, string text)
            {
                Path = path;
                _text = SourceText.From(text);
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
        }
    }
}
