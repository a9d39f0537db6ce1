using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace SrmAnalyzers.Core
{
    /// <summary>
    /// Base of every SRM analyzer: concurrent, silent on generated code, and registering nothing
    /// at all in compilations that do not reference the AWS SDK.
    /// </summary>
    public abstract class SrmAnalyzer : DiagnosticAnalyzer
    {
        private static readonly ImmutableArray<OperationKind> ObjectCreationKind = ImmutableArray.Create(OperationKind.ObjectCreation);

        public sealed override void Initialize(AnalysisContext context)
        {
            // Generated code is not analysed (no Analyze flag), so nothing is reported there. Without
            // ReportDiagnostics Roslyn would also re-check every reported diagnostic's location by
            // walking its whole tree for [GeneratedCode]: measured as the largest single cost of a
            // build with findings (docs/performance.md). Diagnostics go inside the analysed member.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (AwsSymbols.TryCreate(start.Compilation, out var symbols))
                {
                    OnAwsCompilationStart(start, symbols);
                    RegisterCreationHandlers(start, symbols);
                }
            });
        }

        /// <summary>Registers the rule's actions; called only for compilations that reference the SDK.</summary>
        private protected abstract void OnAwsCompilationStart(CompilationStartAnalysisContext context, AwsSymbols symbols);

        /// <summary>
        /// Calls <paramref name="action"/> for each creation of one of <paramref name="types"/>
        /// outside test-double expressions, with a resolver and tracker for its member body.
        /// Registers nothing when the compilation has none of the types.
        /// </summary>
        private protected static void RegisterCreationAction(
            CompilationStartAnalysisContext context,
            AwsSymbols symbols,
            ImmutableHashSet<INamedTypeSymbol> types,
            Action<CreationContext> action)
        {
            if (types.IsEmpty)
            {
                return;
            }

            // Asked for every object creation of every member body: a plain hash set, not an immutable (tree) one.
            var targets = new HashSet<INamedTypeSymbol>(types, SymbolEqualityComparer.Default);
            RegisterCreationAction(context, symbols, type => targets.Contains(type.OriginalDefinition), action);
        }

        /// <summary>
        /// Calls <paramref name="action"/> for each creation of a type accepted by <paramref name="isTarget"/>
        /// (e.g. every subclass of an SDK base type), outside test-double expressions.
        /// </summary>
        [System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisPerformance", "RS1012:Start action has no registered actions", Justification = "The handler is registered with the analyzer's other handlers by RegisterCreationHandlers, once per compilation.")]
        private protected static void RegisterCreationAction(
            CompilationStartAnalysisContext context,
            AwsSymbols symbols,
            Func<INamedTypeSymbol, bool> isTarget,
            Action<CreationContext> action) =>
            symbols.CreationHandlers.Add(new CreationHandler(isTarget, action));

        /// <summary>
        /// One creation action per analyzer for all its creation handlers. It is registered from a
        /// symbol-start action on each type, not at compilation level, so that Roslyn counts a
        /// diagnostic reported at a later write of the request (req.X = ... further down the member)
        /// as local to the member, which the IDE needs to show and fix it when it analyses only a
        /// span; a compilation-level operation action only counts the creation's own span as local
        /// (CodePlacementTests). Per type rather than per operation block: Roslyn then builds the
        /// registration once per type, not once per member body and analyzer (docs/performance.md).
        /// </summary>
        private static void RegisterCreationHandlers(CompilationStartAnalysisContext context, AwsSymbols symbols)
        {
            if (symbols.CreationHandlers.Count == 0)
            {
                return;
            }

            var handlers = symbols.CreationHandlers.ToArray();
            Action<OperationAnalysisContext> analyzeCreation = operationContext =>
            {
                var creation = (IObjectCreationOperation)operationContext.Operation;
                if (creation.Type is not INamedTypeSymbol type)
                {
                    return;
                }

                var inTestDouble = (bool?)null;
                foreach (var handler in handlers)
                {
                    if (handler.IsTarget(type) && !(inTestDouble ??= RequestTracker.IsInTestDoubleExpression(creation)))
                    {
                        handler.Action(new CreationContext(operationContext, creation, symbols));
                    }
                }
            };
            context.RegisterSymbolStartAction(typeStart => typeStart.RegisterOperationAction(analyzeCreation, ObjectCreationKind), SymbolKind.NamedType);
        }
    }

    /// <summary>A rule's interest in creations of some SDK types.</summary>
    internal sealed class CreationHandler
    {
        public CreationHandler(Func<INamedTypeSymbol, bool> isTarget, Action<CreationContext> action)
        {
            IsTarget = isTarget;
            Action = action;
        }

        public Func<INamedTypeSymbol, bool> IsTarget { get; }

        public Action<CreationContext> Action { get; }
    }

    /// <summary>What a rule gets for one SDK object creation.</summary>
    internal sealed class CreationContext
    {
        private TrackedObject? _tracked;

        public CreationContext(OperationAnalysisContext context, IObjectCreationOperation creation, AwsSymbols symbols)
        {
            Context = context;
            Creation = creation;
            Symbols = symbols;
            Resolver = new ValueResolver(symbols, creation);
            Tracker = new RequestTracker(Resolver);
        }

        public OperationAnalysisContext Context { get; }

        public IObjectCreationOperation Creation { get; }

        public AwsSymbols Symbols { get; }

        public ValueResolver Resolver { get; }

        public RequestTracker Tracker { get; }

        /// <summary>The created object with its property writes (computed on first use).</summary>
        public TrackedObject Tracked => _tracked ??= Tracker.Track(Creation);

        public void Report(DiagnosticDescriptor descriptor, Location location, ImmutableDictionary<string, string?>? properties, params object[] messageArgs) =>
            Context.ReportDiagnostic(Diagnostic.Create(descriptor, location, properties, messageArgs));
    }
}
