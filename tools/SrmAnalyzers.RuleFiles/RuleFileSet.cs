using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace SrmAnalyzers.RuleFiles
{
    /// <summary>One generated file: what the repository holds (null when it does not exist) and what the catalog says it should hold.</summary>
    public sealed record GeneratedFile(string RelativePath, string? Committed, string Generated)
    {
        public bool IsStale => Committed != Generated;

        /// <summary>What differs, for a person reading a test failure.</summary>
        public string Describe() =>
            Committed is null
                ? $"{RelativePath} does not exist yet; the generator writes:\n{Generated}"
                : $"{RelativePath} (- committed, + generated):\n{LineDiff.Between(Committed, Generated)}";
    }

    /// <summary>Every file, or part of a file, that follows from the rule catalog.</summary>
    public static class RuleFileSet
    {
        /// <summary>
        /// Run from the repository root: writes every stale generated file. The property lets the
        /// analyzers build while their release-tracking file is stale (src/SrmAnalyzers/SrmAnalyzers.csproj).
        /// </summary>
        public const string RegenerateCommand = "dotnet run --project tools/SrmAnalyzers.RuleFiles --property:SrmWritingRuleFiles=true";

        /// <summary>The repository this tool was built in.</summary>
        public static string RepositoryRoot =>
            typeof(RuleFileSet).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "RepositoryRoot").Value!;

        /// <summary>
        /// The generated files of the repository at <paramref name="root"/>: whole files, regions of
        /// hand-written documents, and a skeleton page for each rule that has none (existing pages are
        /// never generated).
        /// </summary>
        public static IReadOnlyList<GeneratedFile> Generate(string root, RuleCatalog catalog)
        {
            var rules = catalog.Rules;
            var files = new List<GeneratedFile>
            {
                Regions(root, "README.md", ("rule-table", DocumentTexts.ReadmeRuleTable(rules)), ("fix-command", DocumentTexts.FixCommand(rules))),
                Regions(root, "nuget/README.md", ("rule-list", DocumentTexts.NuGetRuleList(rules)), ("fix-command", DocumentTexts.FixCommand(rules))),
                Regions(root, "docs/configuration.md", ("rules-without-options", DocumentTexts.RulesWithoutOptions(rules))),
                Whole(root, "nuget/globalconfig/SrmAnalyzers.AllErrors.globalconfig", GlobalConfigTexts.AllErrors(rules)),
                Whole(root, "nuget/globalconfig/SrmAnalyzers.None.globalconfig", GlobalConfigTexts.None(rules)),
                Whole(root, "nuget/globalconfig/SrmAnalyzers.Strict.globalconfig", GlobalConfigTexts.Strict(catalog.StrictOptions)),
                Whole(root, "nuget/globalconfig/SrmAnalyzers.TestProjects.globalconfig", GlobalConfigTexts.TestProjects(rules)),
                Whole(root, "tests/SrmAnalyzers.ValidCode/.globalconfig", GlobalConfigTexts.ValidCode(rules)),
                Whole(root, "src/SrmAnalyzers/AnalyzerReleases.Unshipped.md", ReleaseTracking.Unshipped(rules, Read(root, "src/SrmAnalyzers/AnalyzerReleases.Shipped.md") ?? string.Empty)),
            };
            files.AddRange(rules
                .Where(rule => Read(root, PagePath(rule)) is null)
                .Select(rule => new GeneratedFile(PagePath(rule), null, RulePageSkeleton.For(rule))));
            return files;
        }

        /// <summary>Writes the stale files; returns their paths.</summary>
        public static IReadOnlyList<string> Write(string root, IEnumerable<GeneratedFile> files)
        {
            var written = new List<string>();
            foreach (var file in files.Where(file => file.IsStale))
            {
                var path = FullPath(root, file.RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Generated);
                written.Add(file.RelativePath);
            }

            return written;
        }

        private static string PagePath(Rule rule) => $"docs/rules/{rule.Id}.md";

        private static GeneratedFile Whole(string root, string relativePath, string generated) =>
            new(relativePath, Read(root, relativePath), generated);

        private static GeneratedFile Regions(string root, string relativePath, params (string Name, string Body)[] regions)
        {
            var committed = Read(root, relativePath) ?? throw new FileNotFoundException($"{relativePath} holds generated regions but does not exist.", FullPath(root, relativePath));
            var generated = regions.Aggregate(committed, (text, region) => GeneratedRegion.Replace(text, region.Name, relativePath, region.Body));
            return new GeneratedFile(relativePath, committed, generated);
        }

        /// <summary>The file's text with LF line endings (the repository's, .editorconfig), so a CRLF checkout is not stale.</summary>
        private static string? Read(string root, string relativePath)
        {
            var path = FullPath(root, relativePath);
            return File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        }

        private static string FullPath(string root, string relativePath) => Path.Combine(root, relativePath.Replace('/', Path.DirectorySeparatorChar));
    }
}
