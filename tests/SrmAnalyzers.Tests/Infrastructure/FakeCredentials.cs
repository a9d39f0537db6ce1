using System;
using System.Text;
using SrmAnalyzers.Core;

namespace SrmAnalyzers.Tests.Infrastructure
{
    /// <summary>
    /// Made-up credentials in every shape the package may see, drawn at run time from a seeded
    /// generator: the repository holds no literal a secret scanner would (rightly) flag, and every
    /// run uses the same values. Each value is checked to have the shape the rules look for.
    /// </summary>
    public static class FakeCredentials
    {
        private const string Base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        private const string Base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        private const string Alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

        /// <summary>A long-term (IAM user) access key ID: AKIA and 16 base32 characters.</summary>
        public static readonly string AccessKeyId = KeyId("AK" + "IA", seed: 11);

        /// <summary>A temporary (STS) access key ID: ASIA and 16 base32 characters.</summary>
        public static readonly string TemporaryAccessKeyId = KeyId("AS" + "IA", seed: 12);

        /// <summary>A second long-term key ID, for sources that hold two keys.</summary>
        public static readonly string OtherAccessKeyId = KeyId("AK" + "IA", seed: 13);

        /// <summary>A 40-character secret access key of the base64 alphabet, with '/' and '+'.</summary>
        public static readonly string SecretAccessKey = SecretKey(seed: 21);

        /// <summary>A second secret access key.</summary>
        public static readonly string OtherSecretAccessKey = SecretKey(seed: 22);

        /// <summary>An STS session token: the usual opening and a few hundred base64 characters.</summary>
        public static readonly string SessionToken = "IQoJ" + "b3JpZ2luX2Vj" + Draw(Base64, 320, seed: 31);

        /// <summary>A database or service password that is safe inside a URL's user information.</summary>
        public static readonly string Password = Draw(Alphanumeric, 24, seed: 41);

        /// <summary>Every key ID above.</summary>
        public static readonly string[] KeyIds = { AccessKeyId, TemporaryAccessKeyId, OtherAccessKeyId };

        /// <summary>Every secret above (secret keys, token, password): none of it may ever be shown.</summary>
        public static readonly string[] Secrets = { SecretAccessKey, OtherSecretAccessKey, SessionToken, Password };

        /// <summary>The catalog's limit for all of the values above.</summary>
        public static SecretExposure Exposure { get; } = new(KeyIds, Secrets, StringComparison.OrdinalIgnoreCase);

        private static string KeyId(string prefix, int seed)
        {
            for (var attempt = seed; ; attempt += 1000)
            {
                var candidate = prefix + Draw(Base32, 16, attempt);
                if (SecretPatterns.IsRealLookingAccessKeyId(candidate))
                {
                    return candidate;
                }
            }
        }

        private static string SecretKey(int seed)
        {
            for (var attempt = seed; ; attempt += 1000)
            {
                var candidate = Draw(Base64, 40, attempt);
                if (SecretPatterns.LooksLikeSecretAccessKey(candidate) && candidate.Contains('/') && candidate.Contains('+'))
                {
                    return candidate;
                }
            }
        }

        private static string Draw(string alphabet, int length, int seed)
        {
            var random = new Random(seed);
            var text = new StringBuilder(length);
            for (var i = 0; i < length; i++)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            return text.ToString();
        }
    }
}
