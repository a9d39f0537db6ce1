using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SrmAnalyzers.Benchmark
{
    /// <summary>
    /// For each size: the compiler's time to bind and check the synthetic solution, then the same
    /// compilation analysed by every SRM analyzer, with Roslyn's per-analyzer execution times.
    /// Also a compilation of the same size that does not reference the AWS SDK.
    /// Usage: dotnet run -c Release --project perf/SrmAnalyzers.Benchmark [-- sizes=250,1000,4000 runs=3 mixes=typical,dense,none
    /// analysis=serial|concurrent rules=SRM101,... warmup=250 [verbose] [probe | small projects=50 [settle=false] | startup compilations=500]]; docs/performance.md explains each.
    /// </summary>
    internal static class Program
    {
        private static async Task<int> Main(string[] args)
        {
            var sizes = Argument(args, "sizes", "250,1000,4000")!.Split(',').Select(int.Parse).ToArray();
            var runs = int.Parse(Argument(args, "runs", "3")!);
            var mixes = Argument(args, "mixes", "typical,dense,none")!.Split(',').Select(m => Enum.Parse<CodeMix>(m, ignoreCase: true)).ToArray();
            var analyzers = typeof(SrmAnalyzers.Core.SrmAnalyzer).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
                .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
                .Where(a => Argument(args, "rules", null) is not { } rules || rules.Split(',').Contains(a.SupportedDiagnostics[0].Id))
                .ToImmutableArray();
            var concurrentAnalysis = Argument(args, "analysis", "serial") switch
            {
                "serial" => false,
                "concurrent" => true,
                var other => throw new ArgumentException($"analysis={other}: expected serial or concurrent"),
            };
            if (analyzers.IsEmpty)
            {
                throw new ArgumentException($"rules={Argument(args, "rules", null)} names no SRM analyzer");
            }

            var verbose = args.Contains("verbose");
            settleHeap = Argument(args, "settle", "true") != "false";
            var runtime = Directory.GetFiles(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "*.dll")
                .Where(p => !Path.GetFileName(p).StartsWith("Microsoft.VisualBasic", StringComparison.Ordinal))
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
                .ToList();
            var aws = typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "AwsSdkDlls").Value!
                .Split(';').Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();

            Console.WriteLine($"SrmAnalyzers benchmark: {analyzers.Length} analyzers, median of {runs} runs, {Environment.ProcessorCount} cores, .NET {Environment.Version}, analysis {(concurrentAnalysis ? "concurrent" : "serial")}");
            if (!args.Contains("probe") && !args.Contains("small") && !args.Contains("startup"))
            {
                Console.WriteLine("| files | lines | mix | compiler (ms) | SRM analyzers (ms) | ratio | ratio over the runs | findings | most expensive rule | GC pauses in the analysis pass (ms) |");
                Console.WriteLine("|---:|---:|---|---:|---:|---:|---|---:|---|---:|");
            }

            // Warm-up: JIT-compile the compiler's and the analyzers' code before measuring (the compiler
            // server keeps both loaded from one build to the next, so steady state is what builds see).
            // Two runs of each AWS mix at full size: with a 40-file warm-up the first measured row was
            // the slowest, for the analyzers and for the compiler alike.
            var warmUpSize = int.Parse(Argument(args, "warmup", "250")!);
            foreach (var mix in new[] { CodeMix.Typical, CodeMix.Dense })
            {
                var warmUp = Trees(warmUpSize, mix);
                for (var run = 0; run < 2; run++)
                {
                    await MeasureAsync(warmUp, References(mix, runtime, aws), analyzers, concurrentAnalysis);
                }
            }

            // Hot methods are recompiled with full optimization on a background thread: let it finish.
            await Task.Delay(TimeSpan.FromSeconds(2));

            if (args.Contains("startup"))
            {
                await StartupCost.ReportAsync(int.Parse(Argument(args, "compilations", "500")!), runs, runtime.Concat(aws).ToList(), analyzers);
                return 0;
            }

            if (args.Contains("small"))
            {
                await ReportSmallProjectsAsync(int.Parse(Argument(args, "projects", "50")!), runs, runtime.Concat(aws).ToList(), analyzers, concurrentAnalysis, verbose);
                return 0;
            }

            if (args.Contains("probe"))
            {
                await ReportCallbacksAsync(sizes, mixes, runs, runtime, aws, analyzers, concurrentAnalysis);
                return 0;
            }

            var perRuleLines = new List<string>();
            foreach (var mix in mixes)
            {
                foreach (var size in sizes)
                {
                    var trees = Trees(size, mix);
                    var lines = trees.Sum(t => t.GetText().Lines.Count);
                    var references = References(mix, runtime, aws);
                    // The median run by ratio, with the range: a garbage-collection pause that starts while
                    // an analyzer callback runs is charged to it whole, so single runs vary widely.
                    var measuredRuns = new List<(double Compiler, double Analyzers, int Findings, IReadOnlyList<(string, double)> PerRule, double AnalysisGcPauses)>();
                    for (var run = 0; run < runs; run++)
                    {
                        // Freshly parsed trees for every run, as every build has: what the analyzers keep
                        // per tree (indexes that spare the IDE work on unchanged files) is paid again.
                        var measured = await MeasureAsync(run == 0 ? trees : Trees(size, mix), references, analyzers, concurrentAnalysis);
                        measuredRuns.Add(measured);
                        if (verbose)
                        {
                            Console.Error.WriteLine($"  {size} {mix} run {run}: compiler {measured.Compiler:F0} ms, SRM analyzers {measured.Analyzers:F1} ms, GC pauses {measured.AnalysisGcPauses:F0} ms; "
                                + string.Join(" ", measured.PerRule.Where(r => r.Item2 >= 1).Select(r => $"{r.Item1} {r.Item2:F1}")));
                        }
                    }

                    var byRatio = measuredRuns.OrderBy(r => r.Analyzers / r.Compiler).ToList();
                    var median = byRatio[(byRatio.Count - 1) / 2];
                    var range = $"{byRatio[0].Analyzers / byRatio[0].Compiler:P2}–{byRatio[^1].Analyzers / byRatio[^1].Compiler:P2}";
                    var top = median.PerRule.OrderByDescending(r => r.Item2).First();
                    Console.WriteLine($"| {size} | {lines} | {mix.ToString().ToLowerInvariant()} | {median.Compiler:F0} | {median.Analyzers:F1} | {median.Analyzers / median.Compiler:P2} | {range} | {median.Findings} | {top.Item1} {top.Item2:F1} ms | {median.AnalysisGcPauses:F0} |");
                    perRuleLines.Add($"| {size} | {mix.ToString().ToLowerInvariant()} | " + string.Join(" | ", median.PerRule.OrderBy(r => r.Item1, StringComparer.Ordinal).Select(r => $"{r.Item1} {r.Item2:F1}")) + " |");
                }
            }

            Console.WriteLine();
            Console.WriteLine("Per rule (ms):");
            perRuleLines.ForEach(Console.WriteLine);
            return 0;
        }

        private static async Task<(double Compiler, double Analyzers, int Findings, IReadOnlyList<(string, double)> PerRule, double AnalysisGcPauses)> MeasureAsync(
            IReadOnlyList<SyntaxTree> trees, IReadOnlyList<MetadataReference> references, ImmutableArray<DiagnosticAnalyzer> analyzers, bool concurrentAnalysis)
        {
            // The compiler's own work: binding and checking every method body (what a build does before emitting).
            var compilation = CSharpCompilation.Create("Bench", trees, references, CompilationOptions);
            SettleHeap();
            var stopwatch = Stopwatch.StartNew();
            var errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
            stopwatch.Stop();
            if (errors > 0)
            {
                throw new InvalidOperationException($"The synthetic solution does not compile: {compilation.GetDiagnostics().First(d => d.Severity == DiagnosticSeverity.Error)}");
            }

            // The analyzers over a fresh compilation of the same trees; their time comes from Roslyn's telemetry.
            var analyzed = Analyzed(trees, references, analyzers, concurrentAnalysis, logAnalyzerExecutionTime: true);
            SettleHeap();
            var pausesBefore = GC.GetTotalPauseDuration();
            var findings = (await analyzed.GetAnalyzerDiagnosticsAsync()).Length;
            var analysisGcPauses = (GC.GetTotalPauseDuration() - pausesBefore).TotalMilliseconds;

            var perRule = new List<(string, double)>();
            foreach (var analyzer in analyzers)
            {
                var telemetry = await analyzed.GetAnalyzerTelemetryInfoAsync(analyzer, default);
                perRule.Add((string.Join("/", analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct()), telemetry.ExecutionTime.TotalMilliseconds));
            }

            return (stopwatch.Elapsed.TotalMilliseconds, perRule.Sum(r => r.Item2), findings, perRule, analysisGcPauses);
        }

        /// <summary>
        /// Diagnostic mode (argument <c>probe</c>): per rule, its callbacks, the bytes they allocate,
        /// their time and the GC pauses inside them, next to everything the analysis pass allocates
        /// (Roslyn's re-binding included). The probe's wrappers add their own cost.
        /// </summary>
        private static async Task ReportCallbacksAsync(int[] sizes, CodeMix[] mixes, int runs, List<MetadataReference> runtime, List<MetadataReference> aws, ImmutableArray<DiagnosticAnalyzer> analyzers, bool concurrentAnalysis)
        {
            Console.WriteLine("| files | mix | analysis pass allocated (MB) | GC pauses in the pass (ms) | SRM callbacks | SRM allocated (MB) | SRM callback time (ms) | of which GC pauses (ms) | per rule: callbacks / KB / ms / GC ms |");
            Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|---|");
            foreach (var mix in mixes)
            {
                foreach (var size in sizes)
                {
                    var trees = Trees(size, mix);
                    var references = References(mix, runtime, aws);
                    for (var run = 0; run < runs; run++)
                    {
                        var probes = analyzers.Select(a => new CallbackProbe(a)).ToList();
                        var analyzed = Analyzed(trees, references, probes.Cast<DiagnosticAnalyzer>().ToImmutableArray(), concurrentAnalysis, logAnalyzerExecutionTime: false);
                        SettleHeap();
                        var before = GC.GetTotalAllocatedBytes(precise: true);
                        var pausesBefore = GC.GetTotalPauseDuration();
                        await analyzed.GetAnalyzerDiagnosticsAsync();
                        var pass = GC.GetTotalAllocatedBytes(precise: true) - before;
                        var passPauses = (GC.GetTotalPauseDuration() - pausesBefore).TotalMilliseconds;
                        var perRule = string.Join(", ", probes
                            .Where(p => p.Callbacks > 0)
                            .OrderByDescending(p => p.Time)
                            .Select(p => $"{p.Inner.SupportedDiagnostics[0].Id} {p.Callbacks} / {p.Bytes / 1024} / {p.Time.TotalMilliseconds:F1} / {p.GcPauses.TotalMilliseconds:F1}"));
                        Console.WriteLine($"| {size} | {mix.ToString().ToLowerInvariant()} | {pass / 1048576.0:F0} | {passPauses:F0} | {probes.Sum(p => p.Callbacks)} | {probes.Sum(p => p.Bytes) / 1048576.0:F1} | {probes.Sum(p => p.Time.TotalMilliseconds):F1} | {probes.Sum(p => p.GcPauses.TotalMilliseconds):F1} | {perRule} |");
                    }
                }
            }
        }

        /// <summary>
        /// Mode <c>small</c>: many small projects, each its own compilation with the SDK referenced, as
        /// a solution of samples or microservices builds. What the analyzers cost there is mostly their
        /// fixed cost per compilation (compilation start: symbol lookups and per-analyzer set-up), which
        /// a few large projects hide. Two kinds of project: two files that use S3 (a wrapper and its
        /// entry point), and one file that references the SDK but uses none of it (the fixed cost alone).
        /// </summary>
        private static async Task ReportSmallProjectsAsync(int projects, int runs, List<MetadataReference> references, ImmutableArray<DiagnosticAnalyzer> analyzers, bool concurrentAnalysis, bool verbose)
        {
            // Freshly parsed trees for the warm-up and for every run, as every build has: what the
            // analyzers keep per tree is paid again.
            var kinds = new (string Name, Func<List<List<SyntaxTree>>> Parse)[]
            {
                ("2 files using S3", () => Enumerable.Range(0, projects).Select(i =>
                {
                    var (wrapper, program) = SmallProjects.AwsProject(i);
                    return new List<SyntaxTree> { CSharpSyntaxTree.ParseText(wrapper, path: $"Sample{i}/BucketWrapper.cs"), CSharpSyntaxTree.ParseText(program, path: $"Sample{i}/Program.cs") };
                }).ToList()),
                ("1 file, SDK referenced, not used", () => Enumerable.Range(0, projects).Select(i => new List<SyntaxTree> { CSharpSyntaxTree.ParseText(SmallProjects.ReferencingOnly(i), path: $"Empty{i}/Program.cs") }).ToList()),
            };

            // The small projects' own code paths (compilation start in fresh compilations) warmed up too.
            foreach (var kind in kinds)
            {
                foreach (var project in kind.Parse())
                {
                    await MeasureAsync(project, references, analyzers, concurrentAnalysis);
                }
            }

            Console.WriteLine("| projects | project | compiler per project (ms) | SRM analyzers per project (ms) | ratio | ratio over the runs | findings | most expensive rule per project |");
            Console.WriteLine("|---:|---|---:|---:|---:|---|---:|---|");
            foreach (var kind in kinds)
            {
                var measuredRuns = new List<(double Compiler, double Analyzers, int Findings, Dictionary<string, double> PerRule)>();
                for (var run = 0; run < runs; run++)
                {
                    var total = (Compiler: 0.0, Analyzers: 0.0, Findings: 0, PerRule: new Dictionary<string, double>(StringComparer.Ordinal));
                    foreach (var project in kind.Parse())
                    {
                        var measured = await MeasureAsync(project, references, analyzers, concurrentAnalysis);
                        total.Compiler += measured.Compiler;
                        total.Analyzers += measured.Analyzers;
                        total.Findings += measured.Findings;
                        foreach (var (rule, ms) in measured.PerRule)
                        {
                            total.PerRule[rule] = total.PerRule.GetValueOrDefault(rule) + ms;
                        }
                    }

                    measuredRuns.Add(total);
                    if (verbose)
                    {
                        Console.Error.WriteLine($"  {projects} x {kind.Name} run {run}: compiler {total.Compiler:F0} ms, SRM analyzers {total.Analyzers:F1} ms");
                    }
                }

                var byRatio = measuredRuns.OrderBy(r => r.Analyzers / r.Compiler).ToList();
                var median = byRatio[(byRatio.Count - 1) / 2];
                var range = $"{byRatio[0].Analyzers / byRatio[0].Compiler:P2}–{byRatio[^1].Analyzers / byRatio[^1].Compiler:P2}";
                var top = median.PerRule.OrderByDescending(r => r.Value).First();
                if (verbose)
                {
                    Console.Error.WriteLine("  per rule and project (ms): " + string.Join(" ", median.PerRule.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key} {r.Value / projects:F3}")));
                }

                Console.WriteLine($"| {projects} | {kind.Name} | {median.Compiler / projects:F2} | {median.Analyzers / projects:F3} | {median.Analyzers / median.Compiler:P2} | {range} | {median.Findings} | {top.Key} {top.Value / projects:F3} ms |");
            }
        }

        private static readonly CSharpCompilationOptions CompilationOptions = new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

        private static List<SyntaxTree> Trees(int size, CodeMix mix) =>
            Enumerable.Range(0, size).Select(i => CSharpSyntaxTree.ParseText(SyntheticSolution.File(i, mix), path: $"File{i}.cs")).ToList();

        private static List<MetadataReference> References(CodeMix mix, List<MetadataReference> runtime, List<MetadataReference> aws) =>
            mix == CodeMix.None ? runtime : runtime.Concat(aws).ToList();

        /// <summary>
        /// A fresh compilation of the trees with the analyzers. Serial (the default): the compiler binds
        /// the code that produces the analyzers' events on one thread and the analyzers run on another,
        /// so on a two-core machine a callback is not taken off its core for the compiler's own threads
        /// (telemetry is clock time, and would charge that wait to the rule). Concurrent: both parallel,
        /// as csc runs them. Its references are bound first: in a build the compiler binds them for its
        /// own work and the analyzers share that compilation, so the first analyzer to look up a type
        /// must not be charged for it (it would be, by tens of milliseconds, on a compilation nobody
        /// has touched).
        /// </summary>
        private static CompilationWithAnalyzers Analyzed(IReadOnlyList<SyntaxTree> trees, IReadOnlyList<MetadataReference> references, ImmutableArray<DiagnosticAnalyzer> analyzers, bool concurrent, bool logAnalyzerExecutionTime)
        {
            var compilation = CSharpCompilation.Create("Bench", trees, references, CompilationOptions.WithConcurrentBuild(concurrent));
            _ = compilation.Assembly.GlobalNamespace;
            var analyzed = compilation.WithAnalyzers(
                analyzers,
                new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrent, logAnalyzerExecutionTime));

            // The analysers get a copy of the compilation (with an event queue), which makes its own
            // assembly symbol on the first request for one: in a build the compiler works on that same
            // copy and makes it, here the first analyzer to start was charged for it (0.1-0.15 ms a
            // project, "Session 11" below). Made here, before timing, as the references above.
            _ = analyzed.Compilation.Assembly;
            return analyzed;
        }

        /// <summary>Every measured phase starts from the same heap: earlier phases' garbage is not collected on its time.</summary>
        /// <summary>
        /// Argument <c>settle=false</c>: no collection before each measured phase. The <c>small</c> mode then
        /// analyses each project on whatever heap the previous one left, as a compiler process does.
        /// </summary>
        private static bool settleHeap = true;

        private static void SettleHeap()
        {
            if (!settleHeap)
            {
                return;
            }

            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
        }

        private static string? Argument(string[] args, string name, string? defaultValue) =>
            args.FirstOrDefault(a => a.StartsWith(name + "=", StringComparison.Ordinal))?.Substring(name.Length + 1) ?? defaultValue;
    }
}
