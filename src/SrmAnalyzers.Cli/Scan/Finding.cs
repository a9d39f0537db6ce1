using Microsoft.CodeAnalysis;

namespace SrmAnalyzers.Cli.Scan
{
    /// <summary>One reported diagnostic, with its effective severity (after the project's configuration). Line and column are 1-based.</summary>
    internal sealed record Finding(string RuleId, DiagnosticSeverity Severity, string Message, string FilePath, int Line, int Column, int EndLine, int EndColumn)
    {
        /// <summary>As the compiler prints it: "path(line,col): warning SRM101: message"; "srm : warning ..." without a location (as csc's "CSC : ...").</summary>
        public string CompilerLine => FilePath.Length == 0
            ? $"srm : {SeverityWord} {RuleId}: {Message}"
            : $"{FilePath}({Line},{Column}): {SeverityWord} {RuleId}: {Message}";

        public string SeverityWord => Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Info => "info",
            _ => "hidden",
        };

        /// <summary>The SARIF level: error, warning, note.</summary>
        public string SarifLevel => Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "note",
        };
    }
}
