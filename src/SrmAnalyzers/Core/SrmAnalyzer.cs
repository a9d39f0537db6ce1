using System;
using System.Collections.Concurrent;
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
        public sealed override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (AwsSymbols.TryCreate(start.Compilation, out var symbols))
                {
                    OnAwsCompilationStart(start, symbols);
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

            RegisterCreationAction(context, symbols, type => types.Contains(type.OriginalDefinition), action);
        }

        /// <summary>
        /// Calls <paramref name="action"/> for each creation of a type accepted by <paramref name="isTarget"/>
        /// (e.g. every subclass of an SDK base type), outside test-double expressions.
        /// </summary>
        private protected static void RegisterCreationAction(
            CompilationStartAnalysisContext context,
            AwsSymbols symbols,
            Func<INamedTypeSymbol, bool> isTarget,
            Action<CreationContext> action)
        {
            // Registered per operation block so that a diagnostic reported at a later write of the
            // request (req.X = ... further down the member) is local to the block, and fixable;
            // a plain operation action only counts the creation's own span as local.
            // The member body's operation list and local index are built once per block, not per creation.
            context.RegisterOperationBlockStartAction(blockStart =>
            {
                var scopes = new ConcurrentDictionary<IOperation, OperationScope>();
                blockStart.RegisterOperationAction(
                    operationContext =>
                    {
                        var creation = (IObjectCreationOperation)operationContext.Operation;
                        if (creation.Type is INamedTypeSymbol type
                            && isTarget(type)
                            && !RequestTracker.IsInTestDoubleExpression(creation))
                        {
                            action(new CreationContext(operationContext, creation, symbols, OperationScope.For(creation, scopes)));
                        }
                    },
                    OperationKind.ObjectCreation);
            });
        }
    }

    /// <summary>What a rule gets for one SDK object creation.</summary>
    internal sealed class CreationContext
    {
        private TrackedObject? _tracked;

        public CreationContext(OperationAnalysisContext context, IObjectCreationOperation creation, AwsSymbols symbols)
            : this(context, creation, symbols, OperationScope.For(creation))
        {
        }

        public CreationContext(OperationAnalysisContext context, IObjectCreationOperation creation, AwsSymbols symbols, OperationScope scope)
        {
            Context = context;
            Creation = creation;
            Symbols = symbols;
            Resolver = new ValueResolver(symbols, scope);
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
