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
        public void A_secret_key_or_token_is_removed_whole()
        {
            var redacted = SecretPatterns.RedactSecretsIn("sid-" + FakeCredentials.SecretAccessKey + ".end");

            Assert.Equal("sid-\u2026.end", redacted);
        }
    }
}
