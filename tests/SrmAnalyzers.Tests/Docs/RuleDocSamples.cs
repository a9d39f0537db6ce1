using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using SrmAnalyzers.Tests.Infrastructure;

namespace SrmAnalyzers.Tests.Docs
{
    /// <summary>
    /// A fenced code block of a rule page (docs/rules/*.md): its language and the other words of its
    /// info string (<c>```csharp fragment</c>), and its text with the block's indentation removed.
    /// </summary>
    /// <param name="FenceLine">1-based line of the opening fence in the page.</param>
    public sealed record FencedBlock(string Page, int FenceLine, string Language, IReadOnlyList<string> Words, string Code)
    {
        public bool IsCSharp => Language is "csharp" or "cs" or "c#";

        public bool IsIni => Language is "ini" or "editorconfig";

        /// <summary><c>```csharp fragment</c>: a piece of code the page shows as a piece (a suppression attribute on <c>{ ... }</c>); never compiled.</summary>
        public bool IsFragment => Words.Contains(RuleDocSamples.FragmentWord);

        /// <summary><c>```csharp v4</c>: the sample uses API that only SDK v4 has, in a namespace v3 has too.</summary>
        public bool IsV4Only => Words.Contains("v4");

        /// <summary><c>```ini invalid</c>: configuration the page shows as a mistake (SRM901 reports it).</summary>
        public bool IsInvalidConfig => Words.Contains("invalid");

        /// <summary>The page and line of a line of the block's code (1-based), as a reader finds it.</summary>
        public string Where(int codeLine) => $"docs/rules/{Page}:{FenceLine + codeLine}";

        public override string ToString() => $"docs/rules/{Page}:{FenceLine}";
    }

    /// <summary>
    /// An <c>// expect:</c> marker's item: one diagnostic of <see cref="RuleId"/> that starts in
    /// <see cref="Span"/>: the marker's line when it trails code, the statement after it when it
    /// stands on a line of its own.
    /// </summary>
    /// <param name="Modifier">Error, Warning (the reported severity) or suppressed; null when the marker says nothing more.</param>
    /// <param name="Message">The start of the diagnostic's message; null when the marker quotes none.</param>
    public sealed record Expectation(string RuleId, string? Modifier, string? Message, int Line, TextSpan Span, bool IsLeading);

    /// <summary>
    /// The C# samples of the rule pages and the conventions that make them executable (see
    /// docs/rules/README.md): markers in the code say what SrmAnalyzers reports on each statement,
    /// and the sample compiles, as a file of its own, against the AWS SDK with the implicit usings of
    /// an SDK-style project.
    /// </summary>
    public static class RuleDocSamples
    {
        public const string FragmentWord = "fragment";

        /// <summary>The implicit usings of a Microsoft.NET.Sdk project (<c>&lt;ImplicitUsings&gt;enable&lt;/ImplicitUsings&gt;</c>), the samples' only preamble.</summary>
        public const string ImplicitUsings = """
            global using System;
            global using System.Collections.Generic;
            global using System.IO;
            global using System.Linq;
            global using System.Net.Http;
            global using System.Threading;
            global using System.Threading.Tasks;
            """;

        public const string SampleDirectory = "/docs-sample";

        private static readonly Regex Fence = new(@"^(?<indent> {0,3})```(?<info>[^`]*)$");
        private static readonly Regex ExpectStart = new(@"^//\s*expect\b");
        private static readonly Regex Expect = new(
            @"^//\s*expect:\s*(?<ids>SRM\d{3}(?:\s*\((?:Error|Warning|suppressed)\))?(?:\s*,\s*SRM\d{3}(?:\s*\((?:Error|Warning|suppressed)\))?)*)(?:\s*:\s*(?<message>\S.*?))?\s*$");
        private static readonly Regex ExpectItem = new(@"^(?<id>SRM\d{3})(?:\s*\((?<modifier>\w+)\))?$");
        private static readonly Regex CompliantStart = new(@"^//\s*compliant\b");
        private static readonly Regex Compliant = new(@"^//\s*compliant:\s*(?<ids>SRM\d{3}(?:\s*,\s*SRM\d{3})*)\s*$");
        private static readonly Regex EditorConfigLine = new(@"^//\s*\.editorconfig:\s*(?<entry>\S.*?)\s*$");
        private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);
        private static readonly Lazy<IReadOnlyList<FencedBlock>> AllBlocks = new(Load);
        private static readonly Lazy<CSharpCompilation> V3Namespaces = new(() => CSharpCompilation.Create(
            "V3Namespaces",
            StubSources().Select(stub => CSharpSyntaxTree.ParseText(stub.Source, ParseOptions)),
            AwsReferences.For(Sdk.V3)));

        public static string Directory => Path.Combine(AwsReferences.RepositoryRoot, "docs", "rules");

        /// <summary>Every fenced block of every rule page, in page and line order.</summary>
        public static IReadOnlyList<FencedBlock> Blocks => AllBlocks.Value;

        public static FencedBlock Block(string page, int fenceLine) =>
            Blocks.Single(block => block.Page == page && block.FenceLine == fenceLine);

        /// <summary>The SDK majors a sample compiles against: v4 always; v3 too when every namespace it imports exists there (AWSSDK.Core, S3, STS and the stubs) and it is not marked v4.</summary>
        public static IReadOnlyList<Sdk> SdksOf(FencedBlock block)
        {
            if (block.IsV4Only)
            {
                return new[] { Sdk.V4 };
            }

            var root = CSharpSyntaxTree.ParseText(block.Code, ParseOptions).GetCompilationUnitRoot();
            var global = V3Namespaces.Value.GlobalNamespace;
            var inV3 = root.Usings.Where(u => u.Alias is null && u.StaticKeyword.IsKind(SyntaxKind.None))
                .All(u => u.Name!.ToString().Split('.').Aggregate((INamespaceSymbol?)global, (ns, part) => ns?.GetNamespaceMembers().FirstOrDefault(m => m.Name == part)) is not null);
            return inV3 ? new[] { Sdk.V3, Sdk.V4 } : new[] { Sdk.V4 };
        }

        public static SyntaxTree Parse(FencedBlock block) =>
            CSharpSyntaxTree.ParseText(block.Code, ParseOptions, path: SampleDirectory + "/Sample.cs");

        /// <summary>
        /// The <c>// expect:</c> items of a sample (each one diagnostic on its line or in its statement) and its
        /// <c>// compliant:</c> markers, with the defects of malformed markers.
        /// </summary>
        public static (IReadOnlyList<Expectation> Expectations, IReadOnlyList<MarkerComment> Compliant, IReadOnlyList<string> Defects) Markers(FencedBlock block, SyntaxTree tree)
        {
            var expectations = new List<Expectation>();
            var defects = new List<string>();
            foreach (var marker in MarkerComments.In(tree.GetRoot(), ExpectStart, Expect, allowLeading: true))
            {
                if (!marker.IsWellFormed)
                {
                    defects.Add($"{block.Where(marker.Line)}: a marker is '// expect: SRMxxx[ (Error|Warning|suppressed)][, ...][: start of the message]' at the end of the line where the diagnostic starts, or on a line of its own right before the statement it is in; not '{marker.Text}'.");
                    continue;
                }

                var message = marker.Match!.Groups["message"] is { Success: true } group ? group.Value.TrimEnd('.', '…').TrimEnd() : null;
                if (message is not null && marker.RuleIds.Count != 1)
                {
                    defects.Add($"{block.Where(marker.Line)}: a marker that quotes a message names one diagnostic, not '{marker.Text}'.");
                    continue;
                }

                var span = marker.IsLeading ? marker.Statement!.Span : tree.GetText().Lines[marker.Line - 1].Span;
                foreach (var item in marker.RuleIds.Select(id => ExpectItem.Match(id)))
                {
                    var modifier = item.Groups["modifier"] is { Success: true } m ? m.Value : null;
                    expectations.Add(new Expectation(item.Groups["id"].Value, modifier, message, marker.Line, span, marker.IsLeading));
                }
            }

            var compliant = new List<MarkerComment>();
            foreach (var marker in MarkerComments.In(tree.GetRoot(), CompliantStart, Compliant, allowLeading: true))
            {
                if (marker.IsWellFormed)
                {
                    compliant.Add(marker);
                }
                else
                {
                    defects.Add($"{block.Where(marker.Line)}: a marker is '// compliant: SRMxxx[, SRMyyy]' at the end of a line of a statement, or on its own line(s) right before one; not '{marker.Text}'.");
                }
            }

            return (expectations, compliant, defects);
        }

        /// <summary>The <c>// .editorconfig: key = value</c> lines of a sample: options it is analysed with, under <c>[*.cs]</c>.</summary>
        public static IReadOnlyList<string> EditorConfigEntries(SyntaxTree tree) =>
            tree.GetRoot().DescendantTrivia()
                .Where(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia))
                .Select(t => EditorConfigLine.Match(t.ToString()))
                .Where(m => m.Success)
                .Select(m => m.Groups["entry"].Value)
                .ToList();

        /// <summary>
        /// Compiles a sample as one file of a project (a console app when it has top-level statements,
        /// a library otherwise) with the implicit usings, the IAM/SNS/Organizations/RDS stubs and its
        /// <c>// .editorconfig:</c> options, and runs every analyzer of the package, keeping the
        /// diagnostics <c>#pragma</c> and <c>[SuppressMessage]</c> suppress.
        /// </summary>
        public static async Task<(Compilation Compilation, AnalyzerRunner.Result Result)> AnalyzeAsync(SyntaxTree sample, Sdk sdk, IReadOnlyList<string> editorConfig)
        {
            var hasTopLevelStatements = sample.GetCompilationUnitRoot().Members.OfType<GlobalStatementSyntax>().Any();
            using var workspace = new AdhocWorkspace();
            var projectId = ProjectId.CreateNewId();
            var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
                projectId,
                VersionStamp.Create(),
                "DocSample",
                "DocSample",
                LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(
                    hasTopLevelStatements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: ParseOptions,
                metadataReferences: AwsReferences.For(sdk)));

            var sources = new[] { (Path: sample.FilePath, Text: sample.ToString()), (Path: SampleDirectory + "/ImplicitUsings.cs", Text: ImplicitUsings) }
                .Concat(StubSources().Select(stub => (Path: SampleDirectory + "/" + Path.GetFileName(stub.FileName), Text: stub.Source)));
            foreach (var (path, text) in sources)
            {
                solution = solution.AddDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(path), SourceText.From(text), filePath: path);
            }

            if (editorConfig.Count > 0)
            {
                solution = solution.AddAnalyzerConfigDocument(
                    DocumentId.CreateNewId(projectId),
                    ".editorconfig",
                    SourceText.From("root = true\n\n[*.cs]\n" + string.Join("\n", editorConfig) + "\n"),
                    filePath: SampleDirectory + "/.editorconfig");
            }

            var project = solution.GetProject(projectId)!;
            var compilation = (await project.GetCompilationAsync().ConfigureAwait(false))!;
            var result = await AnalyzerRunner.RunAsync(compilation, analyzerOptions: project.AnalyzerOptions, reportSuppressed: true).ConfigureAwait(false);
            return (compilation, result);
        }

        /// <summary>Every stub (IAM, SNS, Organizations, RDS), as the ValidCode project links them.</summary>
        private static IEnumerable<(string FileName, string Source)> StubSources() => ValidCode.ValidCodeProject.StubNames.Select(Stubs.Get);

        private static IReadOnlyList<FencedBlock> Load()
        {
            var blocks = new List<FencedBlock>();
            foreach (var path in System.IO.Directory.EnumerateFiles(Directory, "*.md").OrderBy(p => p, StringComparer.Ordinal))
            {
                var page = Path.GetFileName(path);
                var lines = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
                for (var i = 0; i < lines.Length; i++)
                {
                    var open = Fence.Match(lines[i]);
                    if (!open.Success)
                    {
                        continue;
                    }

                    var indent = open.Groups["indent"].Value.Length;
                    var words = open.Groups["info"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    var code = new List<string>();
                    var end = i + 1;
                    for (; end < lines.Length && !(Fence.Match(lines[end]) is { Success: true } close && close.Groups["info"].Value.Trim().Length == 0); end++)
                    {
                        var line = lines[end];
                        code.Add(line.Length >= indent && line[..indent].Trim().Length == 0 ? line[indent..] : line.TrimStart());
                    }

                    blocks.Add(new FencedBlock(page, i + 1, words.FirstOrDefault()?.ToLowerInvariant() ?? string.Empty, words.Skip(1).ToList(), string.Join("\n", code) + "\n"));
                    i = end;
                }
            }

            return blocks;
        }
    }
}
