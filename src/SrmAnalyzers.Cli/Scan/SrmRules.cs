using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SrmAnalyzers.Core;

namespace SrmAnalyzers.Cli.Scan
{
    /// <summary>Every DiagnosticAnalyzer of the SrmAnalyzers assembly the tool was built with, and the rules they report.</summary>
    internal static class SrmRules
    {
        public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } =
            typeof(SrmAnalyzer).Assembly.GetTypes()
                .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type)
                    && type.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), inherit: false).Length > 0)
                .OrderBy(type => type.FullName, StringComparer.Ordinal)
                .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
                .ToImmutableArray();

        public static ImmutableArray<DiagnosticDescriptor> Descriptors { get; } =
            Analyzers.SelectMany(analyzer => analyzer.SupportedDiagnostics)
                .GroupBy(descriptor => descriptor.Id)
                .Select(group => group.First())
                .OrderBy(descriptor => descriptor.Id, StringComparer.Ordinal)
                .ToImmutableArray();
    }
}
