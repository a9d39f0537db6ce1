using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SrmAnalyzers.Cli.Loading;
using SrmAnalyzers.Cli.Scan;

namespace SrmAnalyzers.Cli.Commands
{
    /// <summary>`srm scan`: every SRM rule over each project, configured as the project's own build configures it.</summary>
    internal static class ScanCommand
    {
        // Where the package's build targets (_SrmAddConfigFiles) look for configuration files the analyzers read.
        private static readonly string[] ConfigFilePatterns = { "appsettings*.json", "App.config", "Web.config", "aws-lambda-tools-defaults.json" };

        public static async Task<int> RunAsync(string path, FileInfo? sarif, bool restore, TextWriter output, TextWriter error, CancellationToken cancellationToken)
        {
            var loaded = await new ProjectLoader(error, restore).LoadAsync(path, cancellationToken).ConfigureAwait(false);
            if (loaded.Projects.Count == 0)
            {
                return ExitCodes.NothingLoaded;
            }

            var findings = new List<Finding>();
            var progress = new Progress(error, loaded.Projects.Count);
            foreach (var project in loaded.Projects)
            {
                progress.Next(project.Name);
                findings.AddRange(await AnalyzeAsync(WithConfigFiles(project), error, cancellationToken).ConfigureAwait(false));
            }

            // A multi-targeted project reports a finding once per framework: once is enough.
            var reported = findings
                .Distinct()
                .OrderBy(f => f.FilePath, StringComparer.Ordinal)
                .ThenBy(f => f.Line)
                .ThenBy(f => f.Column)
                .ThenBy(f => f.RuleId, StringComparer.Ordinal)
                .ThenBy(f => f.Message, StringComparer.Ordinal)
                .ToList();
            foreach (var finding in reported.Where(f => f.Severity >= DiagnosticSeverity.Warning))
            {
                output.WriteLine(finding.CompilerLine);
            }

            if (sarif is not null)
            {
                SarifLog.Write(sarif.FullName, reported, SrmRules.Descriptors);
            }

            if (reported.Any(f => f.Severity == DiagnosticSeverity.Error))
            {
                return ExitCodes.ErrorFindings;
            }

            return loaded.Failures > 0 ? ExitCodes.LoadFailures : ExitCodes.Success;
        }

        /// <summary>
        /// The project with the configuration files the package's build targets add as AdditionalFiles, when it
        /// does not have them already: a project that references the package got them in its design-time build;
        /// one audited without the package did not.
        /// </summary>
        private static Project WithConfigFiles(Project project)
        {
            if (project.FilePath is not { } projectFile || Path.GetDirectoryName(projectFile) is not { } folder)
            {
                return project;
            }

            var candidates = ConfigFilePatterns.SelectMany(pattern => Directory.EnumerateFiles(folder, pattern))
                .Concat(new[] { Path.Combine(folder, "Properties", "launchSettings.json") }.Where(File.Exists))
                .Select(Path.GetFullPath)
                .OrderBy(p => p, StringComparer.Ordinal);
            foreach (var file in candidates)
            {
                if (!project.AdditionalDocuments.Any(d => d.FilePath is { } existing && Path.GetFullPath(existing) == file))
                {
                    project = project.AddAdditionalDocument(Path.GetFileName(file), SourceText.From(File.ReadAllText(file)), filePath: file).Project;
                }
            }

            return project;
        }

        private static async Task<IReadOnlyList<Finding>> AnalyzeAsync(Project project, TextWriter error, CancellationToken cancellationToken)
        {
            var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            if (compilation is null)
            {
                return Array.Empty<Finding>();
            }

            // The project's AnalyzerOptions carry its .editorconfig/.globalconfig options (srm.* settings) and its
            // additional files; the compilation's options carry the severities they set, NoWarn and
            // WarningsAsErrors, so the findings are those of a build.
            var options = new CompilationWithAnalyzersOptions(
                project.AnalyzerOptions,
                onAnalyzerException: null,
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false);
            var diagnostics = await compilation.WithAnalyzers(SrmRules.Analyzers, options)
                .GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);

            var findings = new List<Finding>();
            foreach (var diagnostic in diagnostics)
            {
                if (!diagnostic.Id.StartsWith("SRM", StringComparison.Ordinal))
                {
                    // AD0001: an analyzer threw. Not a finding, but the scan is incomplete: say so.
                    error.WriteLine($"srm: {project.Name}: {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
                    continue;
                }

                if (diagnostic.Severity == DiagnosticSeverity.Hidden || diagnostic.IsSuppressed)
                {
                    continue;
                }

                var span = diagnostic.Location.GetMappedLineSpan();
                var hasFile = diagnostic.Location.Kind is LocationKind.SourceFile or LocationKind.ExternalFile && span.IsValid;
                findings.Add(new Finding(
                    diagnostic.Id,
                    diagnostic.Severity,
                    diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
                    hasFile ? span.Path : string.Empty,
                    hasFile ? span.StartLinePosition.Line + 1 : 0,
                    hasFile ? span.StartLinePosition.Character + 1 : 0,
                    hasFile ? span.EndLinePosition.Line + 1 : 0,
                    hasFile ? span.EndLinePosition.Character + 1 : 0));
            }

            return findings;
        }
    }
}
