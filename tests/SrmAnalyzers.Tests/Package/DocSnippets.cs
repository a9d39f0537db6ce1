using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;

namespace SrmAnalyzers.Tests.Package
{
    /// <summary>
    /// The snippets of README.md, docs/configuration.md, docs/ci.md and nuget/README.md that consumer
    /// builds run, each found by a piece of its own text (a snippet that disappears fails the tests),
    /// and the few that no test runs, with the reason. <see cref="DocSnippetCoverageTests"/> requires
    /// every code block of those documents to be one or the other.
    /// </summary>
    public static class DocSnippets
    {
        private const string Readme = "README.md";
        private const string Configuration = "docs/configuration.md";
        private const string Ci = "docs/ci.md";
        private const string NuGetReadme = "nuget/README.md";

        // README.md
        public static MarkdownSnippet ReadmeExampleWarning => MarkdownSnippets.Find(Readme, "text", "warning SRM");

        public static MarkdownSnippet ReadmePackageReference => MarkdownSnippets.Find(Readme, "xml", "<PackageReference Include=\"SrmAnalyzers\"");

        public static MarkdownSnippet ReadmeEditorConfig => MarkdownSnippets.Find(Readme, "ini", "srm.SRM101.required_encryption");

        public static MarkdownSnippet ReadmeSuppressions => MarkdownSnippets.Find(Readme, "csharp", "#pragma warning disable");

        public static MarkdownSnippet ReadmeSarif => MarkdownSnippets.Find(Readme, "sh", "-p:ErrorLog=");

        public static MarkdownSnippet ReadmeFormat => MarkdownSnippets.Find(Readme, "sh", "dotnet format analyzers");

        // docs/configuration.md
        public static MarkdownSnippet ConfigurationSeverities => MarkdownSnippets.Find(Configuration, "ini", "dotnet_diagnostic.SRM402.severity = none");

        public static MarkdownSnippet ConfigurationGlobalConfig => MarkdownSnippets.Find(Configuration, "ini", "is_global = true");

        public static MarkdownSnippet ConfigurationWarningsAsErrors => MarkdownSnippets.Find(Configuration, "xml", "<WarningsAsErrors>");

        public static MarkdownSnippet ConfigurationOptions => MarkdownSnippets.Find(Configuration, "ini", "srm.SRM403.allowed_public_ports");

        public static MarkdownSnippet ConfigurationGeneratedCode => MarkdownSnippets.Find(Configuration, "ini", "generated_code = true");

        public static MarkdownSnippet ConfigurationSuppressions => MarkdownSnippets.Find(Configuration, "csharp", "#pragma warning disable");

        public static MarkdownSnippet ConfigurationGlobalSuppressions => MarkdownSnippets.Find(Configuration, "csharp", "[assembly: SuppressMessage");

        public static MarkdownSnippet ConfigurationSarif => MarkdownSnippets.Find(Configuration, "sh", "-p:ErrorLog=");

        public static MarkdownSnippet ConfigurationExcludeTestProjects => MarkdownSnippets.Find(Configuration, "xml", "<SrmExcludeTestProjects>");

        public static MarkdownSnippet ConfigurationConfigFilesOff => MarkdownSnippets.Find(Configuration, "xml", "<SrmAnalyzeConfigFiles>");

        public static MarkdownSnippet ConfigurationExcludeConfigFile => MarkdownSnippets.Find(Configuration, "xml", "<SrmExcludeConfigFile");

        public static MarkdownSnippet ConfigurationConfigFileOptions => MarkdownSnippets.Find(Configuration, "ini", "[*.json]");

        public static MarkdownSnippet ConfigurationTurnOff => MarkdownSnippets.Find(Configuration, "xml", "<RunAnalyzersDuringBuild>");

        // docs/ci.md
        public static MarkdownSnippet CiErrorRules => MarkdownSnippets.Find(Ci, "ini", "dotnet_diagnostic.SRM401.severity = error");

        public static MarkdownSnippet CiSarif => MarkdownSnippets.Find(Ci, "sh", "-p:ErrorLog=");

        public static MarkdownSnippet CiDirectoryBuildProps => MarkdownSnippets.Find(Ci, "xml", "<ErrorLog>");

        public static MarkdownSnippet CiGitHubActions => MarkdownSnippets.Find(Ci, "yaml", "upload-sarif");

        public static MarkdownSnippet CiAzurePipelines => MarkdownSnippets.Find(Ci, "yaml", "UseDotNet@2");

        public static MarkdownSnippet CiGlobalSuppressions => MarkdownSnippets.Find(Ci, "csharp", "SuppressMessage");

        public static MarkdownSnippet CiLegacyFolder => MarkdownSnippets.Find(Ci, "ini", "legacy/.editorconfig");

        // nuget/README.md
        public static MarkdownSnippet NuGetPackageReference => MarkdownSnippets.Find(NuGetReadme, "xml", "<PackageReference Include=\"SrmAnalyzers\"");

        public static MarkdownSnippet NuGetEditorConfig => MarkdownSnippets.Find(NuGetReadme, "ini", "dotnet_diagnostic.SRM301.severity");

        public static MarkdownSnippet NuGetFormat => MarkdownSnippets.Find(NuGetReadme, "sh", "dotnet format analyzers");

        /// <summary>Code blocks no consumer build runs, and why.</summary>
        public static IReadOnlyList<(MarkdownSnippet Snippet, string Reason)> NotRun => new[]
        {
            (MarkdownSnippets.Find(Readme, "sh", "./demo.sh"), "runs demo.sh and this suite; PackageFixture packs the package and builds a copy of the demo as demo.sh does"),
            (MarkdownSnippets.Find(Readme, "sh", "dotnet pack"), "packs the repository; PackageFixture packs the same package project"),
            (MarkdownSnippets.Find(Readme, "text", "src/SrmAnalyzers/"), "the repository layout, not configuration"),
            (MarkdownSnippets.Find(Readme, "sh", "tools/SrmAnalyzers.RuleFiles"), "rewrites the generated rule files; GeneratedFilesTests checks it is the generator's command"),
        };

        /// <summary>README's SARIF command line.</summary>
        public static string ReadmeSarifCommand => SingleCommand(ReadmeSarif);

        public static string SingleCommand(MarkdownSnippet snippet)
        {
            var lines = snippet.Lines.Where(line => line.Trim().Length > 0).ToList();
            return lines.Count == 1 ? lines[0].Trim() : throw new InvalidOperationException($"{snippet} should hold one command line.");
        }

        /// <summary>The `dotnet build` line of a CI pipeline snippet (a `run:` or `script:` step).</summary>
        public static string BuildStep(MarkdownSnippet pipeline)
        {
            var steps = pipeline.Lines
                .Select(line => Regex.Match(line, @"^\s*-?\s*(?:run|script):\s*(?<command>dotnet build\b.*)$"))
                .Where(match => match.Success)
                .Select(match => match.Groups["command"].Value.Trim())
                .ToList();
            return steps.Count == 1 ? steps[0] : throw new InvalidOperationException($"{pipeline} should have one 'dotnet build' step, has {steps.Count}.");
        }

        /// <summary>The path of a command line's <c>-p:ErrorLog=path%2Cversion=2.1</c>.</summary>
        public static string ErrorLogFile(string commandLine)
        {
            var match = Regex.Match(commandLine, @"-p:ErrorLog=(?<path>[^\s%,]+)%2Cversion=2\.1(?:\s|$)");
            return match.Success ? match.Groups["path"].Value : throw new InvalidOperationException($"'{commandLine}' has no -p:ErrorLog=<path>%2Cversion=2.1.");
        }

        /// <summary>Every snippet some consumer build runs (the properties above).</summary>
        public static IReadOnlyList<(string Name, MarkdownSnippet Snippet)> Run() =>
            typeof(DocSnippets).GetProperties(BindingFlags.Public | BindingFlags.Static)
                .Where(property => property.PropertyType == typeof(MarkdownSnippet))
                .Select(property => (property.Name, (MarkdownSnippet)property.GetValue(null)!))
                .ToList();
    }

    public class DocSnippetCoverageTests
    {
        /// <summary>A new code block in the documents fails here until a consumer build runs it (or it is listed as not run, with the reason).</summary>
        [Fact]
        public void Every_code_block_of_the_documents_is_run_by_a_consumer_build_or_says_why_not()
        {
            var run = DocSnippets.Run().Select(named => named.Snippet).ToList();
            var notRun = DocSnippets.NotRun.Select(entry => entry.Snippet).ToList();
            var unaccounted = MarkdownSnippets.Documents
                .SelectMany(MarkdownSnippets.In)
                .Where(snippet => !run.Contains(snippet) && !notRun.Contains(snippet))
                .ToList();

            Assert.True(unaccounted.Count == 0, "Code blocks no test runs:\n" + string.Join("\n", unaccounted.Select(s => $"{s}\n{s.Text}")));
            Assert.Empty(run.Intersect(notRun));
        }
    }
}
