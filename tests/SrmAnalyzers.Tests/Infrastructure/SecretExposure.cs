using System;
using System.Collections.Generic;
using System.Linq;

namespace SrmAnalyzers.Tests.Infrastructure
{
    /// <summary>
    /// The catalog's limit on showing credentials: a message may show at most an access key ID's
    /// first 4 and last 4 characters, and nothing of a secret. So no 5-character window of a key ID
    /// and no 8-character window of a secret may appear in text a diagnostic carries.
    /// </summary>
    public sealed class SecretExposure
    {
        /// <summary>Showing 5 consecutive characters of a key ID is more than its first or last 4.</summary>
        public const int KeyIdWindow = 5;

        /// <summary>8 consecutive characters of a secret, token or password count as showing it.</summary>
        public const int SecretWindow = 8;

        private readonly StringComparison _comparison;

        /// <param name="comparison">
        /// <see cref="StringComparison.OrdinalIgnoreCase"/> also catches a value shown in another case
        /// (a host name is lower-cased); use <see cref="StringComparison.Ordinal"/> for key IDs whose
        /// windows are ordinary words (AWS's …EXAMPLE keys).
        /// </param>
        public SecretExposure(IEnumerable<string> keyIds, IEnumerable<string> secrets, StringComparison comparison)
        {
            _comparison = comparison;
            Fragments = keyIds.SelectMany(keyId => Windows(keyId, KeyIdWindow))
                .Concat(secrets.SelectMany(secret => Windows(secret, SecretWindow)))
                .Distinct(StringComparer.Ordinal)
                .ToList();
        }

        /// <summary>Every window that may not appear.</summary>
        public IReadOnlyList<string> Fragments { get; }

        /// <summary>The windows that <paramref name="text"/> shows (empty when it shows none).</summary>
        public IReadOnlyList<string> FoundIn(string? text) =>
            text is null ? Array.Empty<string>() : Fragments.Where(fragment => text.Contains(fragment, _comparison)).ToList();

        /// <summary>True when <paramref name="text"/> shows more of a credential than the catalog allows.</summary>
        public bool Reveals(string? text) => FoundIn(text).Count > 0;

        public static IEnumerable<string> Windows(string value, int length) =>
            Enumerable.Range(0, Math.Max(0, value.Length - length + 1)).Select(i => value.Substring(i, length));
    }
}
