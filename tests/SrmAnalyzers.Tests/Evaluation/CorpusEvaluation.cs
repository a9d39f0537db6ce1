using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SrmAnalyzers.Tests.Infrastructure;

namespace SrmAnalyzers.Tests.Evaluation
{
    /// <summary>One corpus file: its scenario header and the SDK major(s) it compiles against.</summary>
    public sealed record CorpusFile(string Name, string Source, string Scenario, IReadOnlyList<Sdk> Sdks, int LineCount);

    /// <summary>
    /// An expected finding: a trailing <c>// expect: SRMxxx[, SRMyyy]</c> comment. It stands for the
    /// statement (or member declaration) that the marked line belongs to; a diagnostic of that rule
    /// reported on any line of that statement matches it.
    /// </summary>
    public sealed record ExpectedFinding(string File, Sdk Sdk, int MarkerLine, string RuleId, int FirstLine, int LastLine, string Member)
    {
        public bool Covers(ReportedFinding reported) =>
            reported.File == File && reported.Sdk == Sdk && reported.RuleId == RuleId && reported.Line >= FirstLine && reported.Line <= LastLine;

        public override string ToString() => $"{File}:{MarkerLine} [{SdkName(Sdk)}] {RuleId} (statement lines {FirstLine}-{LastLine})";

        internal static string SdkName(Sdk sdk) => sdk == Sdk.V3 ? "v3" : "v4";
    }

    /// <summary>A diagnostic an analyzer reported on a corpus file.</summary>
    public sealed record ReportedFinding(string File, Sdk Sdk, int Line, int Column, string RuleId, DiagnosticSeverity Severity, string Message, string Member)
    {
        public override string ToString() => $"{File}:{Line}:{Column} [{ExpectedFinding.SdkName(Sdk)}] {RuleId} ({Severity.ToString().ToLowerInvariant()}): {Message}";
    }

    /// <summary>Per-rule counts of matched markers (TP), unmatched diagnostics (FP) and unmatched markers (FN).</summary>
    public sealed record RuleScore(string RuleId, int TruePositives, int FalsePositives, int FalseNegatives)
    {
        /// <summary>Share of the rule's diagnostics that are expected (1 when it reported nothing).</summary>
        public double Precision => TruePositives + FalsePositives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalsePositives);

        /// <summary>Share of the rule's markers that it reported (1 when the corpus has none).</summary>
        public double Recall => TruePositives + FalseNegatives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalseNegatives);
    }

    /// <summary>
    /// Compiles every corpus file (Evaluation/Corpus/*.cs, read from the repository) against the SDK
    /// major(s) its header names, with the IAM/SNS/Organizations stubs, the Moq/NSubstitute test
    /// doubles, ASP.NET Core's shared framework and xunit, runs every analyzer of the package and
    /// scores the diagnostics against the <c>// expect:</c> markers.
    /// </summary>
    public sealed partial class CorpusEvaluation
    {
        /// <summary>
        /// The rules the corpus measures: every security rule the analyzers expose, so a new rule is
        /// measured (and needs corpus markers) as soon as it exists. SRM9xx check the package's own
        /// options, which corpus code does not set.
        /// </summary>
        public static readonly IReadOnlyList<string> MeasuredRules = AnalyzerCatalog.SecurityRuleIds();

        private static readonly Regex Header = new(@"^// Evaluation corpus: (?<scenario>.+)\. Sdk: (?<sdk>v3|v4|both)\s*$");
        private static readonly Regex MarkerStart = new(@"^//\s*expect\b");
        private static readonly Regex Marker = new(@"^//\s*expect:\s*(?<ids>SRM\d{3}(?:\s*,\s*SRM\d{3})*)\s*$");
        private static readonly string[] StubFiles = { "IdentityManagement.cs", "SimpleNotificationService.cs", "Organizations.cs", "RDS.cs", "Lambda.cs", "CloudTrail.cs", "GuardDuty.cs", "ConfigService.cs" };
        private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);
        private static readonly Lazy<Task<CorpusEvaluation>> Shared = new(RunAsync);
        private static readonly Lazy<ImmutableArray<MetadataReference>> ExtraReferences = new(LoadExtraReferences);

        private CorpusEvaluation()
        {
        }

        public static string CorpusDirectory => Path.Combine(AwsReferences.RepositoryRoot, "tests", "SrmAnalyzers.Tests", "Evaluation", "Corpus");


        public List<CorpusFile> Files { get; } = new();

        /// <summary>Problems of the corpus itself: bad headers, malformed markers, compile errors.</summary>
        public List<string> CorpusDefects { get; } = new();

        /// <summary>Compiler warnings in corpus files (informational).</summary>
        public List<string> CompilerWarnings { get; } = new();

        public List<string> AnalyzerExceptions { get; } = new();

        public List<ExpectedFinding> Expected { get; } = new();

        public List<ReportedFinding> Reported { get; } = new();

        public List<(ExpectedFinding Marker, ReportedFinding Diagnostic)> TruePositives { get; } = new();

        public List<ReportedFinding> FalsePositives { get; } = new();

        public List<ExpectedFinding> FalseNegatives { get; } = new();

        /// <summary>The evaluation, computed once per test run and shared by the tests.</summary>
        public static Task<CorpusEvaluation> GetAsync() => Shared.Value;

        public IReadOnlyList<RuleScore> Scores()
        {
            var rules = MeasuredRules
                .Concat(Expected.Select(e => e.RuleId))
                .Concat(Reported.Select(r => r.RuleId))
                .Distinct()
                .OrderBy(id => id, StringComparer.Ordinal);
            return rules.Select(rule => new RuleScore(
                    rule,
                    TruePositives.Count(tp => tp.Marker.RuleId == rule),
                    FalsePositives.Count(fp => fp.RuleId == rule),
                    FalseNegatives.Count(fn => fn.RuleId == rule)))
                .ToList();
        }

        /// <summary>The per-rule table and every false positive and false negative, for people fixing the analyzers.</summary>
        /// <param name="includeMatches">Also list every matched marker with the diagnostic that matched it.</param>
        public string Report(bool includeMatches = false)
        {
            var text = new StringBuilder();
            var inv = CultureInfo.InvariantCulture;
            text.AppendLine(inv, $"Evaluation corpus: {Files.Count} files, {Files.Sum(f => f.Sdks.Count)} compilations, {Expected.Count} expected findings, {Reported.Count} reported.");
            text.AppendLine();
            text.AppendLine("| rule   |  TP |  FP |  FN | precision | recall |");
            text.AppendLine("|--------|----:|----:|----:|----------:|-------:|");
            foreach (var score in Scores())
            {
                var measured = MeasuredRules.Contains(score.RuleId) ? string.Empty : " (not measured)";
                text.AppendLine(inv, $"| {score.RuleId} | {score.TruePositives,3} | {score.FalsePositives,3} | {score.FalseNegatives,3} | {score.Precision,9:0.000} | {score.Recall,6:0.000} |{measured}");
            }

            var disagreements = LocationDisagreements();
            if (disagreements.Count > 0)
            {
                text.AppendLine();
                text.AppendLine(inv, $"Informational, not asserted: {disagreements.Count} FP/FN pair(s) are one finding reported at another statement of the same member than the marker.");
                text.AppendLine("Accepting those as matches would give:");
                foreach (var score in LenientScores().Where(s => disagreements.Any(d => d.Marker.RuleId == s.RuleId)))
                {
                    text.AppendLine(inv, $"  {score.RuleId}: TP {score.TruePositives}, FP {score.FalsePositives}, FN {score.FalseNegatives}, precision {score.Precision:0.000}, recall {score.Recall:0.000}");
                }
            }

            text.AppendLine();
            text.AppendLine(inv, $"False positives ({FalsePositives.Count}): reported where no marker expects them");
            foreach (var fp in FalsePositives.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Sdk))
            {
                text.AppendLine(inv, $"  FP {fp}{LocationHint(fp)}");
            }

            text.AppendLine();
            text.AppendLine(inv, $"False negatives ({FalseNegatives.Count}): marked mistakes no diagnostic matched");
            foreach (var fn in FalseNegatives.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.MarkerLine).ThenBy(f => f.Sdk))
            {
                var reportedElsewhere = LocationDisagreements().FirstOrDefault(p => p.Marker == fn).Diagnostic;
                var hint = reportedElsewhere is null ? string.Empty : $"  [location disagreement: reported at line {reportedElsewhere.Line} of the same member]";
                text.AppendLine(inv, $"  FN {fn}: {LineText(fn.File, fn.MarkerLine)}{hint}");
            }

            if (includeMatches)
            {
                text.AppendLine();
                text.AppendLine(inv, $"True positives ({TruePositives.Count}):");
                foreach (var (_, diagnostic) in TruePositives.OrderBy(t => t.Diagnostic.File, StringComparer.Ordinal).ThenBy(t => t.Diagnostic.Line).ThenBy(t => t.Diagnostic.Sdk))
                {
                    text.AppendLine(inv, $"  TP {diagnostic}");
                }
            }

            if (CorpusDefects.Count > 0 || AnalyzerExceptions.Count > 0)
            {
                text.AppendLine();
                text.AppendLine(inv, $"Corpus defects: {CorpusDefects.Count}; analyzer exceptions: {AnalyzerExceptions.Count} (see the other evaluation tests).");
            }

            return text.ToString();
        }

        /// <summary>
        /// Unmatched diagnostics paired one-to-one with an unmatched marker of the same rule in the same
        /// member: the analyzer most likely found the marked mistake but reports it at another statement
        /// (e.g. at the request's creation instead of a later assignment). Counted as FP and FN by the
        /// strict score; shown separately so they are not mistaken for detection failures.
        /// </summary>
        public IReadOnlyList<(ReportedFinding Diagnostic, ExpectedFinding Marker)> LocationDisagreements()
        {
            var open = FalseNegatives.ToList();
            var pairs = new List<(ReportedFinding, ExpectedFinding)>();
            foreach (var fp in FalsePositives)
            {
                var marker = open.FirstOrDefault(fn => fn.File == fp.File && fn.Sdk == fp.Sdk && fn.RuleId == fp.RuleId && fn.Member.Length > 0 && fn.Member == fp.Member);
                if (marker is not null)
                {
                    open.Remove(marker);
                    pairs.Add((fp, marker));
                }
            }

            return pairs;
        }

        /// <summary>Scores that accept <see cref="LocationDisagreements"/> as matches (informational only).</summary>
        public IReadOnlyList<RuleScore> LenientScores()
        {
            var pairs = LocationDisagreements();
            return Scores()
                .Select(score =>
                {
                    var moved = pairs.Count(p => p.Marker.RuleId == score.RuleId);
                    return score with { TruePositives = score.TruePositives + moved, FalsePositives = score.FalsePositives - moved, FalseNegatives = score.FalseNegatives - moved };
                })
                .ToList();
        }

        private string LocationHint(ReportedFinding fp)
        {
            var pair = LocationDisagreements().FirstOrDefault(p => p.Diagnostic == fp);
            return pair.Marker is null ? string.Empty : $"  [location disagreement: the marker of the same member is at line {pair.Marker.MarkerLine}]";
        }

        private string LineText(string file, int line)
        {
            var source = Files.FirstOrDefault(f => f.Name == file)?.Source;
            if (source is null)
            {
                return string.Empty;
            }

            var lines = source.Split('\n');
            return line - 1 < lines.Length ? lines[line - 1].Trim() : string.Empty;
        }

        private static async Task<CorpusEvaluation> RunAsync()
        {
            var evaluation = new CorpusEvaluation();
            var supportTrees = SupportSources()
                .Select(s => CSharpSyntaxTree.ParseText(s.Source, ParseOptions, path: s.Path))
                .ToList();

            foreach (var path in Directory.EnumerateFiles(CorpusDirectory, "*.cs", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
            {
                var file = evaluation.ReadFile(path);
                if (file is null)
                {
                    continue;
                }

                evaluation.Files.Add(file);
                foreach (var sdk in file.Sdks)
                {
                    await evaluation.EvaluateAsync(file, sdk, supportTrees).ConfigureAwait(false);
                }
            }

            return evaluation;
        }

        /// <summary>What every corpus file compiles with besides references: the SDK stubs (the mocking libraries are the real packages, see <see cref="LoadExtraReferences"/>).</summary>
        private static List<(string Path, string Source)> SupportSources() =>
            StubFiles.Select(Stubs.Get).ToList();

        private CorpusFile? ReadFile(string path)
        {
            var name = Path.GetFileName(path);
            var source = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
            var firstLine = source.Split('\n')[0];
            var header = Header.Match(firstLine);
            if (!header.Success)
            {
                CorpusDefects.Add($"{name}:1: the first line must be '// Evaluation corpus: <scenario>. Sdk: v3|v4|both', not '{firstLine}'.");
                return null;
            }

            var sdks = header.Groups["sdk"].Value switch
            {
                "v3" => new[] { Sdk.V3 },
                "v4" => new[] { Sdk.V4 },
                _ => new[] { Sdk.V3, Sdk.V4 },
            };
            var lineCount = source.TrimEnd('\n').Split('\n').Length;
            return new CorpusFile(name, source, header.Groups["scenario"].Value, sdks, lineCount);
        }

        private async Task EvaluateAsync(CorpusFile file, Sdk sdk, IReadOnlyList<SyntaxTree> supportTrees)
        {
            var tree = CSharpSyntaxTree.ParseText(file.Source, ParseOptions, path: file.Name);
            var compilation = CSharpCompilation.Create(
                "Corpus_" + Path.GetFileNameWithoutExtension(file.Name) + "_" + ExpectedFinding.SdkName(sdk),
                supportTrees.Prepend(tree),
                AwsReferences.For(sdk).AddRange(ExtraReferences.Value),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

            var tag = $"{file.Name} [{ExpectedFinding.SdkName(sdk)}]";
            foreach (var diagnostic in compilation.GetDiagnostics())
            {
                if (diagnostic.Location.SourceTree != tree && diagnostic.Severity != DiagnosticSeverity.Error)
                {
                    continue;
                }

                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    CorpusDefects.Add($"{tag}: compile error {diagnostic}");
                }
                else if (diagnostic.Severity == DiagnosticSeverity.Warning)
                {
                    CompilerWarnings.Add($"{tag}: {diagnostic}");
                }
            }

            Expected.AddRange(ReadMarkers(file, sdk, tree));

            var result = await AnalyzerRunner.RunAsync(compilation).ConfigureAwait(false);
            AnalyzerExceptions.AddRange(result.Exceptions.Select(e => $"{tag}: {e}"));
            AnalyzerExceptions.AddRange(result.Diagnostics.Where(d => d.Id == "AD0001").Select(d => $"{tag}: {d}"));

            var reported = result.Srm
                .Select(d =>
                {
                    var span = d.Location.GetLineSpan();
                    var inCorpus = d.Location.SourceTree == tree;
                    var member = inCorpus ? MemberAt(tree, d.Location.SourceSpan.Start) : string.Empty;
                    var fileName = inCorpus ? file.Name : Path.GetFileName(span.Path);
                    return new ReportedFinding(fileName, sdk, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, d.Id, d.Severity, d.GetMessage(CultureInfo.InvariantCulture), member);
                })
                .OrderBy(r => r.Line)
                .ThenBy(r => r.Column)
                .ToList();
            Reported.AddRange(reported);

            var open = Expected.Where(e => e.File == file.Name && e.Sdk == sdk).ToList();
            foreach (var diagnostic in reported)
            {
                // The innermost marked statement that covers the diagnostic and still waits for one.
                var marker = open.Where(m => m.Covers(diagnostic)).OrderBy(m => m.LastLine - m.FirstLine).FirstOrDefault();
                if (marker is null)
                {
                    FalsePositives.Add(diagnostic);
                }
                else
                {
                    open.Remove(marker);
                    TruePositives.Add((marker, diagnostic));
                }
            }

            FalseNegatives.AddRange(open);
        }

        private IEnumerable<ExpectedFinding> ReadMarkers(CorpusFile file, Sdk sdk, SyntaxTree tree)
        {
            foreach (var marker in MarkerComments.In(tree.GetRoot(), MarkerStart, Marker))
            {
                if (!marker.IsWellFormed)
                {
                    if (sdk == file.Sdks[0])
                    {
                        CorpusDefects.Add($"{file.Name}:{marker.Line}: a marker is a trailing '// expect: SRMxxx[, SRMyyy]' after code on the same line, not '{marker.Text}'.");
                    }

                    continue;
                }

                var span = marker.Statement!.GetLocation().GetLineSpan();
                var member = MemberAt(tree, marker.Statement.SpanStart);
                foreach (var id in marker.RuleIds)
                {
                    yield return new ExpectedFinding(file.Name, sdk, marker.Line, id, span.StartLinePosition.Line + 1, span.EndLinePosition.Line + 1, member);
                }
            }
        }

        /// <summary>The type member (method, property, field, ...) around a position, as a key.</summary>
        private static string MemberAt(SyntaxTree tree, int position)
        {
            var token = tree.GetRoot().FindToken(position);
            var member = token.Parent?.AncestorsAndSelf()
                .OfType<MemberDeclarationSyntax>()
                .FirstOrDefault(m => m is not BaseTypeDeclarationSyntax and not BaseNamespaceDeclarationSyntax);
            return member is null ? string.Empty : member.SpanStart.ToString(CultureInfo.InvariantCulture);
        }

        /// <summary>ASP.NET Core's shared framework (controllers, hosting, configuration, DI), xunit and the mocking libraries (Moq, NSubstitute, FakeItEasy), as a real project has them.</summary>
        private static ImmutableArray<MetadataReference> LoadExtraReferences()
        {
            var runtimeDirectory = new DirectoryInfo(Path.GetDirectoryName(typeof(object).Assembly.Location)!);
            var aspNetRoot = Path.Combine(runtimeDirectory.Parent!.Parent!.FullName, "Microsoft.AspNetCore.App");
            var major = runtimeDirectory.Name.Split('.')[0] + ".";
            var aspNet = Directory.Exists(Path.Combine(aspNetRoot, runtimeDirectory.Name))
                ? Path.Combine(aspNetRoot, runtimeDirectory.Name)
                : Directory.Exists(aspNetRoot)
                    ? Directory.EnumerateDirectories(aspNetRoot).Where(d => Path.GetFileName(d).StartsWith(major, StringComparison.Ordinal)).OrderBy(d => d, StringComparer.Ordinal).LastOrDefault()
                    : null;
            if (aspNet is null)
            {
                throw new InvalidOperationException($"The corpus compiles against the ASP.NET Core shared framework, which is not installed beside {runtimeDirectory.FullName}.");
            }

            var xunit = new[] { typeof(FactAttribute), typeof(Assert), typeof(Xunit.Abstractions.ITestOutputHelper) }
                .Select(t => t.Assembly.Location)
                .Distinct(StringComparer.Ordinal);
            return Directory.EnumerateFiles(aspNet, "*.dll")
                .OrderBy(f => f, StringComparer.Ordinal)
                .Concat(xunit)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .Concat(AwsReferences.MockingLibraries)
                .ToImmutableArray();
        }
    }
}
