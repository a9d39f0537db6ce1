using System;
using System.Collections.Generic;
using System.IO;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SrmAnalyzers.Tests.Package
{
    /// <summary>
    /// One expected finding of the demo: a trailing <c>// expect: SRMxxx</c> comment. It marks the
    /// statement (or member declaration) it ends a line of, so a rule may report on the creation,
    /// the offending value or the call that sends it without the demo having to change.
    /// </summary>
    public sealed record DemoMarker(string File, int Line, string RuleId, int FirstLine, int LastLine)
    {
        public bool Covers(ReportedDiagnostic diagnostic) =>
            string.Equals(diagnostic.RuleId, RuleId, StringComparison.Ordinal)
            && string.Equals(Path.GetFileName(diagnostic.File), File, StringComparison.Ordinal)
            && diagnostic.Line >= FirstLine
            && diagnostic.Line <= LastLine;

        public override string ToString() => $"{RuleId} marked at {File}:{Line} (statement on lines {FirstLine}-{LastLine})";
    }

    /// <summary>A diagnostic as a build printed it: <c>File.cs(12,5): warning SRM101: message</c>.</summary>
    public sealed record ReportedDiagnostic(string File, int Line, int Column, string Severity, string RuleId, string Message)
    {
        private static readonly Regex BuildLine = new(
            @"^[ \t]*(?<file>[^\s(][^(\r\n]*?)\((?<line>\d+),(?<column>\d+)(?:,\d+,\d+)?\): (?<severity>warning|error) (?<id>SRM\d{3}): (?<message>.*?)(?: \[[^\]\r\n]*\])?[ \t\r]*$",
            RegexOptions.Multiline);

        /// <summary>
        /// The SRM diagnostics in a build's console output, once per position (MSBuild repeats them in
        /// its summary). Two findings of one rule at one position would count once: exact counts come
        /// from <see cref="InSarif"/>.
        /// </summary>
        public static IReadOnlyList<ReportedDiagnostic> InBuildOutput(string output) =>
            BuildLine.Matches(output)
                .Select(match => new ReportedDiagnostic(
                    match.Groups["file"].Value,
                    int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture),
                    int.Parse(match.Groups["column"].Value, CultureInfo.InvariantCulture),
                    match.Groups["severity"].Value,
                    match.Groups["id"].Value,
                    match.Groups["message"].Value))
                .DistinctBy(d => (d.File, d.Line, d.Column, d.Severity, d.RuleId))
                .ToList();

        /// <summary>The unsuppressed SRM results of a SARIF 2.1.0 log, each once, as the compiler reported them.</summary>
        public static IReadOnlyList<ReportedDiagnostic> InSarif(JsonElement sarif) =>
            sarif.GetProperty("runs").EnumerateArray()
                .SelectMany(run => run.GetProperty("results").EnumerateArray())
                .Where(result => result.GetProperty("ruleId").GetString()!.StartsWith("SRM", StringComparison.Ordinal)
                    && !result.TryGetProperty("suppressions", out _))
                .Select(result =>
                {
                    // A diagnostic without a location (SRM901) has no "locations": file "", line and column 0.
                    var hasLocation = result.TryGetProperty("locations", out var locations) && locations.GetArrayLength() > 0;
                    var location = hasLocation ? locations[0].GetProperty("physicalLocation") : default;
                    var region = hasLocation ? location.GetProperty("region") : default;
                    return new ReportedDiagnostic(
                        hasLocation ? new Uri(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!).LocalPath : string.Empty,
                        hasLocation ? region.GetProperty("startLine").GetInt32() : 0,
                        hasLocation ? region.GetProperty("startColumn").GetInt32() : 0,
                        result.GetProperty("level").GetString()!,
                        result.GetProperty("ruleId").GetString()!,
                        result.GetProperty("message").GetProperty("text").GetString()!);
                })
                .ToList();

        public override string ToString() => $"{Path.GetFileName(File)}({Line},{Column}): {Severity} {RuleId}: {Message}";
    }

    public static class DemoMarkers
    {
        private static readonly Regex MarkerStart = new(@"^//\s*expect\b");
        private static readonly Regex Marker = new(@"^//\s*expect:\s*(?<ids>SRM\d{3}(?:\s*,\s*SRM\d{3})*)\s*$");

        /// <summary>The demo project the README's main command builds.</summary>
        public static string DemoDirectory => Path.Combine(Infrastructure.AwsReferences.RepositoryRoot, "samples", "UploadService");

        public static IReadOnlyList<DemoMarker> Read(string directory)
        {
            var markers = new List<DemoMarker>();
            foreach (var path in Directory.GetFiles(directory, "*.cs", SearchOption.TopDirectoryOnly).OrderBy(p => p, StringComparer.Ordinal))
            {
                var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(path), path: path);
                foreach (var marker in Infrastructure.MarkerComments.In(tree.GetRoot(), MarkerStart, Marker))
                {
                    if (!marker.IsWellFormed)
                    {
                        throw new InvalidOperationException($"{Path.GetFileName(path)}:{marker.Line}: a marker is a trailing '// expect: SRMxxx[, SRMyyy]' after code on the same line, not '{marker.Text}'.");
                    }

                    var span = marker.Statement!.GetLocation().GetLineSpan();
                    markers.AddRange(marker.RuleIds.Select(id => new DemoMarker(Path.GetFileName(path), marker.Line, id, span.StartLinePosition.Line + 1, span.EndLinePosition.Line + 1)));
                }
            }

            return markers;
        }
    }
}
