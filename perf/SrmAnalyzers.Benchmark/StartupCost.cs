using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

#pragma warning disable RS1001, RS1012, RS1025, RS1026, RS1036, RS1041, RS2008

namespace SrmAnalyzers.Benchmark
{
    /// <summary>
    /// Mode <c>startup</c>: the fixed cost per compilation, taken apart from Roslyn's own. Many fresh
    /// one-file compilations (SDK referenced, not used) are analysed twice, once by every SRM analyzer
    /// and once by a single analyzer that registers nothing (the driver's own cost for any analyzer);
    /// reported per compilation: bytes allocated in the analysis pass (deterministic, unaffected by
    /// other load on the machine), the fastest and median clock time of the pass, and the SRM
    /// analyzers' telemetry. The difference of the two passes is what the SRM analyzers add.
    /// </summary>
    internal static class StartupCost
    {
        public static async Task ReportAsync(int compilations, int runs, List<MetadataReference> references, ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            var baseline = ImmutableArray.Create<DiagnosticAnalyzer>(new RegistersNothing());
            var projects = new (string Name, Func<int, SyntaxTree[]> Trees)[]
            {
                ("1 file, SDK referenced, not used", i => new[] { CSharpSyntaxTree.ParseText(SmallProjects.ReferencingOnly(i), path: $"Empty{i}/Program.cs") }),
                ("2 files using S3", i =>
                {
                    var (wrapper, program) = SmallProjects.AwsProject(i);
                    return new[] { CSharpSyntaxTree.ParseText(wrapper, path: $"Sample{i}/BucketWrapper.cs"), CSharpSyntaxTree.ParseText(program, path: $"Sample{i}/Program.cs") };
                }),
            };

            Console.WriteLine("| project | analyzers | allocated per compilation (KB) | pass fastest (ms) | pass median (ms) | SRM telemetry median (ms) |");
            Console.WriteLine("|---|---|---:|---:|---:|---:|");
            foreach (var (name, trees) in projects)
            {
                var afterAssembly = ImmutableArray.Create<DiagnosticAnalyzer>(new CreatesAssembly()).AddRange(analyzers);
                foreach (var (label, set, madeFirst) in new[] { ("one that registers nothing", baseline, false), ("SRM", analyzers, false), ("SRM, assembly made by an analyzer before them", afterAssembly, false), ("SRM, assembly made before timing", analyzers, true) })
                {
                    // Warm-up for this pair.
                    await PassAsync(trees, 100, references, set, madeFirst);
                    var passes = new List<(double Bytes, double[] Times, double[] Telemetry)>();
                    for (var run = 0; run < runs; run++)
                    {
                        passes.Add(await PassAsync(trees, compilations, references, set, madeFirst));
                    }

                    var times = passes.SelectMany(p => p.Times).OrderBy(t => t).ToArray();
                    var telemetry = passes.SelectMany(p => p.Telemetry).OrderBy(t => t).ToArray();
                    var bytes = passes.Min(p => p.Bytes);
                    if (set == analyzers && !madeFirst)
                    {
                        Console.Error.WriteLine($"  {name}, bytes allocated in each rule's callbacks per compilation: " + await BytesPerRuleAsync(trees, compilations, references, set));
                    }

                    Console.WriteLine($"| {name} | {label} | {bytes / 1024:F1} | {times[0]:F3} | {times[times.Length / 2]:F3} | {(set == baseline ? "" : telemetry[telemetry.Length / 2].ToString("F3"))} |");
                }
            }
        }

        private static async Task<(double Bytes, double[] Times, double[] Telemetry)> PassAsync(Func<int, SyntaxTree[]> trees, int count, List<MetadataReference> references, ImmutableArray<DiagnosticAnalyzer> analyzers, bool madeFirst = false)
        {
            var times = new double[count];
            var telemetry = new double[count];
            long allocated = 0;
            for (var i = 0; i < count; i++)
            {
                var compilation = CSharpCompilation.Create("Startup" + i, trees(i), references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

                // Bound first, as the compiler has done by the time a build's analyzers look (docs/performance.md).
                _ = compilation.Assembly.GlobalNamespace;
                var analyzed = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
                if (madeFirst)
                {
                    _ = analyzed.Compilation.Assembly;
                }

                var before = GC.GetTotalAllocatedBytes(precise: false);
                var stopwatch = Stopwatch.StartNew();
                _ = await analyzed.GetAnalyzerDiagnosticsAsync();
                times[i] = stopwatch.Elapsed.TotalMilliseconds;
                allocated += GC.GetTotalAllocatedBytes(precise: false) - before;
                foreach (var analyzer in analyzers.Where(a => a is not CreatesAssembly))
                {
                    telemetry[i] += (await analyzed.GetAnalyzerTelemetryInfoAsync(analyzer, default)).ExecutionTime.TotalMilliseconds;
                }
            }

            return ((double)allocated / count, times, telemetry);
        }

        /// <summary>Per rule, the bytes its callbacks allocate per compilation (CallbackProbe; deterministic).</summary>
        private static async Task<string> BytesPerRuleAsync(Func<int, SyntaxTree[]> trees, int count, List<MetadataReference> references, ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            var probes = analyzers.Select(a => new CallbackProbe(a)).ToList();
            for (var i = 0; i < count; i++)
            {
                var compilation = CSharpCompilation.Create("Startup" + i, trees(i), references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
                _ = compilation.Assembly.GlobalNamespace;
                var analyzed = compilation.WithAnalyzers(probes.Cast<DiagnosticAnalyzer>().ToImmutableArray(), new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
                _ = await analyzed.GetAnalyzerDiagnosticsAsync();
            }

            return $"total {probes.Sum(p => p.Bytes) / count / 1024.0:F1} KB; " + string.Join(", ", probes
                .OrderByDescending(p => p.Bytes)
                .Select(p => $"{p.Inner.SupportedDiagnostics[0].Id} {p.Bytes / count / 1024.0:F1} KB/{(double)p.Callbacks / count:F0}"));
        }

        /// <summary>
        /// Started before the SRM analyzers (analysis is serial, in the analyzers' order): it asks the
        /// analysed compilation for its assembly, which Roslyn makes when the compilation is first asked for
        /// a symbol. CompilationWithAnalyzers analyses a copy of the benchmark's compilation, so without it
        /// the first SRM analyzer is charged for making the copy's assembly; in a build, the compiler
        /// works on that same compilation and whichever asks first makes it.
        /// </summary>
        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        private sealed class CreatesAssembly : DiagnosticAnalyzer
        {
            private static readonly DiagnosticDescriptor Descriptor = new("BENCH001", "none", "none", "none", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

            public override void Initialize(AnalysisContext context)
            {
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.EnableConcurrentExecution();
                context.RegisterCompilationStartAction(start => _ = start.Compilation.SourceModule.ReferencedAssemblySymbols.Length);
            }
        }

        /// <summary>An analyzer that registers nothing: what Roslyn's driver costs for any analyzer.</summary>
        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        private sealed class RegistersNothing : DiagnosticAnalyzer
        {
            private static readonly DiagnosticDescriptor Descriptor = new("BENCH000", "none", "none", "none", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

            public override void Initialize(AnalysisContext context)
            {
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.EnableConcurrentExecution();
            }
        }
    }
}
