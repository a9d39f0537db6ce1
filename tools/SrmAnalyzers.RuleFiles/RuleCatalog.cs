using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using SrmAnalyzers.Core;

namespace SrmAnalyzers.RuleFiles
{
    /// <summary>
    /// Every rule of the package, read from what the analyzers expose (so a new descriptor counts as
    /// soon as an analyzer reports it), and the rule options the Strict preset sets.
    /// </summary>
    public sealed class RuleCatalog
    {
        private const string CwePrefix = "CWE-";
        private const string FsbpPrefix = "FSBP:";

        private static readonly Regex DutySuffix = new(@"\(customer duty: (?<duty>[^()]+)\)$");

        public RuleCatalog(IReadOnlyList<Rule> rules, IReadOnlyList<string> strictOptions)
        {
            Rules = rules;
            StrictOptions = strictOptions;
        }

        /// <summary>One entry per rule ID, ordered by ID.</summary>
        public IReadOnlyList<Rule> Rules { get; }

        /// <summary>The <c>srm.*</c> lines of the Strict preset ("srm.SRM101.required_encryption = kms").</summary>
        public IReadOnlyList<string> StrictOptions { get; }

        /// <summary>The rules of the analyzer and code-fix assemblies this tool is built with.</summary>
        public static RuleCatalog Load()
        {
            var fixable = AnalyzerDiscovery.FixableIds(AnalyzerDiscovery.CodeFixAssembly);
            var withOptions = OptionDefinitions.All.Select(option => option.RuleId).ToHashSet(StringComparer.Ordinal);
            var rules = AnalyzerDiscovery.Analyzers(AnalyzerDiscovery.AnalyzerAssembly)
                .SelectMany(analyzer => analyzer.SupportedDiagnostics.Select(descriptor => (Analyzer: analyzer.GetType().Name, Descriptor: descriptor)))
                .GroupBy(pair => pair.Descriptor.Id, StringComparer.Ordinal)
                .OrderBy(group => group.Key, StringComparer.Ordinal)
                .Select(group => ToRule(
                    group.Select(pair => pair.Descriptor).Distinct().ToList(),
                    group.Select(pair => pair.Analyzer).Distinct().OrderBy(name => name, StringComparer.Ordinal).ToList(),
                    fixable.Contains(group.Key),
                    withOptions.Contains(group.Key)))
                .ToList();
            var strictOptions = OptionDefinitions.All
                .Where(option => option.StrictValue is not null)
                .Select(option => $"{option.Key} = {option.StrictValue}")
                .ToList();
            return new RuleCatalog(rules, strictOptions);
        }

        private static Rule ToRule(IReadOnlyList<DiagnosticDescriptor> descriptors, IReadOnlyList<string> analyzers, bool hasCodeFix, bool hasOptions)
        {
            var descriptor = descriptors[0];
            var id = descriptor.Id;

            // The generated files have one row per ID: descriptors sharing an ID must agree on what the rows show.
            if (descriptors.Select(Shown).Distinct(StringComparer.Ordinal).Count() > 1)
            {
                throw new InvalidOperationException($"{id} has {descriptors.Count} descriptors that differ in title, category, severity, message duty or tags; the generated files describe one rule per ID.");
            }

            var category = descriptor.Category;
            string? duty = null;
            if (category == DiagnosticDescriptors.Category)
            {
                var match = DutySuffix.Match(Text(descriptor.MessageFormat));
                duty = match.Success
                    ? match.Groups["duty"].Value
                    : throw new InvalidOperationException($"{id}: the message format '{descriptor.MessageFormat}' does not end with a Duties suffix ' (customer duty: ...)'.");
            }

            var tags = descriptor.CustomTags.ToList();
            return new Rule(
                id,
                Text(descriptor.Title),
                category,
                descriptor.DefaultSeverity,
                descriptor.IsEnabledByDefault,
                duty,
                tags.Where(tag => tag.StartsWith(CwePrefix, StringComparison.Ordinal)).ToList(),
                tags.Where(tag => tag.StartsWith(FsbpPrefix, StringComparison.Ordinal)).Select(tag => tag.Substring(FsbpPrefix.Length)).ToList(),
                hasCodeFix,
                hasOptions,
                analyzers);
        }

        private static string Shown(DiagnosticDescriptor descriptor) =>
            string.Join("\n", Text(descriptor.Title), descriptor.Category, descriptor.DefaultSeverity, descriptor.IsEnabledByDefault, DutySuffix.Match(Text(descriptor.MessageFormat)).Value, string.Join(",", descriptor.CustomTags));

        private static string Text(LocalizableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
