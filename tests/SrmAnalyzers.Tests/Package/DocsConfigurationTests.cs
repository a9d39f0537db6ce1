using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SrmAnalyzers.Tests.Package
{
    /// <summary>
    /// The configuration the documents describe, at work in consumer builds of the packed package: each
    /// test reads the results of one project (or folder) of <see cref="DocsWorkspace"/>, which is
    /// configured with the documents' own snippet text and built once for all of them. Every project
    /// has the same mistakes; a rule a configuration turns off is shown reported elsewhere (Default.App).
    /// </summary>
    [Collection(PackageCollection.Name)]
    public class DocsConfigurationTests
    {
        private const string Error = "error";
        private const string Warning = "warning";
        private const string Suggestion = "note";

        private readonly PackageFixture _package;

        public DocsConfigurationTests(PackageFixture package) => _package = package;

        private DocsWorkspace Docs => _package.Docs;

        [Fact]
        public void Every_project_gets_its_own_sarif_log_in_a_folder_that_did_not_exist()
        {
            Assert.False(Docs.SarifFolderExistedBeforeBuild);
            var missing = DocsWorkspace.ProjectNames.Where(name => !File.Exists(Path.Combine(Docs.SarifDirectory, name + ".sarif"))).ToList();
            Assert.True(missing.Count == 0, $"No SARIF log for {string.Join(", ", missing)}.\n{Docs.Build}");
            Assert.DoesNotContain("CS0016", Docs.Build.Result.Output, StringComparison.Ordinal);
            using var log = JsonDocument.Parse(File.ReadAllText(Path.Combine(Docs.SarifDirectory, DocsWorkspace.Folders + ".sarif")));
            Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        }

        [Fact]
        public void No_preset_combination_makes_the_compiler_drop_a_setting()
        {
            Assert.DoesNotContain("MultipleGlobalAnalyzerKeys", Docs.Build.Result.Output, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("readme")]
        [InlineData("nuget")]
        public void Readme_editorconfig_makes_hard_coded_credentials_an_error_and_requires_kms(string folder)
        {
            AssertFolder(folder, new()
            {
                [ConsumerSources.Unencrypted.Name] = Warning,
                [ConsumerSources.SseS3.Name] = Warning,
                [ConsumerSources.HardCodedKey.Name] = Error,
                [ConsumerSources.OpenBucket.Name] = Warning,
                [ConsumerSources.PublicAcl.Name] = Warning,
            });

            // The snippet's trailing "# any (default) | kms" comments are not part of the values.
            Assert.Empty(Docs[DocsWorkspace.Folders].ProjectLevel);
        }

        [Fact]
        public void Configuration_severities_raise_lower_and_turn_off_rules_for_a_folder()
        {
            AssertFolder("severities", new()
            {
                [ConsumerSources.Unencrypted.Name] = Suggestion,
                [ConsumerSources.SseS3.Name] = null,
                [ConsumerSources.HardCodedKey.Name] = Error,
                [ConsumerSources.OpenBucket.Name] = null,
                [ConsumerSources.PublicAcl.Name] = Warning,
            });
        }

        [Fact]
        public void Ci_chosen_rules_are_errors_and_the_others_stay_warnings()
        {
            AssertFolder("ci-rules", new()
            {
                [ConsumerSources.Unencrypted.Name] = Warning,
                [ConsumerSources.SseS3.Name] = null,
                [ConsumerSources.HardCodedKey.Name] = Error,
                [ConsumerSources.OpenBucket.Name] = Warning,
                [ConsumerSources.PublicAcl.Name] = Error,
            });
        }

        [Fact]
        public void Ci_legacy_folder_editorconfig_lowers_only_its_own_folder()
        {
            var expected = new Dictionary<string, string?>
            {
                [ConsumerSources.Unencrypted.Name] = Suggestion,
                [ConsumerSources.SseS3.Name] = null,
                [ConsumerSources.HardCodedKey.Name] = Warning,
                [ConsumerSources.OpenBucket.Name] = Warning,
                [ConsumerSources.PublicAcl.Name] = Warning,
            };
            AssertFolder("legacy", expected);
            expected[ConsumerSources.Unencrypted.Name] = Warning;
            AssertFolder("current", expected);
        }

        [Fact]
        public void Generated_code_is_never_analyzed()
        {
            AssertFolder("Generated", DocsWorkspace.StandardFindings.ToDictionary(finding => finding.Name, _ => (string?)null));
        }

        [Fact]
        public void Rule_options_have_the_documented_effects()
        {
            var project = Docs[DocsWorkspace.Folders];
            AssertFindings(project, Path.Combine("options", DocsWorkspace.OptionsFile), DocsWorkspace.OptionsSource, new()
            {
                [ConsumerSources.SseS3.Name] = Warning, // srm.SRM101.required_encryption = kms
                ["AllowedHost"] = null,                 // srm.SRM102.allowed_http_hosts = minio.ci.internal, *.test
                ["AllowedWildcardHost"] = null,
                ["OtherHost"] = Warning,
                ["FourteenDays"] = null,                // srm.SRM105.min_pending_days = 14
                ["TenDays"] = Warning,
                ["AdminPort"] = Error,                  // srm.SRM403.admin_ports = ...,8443
                ["AllowedPublicPort"] = null,           // srm.SRM403.allowed_public_ports = 80,443,8080
                ["OtherPort"] = Warning,
            });
            Assert.Empty(project.ProjectLevel);
        }

        [Fact]
        public void Globalconfig_severity_applies_to_the_whole_project_and_wins_over_a_preset()
        {
            // The project is SrmAnalysisMode=None: only its .globalconfig's SRM301 and SRM901 lines turn rules back on.
            AssertProject(DocsWorkspace.GlobalConfig, new()
            {
                [ConsumerSources.Unencrypted.Name] = null,
                [ConsumerSources.SseS3.Name] = null,
                [ConsumerSources.HardCodedKey.Name] = Error,
                [ConsumerSources.OpenBucket.Name] = null,
                [ConsumerSources.PublicAcl.Name] = null,
            });
            Assert.Equal(new[] { ("SRM901", Warning) }, Docs[DocsWorkspace.GlobalConfig].ProjectLevel.Select(r => (r.RuleId, r.Level)));
        }

        [Fact]
        public void Security_category_raises_the_security_rules_and_the_option_check_is_in_configuration()
        {
            var project = Docs[DocsWorkspace.Category];
            var source = ConsumerSources.Class("x", "Findings", DocsWorkspace.StandardFindings.Append(ConsumerSources.ShortKeyDeletion).ToArray());
            AssertFindings(project, DocsWorkspace.FindingsFile, source, new()
            {
                [ConsumerSources.Unencrypted.Name] = Error,
                [ConsumerSources.SseS3.Name] = null,
                [ConsumerSources.HardCodedKey.Name] = Error,
                [ConsumerSources.OpenBucket.Name] = Error,
                [ConsumerSources.PublicAcl.Name] = Error,

                // The malformed srm.SRM105.min_pending_days falls back to 30 days.
                [ConsumerSources.ShortKeyDeletion.Name] = Error,
            });

            // SRM901 is reported (the malformed option) and raised neither by the category nor by the project's [*.cs] SRM901 line.
            var optionCheck = Assert.Single(project.ProjectLevel);
            Assert.Equal(("SRM901", Warning), (optionCheck.RuleId, optionCheck.Level));

            // The categories as the log's rule descriptors carry them: Security, except SRM901 in Configuration.
            using var log = JsonDocument.Parse(File.ReadAllText(Path.Combine(Docs.SarifDirectory, DocsWorkspace.Category + ".sarif")));
            var categories = log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
                .Where(rule => rule.GetProperty("id").GetString()!.StartsWith("SRM", StringComparison.Ordinal))
                .ToDictionary(rule => rule.GetProperty("id").GetString()!, rule => rule.GetProperty("properties").GetProperty("category").GetString());
            Assert.Contains("SRM101", categories.Keys);
            Assert.All(categories, rule => Assert.Equal(rule.Key == "SRM901" ? "Configuration" : "Security", rule.Value));
        }

        [Fact]
        public void WarningsAsErrors_property_makes_only_the_listed_rules_errors()
        {
            AssertProject(DocsWorkspace.WarningsAsErrors, new()
            {
                [ConsumerSources.Unencrypted.Name] = Warning,
                [ConsumerSources.SseS3.Name] = null,
                [ConsumerSources.HardCodedKey.Name] = Error,
                [ConsumerSources.OpenBucket.Name] = Error,
                [ConsumerSources.PublicAcl.Name] = Warning,
            });
        }

        [Theory]
        [InlineData(DocsWorkspace.NoBuildAnalysis)]
        [InlineData(DocsWorkspace.NoAnalysis)]
        public void Analyzers_can_be_turned_off_without_removing_the_package(string projectName)
        {
            Assert.True(File.Exists(Path.Combine(Docs.SarifDirectory, projectName + ".sarif")), "The project was not compiled.\n" + Docs.Build);
            Assert.Empty(Docs[projectName].Srm);
        }

        [Fact]
        public void Analyzers_stay_in_the_project_that_references_the_package()
        {
            // The library is analyzed: its hard-coded key and its settings dictionary are reported ...
            var library = Docs[DocsWorkspace.FlowLibrary];
            Assert.Contains(library.In(DocsWorkspace.FindingsFile), r => r.RuleId == "SRM301");
            Assert.Contains(library.In("Settings.cs"), r => r.RuleId == "SRM301");

            // ... its consumer, which gets the AWS SDK through it but not the analyzers (PrivateAssets="all"), is not.
            Assert.True(File.Exists(Path.Combine(Docs.SarifDirectory, DocsWorkspace.FlowApp + ".sarif")), "Flow.App was not compiled.\n" + Docs.Build);
            Assert.Empty(Docs[DocsWorkspace.FlowApp].Srm);
        }

        [Fact]
        public void Package_reference_snippets_name_the_packed_package()
        {
            // Every workspace project references the package with the README's snippet; the package's own README shows the same element.
            var element = new Regex(@"<PackageReference Include=""SrmAnalyzers""[^>]*/>");
            var readme = element.Match(DocSnippets.ReadmePackageReference.Text);
            Assert.True(readme.Success, DocSnippets.ReadmePackageReference.Text);
            Assert.Equal(readme.Value, element.Match(DocSnippets.NuGetPackageReference.Text).Value);
            Assert.Contains($"Version=\"{_package.PackageVersion}\"", readme.Value, StringComparison.Ordinal);
            Assert.Contains(readme.Value, File.ReadAllText(Path.Combine(Docs[DocsWorkspace.Folders].Directory, DocsWorkspace.Folders + ".csproj")), StringComparison.Ordinal);
        }

        [Fact]
        public void Nothing_is_reported_in_a_project_without_the_aws_sdk()
        {
            Assert.True(File.Exists(Path.Combine(Docs.SarifDirectory, DocsWorkspace.NoAwsSdk + ".sarif")), "NoAwsSdk was not compiled.\n" + Docs.Build);
            Assert.Empty(Docs[DocsWorkspace.NoAwsSdk].Srm);
        }

        [Fact]
        public void Configuration_documents_the_modes_the_tests_build()
        {
            // The first column of the SrmAnalysisMode table: `Default` (or unset), `Strict`, `AllErrors`, `None`.
            var lines = File.ReadAllLines(Path.Combine(Infrastructure.AwsReferences.RepositoryRoot, "docs", "configuration.md"));
            var start = Array.FindIndex(lines, line => line.StartsWith("## Presets: `SrmAnalysisMode`", StringComparison.Ordinal));
            var modes = lines.Skip(start)
                .SkipWhile(line => !line.StartsWith("| Value |", StringComparison.Ordinal))
                .Skip(2)
                .TakeWhile(line => line.StartsWith('|'))
                .Select(line => Regex.Match(line, @"^\| `(?<mode>[A-Za-z]+)`").Groups["mode"].Value)
                .ToList();

            Assert.Equal(DocsWorkspace.Modes.Where(mode => mode != DocsWorkspace.UnknownMode).Order(), modes.Order());
        }

        public static TheoryData<string, bool> ModeProjects()
        {
            var data = new TheoryData<string, bool>();
            foreach (var mode in DocsWorkspace.Modes)
            {
                data.Add(mode, false);
                data.Add(mode, true);
            }

            return data;
        }

        /// <summary>configuration.md's presets and their combination with SrmExcludeTestProjects=true (in every one of these projects).</summary>
        [Theory]
        [MemberData(nameof(ModeProjects))]
        public void Mode_presets_alone_and_in_test_projects(string mode, bool testProject)
        {
            var name = mode + (testProject ? ".Tests" : ".App");
            var enabled = mode != "None";
            var level = mode == "AllErrors" ? Error : Warning;
            var expected = new Dictionary<string, string?>
            {
                [ConsumerSources.Unencrypted.Name] = enabled && !testProject ? level : null,
                [ConsumerSources.SseS3.Name] = mode == "Strict" && !testProject ? level : null,
                [ConsumerSources.HardCodedKey.Name] = enabled ? level : null,

                // None.App's and Default.Tests' .editorconfig line turns SRM402 back on (presets sit below it).
                [ConsumerSources.OpenBucket.Name] = !testProject || mode == "Default" ? level : null,
                [ConsumerSources.PublicAcl.Name] = enabled && !testProject ? level : null,
            };
            AssertProject(name, expected);

            // SRM901 (the project's invalid option) stays on in test projects; None turns it off.
            Assert.Equal(enabled ? new[] { ("SRM901", level) } : Array.Empty<(string, string)>(), Docs[name].ProjectLevel.Select(r => (r.RuleId, r.Level)));

            // An unknown mode is named in a warning and keeps the defaults (MSBuild repeats warnings in its summary).
            var unknownModeWarnings = Docs.Build.Result.Output.Split('\n')
                .Select(line => line.Trim())
                .Where(line => line.Contains("warning SRM900", StringComparison.Ordinal) && line.Contains(name + ".csproj", StringComparison.Ordinal))
                .Distinct()
                .Count();
            Assert.Equal(mode == DocsWorkspace.UnknownMode ? 1 : 0, unknownModeWarnings);
        }

        [Fact]
        public void A_real_test_project_without_a_mode_keeps_only_hard_coded_credentials_and_the_option_check()
        {
            // Microsoft.NET.Test.Sdk sets IsTestProject=true; SrmExcludeTestProjects=true comes from configuration.md's snippet.
            AssertProject(DocsWorkspace.UnitTests, new()
            {
                [ConsumerSources.Unencrypted.Name] = null,
                [ConsumerSources.SseS3.Name] = null,
                [ConsumerSources.HardCodedKey.Name] = Warning,
                [ConsumerSources.OpenBucket.Name] = null,
                [ConsumerSources.PublicAcl.Name] = null,
            });
            Assert.Equal(new[] { ("SRM901", Warning) }, Docs[DocsWorkspace.UnitTests].ProjectLevel.Select(r => (r.RuleId, r.Level)));
        }

        [Fact]
        public void Suppressions_are_in_sarif_with_the_attribute_justification_and_without_a_pragma_reason()
        {
            var project = Docs[DocsWorkspace.Suppressions];
            var snippets = project.Srm.Where(r => Path.GetFileName(r.File) == DocsWorkspace.SnippetsFile).ToList();
            Assert.DoesNotContain(snippets, r => !r.IsSuppressed);

            // The README's and configuration.md's snippets: each suppresses SRM402 with a pragma and SRM401 with the attribute.
            var justification = Regex.Match(DocSnippets.ReadmeSuppressions.Text, "Justification = \"(?<text>[^\"]+)\"").Groups["text"].Value;
            Assert.Equal(
                new[] { ("SRM401", "inSource", (string?)justification), ("SRM401", "inSource", justification), ("SRM402", "inSource", null), ("SRM402", "inSource", null) },
                snippets.Select(r => (r.RuleId, r.SuppressionKind!, r.Justification)).Order());

            // configuration.md's GlobalSuppressions.cs: the demo's SRM402, with its justification; the other findings stay.
            var bucketSetup = project.Srm.Where(r => Path.GetFileName(r.File) == DocsWorkspace.BucketSetupFile).ToList();
            var configurationJustification = Regex.Match(DocSnippets.ConfigurationGlobalSuppressions.Text, "Justification = \"(?<text>[^\"]+)\"").Groups["text"].Value;
            Assert.Equal(
                new[] { ("SRM201", (string?)null, (string?)null), ("SRM202", null, null), ("SRM402", "inSource", configurationJustification) },
                bucketSetup.Select(r => (r.RuleId, r.SuppressionKind, r.Justification)).Order());

            // ci.md's GlobalSuppressions.cs entry.
            var publisher = Assert.Single(project.Srm, r => Path.GetFileName(r.File) == DocsWorkspace.PublisherFile);
            var ciJustification = Regex.Match(DocSnippets.CiGlobalSuppressions.Text, "Justification = \"(?<text>[^\"]+)\"").Groups["text"].Value;
            Assert.Equal(("SRM401", "inSource", ciJustification), (publisher.RuleId, publisher.SuppressionKind, publisher.Justification));

            // The README and configuration.md show the same snippet.
            Assert.Equal(DocSnippets.ReadmeSuppressions.Text, DocSnippets.ConfigurationSuppressions.Text);
        }

        private void AssertFolder(string folder, Dictionary<string, string?> expected) =>
            AssertFindings(Docs[DocsWorkspace.Folders], Path.Combine(folder, DocsWorkspace.FindingsFile), DocsWorkspace.StandardSource("x"), expected);

        private void AssertProject(string projectName, Dictionary<string, string?> expected) =>
            AssertFindings(Docs[projectName], DocsWorkspace.FindingsFile, DocsWorkspace.StandardSource("x"), expected);

        /// <summary>Each finding of the generated source is reported at the expected level (null: not at all), and nothing else in the file.</summary>
        private void AssertFindings(DocsProject project, string file, GeneratedSource source, Dictionary<string, string?> expected)
        {
            Assert.Equal(source.Lines.Keys.Order(), expected.Keys.Order());
            var results = project.In(file);
            var problems = new List<string>();
            foreach (var (finding, level) in expected)
            {
                var line = source.Lines[finding];
                var reported = results.Where(r => r.Line == line).Select(r => r.Level).ToList();
                var wanted = level is null ? Array.Empty<string>() : new[] { level };
                if (!reported.SequenceEqual(wanted))
                {
                    problems.Add($"{file} {finding} (line {line}): reported [{string.Join(", ", reported)}], expected [{string.Join(", ", wanted)}]");
                }
            }

            problems.AddRange(results.Where(r => !source.Lines.Values.Contains(r.Line)).Select(r => $"unexpected: {r}"));
            Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n\n" + project + "\n\n" + Docs.Build);
        }
    }
}
