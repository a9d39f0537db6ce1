using System;
using System.Collections.Generic;

namespace SrmAnalyzers.Core
{
    /// <summary>
    /// Recognises names and descriptions that say a value is a secret ("/prod/db/password",
    /// "StripeApiKey", "private_key", "ConnectionString"). Words are compared case-insensitively
    /// after splitting at separators (<c>- _ . / :</c>, spaces), camelCase humps and unresolved
    /// parts (<see cref="ResolvedValue.Hole"/>), so only whole words count: "tokenizer" and
    /// "secretary" are not secrets. A secret word followed by a word that makes it metadata
    /// ("token-bucket-size", "password-min-length", "secret-arn", "api-key-id") or preceded by a
    /// bound ("max-token") does not count: precision before recall.
    /// </summary>
    internal static class SecretNames
    {
        /// <summary>
        /// Secret terms as word sequences; the one-word forms also match as the end of a longer word
        /// ("dbpassword", "clientsecret"), and every form also in the plural ("deployTokens", "ConnectionStrings").
        /// </summary>
        private static readonly string[][] Terms =
        {
            new[] { "password" },
            new[] { "passwd" },
            new[] { "secret" },
            new[] { "token" },
            new[] { "apikey" },
            new[] { "api", "key" },
            new[] { "privatekey" },
            new[] { "private", "key" },
            new[] { "credential" },
            new[] { "credentials" },
            new[] { "connectionstring" },
            new[] { "connection", "string" },
            new[] { "connstr" },
        };

        /// <summary>Words after a secret term that make the whole name about the secret, not the secret itself.</summary>
        private static readonly HashSet<string> MetadataWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "length", "len", "size", "min", "max", "minimum", "maximum", "policy", "policies", "rule", "rules",
            "pattern", "regex", "format", "complexity", "strength", "ttl", "expiry", "expiration", "expires",
            "lifetime", "validity", "timeout", "duration", "age", "days", "hours", "minutes", "seconds",
            "count", "limit", "limits", "bucket", "rate", "url", "uri", "endpoint", "host", "arn", "name",
            "id", "ids", "path", "header", "version", "rotation", "enabled", "disabled", "required",
            "type", "provider", "store", "hint", "reset", "issuer", "audience", "scope", "scopes", "refresh",
            "location", "ref", "reference", "source", "manager", "file", "prefix", "suffix", "parameter",
        };

        /// <summary>Words before a secret term that make it a bound or a counter ("max-token", "num-credentials").</summary>
        private static readonly HashSet<string> BoundWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "min", "max", "minimum", "maximum", "num", "number", "no", "without",
        };

        /// <summary>
        /// The secret term a name or description mentions ("password", "api key"), or null. Null for
        /// null, empty and very long text.
        /// </summary>
        public static string? FindSecretTerm(string? text)
        {
            if (text is null || text.Length == 0 || text.Length > 4096)
            {
                return null;
            }

            var words = SplitWords(text);
            for (var i = 0; i < words.Count; i++)
            {
                foreach (var term in Terms)
                {
                    if (!MatchesAt(words, i, term))
                    {
                        continue;
                    }

                    var next = i + term.Length;
                    if ((next < words.Count && MetadataWords.Contains(words[next]))
                        || (i > 0 && BoundWords.Contains(words[i - 1])))
                    {
                        continue;
                    }

                    return string.Join(" ", term) switch
                    {
                        "apikey" => "api key",
                        "privatekey" => "private key",
                        "connectionstring" or "connstr" => "connection string",
                        var name => name,
                    };
                }
            }

            return null;
        }

        private static bool MatchesAt(List<string> words, int index, string[] term)
        {
            if (term.Length == 1)
            {
                return EndsWithTerm(words[index], term[0]);
            }

            if (index + term.Length > words.Count)
            {
                return false;
            }

            for (var k = 0; k < term.Length - 1; k++)
            {
                if (!string.Equals(words[index + k], term[k], StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            var last = words[index + term.Length - 1];
            return string.Equals(last, term[term.Length - 1], StringComparison.OrdinalIgnoreCase) || IsPlural(last, term[term.Length - 1]);
        }

        /// <summary>"dbpassword", "Tokens", "ConnectionStrings": the term at the end of the word, singular or plural.</summary>
        private static bool EndsWithTerm(string word, string term) =>
            word.EndsWith(term, StringComparison.OrdinalIgnoreCase)
            || (word.Length > term.Length && word.EndsWith(term + "s", StringComparison.OrdinalIgnoreCase));

        private static bool IsPlural(string word, string singular) =>
            word.Length == singular.Length + 1 && word.EndsWith("s", StringComparison.OrdinalIgnoreCase)
            && word.StartsWith(singular, StringComparison.OrdinalIgnoreCase);

        /// <summary>Splits at anything but letters and digits, and at camelCase humps: "/prod/DBPassword_v2" → prod, DB, Password, v2.</summary>
        private static List<string> SplitWords(string text)
        {
            var words = new List<string>();
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var c = i < text.Length ? text[i] : ' ';
                if (!char.IsLetterOrDigit(c))
                {
                    if (start >= 0)
                    {
                        words.Add(text.Substring(start, i - start));
                        start = -1;
                    }

                    continue;
                }

                if (start >= 0 && i > start)
                {
                    var previous = text[i - 1];
                    var hump = (char.IsLower(previous) && char.IsUpper(c))
                        || (char.IsUpper(previous) && char.IsUpper(c) && i + 1 < text.Length && char.IsLower(text[i + 1]));
                    if (hump)
                    {
                        words.Add(text.Substring(start, i - start));
                        start = i;
                    }
                }

                if (start < 0)
                {
                    start = i;
                }
            }

            return words;
        }
    }
}
