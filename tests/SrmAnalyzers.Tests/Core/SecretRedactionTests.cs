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
        public void A_secret_key_or_token_is_removed_whole()
        {
            var redacted = SecretPatterns.RedactSecretsIn("sid-" + FakeCredentials.SecretAccessKey + ".end");

            Assert.Equal("sid-\u2026.end", redacted);
        }
    }
}
