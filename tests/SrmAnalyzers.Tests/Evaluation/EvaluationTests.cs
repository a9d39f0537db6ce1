using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using SrmAnalyzers.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SrmAnalyzers.Tests.Evaluation
{
    /// <summary>
    /// A blind evaluation: realistic code written from the rule catalog alone (Evaluation/Corpus),
    /// with every expected finding marked <c>// expect: SRMxxx</c>, scored per rule against what the
    /// analyzers report. The corpus states what an expert expects; it is never edited to match the
    /// implementation.
    /// </summary>
    public class EvaluationTests
    {
        // Issue 13's bar for the blind corpus (both rounds), per rule.
        private const double PrecisionBar = 0.97;
        private const double RecallBar = 0.95;
        private const double ValidFixBar = 0.95;

        private static readonly Regex AccessKeyId = new(@"\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b");
        private static readonly Regex SecretKey = new(@"(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{40}(?![A-Za-z0-9+/])");

        private static readonly Regex PlaintextClaim = new(@"plain\s*text|unencrypted|not encrypted|without encryption|in the clear", RegexOptions.IgnoreCase);

        private readonly ITestOutputHelper output;

        public EvaluationTests(ITestOutputHelper output)
        {
            this.output = output;
        }

        [Fact]
        public async Task Corpus_is_well_formed_and_compiles()
        {
            var evaluation = await CorpusEvaluation.GetAsync();
            var problems = evaluation.CorpusDefects.ToList();
            // Two blind rounds: the single-member corpus and the cross-member one (Corpus/CrossMember).
            if (evaluation.Files.Count is < 40 or > 150)
            {
                problems.Add($"The corpus has {evaluation.Files.Count} files; it should have 40 to 150.");
            }

            problems.AddRange(evaluation.Files
                .Where(f => f.LineCount is < 30 or > 150)
                .Select(f => $"{f.Name}: {f.LineCount} lines; a corpus file has 30 to 150."));
            problems.AddRange(CorpusEvaluation.MeasuredRules
                .Where(rule => !evaluation.Expected.Any(e => e.RuleId == rule))
                .Select(rule => $"No marker expects {rule}."));

            foreach (var warning in evaluation.CompilerWarnings)
            {
                output.WriteLine("warning (informational): " + warning);
            }

            Assert.True(problems.Count == 0, "Corpus defects:\n" + string.Join("\n", problems));
        }

        [Fact]
        public async Task Analyzers_never_throw_on_the_corpus()
        {
            var evaluation = await CorpusEvaluation.GetAsync();

            Assert.True(evaluation.AnalyzerExceptions.Count == 0, "Analyzer exceptions (AD0001):\n" + string.Join("\n", evaluation.AnalyzerExceptions));
        }

        /// <summary>
        /// Catalog: a message never contains the secret and shows at most the key ID's first 4 and last
        /// 4 characters. So no 5-character run of a key ID and no 8-character run of a 40-character
        /// secret from the corpus may appear in any message.
        /// </summary>
        [Fact]
        public async Task Messages_never_reveal_a_secret()
        {
            var evaluation = await CorpusEvaluation.GetAsync();
            var keyIds = evaluation.Files.SelectMany(f => AccessKeyId.Matches(f.Source)).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
            var secrets = evaluation.Files.SelectMany(f => SecretKey.Matches(f.Source)).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
            // Ordinal: the corpus uses AWS's ...EXAMPLE keys, whose windows are also ordinary words.
            var exposure = new SecretExposure(keyIds, secrets, StringComparison.Ordinal);
            var leaks = evaluation.Reported
                .Where(r => exposure.Reveals(r.Message))
                .Select(r => r.ToString())
                .ToList();

            Assert.NotEmpty(keyIds);
            Assert.NotEmpty(secrets);
            Assert.True(leaks.Count == 0, "Diagnostic messages that show more of a key than its first and last 4 characters:\n" + string.Join("\n", leaks));
        }

        /// <summary>
        /// Catalog, "Every diagnostic" and "What an expert expects": messages end with the duty, and
        /// SRM101 never claims the object is stored unencrypted (S3 encrypts new objects since 2023).
        /// </summary>
        [Fact]
        public async Task Messages_follow_the_catalog()
        {
            var evaluation = await CorpusEvaluation.GetAsync();
            var problems = evaluation.Reported
                .Where(r => !r.Message.Contains("(customer duty:", StringComparison.Ordinal))
                .Select(r => "no duty: " + r)
                .Concat(evaluation.Reported
                    .Where(r => r.RuleId == "SRM101" && PlaintextClaim.IsMatch(r.Message))
                    .Select(r => "SRM101 claims plaintext storage: " + r))
                .Distinct(StringComparer.Ordinal)
                .ToList();

            Assert.NotEmpty(evaluation.Reported);
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }

        [Fact]
        public async Task Precision_and_recall_meet_the_bar()
        {
            var evaluation = await CorpusEvaluation.GetAsync();
            var report = evaluation.Report();
            output.WriteLine(report);
            var reportPath = Path.Combine(AppContext.BaseDirectory, "evaluation-report.md");
            await File.WriteAllTextAsync(reportPath, evaluation.Report(includeMatches: true));
            output.WriteLine("Report written to " + reportPath);

            var misses = evaluation.Scores()
                .Where(s => CorpusEvaluation.MeasuredRules.Contains(s.RuleId))
                .Where(s => s.Precision < PrecisionBar || s.Recall < RecallBar)
                .Select(s => string.Format(CultureInfo.InvariantCulture, "{0}: precision {1:0.000} (bar {2}), recall {3:0.000} (bar {4})", s.RuleId, s.Precision, PrecisionBar, s.Recall, RecallBar))
                .ToList();

            Assert.True(misses.Count == 0, string.Join("\n", misses) + "\n\n" + report);
        }

        /// <summary>
        /// Catalog quality bar: at least 95% of the fixes offered for real findings are valid. Every
        /// action offered for a corpus finding is applied alone (see FixValidity.cs).
        /// </summary>
        [Fact]
        public async Task Offered_fixes_are_valid()
        {
            var fixes = await CorpusEvaluation.GetAppliedFixesAsync();
            foreach (var rule in fixes.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                output.WriteLine($"{rule.Key}: {rule.Count(f => f.IsValid)} of {rule.Count()} offered fixes valid");
            }

            var invalid = fixes.Where(f => !f.IsValid).ToList();
            invalid.ForEach(f => output.WriteLine("invalid: " + f));
            var validShare = fixes.Count == 0 ? 0 : (double)(fixes.Count - invalid.Count) / fixes.Count;

            // Every measured rule with a code fix has corpus findings whose fixes are applied, a new one included.
            var withoutAppliedFix = AnalyzerCatalog.FixableIds(AnalyzerCatalog.CodeFixAssembly)
                .Intersect(CorpusEvaluation.MeasuredRules)
                .Where(rule => !fixes.Any(f => f.RuleId == rule))
                .OrderBy(rule => rule, StringComparer.Ordinal)
                .ToList();
            Assert.True(withoutAppliedFix.Count == 0, "Rules with a code fix but no fix applied on the corpus: " + string.Join(", ", withoutAppliedFix));
            Assert.True(validShare >= ValidFixBar, string.Format(CultureInfo.InvariantCulture, "{0:P1} of {1} offered fixes are valid (bar {2:P0}):\n{3}", validShare, fixes.Count, ValidFixBar, string.Join("\n", invalid)));
        }
    }
}
