using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SrmAnalyzers.RuleFiles
{
    /// <summary>The generated regions of README.md, nuget/README.md and docs/configuration.md.</summary>
    public static class DocumentTexts
    {
        /// <summary>What the duty column says for SRM9xx, which check the package's own options.</summary>
        public const string OwnConfiguration = "the package's own configuration";

        /// <summary>README's "Rules" table.</summary>
        public static string ReadmeRuleTable(IEnumerable<Rule> rules)
        {
            var text = new StringBuilder();
            text.Append("| ID | Title | Customer duty | Default severity | Code fix | Tags (CWE, FSBP) |\n");
            text.Append("|---|---|---|---|---|---|\n");
            foreach (var rule in rules)
            {
                var duty = rule.Duty is { } d ? Capitalized(d) : $"— ({OwnConfiguration})";
                text.Append(CultureInfo.InvariantCulture, $"| [{rule.Id}](docs/rules/{rule.Id}.md) | {rule.Title} | {duty} | {Severity(rule)} | {(rule.HasCodeFix ? "yes" : "no")} | {Tags(rule)} |\n");
            }

            return text.ToString();
        }

        /// <summary>The package README's "Rules" list.</summary>
        public static string NuGetRuleList(IEnumerable<Rule> rules) =>
            string.Concat(rules.Select(rule => $"- **{rule.Id}** {rule.Title} ({rule.Duty ?? OwnConfiguration})\n"));

        /// <summary>The `dotnet format` command that applies every fix ("Apply every fix"), in both READMEs.</summary>
        public static string FixCommand(IEnumerable<Rule> rules) =>
            "```sh\ndotnet format analyzers --diagnostics " + string.Join(" ", rules.Where(rule => rule.HasCodeFix).Select(rule => rule.Id)) + "\n```\n";

        /// <summary>docs/configuration.md's sentence naming the security rules that read no srm.* option.</summary>
        public static string RulesWithoutOptions(IEnumerable<Rule> rules)
        {
            var ids = rules.Where(rule => rule.IsSecurityRule && !rule.HasOptions).Select(rule => rule.Id).ToList();
            return ids.Count switch
            {
                0 => "Every rule has options besides its severity.\n",
                1 => $"{ids[0]} has no options besides its severity.\n",
                _ => $"{string.Join(", ", ids.Take(ids.Count - 1))} and {ids[^1]} have no options besides their severity.\n",
            };
        }

        /// <summary>"CWE-311, FSBP EC2.3, EC2.7"; "—" when the rule has neither.</summary>
        public static string Tags(Rule rule)
        {
            var parts = new List<string>(rule.Cwes);
            if (rule.FsbpControls.Count > 0)
            {
                parts.Add("FSBP " + string.Join(", ", rule.FsbpControls));
            }

            return parts.Count == 0 ? "—" : string.Join(", ", parts);
        }

        public static string Severity(Rule rule) =>
            rule.IsEnabledByDefault ? rule.DefaultSeverity.ToString() : rule.DefaultSeverity + " (disabled by default)";

        public static string Capitalized(string text) =>
            text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
    }
}
