using System;
using System.Collections.Generic;
using System.Text;

namespace SrmAnalyzers.Core
{
    /// <summary>
    /// What AWS credentials look like, what only pretends to be one (documentation examples,
    /// placeholders, emulator defaults), and how a key may be shown in a message. Works on
    /// resolved constants only: a string holding <see cref="ResolvedValue.Hole"/> is not a
    /// constant and never counts as a credential.
    /// </summary>
    internal static class SecretPatterns
    {
        /// <summary>Length of an AWS access key ID: a 4-letter prefix and 16 base32 characters.</summary>
        public const int AccessKeyIdLength = 20;

        /// <summary>Length of an AWS secret access key.</summary>
        public const int SecretAccessKeyLength = 40;

        private const int PrefixLength = 4;

        /// <summary>
        /// Key ID prefixes: AKIA (IAM user long-term key), ASIA (STS temporary), ABIA (STS service
        /// bearer token), ACCA (context-specific credential).
        /// </summary>
        private static readonly string[] AccessKeyIdPrefixes = { "AKIA", "ASIA", "ABIA", "ACCA" };

        /// <summary>
        /// Words that, inside a key ID's random part, mark it as made up. A random 16-character
        /// base32 string contains one of them with a probability of about 1e-4.
        /// </summary>
        private static readonly string[] MadeUpKeyIdWords = { "EXAMPLE", "TEST", "FAKE", "DUMMY", "SAMPLE", "MOCK", "PLACEHOLDER", "INVALID", "NOTREAL", "XXXX" };

        /// <summary>
        /// Words that placeholder credentials are made of ("your-access-key", "AWS_SECRET_KEY",
        /// "dummySecret", "test"/"test" of LocalStack, "minioadmin" of MinIO). A value made only of
        /// these words (and short numbers) is not a secret.
        /// </summary>
        private static readonly HashSet<string> PlaceholderWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "test", "tests", "testing", "tester", "dummy", "fake", "fakes", "mock", "mocked", "stub", "sample", "samples", "example", "examples", "demo",
            "foo", "bar", "baz", "qux", "abc", "xyz", "asdf", "qwerty", "placeholder", "changeme", "change", "me", "replace", "replaceme", "todo", "fixme",
            "your", "my", "our", "the", "a", "an", "here", "goes", "insert", "enter", "put", "set", "with", "value", "values",
            "aws", "amazon", "access", "secret", "secrets", "key", "keys", "id", "ids", "keyid", "accesskey", "accesskeyid", "secretkey", "secretaccesskey",
            "token", "session", "sessiontoken", "credential", "credentials", "creds", "user", "username", "password", "pass", "pwd",
            "none", "null", "nil", "empty", "default", "unused", "ignored", "invalid", "bogus", "redacted", "hidden", "anything", "whatever",
            "local", "localhost", "localstack", "minio", "minioadmin", "admin", "root",
        };

        /// <summary>True when the whole value is an access key ID: a known prefix and 16 characters of A-Z or 2-7.</summary>
        public static bool IsAccessKeyId(string value) => value.Length == AccessKeyIdLength && MatchesAccessKeyIdAt(value, 0);

        /// <summary>
        /// True for an access key ID that may be real: not an AWS documentation example
        /// (AKIAIOSFODNN7EXAMPLE), not a made-up one (AKIAXXXXXXXXXXXXXXXX, AKIAFAKEKEY...).
        /// </summary>
        public static bool IsRealLookingAccessKeyId(string value)
        {
            if (!IsAccessKeyId(value))
            {
                return false;
            }

            var random = value.Substring(PrefixLength);
            foreach (var word in MadeUpKeyIdWords)
            {
                if (random.IndexOf(word, StringComparison.Ordinal) >= 0)
                {
                    return false;
                }
            }

            return !IsOneRepeatedCharacter(random) && !IsAlphabetRun(random);
        }

        /// <summary>
        /// The real-looking access key IDs that stand as whole tokens in <paramref name="text"/>
        /// (bordered by the ends of the text or by characters other than letters and digits), so
        /// "AKIA..." inside "key=AKIA...;" counts and a longer word does not. A
        /// <see cref="ResolvedValue.Hole"/> may stand for any text, so it never borders a key: only
        /// keys whose characters and borders are all constant are found.
        /// </summary>
        public static IReadOnlyList<string> FindRealLookingAccessKeyIds(string text)
        {
            // Called for every string literal of the compilation: no allocation when there is no key.
            List<string>? found = null;
            if (text.Length < AccessKeyIdLength)
            {
                return Array.Empty<string>();
            }

            // Every prefix starts with 'A'.
            for (var start = text.IndexOf('A'); start >= 0 && start <= text.Length - AccessKeyIdLength; start = text.IndexOf('A', start + 1))
            {
                if ((start == 0 || !MayContinueToken(text[start - 1]))
                    && (start + AccessKeyIdLength == text.Length || !MayContinueToken(text[start + AccessKeyIdLength]))
                    && MatchesAccessKeyIdAt(text, start))
                {
                    var keyId = text.Substring(start, AccessKeyIdLength);
                    if (IsRealLookingAccessKeyId(keyId))
                    {
                        (found ??= new List<string>()).Add(keyId);
                    }

                    start += AccessKeyIdLength - 1;
                }
            }

            return (IReadOnlyList<string>?)found ?? Array.Empty<string>();
        }

        /// <summary>
        /// Cheap test for a piece of a concatenation: true when it holds a whole key ID or could
        /// join a neighbour into one (starts or ends with a key ID character).
        /// </summary>
        public static bool MayHoldAccessKeyIdPart(string text) =>
            text.Length > 0 && (IsAccessKeyIdCharacter(text[0]) || IsAccessKeyIdCharacter(text[text.Length - 1]) || FindRealLookingAccessKeyIds(text).Count > 0);

        /// <summary>
        /// True for a value shaped like a real secret access key: 40 characters of the base64
        /// alphabet mixing upper case, lower case and digits or '/' '+' (a 40-digit hex hash does
        /// not match), and not an AWS documentation example.
        /// </summary>
        public static bool LooksLikeSecretAccessKey(string value)
        {
            if (value.Length != SecretAccessKeyLength || IsPlaceholder(value))
            {
                return false;
            }

            bool upper = false, lower = false, other = false;
            foreach (var c in value)
            {
                if (c is >= 'A' and <= 'Z')
                {
                    upper = true;
                }
                else if (c is >= 'a' and <= 'z')
                {
                    lower = true;
                }
                else if (c is >= '0' and <= '9' or '/' or '+')
                {
                    other = true;
                }
                else
                {
                    return false;
                }
            }

            return upper && lower && other;
        }

        /// <summary>
        /// True for a value that is not a credential: null or blank, not a constant (has a hole),
        /// an AWS documentation example (…EXAMPLE, …EXAMPLEKEY), a template
        /// (<c>&lt;your-key&gt;</c>, <c>${AWS_KEY}</c>, <c>{{key}}</c>, <c>%KEY%</c>), one repeated
        /// character (<c>xxxx</c>, <c>****</c>), digits only, or only placeholder words
        /// (<c>test</c>, <c>dummy</c>, <c>your-access-key</c>, <c>AWS_SECRET_ACCESS_KEY</c>, <c>minioadmin</c>).
        /// </summary>
        public static bool IsPlaceholder(string? value)
        {
            if (value is null || !ResolvedValue.IsComplete(value))
            {
                return true;
            }

            var trimmed = value.Trim();
            if (trimmed.Length == 0
                || trimmed.IndexOf("EXAMPLE", StringComparison.OrdinalIgnoreCase) >= 0
                || IsTemplate(trimmed))
            {
                return true;
            }

            var significant = new System.Text.StringBuilder(trimmed.Length);
            foreach (var c in trimmed)
            {
                if (char.IsLetterOrDigit(c))
                {
                    significant.Append(c);
                }
            }

            var letters = significant.ToString();
            if (letters.Length == 0 || IsOneRepeatedCharacter(letters) || IsAllDigits(letters))
            {
                return true;
            }

            if (IsAccessKeyId(trimmed))
            {
                return !IsRealLookingAccessKeyId(trimmed);
            }

            return IsMadeOfPlaceholderWords(trimmed);
        }

        /// <summary>
        /// How a key ID may appear in a message: its first 4 and last 4 characters
        /// ("AKIA…MPLE"). Anything that is not shaped like a key ID is not shown at all (null).
        /// There is deliberately no way to show a secret.
        /// </summary>
        public static string? RedactAccessKeyId(string? keyId) =>
            keyId is { Length: AccessKeyIdLength } && IsAccessKeyId(keyId)
                ? keyId.Substring(0, PrefixLength) + "\u2026" + keyId.Substring(AccessKeyIdLength - 4)
                : null;

        /// <summary>
        /// User text made safe to quote in a message (a statement Sid, a host, an option value):
        /// anything shaped like an access key ID, in upper or lower case, even inside a longer word, is cut to its first and
        /// last 4 characters, and any run of 40 or more base64 characters mixing letters and digits
        /// (a secret key or session token) is replaced by "…". Ordinary names pass unchanged.
        /// </summary>
        public static string RedactSecretsIn(string text)
        {
            StringBuilder? redacted = null;
            var copied = 0;
            var index = 0;
            while (index < text.Length)
            {
                var runEnd = index;
                while (runEnd < text.Length && runEnd - index < SecretAccessKeyLength && IsBase64Character(text[runEnd]))
                {
                    runEnd++;
                }

                if (runEnd - index == SecretAccessKeyLength)
                {
                    while (runEnd < text.Length && IsBase64Character(text[runEnd]))
                    {
                        runEnd++;
                    }
                }

                if (runEnd - index >= SecretAccessKeyLength && MixesLettersAndDigits(text, index, runEnd))
                {
                    redacted ??= new StringBuilder(text.Length);
                    redacted.Append(text, copied, index - copied).Append('\u2026');
                    copied = index = runEnd;
                }
                else if (index <= text.Length - AccessKeyIdLength && MatchesAccessKeyIdAt(text, index, ignoreCase: true))
                {
                    // In any case: a quoted host has been lower-cased, and a lower-cased key ID still gives the key away.
                    redacted ??= new StringBuilder(text.Length);
                    redacted.Append(text, copied, index - copied)
                        .Append(text, index, PrefixLength)
                        .Append('\u2026')
                        .Append(text, index + AccessKeyIdLength - 4, 4);
                    copied = index += AccessKeyIdLength;
                }
                else
                {
                    index++;
                }
            }

            return redacted is null ? text : redacted.Append(text, copied, text.Length - copied).ToString();
        }

        private static bool IsBase64Character(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '/' or '+';

        private static bool MixesLettersAndDigits(string text, int start, int end)
        {
            bool letter = false, digit = false;
            for (var i = start; i < end && !(letter && digit); i++)
            {
                letter |= char.IsLetter(text[i]);
                digit |= char.IsDigit(text[i]);
            }

            return letter && digit;
        }

        /// <param name="ignoreCase">Also match a key ID that was lower-cased (a host name normalised for comparison).</param>
        private static bool MatchesAccessKeyIdAt(string text, int start, bool ignoreCase = false)
        {
            var prefixMatches = false;
            foreach (var prefix in AccessKeyIdPrefixes)
            {
                if (string.Compare(text, start, prefix, 0, PrefixLength, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) == 0)
                {
                    prefixMatches = true;
                    break;
                }
            }

            if (!prefixMatches)
            {
                return false;
            }

            for (var i = start + PrefixLength; i < start + AccessKeyIdLength; i++)
            {
                if (!IsAccessKeyIdCharacter(ignoreCase ? char.ToUpperInvariant(text[i]) : text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsTemplate(string value) =>
            value.IndexOf("${", StringComparison.Ordinal) >= 0
            || value.IndexOf("{{", StringComparison.Ordinal) >= 0
            || value.IndexOf("$(", StringComparison.Ordinal) >= 0
            || value.IndexOf("#{", StringComparison.Ordinal) >= 0
            || value.Length >= 2 && (value[0], value[value.Length - 1]) is ('<', '>') or ('%', '%') or ('[', ']') or ('{', '}');

        private static bool IsMadeOfPlaceholderWords(string value)
        {
            var words = 0;
            foreach (var token in SplitWords(value))
            {
                if (IsAllDigits(token) && token.Length <= 4)
                {
                    continue;
                }

                if (!PlaceholderWords.Contains(token) && !IsOneRepeatedCharacter(token))
                {
                    return false;
                }

                words++;
            }

            return words > 0;
        }

        /// <summary>Splits at separators, case changes and letter/digit changes: "yourAWSKey_1" → your, AWS, Key, 1.</summary>
        private static IEnumerable<string> SplitWords(string value)
        {
            var word = new System.Text.StringBuilder();
            for (var i = 0; i < value.Length; i++)
            {
                var current = value[i];
                if (!char.IsLetterOrDigit(current))
                {
                    if (word.Length > 0)
                    {
                        yield return word.ToString();
                        word.Clear();
                    }

                    continue;
                }

                if (word.Length > 0)
                {
                    var previous = word[word.Length - 1];
                    var startsWord = char.IsDigit(previous) != char.IsDigit(current)
                        || char.IsLower(previous) && char.IsUpper(current)
                        || char.IsUpper(previous) && char.IsUpper(current) && i + 1 < value.Length && char.IsLower(value[i + 1]);
                    if (startsWord)
                    {
                        yield return word.ToString();
                        word.Clear();
                    }
                }

                word.Append(current);
            }

            if (word.Length > 0)
            {
                yield return word.ToString();
            }
        }

        private static bool IsOneRepeatedCharacter(string value)
        {
            for (var i = 1; i < value.Length; i++)
            {
                if (char.ToUpperInvariant(value[i]) != char.ToUpperInvariant(value[0]))
                {
                    return false;
                }
            }

            return value.Length > 0;
        }

        /// <summary>"ABCDEFGHIJKLMNOP": consecutive letters, the shape of hand-made key IDs.</summary>
        private static bool IsAlphabetRun(string value)
        {
            for (var i = 1; i < value.Length; i++)
            {
                if (value[i] != value[i - 1] + 1)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsAllDigits(string value)
        {
            foreach (var c in value)
            {
                if (c is < '0' or > '9')
                {
                    return false;
                }
            }

            return value.Length > 0;
        }

        private static bool IsAccessKeyIdCharacter(char c) => c is (>= 'A' and <= 'Z') or (>= '2' and <= '7');

        private static bool MayContinueToken(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or ResolvedValue.Hole;
    }
}
