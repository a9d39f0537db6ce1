using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SrmAnalyzers.Core
{
    /// <summary>
    /// A rule option as read from .editorconfig / .globalconfig for one syntax tree: the value the
    /// rule uses (the default when the option is absent or malformed) and what was written, so a
    /// configuration diagnostic can later point out malformed values.
    /// </summary>
    internal readonly struct RuleOption<T>
    {
        public RuleOption(string key, T value, string? rawValue, bool isMalformed)
        {
            Key = key;
            Value = value;
            RawValue = rawValue;
            IsMalformed = isMalformed;
        }

        /// <summary>The full key, e.g. <c>srm.SRM101.required_encryption</c>.</summary>
        public string Key { get; }

        /// <summary>The value in effect: the parsed value, or the default.</summary>
        public T Value { get; }

        /// <summary>The value as written in the configuration; null when the option is not set.</summary>
        public string? RawValue { get; }

        /// <summary>True when the option is set to something that is not a valid value (the default is then in effect).</summary>
        public bool IsMalformed { get; }
    }

    /// <summary>
    /// Reads rule options (<c>srm.SRMxxx.option = value</c>) from the analyzer configuration of a
    /// syntax tree. Parsing is tolerant and never throws: unknown or malformed values fall back to
    /// the rule's default and are flagged on the returned <see cref="RuleOption{T}"/>.
    /// </summary>
    internal static class SrmOptions
    {
        public const string Prefix = "srm.";

        /// <summary>The configuration key of a rule option: <c>srm.SRM101.required_encryption</c>.</summary>
        public static string Key(string ruleId, string option) => Prefix + ruleId + "." + option;

        /// <summary>
        /// The value of a list option that stands for the empty list (<c>srm.SRM403.allowed_public_ports = none</c>):
        /// an empty value is not a list, it is reported by SRM901 and leaves the default in effect.
        /// </summary>
        public const string EmptyList = "none";

        /// <summary>
        /// The EditorConfig value that removes a property set by an outer file (<c>key = unset</c>):
        /// the rule's default applies, as when the key is absent.
        /// </summary>
        public const string Unset = "unset";

        /// <summary>
        /// The trimmed raw value of a rule option for <paramref name="tree"/>; null when it is not set,
        /// empty (the default applies, SRM901 reports the empty value) or <c>unset</c>.
        /// </summary>
        public static string? GetRaw(AnalyzerOptions options, SyntaxTree tree, string ruleId, string option) =>
            GetRaw(options.AnalyzerConfigOptionsProvider.GetOptions(tree), ruleId, option);

        /// <summary>
        /// The trimmed raw value of a rule option in <paramref name="configOptions"/> (those of a syntax tree
        /// or of an additional file); null when it is not set, empty or <c>unset</c>.
        /// </summary>
        public static string? GetRaw(AnalyzerConfigOptions configOptions, string ruleId, string option)
        {
            configOptions.TryGetValue(Key(ruleId, option), out var value);
            return value?.Trim() is { Length: > 0 } trimmed && !IsUnset(trimmed) ? trimmed : null;
        }

        /// <summary>True for <c>unset</c> in any letter case.</summary>
        public static bool IsUnset(string value) => string.Equals(value.Trim(), Unset, StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// Splits a comma-separated list option into trimmed, non-empty items; <c>none</c> (the whole
        /// value, any letter case) is the empty list.
        /// </summary>
        public static string[] SplitList(string value) =>
            IsEmptyList(value)
                ? Array.Empty<string>()
                : value.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries)
                    .Select(item => item.Trim())
                    .Where(item => item.Length > 0)
                    .ToArray();

        /// <summary>True when a list option's value is <c>none</c>, or one or more items that are all valid.</summary>
        public static bool IsList(string value, Func<string, bool> isValidItem) =>
            IsEmptyList(value) || (SplitList(value) is { Length: > 0 } items && items.All(isValidItem));

        private static bool IsEmptyList(string value) => string.Equals(value.Trim(), EmptyList, StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// An option declared in <see cref="OptionDefinitions"/>, parsed with <paramref name="parse"/>
        /// when its definition accepts the raw value, and the default otherwise (never throws).
        /// </summary>
        public static RuleOption<T> Get<T>(AnalyzerOptions options, SyntaxTree tree, OptionDefinition definition, T defaultValue, Func<string, T> parse) =>
            Get(options.AnalyzerConfigOptionsProvider.GetOptions(tree), definition, defaultValue, parse);

        /// <summary>The same for the options of an additional file or any other <see cref="AnalyzerConfigOptions"/>.</summary>
        public static RuleOption<T> Get<T>(AnalyzerConfigOptions configOptions, OptionDefinition definition, T defaultValue, Func<string, T> parse)
        {
            var raw = GetRaw(configOptions, definition.RuleId, definition.Name);
            if (raw is null)
            {
                return new RuleOption<T>(definition.Key, defaultValue, rawValue: null, isMalformed: false);
            }

            return definition.IsValid(raw)
                ? new RuleOption<T>(definition.Key, parse(raw), raw, isMalformed: false)
                : new RuleOption<T>(definition.Key, defaultValue, raw, isMalformed: true);
        }

        /// <summary>
        /// An enum-like option: the value names the enum member, compared case-insensitively
        /// (<c>kms</c>, <c>KMS</c> → <c>Kms</c>). Numbers and combinations are not accepted.
        /// </summary>
        public static RuleOption<TEnum> GetEnum<TEnum>(AnalyzerOptions options, SyntaxTree tree, string ruleId, string option, TEnum defaultValue)
            where TEnum : struct, Enum
        {
            var key = Key(ruleId, option);
            var raw = GetRaw(options, tree, ruleId, option);
            if (raw is null)
            {
                return new RuleOption<TEnum>(key, defaultValue, rawValue: null, isMalformed: false);
            }

            foreach (var name in Enum.GetNames(typeof(TEnum)))
            {
                if (string.Equals(name, raw, StringComparison.OrdinalIgnoreCase))
                {
                    return new RuleOption<TEnum>(key, (TEnum)Enum.Parse(typeof(TEnum), name), raw, isMalformed: false);
                }
            }

            return new RuleOption<TEnum>(key, defaultValue, raw, isMalformed: true);
        }
    }
}
