using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SrmAnalyzers.Tests.Infrastructure
{
    /// <summary>
    /// Which code actions a fixer offers for each diagnostic of a source: the testing library can
    /// apply an action but cannot show that one is absent.
    /// </summary>
    public static class OfferedFixes
    {
        /// <returns>One line per diagnostic in source order: "reported text: key1, key2".</returns>
        public static async Task<string[]> ForAsync<TAnalyzer, TCodeFix>(string source, Sdk sdk, string? options)
            where TAnalyzer : DiagnosticAnalyzer, new()
            where TCodeFix : CodeFixProvider, new()
        {
            using var workspace = new AdhocWorkspace();
            var projectId = ProjectId.CreateNewId();
            var documentId = DocumentId.CreateNewId(projectId);
            var solution = workspace.CurrentSolution
                .AddProject(ProjectInfo.Create(
                    projectId,
                    VersionStamp.Create(),
                    "Test",
                    "Test",
                    LanguageNames.CSharp,
                    compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
                    metadataReferences: AwsReferences.For(sdk)))
                .AddDocument(documentId, "Test0.cs", SourceText.From(source), filePath: "/Test0.cs");
            if (options is not null)
            {
                solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), ".editorconfig", SourceText.From("root = true\n\n[*]\n" + options), filePath: "/.editorconfig");
            }

            var project = solution.GetProject(projectId)!;
            var document = project.GetDocument(documentId)!;
            var compilation = (await project.GetCompilationAsync())!;
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

            var diagnostics = await compilation
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new TAnalyzer()), project.AnalyzerOptions)
                .GetAnalyzerDiagnosticsAsync();
            var fixer = new TCodeFix();
            var result = new List<string>();
            foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
            {
                var actions = new List<CodeAction>();
                await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
                var reported = source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length);
                result.Add(reported + ": " + string.Join(", ", actions.Select(a => a.EquivalenceKey)));
            }

            return result.ToArray();
        }
    }
}
