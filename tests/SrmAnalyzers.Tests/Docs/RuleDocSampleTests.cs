using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SrmAnalyzers.Core;
using SrmAnalyzers.Tests.Infrastructure;

namespace SrmAnalyzers.Tests.Docs
{
    /// <summary>
    /// Issue 17: every C# sample of a rule page does what the page says. Each ```csharp block of
    /// docs/rules/*.md compiles as a file of its own (implicit usings, SDK v4, and v3 when the SDK
    /// has its namespaces there) and every analyzer of the package runs over it: exactly the
    /// diagnostics its <c>// expect:</c> markers name are reported, each starting on the line its
    /// marker ends (or in the statement after a marker on a line of its own), with the severity,
    /// suppression and message start the marker gives, and nothing else. A block without any marker
    /// fails unless its fence says <c>```csharp fragment</c>. The ```ini blocks are checked as
    /// configuration (sections, severities, srm.* options). The conventions are in docs/rules/README.md.
    /// </summary>
    public class RuleDocSampleTests
    {
        private static readonly HashSet<string> RuleIds = AnalyzerCatalog.Descriptors(AnalyzerCatalog.AnalyzerAssembly).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);

        private static readonly string[] Severities = { "error", "warning", "suggestion", "silent", "none", "default" };

        private static readonly Regex IniSection = new(@"^\s*\[(?<name>.*)\]\s*$");

        /// <summary>The same property syntax as Roslyn's .editorconfig parser: a key, '=' or ':', a value, an optional '#' or ';' comment.</summary>
        private static readonly Regex IniProperty = new(@"^\s*(?<key>[\w\.\-]+)\s*[=:]\s*(?<value>.*?)\s*(?:[#;].*)?$");

        /// <summary>(page, line of the opening fence, SDK) of every C# block that is not a fragment.</summary>
        public static TheoryData<string, int, Sdk> Samples()
        {
            var data = new TheoryData<string, int, Sdk>();
            foreach (var block in RuleDocSamples.Blocks.Where(b => b.IsCSharp && !b.IsFragment))
            {
                foreach (var sdk in RuleDocSamples.SdksOf(block))
                {
                    data.Add(block.Page, block.FenceLine, sdk);
                }
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Samples))]
        public async Task Sample_compiles_and_reports_what_its_markers_say(string page, int line, Sdk sdk)
        {
            var block = RuleDocSamples.Block(page, line);
            var tree = RuleDocSamples.Parse(block);
            var (expectations, compliant, problems) = RuleDocSamples.Markers(block, tree);
            var found = problems.ToList();
            if (expectations.Count == 0 && compliant.Count == 0)
            {
                found.Add($"{block}: the sample has no '// expect: SRMxxx' or '// compliant: SRMxxx' marker; mark what it shows, or open it with '```csharp {RuleDocSamples.FragmentWord}' if it is not whole code.");
            }

            found.AddRange(expectations.Select(e => e.RuleId).Concat(compliant.SelectMany(c => c.RuleIds)).Where(id => !RuleIds.Contains(id)).Distinct()
                .Select(id => $"{block}: a marker names {id}, which no analyzer of the package reports."));

            var (compilation, result) = await RuleDocSamples.AnalyzeAsync(tree, sdk, RuleDocSamples.EditorConfigEntries(tree));
            found.AddRange(compilation.GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error || (d.Severity == DiagnosticSeverity.Warning && d.Location.SourceTree?.FilePath == tree.FilePath))
                .Select(d => $"{Where(block, d)}: does not compile cleanly: {d.Id} {d.GetMessage()}"));
            found.AddRange(result.Exceptions.Select(e => $"{block}: analyzer exception: {e}"));
            found.AddRange(Compare(block, compilation.SyntaxTrees.Single(t => t.FilePath == tree.FilePath), expectations, result.Srm));

            Assert.True(found.Count == 0, $"docs/rules/{page}, sample at line {line}, SDK {sdk}:\n  " + string.Join("\n  ", found));
        }

        /// <summary>(page, line of the opening fence) of every ```ini block.</summary>
        public static TheoryData<string, int> ConfigSamples()
        {
            var data = new TheoryData<string, int>();
            foreach (var block in RuleDocSamples.Blocks.Where(b => b.IsIni))
            {
                data.Add(block.Page, block.FenceLine);
            }

            return data;
        }

        /// <summary>
        /// An .editorconfig snippet of a rule page is configuration a reader copies: each section must
        /// match the files it names (<c>[tests/**.cs]</c> every .cs file under tests/, however deep, as
        /// Roslyn matches sections), each severity must name a rule of the package and a severity, and
        /// SRM901 must accept every srm.* option. A block the page shows as a mistake (<c>```ini invalid</c>)
        /// must instead make SRM901 report, with messages the page quotes.
        /// </summary>
        [Theory]
        [MemberData(nameof(ConfigSamples))]
        public async Task Config_sample_is_valid_and_its_sections_match_their_files(string page, int line)
        {
            var block = RuleDocSamples.Block(page, line);
            var found = new List<string>();
            var sections = IniSections(block.Code);
            foreach (var section in sections.Where(s => s.Name.Length > 0))
            {
                found.AddRange(SectionProblems(block, section.Name));
            }

            var properties = sections.SelectMany(s => s.Properties).ToList();
            foreach (var (key, value) in properties.Where(p => p.Key.StartsWith("dotnet_diagnostic.", StringComparison.OrdinalIgnoreCase)))
            {
                var parts = key.Split('.');
                if (parts.Length != 3 || !RuleIds.Contains(parts[1]) || parts[2] != "severity" || !Severities.Contains(value))
                {
                    found.Add($"{block}: '{key} = {value}' is not the severity of a rule of the package ({string.Join(", ", Severities)})");
                }
            }

            // SRM901 reads the srm.* options of a project that uses the SDK (severities are checked above).
            var tree = CSharpSyntaxTree.ParseText("using Amazon.S3;\npublic class Storage { public IAmazonS3? Client { get; set; } }\n", path: RuleDocSamples.SampleDirectory + "/Sample.cs");
            var options = properties.Where(p => p.Key.StartsWith("srm.", StringComparison.OrdinalIgnoreCase)).Select(p => $"{p.Key} = {p.Value}").ToList();
            var (_, result) = await RuleDocSamples.AnalyzeAsync(tree, Sdk.V4, options);
            var srm901 = result.Srm.Where(d => d.Id == "SRM901").Select(d => d.GetMessage()).ToList();
            if (block.IsInvalidConfig)
            {
                var pageText = File.ReadAllText(Path.Combine(RuleDocSamples.Directory, page));
                found.AddRange(srm901.Count == 0
                    ? new[] { $"{block}: shown as invalid, but SRM901 accepts it" }
                    : srm901.Where(m => !pageText.Contains(m, StringComparison.Ordinal)).Select(m => $"{block}: SRM901 reports '{m}', which the page does not show"));
            }
            else
            {
                found.AddRange(srm901.Select(m => $"{block}: SRM901: {m}"));
            }

            Assert.True(found.Count == 0, $"docs/rules/{page}, .editorconfig sample at line {line}:\n  " + string.Join("\n  ", found));
        }

        [Fact]
        public void Rule_pages_have_samples()
        {
            Assert.Contains(RuleDocSamples.Blocks, b => b.IsCSharp && !b.IsFragment);
            Assert.Contains(Samples(), row => (Sdk)row[2] == Sdk.V3);
        }

        /// <summary>Every security rule's page shows, in checked samples, code the rule reports and code it accepts.</summary>
        [Fact]
        public void Every_rule_page_has_a_reported_and_a_compliant_sample()
        {
            var problems = new List<string>();
            foreach (var id in AnalyzerCatalog.Descriptors(AnalyzerCatalog.AnalyzerAssembly).Where(d => d.Category == DiagnosticDescriptors.Category).Select(d => d.Id).Distinct())
            {
                var markers = RuleDocSamples.Blocks.Where(b => b.Page == id + ".md" && b.IsCSharp && !b.IsFragment)
                    .Select(b => RuleDocSamples.Markers(b, RuleDocSamples.Parse(b)))
                    .ToList();
                if (!markers.Any(m => m.Expectations.Any(e => e.RuleId == id && e.Modifier != "suppressed")))
                {
                    problems.Add($"docs/rules/{id}.md has no sample marked '// expect: {id}'");
                }

                if (!markers.Any(m => m.Compliant.Any(c => c.RuleIds.Contains(id))))
                {
                    problems.Add($"docs/rules/{id}.md has no sample marked '// compliant: {id}'");
                }
            }

            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }

        /// <summary>
        /// A made-up but real-looking key on a page is indistinguishable from a leaked one to a secret
        /// scanner: samples split such keys into constant parts (SRM301 joins them), so no page holds a
        /// real-looking access key ID or secret access key as one literal.
        /// </summary>
        [Fact]
        public void Pages_hold_no_whole_real_looking_key()
        {
            var problems = new List<string>();
            foreach (var path in Directory.EnumerateFiles(RuleDocSamples.Directory, "*.md").OrderBy(p => p, StringComparer.Ordinal))
            {
                var lines = File.ReadAllLines(path);
                for (var i = 0; i < lines.Length; i++)
                {
                    var secrets = Regex.Split(lines[i], "[^A-Za-z0-9/+]").Where(SecretPatterns.LooksLikeSecretAccessKey);
                    if (SecretPatterns.FindRealLookingAccessKeyIds(lines[i]).Count > 0 || secrets.Any())
                    {
                        problems.Add($"docs/rules/{Path.GetFileName(path)}:{i + 1}: a real-looking AWS key in one piece; split it into constant parts");
                    }
                }
            }

            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }

        [Fact]
        public void Fragments_hold_no_markers()
        {
            var problems = new List<string>();
            foreach (var block in RuleDocSamples.Blocks.Where(b => b.IsCSharp && b.IsFragment))
            {
                var (expectations, compliant, defects) = RuleDocSamples.Markers(block, RuleDocSamples.Parse(block));
                if (expectations.Count + compliant.Count + defects.Count > 0)
                {
                    problems.Add($"{block}: a fragment is never compiled, so its markers would claim what no test checks; make it whole code or drop the markers.");
                }
            }

            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }

        /// <summary>
        /// Every diagnostic is claimed by one marker item of its rule: a trailing marker on the line where
        /// it starts, else a marker before the (innermost) statement that holds it; and every item claims one.
        /// </summary>
        private static IEnumerable<string> Compare(FencedBlock block, SyntaxTree sample, IReadOnlyList<Expectation> expectations, IEnumerable<Diagnostic> reported)
        {
            var open = expectations.ToList();
            foreach (var diagnostic in reported.OrderBy(d => d.Location.SourceSpan.Start))
            {
                if (diagnostic.Location.SourceTree != sample)
                {
                    yield return $"{block}: {diagnostic.Id} reported outside the sample's code: {diagnostic}";
                    continue;
                }

                var line = diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;
                var claim = open
                    .Where(e => e.RuleId == diagnostic.Id && e.Span.Contains(diagnostic.Location.SourceSpan.Start))
                    .OrderBy(e => e.IsLeading ? 1 : 0)
                    .ThenBy(e => e.Span.Length)
                    .FirstOrDefault();
                var message = diagnostic.GetMessage();
                if (claim is null)
                {
                    yield return $"{block.Where(line)}: {diagnostic.Id} ({Describe(diagnostic)}) is reported here, but no '// expect: {diagnostic.Id}' ends this line or stands before this statement: {message}";
                    continue;
                }

                open.Remove(claim);
                var where = block.Where(claim.Line);
                if (claim.Modifier is "suppressed" != diagnostic.IsSuppressed)
                {
                    yield return claim.Modifier is "suppressed"
                        ? $"{where}: {claim.RuleId} is marked (suppressed), but the sample does not suppress it"
                        : $"{where}: {claim.RuleId} is suppressed in the sample; mark it '(suppressed)'";
                }

                if (claim.Modifier is "Error" or "Warning" && claim.Modifier != diagnostic.Severity.ToString())
                {
                    yield return $"{where}: {claim.RuleId} is marked ({claim.Modifier}), but it is reported as {diagnostic.Severity}";
                }

                if (claim.Message is not null && !message.StartsWith(claim.Message, StringComparison.Ordinal))
                {
                    yield return $"{where}: {claim.RuleId}'s message is not what the marker quotes.\n    marker:   {claim.Message}\n    reported: {message}";
                }
            }

            foreach (var missing in open)
            {
                yield return missing.IsLeading
                    ? $"{block.Where(missing.Line)}: '// expect: {missing.RuleId}' stands before a statement where {missing.RuleId} is not reported"
                    : $"{block.Where(missing.Line)}: '// expect: {missing.RuleId}' ends a line where no {missing.RuleId} diagnostic starts";
            }
        }

        /// <summary>The sections of an .editorconfig snippet (name "" for properties before the first section, as in a .globalconfig).</summary>
        private static IReadOnlyList<(string Name, List<KeyValuePair<string, string>> Properties)> IniSections(string text)
        {
            var sections = new List<(string Name, List<KeyValuePair<string, string>> Properties)> { (string.Empty, new()) };
            foreach (var line in text.Split('\n'))
            {
                if (IniSection.Match(line) is { Success: true } section)
                {
                    sections.Add((section.Groups["name"].Value, new()));
                }
                else if (IniProperty.Match(line) is { Success: true } property && !line.TrimStart().StartsWith('#') && !line.TrimStart().StartsWith(';'))
                {
                    sections[^1].Properties.Add(new(property.Groups["key"].Value, property.Groups["value"].Value));
                }
            }

            return sections;
        }

        /// <summary>
        /// A section whose name starts with a folder (<c>tests/**.cs</c>) must match a .cs file directly in
        /// that folder and one two folders deeper, and nothing outside it; a section without a folder
        /// (<c>*.cs</c>) must match .cs files at any depth. Matching is Roslyn's (AnalyzerConfigSet).
        /// </summary>
        private static IEnumerable<string> SectionProblems(FencedBlock block, string name)
        {
            var wildcard = name.IndexOfAny(new[] { '*', '?', '{', '[' });
            var folder = name[..(wildcard < 0 ? name.Length : wildcard)];
            folder = folder.Contains('/') ? folder[..(folder.LastIndexOf('/') + 1)].TrimStart('/') : string.Empty;
            var set = AnalyzerConfigSet.Create(new[] { AnalyzerConfig.Parse($"root = true\n\n[{name}]\nsrm_docs_probe = 1\n", RuleDocSamples.SampleDirectory + "/.editorconfig") });
            bool Matches(string relative) => set.GetOptionsForSourcePath(RuleDocSamples.SampleDirectory + "/" + relative).AnalyzerOptions.ContainsKey("srm_docs_probe");

            foreach (var inside in new[] { folder + "File.cs", folder + "a/b/File.cs" })
            {
                if (!Matches(inside))
                {
                    yield return $"{block}: section [{name}] does not match {inside} (in Roslyn's .editorconfig matching '**/' needs a folder in between: [{folder}**.cs] matches every .cs file under {(folder.Length == 0 ? "the folder" : folder)})";
                }
            }

            if (folder.Length > 0 && Matches("elsewhere/File.cs"))
            {
                yield return $"{block}: section [{name}] matches elsewhere/File.cs, outside {folder}";
            }
        }

        private static string Describe(Diagnostic diagnostic) => diagnostic.IsSuppressed ? $"{diagnostic.Severity}, suppressed" : diagnostic.Severity.ToString();

        private static string Where(FencedBlock block, Diagnostic diagnostic) =>
            diagnostic.Location.IsInSource && diagnostic.Location.SourceTree!.FilePath.EndsWith("/Sample.cs", StringComparison.Ordinal)
                ? block.Where(diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1)
                : $"{block} ({diagnostic.Location.GetLineSpan()})";
    }
}
