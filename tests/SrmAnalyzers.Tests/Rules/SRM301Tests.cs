using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SrmAnalyzers.CodeFixes.Rules;
using SrmAnalyzers.Core;
using SrmAnalyzers.Rules;
using SrmAnalyzers.Tests.Infrastructure;
using VerifyCS = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.HardCodedCredentialsAnalyzer>;
using VerifyFix = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.HardCodedCredentialsAnalyzer, SrmAnalyzers.CodeFixes.Rules.HardCodedCredentialsCodeFixProvider>;

namespace SrmAnalyzers.Tests.Rules
{
    public class SRM301Tests
    {
        // Made-up but real-looking credentials, assembled at run time so that the repository holds
        // no literal a secret scanner would (rightly) flag.
        private static readonly string KeyId = "AK" + "IA" + "Q3MZ7WRN5KTXPY2B";
        private static readonly string OtherKeyId = "AS" + "IA" + "W4HB6JQ2NZRC7VLD";
        private static readonly string Secret = "q8Zr" + "T2vLk9Xw/P4mNc7Hb+Ju5Ds3Gy6Fa1Ee0RiK";
        private static readonly string Token = "IQoJ" + "b3JpZ2luX2VjEHcaCXVzLWVhc3QtMSJHMEUCIQDn7x";

        private const string Usings = """
            using System;
            using System.Collections.Generic;
            using Amazon;
            using Amazon.Runtime;
            using Amazon.S3;
            using Amazon.SecurityToken;

            """;

        private const string Fix = HardCodedCredentialsCodeFixProvider.UseDefaultCredentialChainKey;

        [Fact]
        public void Test_credentials_have_the_shapes_the_rule_looks_for()
        {
            Assert.Equal(20, KeyId.Length);
            Assert.True(SecretPatterns.IsRealLookingAccessKeyId(KeyId));
            Assert.True(SecretPatterns.IsRealLookingAccessKeyId(OtherKeyId));
            Assert.True(SecretPatterns.LooksLikeSecretAccessKey(Secret));
        }

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Key_ids_in_attribute_arguments_are_reported_at_assembly_and_member_level(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + $$"""
            [assembly: System.Reflection.AssemblyMetadata("AwsKey", {|SRM301:"{{KeyId}}"|})]
            class Settings
            {
                [Obsolete({|SRM301:"rotate {{OtherKeyId}}"|})]
                void Old() { }
            }
            """, sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task A_key_id_as_a_default_argument_is_reported_at_the_parameter_not_at_each_call(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + $$"""
            class Settings
            {
                static string Describe(string keyId = {|SRM301:"{{KeyId}}"|}) => keyId.Substring(0, 4);
                string First() => Describe();
                string Second() => Describe();
            }
            """, sdk);

        // ---- Sinks: credential objects and client constructors ----

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task BasicAWSCredentials_with_literal_keys_is_reported_once(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + $$"""
            class Factory
            {
                AWSCredentials Create() => {|SRM301:new BasicAWSCredentials("{{KeyId}}", "{{Secret}}")|};
            }
            """, sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task SessionAWSCredentials_with_literal_keys_is_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + $$"""
            class Factory
            {
                AWSCredentials Create() => {|SRM301:new SessionAWSCredentials("{{OtherKeyId}}", "{{Secret}}", "{{Token}}")|};
            }
            """, sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task ImmutableCredentials_with_literal_keys_is_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + $$"""
            class Factory
            {
                ImmutableCredentials Create() => {|SRM301:new ImmutableCredentials("{{KeyId}}", "{{Secret}}", null)|};
            }
            """, sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task S3_client_with_literal_keys_is_reported_once(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + $$"""
            class Factory
            {
                IAmazonS3 Create() => {|SRM301:new AmazonS3Client("{{KeyId}}", "{{Secret}}", RegionEndpoint.EUWest1)|};
            }
            """, sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Sts_client_with_literal_session_credentials_is_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + $$"""
            class Factory
            {
                IAmazonSecurityTokenService Create(AmazonSecurityTokenServiceConfig config) =>
                    {|SRM301:new AmazonSecurityTokenServiceClient("{{OtherKeyId}}", "{{Secret}}", "{{Token}}", config)|};
            }
            """, sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Target_typed_new_with_named_arguments_is_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + $$"""
            class Factory
            {
                AmazonS3Client Create()
                {
                    AmazonS3Client client = {|SRM301:new(region: RegionEndpoint.USEast1, awsSecretAccessKey: "{{Secret}}", awsAccessKeyId: "{{KeyId}}")|};
                    return client;
                }
            }
            """, sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Key_id_alone_is_reported_when_the_secret_comes_from_the_environment(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + $$"""
            class Factory
            {
                AWSCredentials Create() =>
                    {|SRM301:new BasicAWSCredentials("{{KeyId}}", Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY"))|};
            }
            """, sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Secret_alone_is_reported_when_the_key_id_comes_from_the_environment(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + $$"""
            class Factory
            {
                AWSCredentials Create() =>
                    {|SRM301:new BasicAWSCredentials(Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID"), "{{Secret}}")|};
            }
            """, sdk);

        // ---- Value resolution ----

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Const_fields_are_reported_once_at_the_constructor(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + $$"""
            class Factory
            {
                private const string AccessKey = "{{KeyId}}";
                private const string SecretKey = "{{Secret}}";

                IAmazonS3 Create() => {|SRM301:new AmazonS3Client(AccessKey, SecretKey)|};
            }
            """, sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Static_readonly_fields_are_reported_once_at_the_constructor(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + $$"""
            class Factory
            {
                private static readonly string AccessKey = "{{KeyId}}";
                private static readonly string SecretKey = "{{Secret}}";

                AWSCredentials Create() => {|SRM301:new BasicAWSCredentials(AccessKey, SecretKey)|};
            }
            """, sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Locals_are_reported_once_at_the_constructor(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + $$"""
            class Factory
            {
                IAmazonS3 Create()
                {
                    var accessKey = "{{KeyId}}";
                    string secretKey;
                    secretKey = "{{Secret}}";
                    return {|SRM301:new AmazonS3Client(accessKey, secretKey, RegionEndpoint.EUWest1)|};
                }
            }
            """, sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Concatenated_keys_are_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + $$"""
            class Factory
            {
                private const string Prefix = "{{KeyId.Substring(0, 8)}}";

                AWSCredentials Create() =>
                    {|SRM301:new BasicAWSCredentials(Prefix + "{{KeyId.Substring(8)}}", "{{Secret.Substring(0, 20)}}" + "{{Secret.Substring(20)}}")|};
            }
            """, sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Interpolated_constant_keys_are_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + $$"""
            class Factory
            {
                private const string Prefix = "{{KeyId.Substring(0, 4)}}";

                AWSCredentials Create() => {|SRM301:new BasicAWSCredentials($"{Prefix}{{KeyId.Substring(4)}}", "{{Secret}}")|};
            }
            """, sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task A_conditional_with_a_hard_coded_branch_is_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + $$"""
            class Factory
            {
                IAmazonS3 Create(bool production)
                {
                    var accessKey = production ? Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID") : "{{KeyId}}";
                    var secretKey = Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY") ?? "{{Secret}}";
                    return {|SRM301:new AmazonS3Client(accessKey, secretKey)|};
                }
            }
            """, sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task A_later_reassigned_local_is_unknown(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + $$"""
            class Factory
            {
                IAmazonS3 Create()
                {
                    var secretKey = "{{Secret}}";
                    secretKey = Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY");
                    return new AmazonS3Client(Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID"), secretKey);
                }
            }
            """, sdk);

        // ---- A key ID in any string ----

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Key_id_in_a_dictionary_and_an_environment_setter_is_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + $$"""
            class Settings
            {
                Dictionary<string, string> Build()
                {
                    Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", {|SRM301:"{{OtherKeyId}}"|});
                    return new Dictionary<string, string>
                    {
                        ["AWS:AccessKey"] = {|SRM301:"{{KeyId}}"|},
                        ["AWS:Region"] = "eu-west-1",
                    };
                }
            }
            """, sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Key_id_inside_a_configuration_string_is_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + $$"""
            class Settings
            {
                const string Profile = {|SRM301:@"[default]
            aws_access_key_id={{KeyId}}
            region=eu-west-1"|};
                string Url => {|SRM301:"https://bucket.s3.amazonaws.com/file?X-Amz-Credential=" + "{{OtherKeyId.Substring(0, 10)}}" + "{{OtherKeyId.Substring(10)}}/20240101/us-east-1/s3/aws4_request"|};

                string Line()
                {
                    var prefix = "{{KeyId.Substring(0, 8)}}";
                    return {|SRM301:"id=" + prefix + "{{KeyId.Substring(8)}}"|};
                }

                // The text parts of an interpolation are literals too (typed string, implicit).
                string Header(string user) => {|SRM301:$"user={user};key={{OtherKeyId}}"|};
            }
            """, sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Key_id_in_a_const_used_elsewhere_is_reported_once_at_the_const(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + $$"""
            class Settings
            {
                const string AccessKey = {|SRM301:"{{KeyId}}"|};

                Dictionary<string, string> Build() => new() { ["AccessKey"] = AccessKey, ["Line"] = "id=" + AccessKey };
            }
            """, sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task A_literal_in_a_test_class_and_in_a_mocking_expression_is_still_a_leak(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + $$"""
            namespace Moq
            {
                public static class It
                {
                    public static T Is<T>(Func<T, bool> match) => default;
                }
            }

            class StorageTests
            {
                void Uses_credentials()
                {
                    var expected = Moq.It.Is<AWSCredentials>(c => c.Equals({|SRM301:new BasicAWSCredentials("{{KeyId}}", "{{Secret}}")|}));
                    var client = {|SRM301:new AmazonS3Client("{{OtherKeyId}}", "{{Secret}}")|};
                }
            }
            """, sdk);

        // ---- Not secrets ----

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Documentation_example_keys_are_not_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + """
            class Docs
            {
                void Create()
                {
                    var credentials = new BasicAWSCredentials("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
                    var client = new AmazonS3Client("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", RegionEndpoint.USWest2);
                    var settings = new Dictionary<string, string> { ["aws_access_key_id"] = "AKIAIOSFODNN7EXAMPLE", ["key"] = "ASIAI44QH8DHBEXAMPLE" };
                }
            }
            """, sdk);

        [Theory]
        [InlineData(Sdk.V3, "", "")]
        [InlineData(Sdk.V4, "test", "test")]
        [InlineData(Sdk.V3, "dummy", "dummy-secret")]
        [InlineData(Sdk.V4, "fake", "foo")]
        [InlineData(Sdk.V3, "xxxxxxxxxxxxxxxx", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
        [InlineData(Sdk.V4, "your-access-key", "your-secret-key")]
        [InlineData(Sdk.V3, "YOUR_ACCESS_KEY_ID", "YOUR_SECRET_ACCESS_KEY")]
        [InlineData(Sdk.V4, "<access-key>", "<secret-key>")]
        [InlineData(Sdk.V3, "${AWS_ACCESS_KEY_ID}", "${AWS_SECRET_ACCESS_KEY}")]
        [InlineData(Sdk.V4, "changeme", "changeme")]
        [InlineData(Sdk.V3, "AKIAXXXXXXXXXXXXXXXX", "****************")]
        [InlineData(Sdk.V4, "minioadmin", "minioadmin")]
        [InlineData(Sdk.V3, "AKIAFAKEKEYFORTESTS2", "0000000000")]
        [InlineData(Sdk.V4, "mockAccessKey", "mockSecretKey")]
        public Task Placeholders_are_not_reported(Sdk sdk, string accessKey, string secretKey) => VerifyCS.AnalyzerAsync(Usings + $$"""
            class Factory
            {
                void Create()
                {
                    var credentials = new BasicAWSCredentials("{{accessKey}}", "{{secretKey}}");
                    var client = new AmazonS3Client("{{accessKey}}", "{{secretKey}}", RegionEndpoint.EUWest1);
                    var session = new SessionAWSCredentials("{{accessKey}}", "{{secretKey}}", "token");
                }
            }
            """, sdk);

        [Theory]
        [InlineData(Sdk.V3, "http://localhost:4566")]
        [InlineData(Sdk.V4, "http://localstack:4566")]
        [InlineData(Sdk.V3, "http://127.0.0.1:9000")]
        [InlineData(Sdk.V4, "http://minio:9000")]
        [InlineData(Sdk.V3, "https://s3.localhost.localstack.cloud:4566")]
        public Task Keys_for_a_local_emulator_are_not_reported(Sdk sdk, string serviceUrl) => VerifyCS.AnalyzerAsync(Usings + $$"""
            class LocalStackFixture
            {
                void Create()
                {
                    var localStack = new AmazonS3Client("test", "test", new AmazonS3Config { ServiceURL = "{{serviceUrl}}", ForcePathStyle = true });

                    var config = new AmazonS3Config();
                    config.ServiceURL = "{{serviceUrl}}";
                    var credentials = new BasicAWSCredentials("{{KeyId}}", "{{Secret}}");
                    var client = new AmazonS3Client(credentials, config);

                    var direct = new AmazonS3Client("{{OtherKeyId}}", "{{Secret}}", config);
                    var inline = new AmazonS3Client(new BasicAWSCredentials("{{KeyId}}", "{{Secret}}"), new AmazonS3Config { ServiceURL = "{{serviceUrl}}" });
                }
            }
            """, sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Keys_for_a_remote_endpoint_are_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + $$"""
            class Factory
            {
                IAmazonS3 Create(bool local)
                {
                    var config = new AmazonS3Config { ServiceURL = "http://minio.corp.internal:9000" };
                    var remote = {|SRM301:new AmazonS3Client("{{KeyId}}", "{{Secret}}", config)|};
                    var maybeLocal = {|SRM301:new AmazonS3Client("{{OtherKeyId}}", "{{Secret}}", new AmazonS3Config { ServiceURL = local ? "http://localhost:4566" : "https://s3.example.net" })|};
                    return remote;
                }
            }
            """, sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Keys_from_configuration_environment_and_parameters_are_not_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + """
            namespace Microsoft.Extensions.Configuration
            {
                public interface IConfiguration
                {
                    string this[string key] { get; }
                }
            }

            class Factory
            {
                private readonly Microsoft.Extensions.Configuration.IConfiguration _configuration;
                private string _secret;

                Factory(Microsoft.Extensions.Configuration.IConfiguration configuration) => _configuration = configuration;

                void Create(string accessKey, string secretKey)
                {
                    var fromParameters = new AmazonS3Client(accessKey, secretKey);
                    var fromConfiguration = new BasicAWSCredentials(_configuration["AWS:AccessKey"], _configuration["AWS:SecretKey"]);
                    var fromEnvironment = new SessionAWSCredentials(
                        Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID"),
                        Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY"),
                        Environment.GetEnvironmentVariable("AWS_SESSION_TOKEN"));
                    var fromField = new BasicAWSCredentials(accessKey, _secret);
                    var interpolated = new BasicAWSCredentials($"{accessKey}", $"{secretKey}suffix");
                }
            }
            """, sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task A_look_alike_BasicAWSCredentials_in_another_namespace_is_not_a_sink(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + $$"""
            namespace Contoso.Auth
            {
                public class BasicAWSCredentials
                {
                    public BasicAWSCredentials(string accessKey, string secretKey) { }
                }

                class Factory
                {
                    // Not the SDK type: only a real-looking key ID, as in any string, is reported.
                    object Create() => new BasicAWSCredentials("contoso-service", "{{Secret}}");
                    object WithKeyId() => new BasicAWSCredentials({|SRM301:"{{KeyId}}"|}, "{{Secret}}");
                }
            }
            """, sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Strings_that_only_resemble_key_ids_are_not_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + $$"""
            class Settings
            {
                string[] Values(string name) => new[]
                {
                    "CONFIGURATIONSECTION",
                    "AKIA0123456789ABCDEF",
                    "AKIAABCDEFGHIJKLMNOP",
                    "X{{KeyId}}",
                    "{{KeyId}}2",
                    "akia{{KeyId.Substring(4).ToLowerInvariant()}}",
                    $"{name}{{KeyId}}",
                    name + "{{KeyId}}",
                    "{{KeyId}}" + name,
                };
            }
            """, sdk);

        [Fact]
        public Task Compilations_without_the_sdk_are_not_analyzed()
        {
            var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<HardCodedCredentialsAnalyzer, Microsoft.CodeAnalysis.Testing.DefaultVerifier>
            {
                ReferenceAssemblies = TestReferences.None,
                TestCode = $$"""class C { const string Key = "{{KeyId}}"; }""",
            };
            test.TestState.AdditionalReferences.AddRange(AwsReferences.RuntimeOnly);
            return test.RunAsync(CancellationToken.None);
        }

        // ---- No secret in messages or properties ----

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public async Task Messages_and_properties_never_contain_a_secret(Sdk sdk)
        {
            var source = Usings + $$"""
                class Leaks
                {
                    const string AccessKey = "{{KeyId}}";
                    void Create(string fromCaller)
                    {
                        var a = new BasicAWSCredentials(AccessKey, "{{Secret}}");
                        var b = new SessionAWSCredentials("{{OtherKeyId}}", "{{Secret}}", "{{Token}}");
                        var c = new AmazonS3Client("{{KeyId}}", "{{Secret}}", "{{Token}}", RegionEndpoint.EUWest1);
                        var d = new AmazonS3Client(fromCaller, "{{Secret}}");
                        var e = new ImmutableCredentials("{{OtherKeyId}}", "{{Secret}}", null);
                        var f = new Dictionary<string, string> { ["id"] = "{{OtherKeyId}}", ["secret"] = "{{Secret}}" };
                    }
                }
                """;
            var diagnostics = await AnalyzeAsync(source, sdk);

            Assert.Equal(6, diagnostics.Length);
            foreach (var diagnostic in diagnostics)
            {
                var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
                var texts = diagnostic.Properties.Values.Append(message).Append(diagnostic.Descriptor.Description.ToString()).ToList();
                foreach (var text in texts)
                {
                    Assert.DoesNotContain(KeyId, text ?? string.Empty, System.StringComparison.Ordinal);
                    Assert.DoesNotContain(OtherKeyId, text ?? string.Empty, System.StringComparison.Ordinal);
                    Assert.DoesNotContain(Secret, text ?? string.Empty, System.StringComparison.Ordinal);
                    Assert.DoesNotContain(Secret.Substring(0, 8), text ?? string.Empty, System.StringComparison.Ordinal);
                    Assert.DoesNotContain(Secret.Substring(32), text ?? string.Empty, System.StringComparison.Ordinal);
                    Assert.DoesNotContain(Token.Substring(0, 8), text ?? string.Empty, System.StringComparison.Ordinal);
                    Assert.DoesNotContain(KeyId.Substring(4, 12), text ?? string.Empty, System.StringComparison.Ordinal);
                    Assert.DoesNotContain(OtherKeyId.Substring(4, 12), text ?? string.Empty, System.StringComparison.Ordinal);
                }

                Assert.EndsWith("(customer duty: credentials and account management)", message, System.StringComparison.Ordinal);
            }

            var messages = diagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Contains(messages, m => m.StartsWith("BasicAWSCredentials is created with a hard-coded access key ID AKIA\u2026PY2B and secret access key;", System.StringComparison.Ordinal));
            Assert.Contains(messages, m => m.StartsWith("SessionAWSCredentials is created with a hard-coded access key ID ASIA\u20267VLD, secret access key and session token;", System.StringComparison.Ordinal));
            Assert.Contains(messages, m => m.StartsWith("AmazonS3Client is created with a hard-coded secret access key;", System.StringComparison.Ordinal));
            Assert.Contains(messages, m => m.StartsWith("String contains the AWS access key ID ASIA\u20267VLD;", System.StringComparison.Ordinal));
        }

        [Fact]
        public void Redaction_shows_at_most_four_characters_at_each_end_and_never_a_secret()
        {
            Assert.Equal("AKIA\u2026PY2B", SecretPatterns.RedactAccessKeyId(KeyId));
            Assert.Null(SecretPatterns.RedactAccessKeyId(Secret));
            Assert.Null(SecretPatterns.RedactAccessKeyId("my-access-key-id-123"));
            Assert.Null(SecretPatterns.RedactAccessKeyId(null));
        }

        [Theory]
        [InlineData("AKIAIOSFODNN7EXAMPLE", true)]
        [InlineData("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", true)]
        [InlineData("", true)]
        [InlineData("   ", true)]
        [InlineData("test", true)]
        [InlineData("TEST", true)]
        [InlineData("dummy", true)]
        [InlineData("fake", true)]
        [InlineData("foo", true)]
        [InlineData("xxxxxxxxxx", true)]
        [InlineData("your-access-key", true)]
        [InlineData("YourSecretAccessKey", true)]
        [InlineData("<secret>", true)]
        [InlineData("${SECRET}", true)]
        [InlineData("{{secret}}", true)]
        [InlineData("%AWS_SECRET%", true)]
        [InlineData("changeme", true)]
        [InlineData("aaaaaaa", true)]
        [InlineData("minioadmin", true)]
        [InlineData("test123", true)]
        [InlineData("12345678", true)]
        [InlineData("s3cr3t-Pa55word!", false)]
        [InlineData("contoso-service", false)]
        [InlineData("Kx8#vQ2!mZ", false)]
        public void Placeholder_detection(string value, bool placeholder) =>
            Assert.Equal(placeholder, SecretPatterns.IsPlaceholder(value));

        [Fact]
        public void Values_with_an_unresolved_part_are_never_credentials()
        {
            var withHole = KeyId.Substring(0, 10) + ResolvedValue.Hole + KeyId.Substring(10);
            Assert.True(SecretPatterns.IsPlaceholder(Secret + ResolvedValue.Hole));
            Assert.Empty(SecretPatterns.FindRealLookingAccessKeyIds(ResolvedValue.Hole + KeyId));
            Assert.Empty(SecretPatterns.FindRealLookingAccessKeyIds(KeyId + ResolvedValue.Hole));
            Assert.Equal(new[] { KeyId }, SecretPatterns.FindRealLookingAccessKeyIds(KeyId + ";" + ResolvedValue.Hole));
            Assert.Empty(SecretPatterns.FindRealLookingAccessKeyIds(withHole));
            Assert.Equal(new[] { KeyId, OtherKeyId }, SecretPatterns.FindRealLookingAccessKeyIds($"id={KeyId};other=\"{OtherKeyId}\""));
        }

        // ---- Code fix ----

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_drops_keys_and_keeps_the_region(Sdk sdk) => VerifyFix.CodeFixAsync(Usings + $$"""
            class Factory
            {
                IAmazonS3 Create() => {|SRM301:new AmazonS3Client("{{KeyId}}", "{{Secret}}", RegionEndpoint.EUWest1)|};
            }
            """, Usings + """
            class Factory
            {
                IAmazonS3 Create() => new AmazonS3Client(RegionEndpoint.EUWest1);
            }
            """, sdk, Fix);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_drops_keys_and_keeps_the_config(Sdk sdk) => VerifyFix.CodeFixAsync(Usings + $$"""
            class Factory
            {
                IAmazonS3 Create(AmazonS3Config config)
                {
                    // Client for the assets bucket.
                    var client = {|SRM301:new AmazonS3Client("{{KeyId}}", "{{Secret}}", config)|}; // keep me
                    return client;
                }
            }
            """, Usings + """
            class Factory
            {
                IAmazonS3 Create(AmazonS3Config config)
                {
                    // Client for the assets bucket.
                    var client = new AmazonS3Client(config); // keep me
                    return client;
                }
            }
            """, sdk, Fix);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_drops_the_only_arguments(Sdk sdk) => VerifyFix.CodeFixAsync(Usings + $$"""
            class Factory
            {
                IAmazonS3 Create() => {|SRM301:new AmazonS3Client("{{KeyId}}", "{{Secret}}")|};
            }
            """, Usings + """
            class Factory
            {
                IAmazonS3 Create() => new AmazonS3Client();
            }
            """, sdk, Fix);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_drops_a_credentials_object_argument(Sdk sdk) => VerifyFix.CodeFixAsync(Usings + $$"""
            class Factory
            {
                IAmazonS3 Create(AmazonS3Config config) => new AmazonS3Client({|SRM301:new BasicAWSCredentials("{{KeyId}}", "{{Secret}}")|}, config);
            }
            """, Usings + """
            class Factory
            {
                IAmazonS3 Create(AmazonS3Config config) => new AmazonS3Client(config);
            }
            """, sdk, Fix);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_drops_session_credentials_on_sts(Sdk sdk) => VerifyFix.CodeFixAsync(Usings + $$"""
            class Factory
            {
                IAmazonSecurityTokenService Create() =>
                    {|SRM301:new AmazonSecurityTokenServiceClient(
                        "{{OtherKeyId}}",
                        "{{Secret}}",
                        "{{Token}}",
                        RegionEndpoint.USEast1)|};

                IAmazonSecurityTokenService WithConfig(AmazonSecurityTokenServiceConfig config) =>
                    new AmazonSecurityTokenServiceClient({|SRM301:new SessionAWSCredentials("{{OtherKeyId}}", "{{Secret}}", "{{Token}}")|}, config);
            }
            """, Usings + """
            class Factory
            {
                IAmazonSecurityTokenService Create() =>
                    new AmazonSecurityTokenServiceClient(
                        RegionEndpoint.USEast1);

                IAmazonSecurityTokenService WithConfig(AmazonSecurityTokenServiceConfig config) =>
                    new AmazonSecurityTokenServiceClient(config);
            }
            """, sdk, Fix);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_drops_named_arguments_of_a_target_typed_new(Sdk sdk) => VerifyFix.CodeFixAsync(Usings + $$"""
            class Factory
            {
                AmazonS3Client Create()
                {
                    AmazonS3Client client = {|SRM301:new(awsAccessKeyId: "{{KeyId}}", awsSecretAccessKey: "{{Secret}}", region: RegionEndpoint.USEast1)|};
                    return client;
                }
            }
            """, Usings + """
            class Factory
            {
                AmazonS3Client Create()
                {
                    AmazonS3Client client = new(RegionEndpoint.USEast1);
                    return client;
                }
            }
            """, sdk, Fix);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_removes_a_credentials_local_used_only_by_the_client(Sdk sdk) => VerifyFix.CodeFixAsync(Usings + $$"""
            class Factory
            {
                IAmazonS3 Create()
                {
                    var region = RegionEndpoint.EUCentral1;
                    var credentials = {|SRM301:new BasicAWSCredentials("{{KeyId}}", "{{Secret}}")|};
                    return new AmazonS3Client(credentials, region);
                }
            }
            """, Usings + """
            class Factory
            {
                IAmazonS3 Create()
                {
                    var region = RegionEndpoint.EUCentral1;
                    return new AmazonS3Client(region);
                }
            }
            """, sdk, Fix);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task No_fix_for_credentials_used_elsewhere_or_a_snapshot(Sdk sdk)
        {
            var source = Usings + $$"""
                class Factory
                {
                    AWSCredentials Shared;

                    IAmazonS3 Create()
                    {
                        var credentials = {|SRM301:new BasicAWSCredentials("{{KeyId}}", "{{Secret}}")|};
                        Shared = credentials;
                        return new AmazonS3Client(credentials);
                    }

                    ImmutableCredentials Snapshot() => {|SRM301:new ImmutableCredentials("{{OtherKeyId}}", "{{Secret}}", null)|};

                    AWSCredentials Standalone() => {|SRM301:new BasicAWSCredentials("{{OtherKeyId}}", "{{Secret}}")|};
                }
                """;
            return VerifyFix.CodeFixAsync(source, source, sdk, Fix);
        }

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_all_fixes_two_findings_in_one_document(Sdk sdk) => VerifyFix.CodeFixAsync(Usings + $$"""
            class Factory
            {
                IAmazonS3 Storage() => {|SRM301:new AmazonS3Client("{{KeyId}}", "{{Secret}}", RegionEndpoint.EUWest1)|};

                IAmazonSecurityTokenService Sts(AmazonSecurityTokenServiceConfig config) =>
                    {|SRM301:new AmazonSecurityTokenServiceClient("{{OtherKeyId}}", "{{Secret}}", config)|};
            }
            """, Usings + """
            class Factory
            {
                IAmazonS3 Storage() => new AmazonS3Client(RegionEndpoint.EUWest1);

                IAmazonSecurityTokenService Sts(AmazonSecurityTokenServiceConfig config) =>
                    new AmazonSecurityTokenServiceClient(config);
            }
            """, sdk, Fix);

        private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source, Sdk sdk)
        {
            var compilation = CSharpCompilation.Create(
                "Leaks",
                new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
                AwsReferences.For(sdk),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new HardCodedCredentialsAnalyzer());
            var exceptions = new System.Collections.Concurrent.ConcurrentBag<System.Exception>();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: (exception, _, _) => exceptions.Add(exception),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false);
            var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            Assert.Empty(exceptions);
            return diagnostics;
        }
    }
}
