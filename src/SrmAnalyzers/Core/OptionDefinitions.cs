using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace SrmAnalyzers.Core
{
    /// <summary>
    /// One rule option (<c>srm.SRMxxx.name = value</c>): its key, what it accepts and its default,
    /// in words for the SRM901 message and the docs. Every option a rule reads is declared here so
    /// malformed values are reported in one place.
    /// </summary>
    internal sealed class OptionDefinition
    {
        public OptionDefinition(string ruleId, string name, string acceptedValues, string defaultValue, Func<string, bool> isValid, string? remark = null, string? strictValue = null)
        {
            RuleId = ruleId;
            Name = name;
            AcceptedValues = acceptedValues;
            DefaultValue = defaultValue;
            IsValid = isValid;
            Remark = remark;
            StrictValue = strictValue;
        }

        public string RuleId { get; }

        public string Name { get; }

        public string Key => SrmOptions.Key(RuleId, Name);

        /// <summary>What the option accepts, in words ("any or kms").</summary>
        public string AcceptedValues { get; }

        /// <summary>The value in effect when the option is absent or malformed, as written in configuration.</summary>
        public string DefaultValue { get; }

        /// <summary>True when the trimmed raw value is acceptable.</summary>
        public Func<string, bool> IsValid { get; }

        /// <summary>A fact the SRM901 message adds after the default (what holds whatever the option says); null when there is none.</summary>
        public string? Remark { get; }

        /// <summary>
        /// The value the SrmAnalysisMode=Strict preset sets (nuget/globalconfig, written by
        /// tools/SrmAnalyzers.RuleFiles); null when the default is already the one Strict wants.
        /// </summary>
        public string? StrictValue { get; }
    }

    internal static class OptionDefinitions
    {
        /// <summary>
        /// The hosts SRM102 always treats as local (<see cref="EmulatorEndpoints.IsLocal"/>), in words;
        /// docs/rules/SRM102.md and docs/configuration.md list the same hosts.
        /// </summary>
        public const string LocalHosts = "loopback addresses, localhost, *.localhost, 0.0.0.0, host.docker.internal, localhost.localstack.cloud, *.localhost.localstack.cloud, localstack, minio";

        public static readonly OptionDefinition RequiredEncryption = new(
            RuleIdentifiers.S3ObjectWithoutChosenEncryption,
            "required_encryption",
            "any or kms",
            "any",
            value => IsOneOf(value, "any", "kms"),
            strictValue: "kms");

        public static readonly OptionDefinition AllowedHttpHosts = new(
            RuleIdentifiers.TlsDisabled,
            "allowed_http_hosts",
            "a comma-separated list of host names, each optionally starting with '*.' (e.g. minio.ci.internal, *.test), or none",
            SrmOptions.EmptyList,
            value => SrmOptions.IsList(value, IsHostPattern),
            remark: "always allowed: " + LocalHosts);

        public static readonly OptionDefinition MinPendingDays = new(
            RuleIdentifiers.WeakKmsKeyManagement,
            "min_pending_days",
            "a whole number of days from 7 to 30",
            "30",
            value => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= 7 and <= 30);

        public static readonly OptionDefinition AdminPorts = new(
            RuleIdentifiers.WorldOpenSecurityGroup,
            "admin_ports",
            "a comma-separated list of port numbers from 0 to 65535, or none",
            "22,3389,3306,5432,1433,1521,6379,9200,27017",
            IsPortList);

        public static readonly OptionDefinition AllowedPublicPorts = new(
            RuleIdentifiers.WorldOpenSecurityGroup,
            "allowed_public_ports",
            "a comma-separated list of port numbers from 0 to 65535, or none",
            "80,443",
            IsPortList);

        public static readonly ImmutableArray<OptionDefinition> All = ImmutableArray.Create(
            RequiredEncryption, AllowedHttpHosts, MinPendingDays, AdminPorts, AllowedPublicPorts);

        private static bool IsOneOf(string value, params string[] accepted) =>
            accepted.Any(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase));

        private static bool IsPortList(string value) =>
            SrmOptions.IsList(value, p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 0 and <= 65535);

        private static bool IsHostPattern(string host)
        {
            var name = host.StartsWith("*.", StringComparison.Ordinal) ? host.Substring(2) : host;
            return name.Length > 0
                && name.Split('.').All(label => label.Length > 0 && label.All(c => char.IsLetterOrDigit(c) || c == '-'));
        }
    }
}
