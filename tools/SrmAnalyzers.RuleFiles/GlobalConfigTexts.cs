using System.Collections.Generic;
using System.Linq;

namespace SrmAnalyzers.RuleFiles
{
    /// <summary>
    /// The SrmAnalysisMode / SrmExcludeTestProjects presets of nuget/globalconfig and the ValidCode
    /// project's .globalconfig. Their headers are fixed text; the rule lines follow the catalog.
    /// </summary>
    public static class GlobalConfigTexts
    {
        /// <summary>Rules that stay on in test projects: a key committed in a test leaks like any other.</summary>
        public static readonly IReadOnlyList<string> KeptInTestProjects = new[] { RuleIdentifiers.HardCodedCredentials };

        private static readonly string ModePresetLevel = Lines(
            "is_global = true",
            "# Low, so the project's own .editorconfig / .globalconfig entries win.",
            "global_level = -100",
            string.Empty);

        /// <summary>SrmAnalysisMode=AllErrors: every rule, SRM9xx included, is an error.</summary>
        public static string AllErrors(IEnumerable<Rule> rules) =>
            Lines("# SrmAnalyzers preset, applied when SrmAnalysisMode=AllErrors: every SRM rule is an error.")
            + ModePresetLevel
            + Severities(rules, "error");

        /// <summary>SrmAnalysisMode=None: every rule, SRM9xx included, is off.</summary>
        public static string None(IEnumerable<Rule> rules) =>
            Lines("# SrmAnalyzers preset, applied when SrmAnalysisMode=None: every SRM rule is off.")
            + ModePresetLevel
            + Severities(rules, "none");

        /// <summary>SrmAnalysisMode=Strict: the shipped severities, and each option's strict value.</summary>
        public static string Strict(IEnumerable<string> strictOptions) =>
            Lines("# SrmAnalyzers preset, applied when SrmAnalysisMode=Strict: the shipped severities plus the strictest rule options.")
            + ModePresetLevel
            + Lines(strictOptions.ToArray());

        /// <summary>
        /// SrmExcludeTestProjects=true in a test project: every security rule off but
        /// <see cref="KeptInTestProjects"/>; SRM9xx keep their severity.
        /// </summary>
        public static string TestProjects(IEnumerable<Rule> rules) =>
            Lines(
                "# SrmAnalyzers preset, applied in test projects (IsTestProject=true) when SrmExcludeTestProjects=true.",
                "# SRM301 stays on: a key committed in a test leaks like any other.",
                "is_global = true",
                "# Low, so the project's own .editorconfig / .globalconfig entries win, but one above the",
                "# SrmAnalysisMode presets (-100): in a test project this file decides the rules it names, whatever the",
                "# mode (with two files at one level, the compiler drops every key both set: MultipleGlobalAnalyzerKeys).",
                "global_level = -99",
                string.Empty)
            + Severities(rules.Where(rule => rule.IsSecurityRule && !KeptInTestProjects.Contains(rule.Id)), "none");

        /// <summary>tests/SrmAnalyzers.ValidCode/.globalconfig: every rule at least a warning, so any finding fails its build.</summary>
        public static string ValidCode(IEnumerable<Rule> rules) =>
            Lines(
                "# Every SRM rule at warning (at least), whatever its default: with TreatWarningsAsErrors from the",
                "# repository's Directory.Build.props, any SRM finding in this project fails the build.",
                "# A global config, not .editorconfig, so it also covers SRM901, which has no source location.",
                "# ValidCodeTests checks that every rule of the package is listed here.",
                "is_global = true",
                string.Empty)
            + Severities(rules, "warning");

        private static string Severities(IEnumerable<Rule> rules, string severity) =>
            Lines(rules.Select(rule => $"dotnet_diagnostic.{rule.Id}.severity = {severity}").ToArray());

        private static string Lines(params string[] lines) => string.Concat(lines.Select(line => line + "\n"));
    }
}
