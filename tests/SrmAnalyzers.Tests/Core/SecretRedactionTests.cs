using System.Linq;
using SrmAnalyzers.Core;
using SrmAnalyzers.Tests.Infrastructure;

namespace SrmAnalyzers.Tests.Core
{
    /// <summary>User text quoted in messages: credentials are cut, ordinary names are left alone.</summary>
    public class SecretRedactionTests
    {
        [Theory]
        [InlineData("AllowReadAccessForBucket2024")]
        [InlineData("storage.corp.internal")]
        [InlineData("arn:aws:iam::123456789012:role/app-reader")]
        [InlineData("/prod/payments/db-password")]
        [InlineData("")]
        public void Ordinary_text_is_unchanged(string text) => Assert.Equal(text, SecretPatterns.RedactSecretsIn(text));

        [Fact]
        public void A_key_id_inside_a_word_keeps_only_its_first_and_last_four_characters()
        {
            var keyId = FakeCredentials.AccessKeyId;

            var redacted = SecretPatterns.RedactSecretsIn("Rotate" + keyId + "Now");

            Assert.Equal("Rotate" + keyId.Substring(0, 4) + "\u2026" + keyId.Substring(16) + "Now", redacted);
        }

        [Fact]
        public void A_lower_cased_key_id_is_cut_as_well()
        {
            // A host quoted by SRM102 is lower-cased for comparison: the key ID in it must not show whole.
            var keyId = FakeCredentials.AccessKeyId.ToLowerInvariant();

            var redacted = SecretPatterns.RedactSecretsIn(keyId + ".corp.internal");

            Assert.Equal(keyId.Substring(0, 4) + "\u2026" + keyId.Substring(16) + ".corp.internal", redacted);
        }

        [Fact]
        public async System.Threading.Tasks.Task Srm102_never_shows_a_key_id_used_as_a_host_name()
        {
            var compilation = AnalyzerRunner.Compile(
                new[] { "class C { object M() => new Amazon.S3.AmazonS3Config { ServiceURL = \"http://" + FakeCredentials.AccessKeyId + ".corp.internal\" }; }" },
                Sdk.V4);

            var result = await AnalyzerRunner.RunAsync(compilation);

            var message = Assert.Single(result.Srm, d => d.Id == "SRM102").GetMessage();
            Assert.DoesNotContain(FakeCredentials.AccessKeyId.Substring(4, 12), message, System.StringComparison.OrdinalIgnoreCase);
            Assert.Contains(FakeCredentials.AccessKeyId.Substring(0, 4).ToLowerInvariant() + "\u2026", message, System.StringComparison.Ordinal);
        }

        [Fact]
        public async System.Threading.Tasks.Task Configuration_file_findings_never_show_a_credential()
        {
            var keyId = FakeCredentials.AccessKeyId;
            var secret = FakeCredentials.SecretAccessKey;
            var files = new[]
            {
                ("/app/appsettings.json", $$"""
                    {
                      "AWS": { "AccessKey": "{{keyId}}", "SecretKey": "{{secret}}", "ServiceURL": "http://backup:{{FakeCredentials.Password}}@s3.corp.internal" },
                      "Sts": { "AccessKeyId": "{{FakeCredentials.TemporaryAccessKeyId}}", "SessionToken": "{{FakeCredentials.SessionToken}}" },
                      "Named": { "{{FakeCredentials.OtherAccessKeyId}}": "{{FakeCredentials.OtherAccessKeyId}}", "{{FakeCredentials.OtherSecretAccessKey}}": "{{FakeCredentials.OtherSecretAccessKey}}" }
                    }
                    """),
                ("/host/appsettings.json", $$"""{ "AWS": { "ServiceURL": "http://{{keyId}}.corp.internal" } }"""),
                ("/app/Properties/launchSettings.json", $$"""{ "profiles": { "Api": { "environmentVariables": { "AWS_ACCESS_KEY_ID": "{{keyId}}", "AWS_SECRET_ACCESS_KEY": "{{secret}}" } } } }"""),
                ("/fn/aws-lambda-tools-defaults.json", $$"""{ "environment-variables": "AWS_ACCESS_KEY_ID={{keyId}};AWS_SECRET_ACCESS_KEY={{secret}}" }"""),
                ("/legacy/App.config", $$"""<configuration><appSettings><add key="AWSAccessKey" value="{{keyId}}" /><add key="AWSSecretKey" value="{{secret}}" /></appSettings></configuration>"""),
            };
            var options = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(System.Collections.Immutable.ImmutableArray.CreateRange<Microsoft.CodeAnalysis.AdditionalText>(
                files.Select(file => new Rules.SRM301ConfigFileTests.InMemoryAdditionalText(file.Item1, file.Item2))));

            var result = await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(new[] { "class Program { }" }, Sdk.V4), analyzerOptions: options);

            // The check must be able to fail: every file has its findings (three pairs in appsettings.json, two hosts).
            Assert.Empty(result.Exceptions);
            Assert.Equal(6, result.Srm.Count(d => d.Id == "SRM301"));
            Assert.Equal(2, result.Srm.Count(d => d.Id == "SRM102"));
            var revealing = result.Srm.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Where(FakeCredentials.Exposure.Reveals).ToList();
            Assert.True(revealing.Count == 0, "Messages that show a credential:\n" + string.Join("\n", revealing));
        }

        [Fact]
        public void A_secret_key_or_token_is_removed_whole()
        {
            var redacted = SecretPatterns.RedactSecretsIn("sid-" + FakeCredentials.SecretAccessKey + ".end");

            Assert.Equal("sid-\u2026.end", redacted);
        }
    }
}
