using System;
using System.Collections.Generic;

namespace SrmAnalyzers.Core.ConfigFiles
{
    /// <summary>An access key ID and the secret that sits beside it in a configuration file.</summary>
    internal readonly struct ConfigKeyPair
    {
        public ConfigKeyPair(ConfigSetting keyId, ConfigSetting secret)
        {
            KeyId = keyId;
            Secret = secret;
        }

        public ConfigSetting KeyId { get; }

        public ConfigSetting Secret { get; }
    }

    /// <summary>
    /// SRM301's judgment of a group of settings that stand side by side: a real-looking access key
    /// ID (<see cref="SecretPatterns.IsRealLookingAccessKeyId"/>: not an AWS example, not made up)
    /// with a secret beside it, i.e. a value shaped like a secret access key, or a value that is not
    /// a placeholder under a name that says secret (<c>AWSSecretKey</c>, <c>AWS_SECRET_ACCESS_KEY</c>,
    /// <c>SessionToken</c>). A group that also names a local emulator endpoint holds its dummy keys.
    /// </summary>
    internal static class ConfigCredentials
    {
        public static IEnumerable<ConfigKeyPair> FindLeaks(IReadOnlyList<ConfigSetting> group)
        {
            if (group.Count < 2 || IsForLocalEmulator(group))
            {
                yield break;
            }

            foreach (var keyId in group)
            {
                if (!SecretPatterns.IsRealLookingAccessKeyId(keyId.Value.Trim()))
                {
                    continue;
                }

                foreach (var other in group)
                {
                    if (!ReferenceEquals(other, keyId) && IsSecret(other))
                    {
                        yield return new ConfigKeyPair(keyId, other);
                        break;
                    }
                }
            }
        }

        private static bool IsSecret(ConfigSetting setting)
        {
            var value = setting.Value.Trim();
            return SecretPatterns.LooksLikeSecretAccessKey(value)
                || (SecretNames.FindSecretTerm(setting.Name) is not null
                    && !SecretPatterns.IsPlaceholder(value)
                    && !SecretPatterns.IsAccessKeyId(value));
        }

        /// <summary>A value in the group is a URL of a local emulator (LocalStack's <c>http://localhost:4566</c>, <c>AWS_ENDPOINT_URL</c>, a ServiceURL).</summary>
        private static bool IsForLocalEmulator(IReadOnlyList<ConfigSetting> group)
        {
            foreach (var setting in group)
            {
                if (setting.Value.IndexOf("://", StringComparison.Ordinal) > 0 && EmulatorEndpoints.IsLocal(setting.Value))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
