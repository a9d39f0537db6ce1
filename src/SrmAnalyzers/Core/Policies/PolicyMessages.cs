namespace SrmAnalyzers.Core.Policies
{
    /// <summary>Wording shared by the policy rules' messages.</summary>
    internal static class PolicyMessages
    {
        private const int MaxQuotedLength = 64;

        /// <summary>"Policy statement" or "Policy statement 'Sid'".</summary>
        public static string Statement(PolicyStatement statement, string noun = "Policy statement") =>
            statement.Sid is { Length: > 0 } sid ? $"{noun} '{Shorten(sid)}'" : noun;

        /// <summary>The text, with anything shaped like a credential redacted, cut to a length that fits a message.</summary>
        public static string Shorten(string text)
        {
            var safe = SecretPatterns.RedactSecretsIn(text);
            return safe.Length <= MaxQuotedLength ? safe : safe.Substring(0, MaxQuotedLength) + "…";
        }
    }
}
