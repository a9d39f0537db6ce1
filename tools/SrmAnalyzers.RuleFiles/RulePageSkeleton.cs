using System.Collections.Generic;
using System.Linq;

namespace SrmAnalyzers.RuleFiles
{
    /// <summary>
    /// The first version of docs/rules/SRMxxx.md for a rule that has no page: the facts the descriptor
    /// knows, and the sections every page has, to be written by hand. Never written over an existing page.
    /// </summary>
    public static class RulePageSkeleton
    {
        public static string For(Rule rule)
        {
            var tags = rule.Cwes.Concat(rule.FsbpControls.Select(control => "FSBP " + control)).ToList();
            var lines = new List<string>
            {
                $"# {rule.Id}: {rule.Title}",
                string.Empty,
                "| | |",
                "|---|---|",
                $"| Default severity | {DocumentTexts.Severity(rule)} |",
                $"| Category | {rule.Category} |",
                $"| Customer duty | {(rule.Duty is { } duty ? DocumentTexts.Capitalized(duty) : "none: this rule checks " + DocumentTexts.OwnConfiguration)} |",
                $"| Compliance tags | {(tags.Count == 0 ? "none" : string.Join(", ", tags))} |",
                $"| Code fix | {(rule.HasCodeFix ? "yes" : "no")} |",
                string.Empty,
                "## What it flags",
                string.Empty,
                "TODO: the calls and values it reports, where the diagnostic is placed, and what it deliberately leaves alone.",
                string.Empty,
                "## Why: the customer's duty",
                string.Empty,
                "TODO: what the customer must do under the Shared Responsibility Model, and what goes wrong otherwise.",
                string.Empty,
                "## Non-compliant",
                string.Empty,
                $"TODO: a ```` ```csharp ```` sample marked `// expect: {rule.Id}` (docs/rules/README.md: how samples are checked).",
                string.Empty,
                "## Compliant",
                string.Empty,
                $"TODO: a ```` ```csharp ```` sample marked `// compliant: {rule.Id}`.",
                string.Empty,
                "## Code fix",
                string.Empty,
                rule.HasCodeFix ? "TODO: what the fix changes." : "None in this version.",
                string.Empty,
                "## Options",
                string.Empty,
                rule.HasOptions ? "TODO: each srm." + rule.Id + ".* option, what it accepts and its default." : "None besides the severity.",
                string.Empty,
                "## Suppressing",
                string.Empty,
                "TODO: when a suppression is right, with a `#pragma warning disable` or `[SuppressMessage]` example and its reason.",
            };
            return string.Concat(lines.Select(line => line + "\n"));
        }
    }
}
