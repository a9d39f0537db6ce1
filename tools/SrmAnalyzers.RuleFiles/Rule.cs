using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace SrmAnalyzers.RuleFiles
{
    /// <summary>
    /// One rule ID as the generated files describe it, read from its descriptor, the analyzers that
    /// expose it, the code-fix providers and the option definitions.
    /// </summary>
    /// <param name="Duty">The customer duty its message names ("data protection — encryption at rest"); null for the package's own configuration rules.</param>
    /// <param name="Cwes">Its CWE tags ("CWE-311"), in descriptor order.</param>
    /// <param name="FsbpControls">Its FSBP tags without the "FSBP:" prefix ("S3.17"), in descriptor order.</param>
    /// <param name="Analyzers">Type names of the analyzers that report it.</param>
    public sealed record Rule(
        string Id,
        string Title,
        string Category,
        DiagnosticSeverity DefaultSeverity,
        bool IsEnabledByDefault,
        string? Duty,
        IReadOnlyList<string> Cwes,
        IReadOnlyList<string> FsbpControls,
        bool HasCodeFix,
        bool HasOptions,
        IReadOnlyList<string> Analyzers)
    {
        /// <summary>A customer-duty rule (category Security), not one about the package's own configuration (SRM9xx).</summary>
        public bool IsSecurityRule => Category == DiagnosticDescriptors.Category;

        /// <summary>The severity column of the release-tracking files ("Disabled" for a rule off by default).</summary>
        public string ReleaseSeverity => IsEnabledByDefault ? DefaultSeverity.ToString() : "Disabled";
    }
}
