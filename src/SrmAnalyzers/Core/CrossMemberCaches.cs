using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SrmAnalyzers.Core
{
    /// <summary>
    /// What the cross-member checks derive from other members, once per compilation for every SRM
    /// analyzer (held by the compilation's shared lookups, so an analyzer reaches it with a field
    /// read rather than a table lookup per call or return). Each entry is a pure function of the
    /// compilation's source; <see cref="Lazy{T}"/> makes concurrent analyzers compute it once.
    /// </summary>
    internal sealed class CrossMemberCaches
    {
        private readonly Compilation _compilation;
        private readonly ConcurrentDictionary<IMethodSymbol, Lazy<WrapperSummary>> _wrappers = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ISymbol, Lazy<ImmutableArray<IOperation>>> _helperSites = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _mayDeclareHelpers = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IMethodSymbol, Lazy<ParameterUses>> _parameterUses = new(SymbolEqualityComparer.Default);

        public CrossMemberCaches(Compilation compilation)
        {
            _compilation = compilation;
            Callers = new WrapperCallers(compilation);
        }

        /// <summary>Which types' code can call a wrapper (<see cref="WrapperCall"/>).</summary>
        public WrapperCallers Callers { get; }

        /// <summary>What a method's body offers to the re-analysis of calls to it (<see cref="WrapperCall"/>).</summary>
        public WrapperSummary WrapperSummaryOf(IMethodSymbol method) =>
            _wrappers.GetOrAdd(method, m => new Lazy<WrapperSummary>(() => WrapperSummary.Compute(m, _compilation))).Value;

        /// <summary>What a method's body does with its parameters (<see cref="HelperCall"/>).</summary>
        public ParameterUses ParameterUsesOf(IMethodSymbol method) =>
            _parameterUses.GetOrAdd(method, m => new Lazy<ParameterUses>(() => ParameterUses.Compute(m, _compilation))).Value;

        /// <summary><see cref="HelperReturn.MayDeclareHelpers"/>, asked once per type for every analyzer.</summary>
        public bool MayDeclareHelpers(INamedTypeSymbol type, AwsSymbols symbols) =>
            _mayDeclareHelpers.GetOrAdd(type, t => HelperReturn.MayDeclareHelpers(t, symbols));

        /// <summary>The member bodies a helper's result reaches (<see cref="HelperReturn"/>).</summary>
        public ImmutableArray<IOperation> HelperSitesOf(ISymbol helper) =>
            _helperSites.GetOrAdd(helper, h => new Lazy<ImmutableArray<IOperation>>(() => HelperReturn.FindSites(h, _compilation, this))).Value;
    }
}
