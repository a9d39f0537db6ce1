using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SrmAnalyzers.RuleFiles;

namespace SrmAnalyzers.Tests.Infrastructure
{
    /// <summary>
    /// What an analyzer or code-fix assembly exposes, found the way a compiler host finds it (the
    /// discovery the generated rule files use too, <see cref="AnalyzerDiscovery"/>). Tests built on
    /// this adapt by themselves as rules are added.
    /// </summary>
    public static class AnalyzerCatalog
    {
        /// <summary>The analyzer assembly the tests are built against.</summary>
        public static Assembly AnalyzerAssembly => AnalyzerDiscovery.AnalyzerAssembly;

        /// <summary>The code-fix assembly the tests are built against.</summary>
        public static Assembly CodeFixAssembly => AnalyzerDiscovery.CodeFixAssembly;

        public static IReadOnlyList<DiagnosticAnalyzer> Analyzers(Assembly assembly) => AnalyzerDiscovery.Analyzers(assembly);

        /// <summary>Every descriptor some analyzer supports, once each, ordered by ID.</summary>
        public static IReadOnlyList<DiagnosticDescriptor> Descriptors(Assembly assembly) => AnalyzerDiscovery.Descriptors(assembly);

        /// <summary>Rule IDs that some exported code-fix provider fixes.</summary>
        public static IReadOnlySet<string> FixableIds(Assembly assembly) => AnalyzerDiscovery.FixableIds(assembly);

        /// <summary>The IDs of the rules that enforce a customer duty (category Security; not SRM9xx, the package's own configuration), ordered.</summary>
        public static IReadOnlyList<string> SecurityRuleIds() =>
            Descriptors(AnalyzerAssembly)
                .Where(descriptor => descriptor.Category == DiagnosticDescriptors.Category)
                .Select(descriptor => descriptor.Id)
                .Distinct()
                .OrderBy(id => id, StringComparer.Ordinal)
                .ToList();
    }
}
