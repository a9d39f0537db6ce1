using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SrmAnalyzers.Tests.Infrastructure
{
    /// <summary>
    /// Runs every analyzer of the package over plain compilations (no test markup), collecting
    /// diagnostics and any exception an analyzer throws (what a user would see as AD0001).
    /// </summary>
    public static class AnalyzerRunner
    {
        public static readonly ImmutableArray<DiagnosticAnalyzer> AllAnalyzers = typeof(SrmAnalyzers.Core.SrmAnalyzer).Assembly
            .GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

        public static CSharpCompilation Compile(IEnumerable<string> sources, Sdk? sdk)
        {
            var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
            var trees = sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"/src/File{i}.cs"));
            return CSharpCompilation.Create(
                "Analyzed",
                trees,
                sdk is { } major ? AwsReferences.For(major) : AwsReferences.RuntimeOnly,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        }

        /// <param name="analyzerOptions">The .editorconfig / .globalconfig options analyzers read (none when null).</param>
        /// <param name="reportSuppressed">Keep diagnostics that <c>#pragma</c> or <c>[SuppressMessage]</c> suppress, with <see cref="Diagnostic.IsSuppressed"/> set.</param>
        public static async Task<Result> RunAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer>? analyzers = null, CancellationToken cancellationToken = default, AnalyzerOptions? analyzerOptions = null, bool reportSuppressed = false)
        {
            var exceptions = new ConcurrentQueue<string>();
            var options = new CompilationWithAnalyzersOptions(
                analyzerOptions ?? new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (exception, analyzer, diagnostic) => exceptions.Enqueue($"{analyzer.GetType().Name}: {exception}"),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: true,
                reportSuppressedDiagnostics: reportSuppressed);
            var withAnalyzers = compilation.WithAnalyzers(analyzers ?? AllAnalyzers, options);
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
            var analyzerTime = TimeSpan.Zero;
            foreach (var analyzer in withAnalyzers.Analyzers)
            {
                analyzerTime += (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, cancellationToken).ConfigureAwait(false)).ExecutionTime;
            }

            return new Result(diagnostics, exceptions.ToList(), analyzerTime);
        }

        public sealed class Result
        {
            public Result(ImmutableArray<Diagnostic> diagnostics, IReadOnlyList<string> exceptions, TimeSpan analyzerTime)
            {
                Diagnostics = diagnostics;
                Exceptions = exceptions;
                AnalyzerTime = analyzerTime;
            }

            /// <summary>Time spent in SRM analyzer callbacks (Roslyn's analyzer telemetry), without the compiler's own work.</summary>
            public TimeSpan AnalyzerTime { get; }

            public ImmutableArray<Diagnostic> Diagnostics { get; }

            /// <summary>Analyzer exceptions, also those the driver turned into AD0001 diagnostics.</summary>
            public IReadOnlyList<string> Exceptions { get; }

            public IEnumerable<Diagnostic> Srm => Diagnostics.Where(d => d.Id.StartsWith("SRM", StringComparison.Ordinal));
        }
    }
}
