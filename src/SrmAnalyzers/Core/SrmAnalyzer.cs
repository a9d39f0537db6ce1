using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SrmAnalyzers.Core.ConfigFiles;

namespace SrmAnalyzers.Core
{
    /// <summary>
    /// Base of every SRM analyzer: concurrent, silent on generated code, and registering nothing
    /// at all in compilations that do not reference the AWS SDK.
    /// </summary>
    /// <remarks>
    /// <para>
    /// <b>Where findings are reported, so that the IDE shows them.</b> A build analyses every member;
    /// the IDE re-analyses only the member or line being edited, and the light bulb asks for the
    /// diagnostics of one span. Roslyn keeps a diagnostic from such a partial analysis only if it
    /// counts it <i>local</i>: in the file, and inside the span Roslyn ties to the callback that
    /// reported it. For an operation action registered at compilation level that span is the
    /// triggering operation itself (a request creation, a call), so a finding reported at a later
    /// <c>req.Policy = ...</c> or at a dictionary entry added before the call was shown by the build
    /// and lost in the editor; and Roslyn runs such an action only for operations inside the
    /// analysed span, so a line away from the <c>new</c> never reached the rule at all. For an
    /// operation action registered in a symbol-start action, the span is the whole member
    /// declaration (method, accessor, constructor, field or property initializer, top-level
    /// statements) and Roslyn runs it on every operation of that member.
    /// </para>
    /// <para>
    /// Hence the rule every SRM rule follows: it registers only through <see cref="SrmRegistrar"/>,
    /// which registers its creation, invocation, assignment and literal actions from one
    /// symbol-start action per type, and the rule reports inside the member whose operation it was
    /// given (the creation, a later write of the same object, an argument, an entry added to a
    /// dictionary earlier in the member). A finding there is shown when the IDE analyses the
    /// finding's span, its line or its member (SpanAnalysisTests, for every rule). Assembly and
    /// module attributes belong to no type: they are reached by a compilation-level attribute
    /// action (<see cref="SrmRegistrar.RegisterAssemblyAttributeAction"/>) and report inside the
    /// attribute.
    /// </para>
    /// <para>
    /// Cost: one symbol-start registration per type and analyzer, its actions built once per
    /// compilation; no per-member-body registration (an operation-block start action makes Roslyn
    /// build a registration for every member body and analyzer, docs/performance.md). Roslyn's driver
    /// goes over a member's operations once per analyzer for its per-type actions, and once more
    /// only for an analyzer that also has a compilation-level operation action (SRM301, for assembly
    /// attributes; it had only compilation-level actions before).
    /// </para>
    /// </remarks>
    public abstract class SrmAnalyzer : DiagnosticAnalyzer
    {
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
                    var registrar = new SrmRegistrar(symbols);
                    OnAwsCompilationStart(registrar, symbols);
                    registrar.RegisterWith(start);
                }
            });
        }

        /// <summary>Registers the rule's actions; called only for compilations that reference the SDK.</summary>
        private protected abstract void OnAwsCompilationStart(SrmRegistrar context, AwsSymbols symbols);
    }

    /// <summary>
    /// The one way an SRM rule registers its actions, for one analyzer and one compilation that
    /// references the SDK. It collects them while the rule's <c>OnAwsCompilationStart</c> runs and
    /// then registers them with Roslyn together, so that every finding reported inside the analysed
    /// member is local to it (see <see cref="SrmAnalyzer"/>).
    /// </summary>
    internal sealed class SrmRegistrar
    {
        private static readonly ImmutableArray<OperationKind> ObjectCreationKind = ImmutableArray.Create(OperationKind.ObjectCreation);
        private static readonly ImmutableArray<OperationKind> AttributeKind = ImmutableArray.Create(OperationKind.Attribute);
        private static readonly ImmutableArray<OperationKind> InvocationKind = ImmutableArray.Create(OperationKind.Invocation);
        private static readonly ImmutableArray<OperationKind> ReturnKind = ImmutableArray.Create(OperationKind.Return);

        private readonly AwsSymbols _symbols;
        private readonly List<CreationHandler> _creationHandlers = new();
        private readonly List<(Action<OperationAnalysisContext> Action, ImmutableArray<OperationKind> Kinds)> _operationActions = new();
        private readonly List<Action<OperationAnalysisContext>> _assemblyAttributeActions = new();
        private readonly List<Action<ConfigFileContext>> _configFileActions = new();

        public SrmRegistrar(AwsSymbols symbols) => _symbols = symbols;

        /// <summary>
        /// Calls <paramref name="action"/> for each creation of one of <paramref name="types"/>
        /// outside test-double expressions, with a resolver and tracker for its member body.
        /// Registers nothing when the compilation has none of the types.
        /// </summary>
        public void RegisterCreationAction(ImmutableHashSet<INamedTypeSymbol> types, Action<CreationContext> action)
        {
            if (types.IsEmpty)
            {
                return;
            }

            // Asked for every object creation of every member body. The sets are a few request types:
            // comparing with each is as fast as hashing and needs no copy made at every compilation start.
            if (types.Count <= 8)
            {
                var few = new INamedTypeSymbol[types.Count];
                var i = 0;
                foreach (var type in types)
                {
                    few[i++] = type;
                }

                RegisterCreationAction(
                    type =>
                    {
                        var definition = type.OriginalDefinition;
                        foreach (var target in few)
                        {
                            if (SymbolEqualityComparer.Default.Equals(definition, target))
                            {
                                return true;
                            }
                        }

                        return false;
                    },
                    action);
                return;
            }

            // A plain hash set, not an immutable (tree) one.
            var targets = new HashSet<INamedTypeSymbol>(types, SymbolEqualityComparer.Default);
            RegisterCreationAction(type => targets.Contains(type.OriginalDefinition), action);
        }

        /// <summary>
        /// Calls <paramref name="action"/> for each creation of a type accepted by <paramref name="isTarget"/>
        /// (e.g. every subclass of an SDK base type), outside test-double expressions.
        /// </summary>
        public void RegisterCreationAction(Func<INamedTypeSymbol, bool> isTarget, Action<CreationContext> action) =>
            _creationHandlers.Add(new CreationHandler(isTarget, action));

        /// <summary>
        /// Calls <paramref name="action"/> for each operation of <paramref name="kinds"/> in the code of
        /// every type (invocations, assignments, literals, ...). The action filters test doubles itself.
        /// </summary>
        public void RegisterOperationAction(Action<OperationAnalysisContext> action, params OperationKind[] kinds) =>
            _operationActions.Add((action, ImmutableArray.Create(kinds)));

        /// <summary>
        /// Calls <paramref name="action"/> for each assembly or module attribute (<c>[assembly: ...]</c>),
        /// the only code outside every type, which <see cref="RegisterOperationAction"/> does not reach;
        /// the action gets the attribute operation and looks inside it.
        /// </summary>
        public void RegisterAssemblyAttributeAction(Action<OperationAnalysisContext> action) =>
            _assemblyAttributeActions.Add(action);

        /// <summary>
        /// Calls <paramref name="action"/> for each configuration file among the compilation's additional
        /// files (<c>appsettings*.json</c>, <c>launchSettings.json</c>, <c>aws-lambda-tools-defaults.json</c>,
        /// <c>App.config</c>, <c>Web.config</c>; the package's build adds them, docs/configuration.md), read
        /// once and shared by every rule; other additional files, and files too long or malformed, are skipped.
        /// </summary>
        public void RegisterConfigFileAction(Action<ConfigFileContext> action) =>
            _configFileActions.Add(action);

        /// <summary>
        /// Registers what the rule asked for: one symbol-start action per type for its creation and
        /// operation actions (Roslyn then counts a diagnostic anywhere in the member as local), and a
        /// compilation-level attribute action only for a rule that looks at assembly attributes.
        /// </summary>
        internal void RegisterWith(CompilationStartAnalysisContext context)
        {
            var perType = new List<(Action<OperationAnalysisContext> Action, ImmutableArray<OperationKind> Kinds)>();
            if (_creationHandlers.Count > 0)
            {
                perType.Add((AnalyzeCreation(_creationHandlers.ToArray(), _symbols), ObjectCreationKind));
            }

            perType.AddRange(_operationActions);
            if (perType.Count > 0)
            {
                // Calls to the compilation's own wrappers re-run these same actions over the wrapper's
                // body with the call's arguments bound (WrapperCall), so the rule needs nothing of its own.
                var withoutWrapperCheck = OneAction(perType);
                // A reference, not a struct: analyzers run concurrently, and a reference is written whole.
                Tuple<Action<OperationAnalysisContext>, ImmutableArray<OperationKind>>? withWrapperCheck = null;
                (Action<OperationAnalysisContext> Action, ImmutableArray<OperationKind> Kinds)[]? actions = null;
                Action<OperationAnalysisContext>? judgeReturn = null;
                var symbols = _symbols;

                // Both made on first need: many compilations (a sample, a small service) have no type
                // that calls a wrapper or declares a helper, and every analyzer starts in every compilation.
                (Action<OperationAnalysisContext> Action, ImmutableArray<OperationKind> Kinds)[] Actions()
                {
                    if (actions is null)
                    {
                        var all = new List<(Action<OperationAnalysisContext> Action, ImmutableArray<OperationKind> Kinds)>(perType)
                        {
                            (WrapperCall.CreateAction(symbols, Actions), InvocationKind),
                        };
                        actions = all.ToArray();
                    }

                    return actions;
                }

                // Roslyn charges every registered action for every operation of its kinds: one delegate
                // per kind, so a rule that already looks at calls pays nothing more for the wrapper check,
                // and a type whose code calls no method of the compilation that takes parameters gets no
                // wrapper check at all (WrapperCallers).
                var callers = symbols.CrossMember.Callers;

                // A helper's return that chooses an unsafe value is judged where its result is used
                // (HelperReturn); only types that declare a member returning a setting-like value can have one.
                context.RegisterSymbolStartAction(
                    typeStart =>
                    {
                        var type = (INamedTypeSymbol)typeStart.Symbol;
                        var (action, kinds) = callers.MayCallWrapper(type)
                            ? withWrapperCheck ??= OneAction(Actions()) // a race builds it twice; both are the same delegates
                            : withoutWrapperCheck;
                        typeStart.RegisterOperationAction(action, kinds);

                        if (symbols.CrossMember.MayDeclareHelpers(type, symbols))
                        {
                            typeStart.RegisterOperationAction(judgeReturn ??= HelperReturn.CreateAction(symbols, Actions), OperationKind.Return);
                        }
                    },
                    SymbolKind.NamedType);
            }

            if (_configFileActions.Count > 0)
            {
                var configFileActions = _configFileActions.ToArray();
                context.RegisterAdditionalFileAction(fileContext =>
                {
                    if (ConfigFile.Read(fileContext.AdditionalFile, fileContext.CancellationToken) is { } file)
                    {
                        var configContext = new ConfigFileContext(fileContext, file);
                        foreach (var action in configFileActions)
                        {
                            action(configContext);
                        }
                    }
                });
            }

            if (_assemblyAttributeActions.Count > 0)
            {
                var attributeActions = _assemblyAttributeActions.ToArray();
                context.RegisterOperationAction(
                    operationContext =>
                    {
                        // Attributes of types and members are code of a type: the per-type actions see them.
                        if (operationContext.ContainingSymbol is INamespaceSymbol or IAssemblySymbol or IModuleSymbol)
                        {
                            foreach (var action in attributeActions)
                            {
                                action(operationContext);
                            }
                        }
                    },
                    AttributeKind);
            }
        }

        /// <summary>
        /// One delegate for all the rule's per-type actions, calling those registered for the operation's
        /// kind in order. Registered once per type: Roslyn builds its action tables anew for every
        /// registration, and every analyzer registers for every type of every compilation.
        /// </summary>
        private static Tuple<Action<OperationAnalysisContext>, ImmutableArray<OperationKind>> OneAction(
            IReadOnlyList<(Action<OperationAnalysisContext> Action, ImmutableArray<OperationKind> Kinds)> actions)
        {
            // A rule registers a handful of actions over a handful of kinds: arrays, not a dictionary.
            var kinds = new List<OperationKind>(4);
            foreach (var (_, actionKinds) in actions)
            {
                foreach (var kind in actionKinds)
                {
                    if (!kinds.Contains(kind))
                    {
                        kinds.Add(kind);
                    }
                }
            }

            var byKind = new Action<OperationAnalysisContext>[kinds.Count][];
            for (var k = 0; k < kinds.Count; k++)
            {
                var forKind = new List<Action<OperationAnalysisContext>>(2);
                foreach (var (action, actionKinds) in actions)
                {
                    if (actionKinds.Contains(kinds[k]))
                    {
                        forKind.Add(action);
                    }
                }

                byKind[k] = forKind.ToArray();
            }

            var kindArray = kinds.ToArray();
            if (kindArray.Length == 1 && byKind[0].Length == 1)
            {
                return Tuple.Create(byKind[0][0], ImmutableArray.Create(kindArray[0]));
            }

            return Tuple.Create<Action<OperationAnalysisContext>, ImmutableArray<OperationKind>>(context =>
            {
                var kind = context.Operation.Kind;
                for (var k = 0; k < kindArray.Length; k++)
                {
                    if (kindArray[k] == kind)
                    {
                        foreach (var action in byKind[k])
                        {
                            action(context);
                        }

                        return;
                    }
                }
            }, ImmutableArray.Create(kindArray));
        }

        private static Action<OperationAnalysisContext> AnalyzeCreation(CreationHandler[] handlers, AwsSymbols symbols) => operationContext =>
        {
            var creation = (IObjectCreationOperation)operationContext.Operation;
            if (creation.Type is not INamedTypeSymbol type)
            {
                return;
            }

            var inTestDouble = (bool?)null;
            foreach (var handler in handlers)
            {
                if (handler.IsTarget(type) && !(inTestDouble ??= TestDoubles.IsInTestDoubleExpression(creation) || TestDoubles.IsSentOnlyToTestDoubles(creation, symbols)))
                {
                    handler.Action(new CreationContext(operationContext, creation, symbols));
                }
            }
        };
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

        /// <summary>
        /// Reports the first final write of <paramref name="property"/> on <paramref name="owner"/> whose value
        /// may be unsafe, at that value (where the fix edits it). <paramref name="message"/> gets whether the
        /// value is unsafe on every path (one known constant) or only on some ("may").
        /// </summary>
        public void ReportFirstUnsafeWrite(
            TrackedObject owner,
            string property,
            Func<ResolvedValue, bool> isUnsafe,
            DiagnosticDescriptor descriptor,
            ImmutableDictionary<string, string?>? properties,
            Func<bool, string> message)
        {
            foreach (var write in owner.FinalWritesOf(property))
            {
                var value = Resolver.Resolve(write.Value);
                if (isUnsafe(value))
                {
                    Report(descriptor, Locations.OfValue(write), properties, message(value.IsSingleConstant));
                    return;
                }
            }
        }
    }
}
