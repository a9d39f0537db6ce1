using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using SrmAnalyzers.Tests.Infrastructure;

namespace SrmAnalyzers.Tests.ValidCode
{
    /// <summary>One source file of tests/SrmAnalyzers.ValidCode and the SDK major(s) its header names.</summary>
    public sealed record ValidCodeFile(string RelativePath, string FullPath, string Source, IReadOnlyList<Sdk> Sdks);

    /// <summary>A trailing <c>// compliant: SRMxxx[, SRMyyy]</c> comment and the statement (or member) it stands for.</summary>
    public sealed record CompliantMarker(string File, int Line, string RuleId, TextSpan Statement);

    /// <summary>What the compiler and every analyzer of the package said about one compilation of the project.</summary>
    public sealed record ValidCodeAnalysis(
        Sdk Sdk,
        IReadOnlyList<Diagnostic> CompilerErrors,
        IReadOnlyList<Diagnostic> CompilerWarnings,
        IReadOnlyList<Diagnostic> Srm,
        IReadOnlyList<string> AnalyzerExceptions);

    /// <summary>
    /// The ValidCode project (tests/SrmAnalyzers.ValidCode), read from the repository and analysed in
    /// memory the way its build does: its sources at their real paths, the linked SDK stubs, its
    /// .editorconfig (srm.* options) and .globalconfig (every SRM rule at warning), every analyzer of
    /// the package.
    /// </summary>
    public static class ValidCodeProject
    {
        public const string EditorConfigName = ".editorconfig";
        public const string GlobalConfigName = ".globalconfig";

        private static readonly Regex Header = new(@"^// ValidCode: (?<scenario>.+)\. Sdk: (?<sdk>v4|both)\s*$");
        private static readonly Regex MarkerStart = new(@"^//\s*compliant\b");
        private static readonly Regex Marker = new(@"^//\s*compliant:\s*(?<ids>SRM\d{3}(?:\s*,\s*SRM\d{3})*)\s*$");
        private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);
        private static readonly Lazy<IReadOnlyList<ValidCodeFile>> LoadedFiles = new(LoadFiles);

        public static string Directory => Path.Combine(AwsReferences.RepositoryRoot, "tests", "SrmAnalyzers.ValidCode");

        /// <summary>The stubs the project links (every file of tests/SrmAnalyzers.Tests/Stubs, as its csproj says).</summary>
        public static IReadOnlyList<string> StubNames =>
            System.IO.Directory.EnumerateFiles(Path.Combine(AwsReferences.RepositoryRoot, "tests", "SrmAnalyzers.Tests", "Stubs"), "*.cs")
                .Select(Path.GetFileName)
                .OrderBy(name => name, StringComparer.Ordinal)
                .ToList()!;

        public static IReadOnlyList<ValidCodeFile> Files => LoadedFiles.Value;

        public static string ReadConfig(string name) => File.ReadAllText(Path.Combine(Directory, name));

        /// <summary>Files whose first line is not a valid <c>// ValidCode: scenario. Sdk: v4|both</c> header.</summary>
        public static IReadOnlyList<string> HeaderDefects() =>
            Files.Where(f => f.Sdks.Count == 0).Select(f => $"{f.RelativePath}: the first line must be '// ValidCode: <scenario>. Sdk: v4|both'.").ToList();

        /// <summary>The compliant markers of a source, and the malformed ones as defects.</summary>
        public static (IReadOnlyList<CompliantMarker> Markers, IReadOnlyList<string> Defects) ReadMarkers(string file, string source)
        {
            var markers = new List<CompliantMarker>();
            var defects = new List<string>();
            var root = CSharpSyntaxTree.ParseText(source, ParseOptions).GetRoot();
            foreach (var marker in MarkerComments.In(root, MarkerStart, Marker))
            {
                if (!marker.IsWellFormed)
                {
                    defects.Add($"{file}:{marker.Line}: a marker is a trailing '// compliant: SRMxxx[, SRMyyy]' after code on the same line, not '{marker.Text}'.");
                    continue;
                }

                markers.AddRange(marker.RuleIds.Select(id => new CompliantMarker(file, marker.Line, id, marker.Statement!.Span)));
            }

            return (markers, defects);
        }

        /// <summary>
        /// Compiles the files that target <paramref name="sdk"/> (plus the stubs for v4) and runs every
        /// analyzer of the package with the project's configuration files.
        /// </summary>
        /// <param name="sources">Replacement text per relative path (mutations); the file on disk otherwise.</param>
        /// <param name="editorConfig">Replacement text of the project's .editorconfig.</param>
        public static async Task<ValidCodeAnalysis> AnalyzeAsync(Sdk sdk, IReadOnlyDictionary<string, string>? sources = null, string? editorConfig = null)
        {
            using var workspace = new AdhocWorkspace();
            var projectId = ProjectId.CreateNewId();
            var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
                projectId,
                VersionStamp.Create(),
                "SrmAnalyzers.ValidCode",
                "SrmAnalyzers.ValidCode",
                LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: ParseOptions,
                metadataReferences: AwsReferences.For(sdk)));

            var projectFiles = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in Files.Where(f => f.Sdks.Contains(sdk)))
            {
                var text = sources is not null && sources.TryGetValue(file.RelativePath, out var replaced) ? replaced : file.Source;
                solution = solution.AddDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(file.FullPath), SourceText.From(text), filePath: file.FullPath);
                projectFiles.Add(file.FullPath);
            }

            if (sdk == Sdk.V4)
            {
                foreach (var (path, text) in StubNames.Select(Stubs.Get))
                {
                    solution = solution.AddDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(path), SourceText.From(text), filePath: path);
                }
            }

            solution = solution
                .AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), EditorConfigName, SourceText.From(editorConfig ?? ReadConfig(EditorConfigName)), filePath: Path.Combine(Directory, EditorConfigName))
                .AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), GlobalConfigName, SourceText.From(ReadConfig(GlobalConfigName)), filePath: Path.Combine(Directory, GlobalConfigName));

            var project = solution.GetProject(projectId)!;
            var compilation = (await project.GetCompilationAsync().ConfigureAwait(false))!;
            var compilerDiagnostics = compilation.GetDiagnostics();
            var result = await AnalyzerRunner.RunAsync(compilation, analyzerOptions: project.AnalyzerOptions).ConfigureAwait(false);

            return new ValidCodeAnalysis(
                sdk,
                compilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList(),
                compilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning && projectFiles.Contains(d.Location.SourceTree?.FilePath ?? string.Empty)).ToList(),
                result.Srm.ToList(),
                result.Exceptions.Concat(result.Diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString())).ToList());
        }

        private static IReadOnlyList<ValidCodeFile> LoadFiles()
        {
            var separator = Path.DirectorySeparatorChar.ToString();
            return System.IO.Directory.EnumerateFiles(Directory, "*.cs", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(Directory, path).Replace(separator, "/", StringComparison.Ordinal))
                .Where(relative => !relative.StartsWith("bin/", StringComparison.Ordinal) && !relative.StartsWith("obj/", StringComparison.Ordinal))
                .OrderBy(relative => relative, StringComparer.Ordinal)
                .Select(relative =>
                {
                    var fullPath = Path.Combine(Directory, relative);
                    var source = File.ReadAllText(fullPath).Replace("\r\n", "\n", StringComparison.Ordinal);
                    var header = Header.Match(source.Split('\n')[0]);
                    var sdks = !header.Success ? Array.Empty<Sdk>()
                        : header.Groups["sdk"].Value == "v4" ? new[] { Sdk.V4 }
                        : new[] { Sdk.V3, Sdk.V4 };
                    return new ValidCodeFile(relative, fullPath, source, sdks);
                })
                .ToList();
        }
    }
}
