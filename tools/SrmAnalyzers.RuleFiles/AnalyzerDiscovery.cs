using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SrmAnalyzers.RuleFiles
{
    /// <summary>
    /// What an analyzer or code-fix assembly exposes, found the way a compiler host finds it: every
    /// concrete type carrying [DiagnosticAnalyzer] or [ExportCodeFixProvider].
    /// </summary>
    public static class AnalyzerDiscovery
    {
        /// <summary>The package's analyzer assembly.</summary>
        public static Assembly AnalyzerAssembly => typeof(SrmAnalyzers.Core.SrmAnalyzer).Assembly;

        /// <summary>The package's code-fix assembly.</summary>
        public static Assembly CodeFixAssembly => Assembly.Load(new AssemblyName("SrmAnalyzers.CodeFixes"));

        public static IReadOnlyList<DiagnosticAnalyzer> Analyzers(Assembly assembly) =>
            LoadableTypes(assembly)
                .Where(type => !type.IsAbstract
                    && typeof(DiagnosticAnalyzer).IsAssignableFrom(type)
                    && type.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any())
                .OrderBy(type => type.FullName, StringComparer.Ordinal)
                .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
                .ToList();

        /// <summary>Every descriptor some analyzer supports, once each, ordered by ID.</summary>
        public static IReadOnlyList<DiagnosticDescriptor> Descriptors(Assembly assembly) =>
            Analyzers(assembly)
                .SelectMany(analyzer => analyzer.SupportedDiagnostics)
                .Distinct()
                .OrderBy(descriptor => descriptor.Id, StringComparer.Ordinal)
                .ToList();

        /// <summary>Rule IDs that some exported code-fix provider fixes.</summary>
        public static IReadOnlySet<string> FixableIds(Assembly assembly) =>
            LoadableTypes(assembly)
                .Where(type => !type.IsAbstract
                    && typeof(CodeFixProvider).IsAssignableFrom(type)
                    && type.GetCustomAttributes<ExportCodeFixProviderAttribute>().Any())
                .SelectMany(type => ((CodeFixProvider)Activator.CreateInstance(type)!).FixableDiagnosticIds)
                .ToHashSet(StringComparer.Ordinal);

        private static IEnumerable<Type> LoadableTypes(Assembly assembly)
        {
            try
            {
                return assembly.GetTypes();
            }
            catch (ReflectionTypeLoadException partial)
            {
                return partial.Types.Where(type => type is not null)!;
            }
        }
    }
}
