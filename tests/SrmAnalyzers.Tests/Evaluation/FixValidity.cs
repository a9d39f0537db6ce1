using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SrmAnalyzers.Tests.Infrastructure;

namespace SrmAnalyzers.Tests.Evaluation
{
    /// <summary>One code action offered for a corpus finding, applied on its own.</summary>
    public sealed record AppliedFix(string File, Sdk Sdk, int Line, string RuleId, string EquivalenceKey, IReadOnlyList<string> Problems)
    {
        public bool IsValid => Problems.Count == 0;

        public override string ToString() =>
            $"{File}:{Line} [{ExpectedFinding.SdkName(Sdk)}] {RuleId} '{EquivalenceKey}'" + (IsValid ? string.Empty : ": " + string.Join("; ", Problems));
    }

    /// <summary>
    /// The package's code fixes at work on the blind corpus: every action a fixer offers for a
    /// finding is applied alone, and counts as valid when the document still compiles without a new
    /// error and the finding (same rule, same message) is reported once fewer in it.
    /// </summary>
    public sealed partial class CorpusEvaluation
    {
        private static readonly Lazy<Task<IReadOnlyList<AppliedFix>>> SharedFixes = new(ApplyAllFixesAsync);

        private static readonly ImmutableArray<CodeFixProvider> Fixers = typeof(SrmAnalyzers.CodeFixes.Rules.S3BlockPublicAccessCodeFixProvider).Assembly
            .GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
            .ToImmutableArray();

        /// <summary>Every offered fix applied once (computed once per test run).</summary>
        public static Task<IReadOnlyList<AppliedFix>> GetAppliedFixesAsync() => SharedFixes.Value;

        private static async Task<IReadOnlyList<AppliedFix>> ApplyAllFixesAsync()
        {
            var evaluation = await GetAsync().ConfigureAwait(false);
            var support = SupportSources();
            var applied = new List<AppliedFix>();
            foreach (var file in evaluation.Files)
            {
                foreach (var sdk in file.Sdks)
                {
                    applied.AddRange(await ApplyFixesAsync(file, sdk, support).ConfigureAwait(false));
                }
            }

            return applied;
        }

        private static async Task<IReadOnlyList<AppliedFix>> ApplyFixesAsync(CorpusFile file, Sdk sdk, IReadOnlyList<(string Path, string Source)> support)
        {
            using var workspace = new AdhocWorkspace();
            var projectId = ProjectId.CreateNewId();
            var documentId = DocumentId.CreateNewId(projectId);
            var solution = workspace.CurrentSolution
                .AddProject(ProjectInfo.Create(
                    projectId,
                    VersionStamp.Create(),
                    "Corpus",
                    "Corpus",
                    LanguageNames.CSharp,
                    compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                    parseOptions: ParseOptions,
                    metadataReferences: AwsReferences.For(sdk).AddRange(ExtraReferences.Value)))
                .AddDocument(documentId, file.Name, SourceText.From(file.Source), filePath: "/corpus/" + file.Name);
            foreach (var (path, source) in support)
            {
                solution = solution.AddDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(path), SourceText.From(source), filePath: path);
            }

            var document = solution.GetDocument(documentId)!;
            var before = await DiagnosticsOfAsync(document).ConfigureAwait(false);
            var results = new List<AppliedFix>();
            foreach (var diagnostic in before.Srm)
            {
                foreach (var fixer in Fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
                {
                    var actions = new List<CodeAction>();
                    await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None)).ConfigureAwait(false);
                    foreach (var action in actions)
                    {
                        var problems = new List<string>();
                        var changed = await ChangedSolutionAsync(action).ConfigureAwait(false);
                        if (changed?.GetDocument(documentId) is not { } fixedDocument)
                        {
                            problems.Add("the action changes nothing");
                        }
                        else
                        {
                            var after = await DiagnosticsOfAsync(fixedDocument, AnalyzerOf(diagnostic.Id)).ConfigureAwait(false);
                            problems.AddRange(after.Errors.Except(before.Errors).Select(e => "new compile error: " + e));
                            // The finding is identified by rule and message (the fix moves text around). A fix
                            // may uncover another finding: SRM301 reports a key left in a constant once no
                            // credential sink uses it any more; that is a new finding, not the old one.
                            var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
                            bool Same(Diagnostic d) => d.Id == diagnostic.Id && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture) == message;
                            if (after.Srm.Count(Same) >= before.Srm.Count(Same))
                            {
                                problems.Add($"the {diagnostic.Id} finding is still reported");
                            }
                        }

                        var line = diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;
                        results.Add(new AppliedFix(file.Name, sdk, line, diagnostic.Id, action.EquivalenceKey ?? action.Title, problems));
                    }
                }
            }

            return results;
        }

        private static async Task<Solution?> ChangedSolutionAsync(CodeAction action)
        {
            foreach (var operation in await action.GetOperationsAsync(CancellationToken.None).ConfigureAwait(false))
            {
                if (operation is ApplyChangesOperation apply)
                {
                    return apply.ChangedSolution;
                }
            }

            return null;
        }

        /// <summary>The document's compile errors (as text) and the SRM diagnostics located in it.</summary>
        private static ImmutableArray<DiagnosticAnalyzer> AnalyzerOf(string ruleId) =>
            AnalyzerRunner.AllAnalyzers.Where(a => a.SupportedDiagnostics.Any(d => d.Id == ruleId)).ToImmutableArray();

        private static async Task<(IReadOnlyList<string> Errors, IReadOnlyList<Diagnostic> Srm)> DiagnosticsOfAsync(Document document, ImmutableArray<DiagnosticAnalyzer>? analyzers = null)
        {
            var compilation = (await document.Project.GetCompilationAsync().ConfigureAwait(false))!;
            var tree = (await document.GetSyntaxTreeAsync().ConfigureAwait(false))!;
            var errors = compilation.GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree == tree)
                .Select(d => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
                .ToList();
            var result = await AnalyzerRunner.RunAsync(compilation, analyzers, analyzerOptions: document.Project.AnalyzerOptions).ConfigureAwait(false);
            var srm = result.Srm.Where(d => d.Location.SourceTree == tree).OrderBy(d => d.Location.SourceSpan.Start).ToList();
            return (errors, srm);
        }
    }
}
