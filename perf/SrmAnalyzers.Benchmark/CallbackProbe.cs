using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

// A wrapper around real analyzers, never loaded by a compiler: the analyzer-authoring rules
// (attribute, Initialize settings, start actions) apply to what it wraps, and Roslyn's context types
// have no other constructor to wrap with.
#pragma warning disable RS1001, RS1012, RS1025, RS1026, CS0618

namespace SrmAnalyzers.Benchmark
{
    /// <summary>
    /// Counts, per analyzer, its callbacks, the bytes they allocate on the calling thread, their
    /// time and the garbage-collection pauses that fell inside them. The
    /// analyzer runs inside a wrapper whose contexts wrap every action it registers, so the counts
    /// cover compilation-start, symbol-start and operation callbacks. Garbage-collection pauses are
    /// charged by Roslyn's telemetry to whichever callback runs when they happen, and a callback that
    /// allocates is where collections start: these figures show what each rule adds to that.
    /// </summary>
    internal sealed class CallbackProbe : DiagnosticAnalyzer
    {
        private readonly DiagnosticAnalyzer _inner;
        private long _callbacks;
        private long _bytes;
        private long _ticks;
        private long _pauseTicks;

        public CallbackProbe(DiagnosticAnalyzer inner) => _inner = inner;

        public DiagnosticAnalyzer Inner => _inner;

        public long Callbacks => Interlocked.Read(ref _callbacks);

        public long Bytes => Interlocked.Read(ref _bytes);

        /// <summary>Wall-clock time inside the analyzer's callbacks, as Roslyn's telemetry measures it.</summary>
        public TimeSpan Time => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));

        /// <summary>The part of <see cref="Time"/> during which the runtime was paused for garbage collection.</summary>
        public TimeSpan GcPauses => TimeSpan.FromTicks(Interlocked.Read(ref _pauseTicks));

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _inner.SupportedDiagnostics;

        public override void Initialize(AnalysisContext context) => _inner.Initialize(new ProbedAnalysisContext(context, this));

        private Action<T> Measure<T>(Action<T> action) => argument =>
        {
            var pausesBefore = GC.GetTotalPauseDuration();
            var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            action(argument);
            var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            Interlocked.Add(ref _bytes, GC.GetAllocatedBytesForCurrentThread() - bytesBefore);
            Interlocked.Add(ref _ticks, elapsed.Ticks);
            Interlocked.Add(ref _pauseTicks, (GC.GetTotalPauseDuration() - pausesBefore).Ticks);
            Interlocked.Increment(ref _callbacks);
        };

        private sealed class ProbedAnalysisContext : AnalysisContext
        {
            private readonly AnalysisContext _context;
            private readonly CallbackProbe _probe;

            public ProbedAnalysisContext(AnalysisContext context, CallbackProbe probe)
            {
                _context = context;
                _probe = probe;
            }

            public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => _context.ConfigureGeneratedCodeAnalysis(analysisMode);

            public override void EnableConcurrentExecution() => _context.EnableConcurrentExecution();

            public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
                _context.RegisterCompilationStartAction(_probe.Measure<CompilationStartAnalysisContext>(start => action(new ProbedCompilationStartContext(start, _probe))));

            public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => _context.RegisterCompilationAction(_probe.Measure(action));

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unexpected();

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unexpected();

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unexpected();

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unexpected();

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unexpected();

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unexpected();
        }

        private sealed class ProbedCompilationStartContext : CompilationStartAnalysisContext
        {
            private readonly CompilationStartAnalysisContext _context;
            private readonly CallbackProbe _probe;

            public ProbedCompilationStartContext(CompilationStartAnalysisContext context, CallbackProbe probe)
                : base(context.Compilation, context.Options, context.CancellationToken)
            {
                _context = context;
                _probe = probe;
            }

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
                _context.RegisterOperationAction(_probe.Measure(action), operationKinds);

            public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) =>
                _context.RegisterSymbolStartAction(_probe.Measure<SymbolStartAnalysisContext>(start => action(new ProbedSymbolStartContext(start, _probe))), symbolKind);

            // The base class throws NotImplementedException here: without this the rules that read
            // configuration files (SRM102, SRM301, SRM401) failed at compilation start under the probe.
            public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) =>
                _context.RegisterAdditionalFileAction(_probe.Measure(action));

            public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => throw Unexpected();

            public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => throw Unexpected();

            public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => throw Unexpected();

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unexpected();

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unexpected();

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unexpected();

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unexpected();

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unexpected();

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unexpected();
        }

        private sealed class ProbedSymbolStartContext : SymbolStartAnalysisContext
        {
            private readonly SymbolStartAnalysisContext _context;
            private readonly CallbackProbe _probe;

            public ProbedSymbolStartContext(SymbolStartAnalysisContext context, CallbackProbe probe)
                : base(context.Symbol, context.Compilation, context.Options, context.CancellationToken)
            {
                _context = context;
                _probe = probe;
            }

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
                _context.RegisterOperationAction(_probe.Measure(action), operationKinds);

            public override void RegisterSymbolEndAction(Action<SymbolAnalysisContext> action) => throw Unexpected();

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unexpected();

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unexpected();

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unexpected();

            public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => throw Unexpected();

            public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => throw Unexpected();
        }

        /// <summary>The probe wraps only the registrations the SRM analyzers make; a new kind must be added here to be counted.</summary>
        private static NotSupportedException Unexpected() => new("The callback probe does not wrap this registration yet.");
    }
}
