using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using SrmAnalyzers.Tests.CodeFixes;
using SrmAnalyzers.Tests.Infrastructure;

namespace SrmAnalyzers.Tests.Package
{
    /// <summary>
    /// The README's "Apply every fix from the command line": its `dotnet format analyzers` command, run
    /// as written over a consumer project (<see cref="DocsWorkspace.Format"/>) whose rules each have
    /// findings with a fix and, where the rule has them, findings without one, through the packed
    /// package. Afterwards a build reports exactly the findings without a fix, and the project compiles.
    /// dotnet format ships with the SDK and needs no network here (the project is restored). That the
    /// command names every rule with a fix is the generated files' business (GeneratedFilesTests).
    /// </summary>
    [Collection(PackageCollection.Name)]
    public class DotnetFormatTests
    {
        private readonly PackageFixture _package;

        public DotnetFormatTests(PackageFixture package) => _package = package;

        /// <summary>The Format project's sources: one file per fixable rule, from <see cref="FixAllTests.Sources"/>.</summary>
        public static IEnumerable<(string File, string Source)> Sources =>
            FixAllTests.Sources.Select(entry => (entry.Key + ".cs", FixAllTests.Usings + entry.Value));

        [Fact]
        public async Task The_command_applies_every_available_fix_and_leaves_the_findings_without_one()
        {
            var docs = _package.Docs;
            var before = docs[DocsWorkspace.Format];
            var directory = before.Directory;
            var expected = new Dictionary<string, (int Findings, int WithoutFix)>(StringComparer.Ordinal);
            foreach (var ruleId in FixAllTests.Sources.Keys)
            {
                expected[ruleId] = await FixAllTests.CountAsync(ruleId);
            }

            // The packed analyzers report what the in-process ones do: every finding, before formatting.
            foreach (var (ruleId, count) in expected)
            {
                Assert.True(
                    count.Findings == before.In(ruleId + ".cs").Count(r => r.RuleId == ruleId),
                    $"{ruleId}: the build reported {before.In(ruleId + ".cs").Count(r => r.RuleId == ruleId)} findings, expected {count.Findings}.\n{before}");
            }

            var format = DotNetCommand.Run(directory, DocSnippets.SingleCommand(DocSnippets.ReadmeFormat).Split(' ').Skip(1).ToArray());
            Assert.True(format.Succeeded, format.ToString());
            Assert.DoesNotContain("Unable to fix", format.Output, StringComparison.Ordinal);

            var build = _package.RunBuild(directory, "build");
            Assert.True(build.Result.Succeeded, build.ToString());
            var after = new DocsProject(DocsWorkspace.Format, directory, SarifResult.Read(Path.Combine(docs.SarifDirectory, DocsWorkspace.Format + ".sarif")));
            var problems = new List<string>();
            foreach (var (ruleId, count) in expected)
            {
                var remaining = after.In(ruleId + ".cs").Where(r => r.RuleId == ruleId).ToList();
                if (remaining.Count != count.WithoutFix)
                {
                    problems.Add($"{ruleId}: {remaining.Count} of {count.Findings} findings remain, expected the {count.WithoutFix} without a fix.\n{File.ReadAllText(Path.Combine(directory, ruleId + ".cs"))}");
                }
            }

            Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n" + format);

            // Each finding got the fix offered first: SSE-KMS for SRM101, never the SSE-S3 alternative.
            var uploads = File.ReadAllText(Path.Combine(directory, "SRM101.cs"));
            var fixedUploads = expected["SRM101"].Findings - expected["SRM101"].WithoutFix;
            Assert.Equal(fixedUploads, Regex.Matches(uploads, @"ServerSideEncryptionMethod\.AWSKMS\b").Count);
            Assert.DoesNotContain("AES256", uploads, StringComparison.Ordinal);
        }
    }
}
