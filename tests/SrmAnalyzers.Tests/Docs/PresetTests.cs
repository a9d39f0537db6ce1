using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using SrmAnalyzers.Rules;
using SrmAnalyzers.Tests.Infrastructure;

namespace SrmAnalyzers.Tests.Docs
{
    /// <summary>The SrmAnalysisMode presets shipped in nuget/globalconfig cover every rule and do what their names say.</summary>
    public class PresetTests
    {
        private static readonly string[] RuleIds = AnalyzerCatalog.Descriptors(AnalyzerCatalog.AnalyzerAssembly)
            .Where(d => d.Category == DiagnosticDescriptors.Category)
            .Select(d => d.Id)
            .Distinct()
            .ToArray();

        [Theory]
        [InlineData("AllErrors", "error")]
        [InlineData("None", "none")]
        public void Mode_sets_every_rule(string mode, string severity)
        {
            var entries = Entries(mode);
            Assert.All(RuleIds, id => Assert.Equal(severity, entries.GetValueOrDefault($"dotnet_diagnostic.{id}.severity")));
            Assert.Equal(severity, entries.GetValueOrDefault($"dotnet_diagnostic.{RuleIdentifiers.InvalidOption}.severity"));
        }

        [Fact]
        public void Test_project_preset_turns_off_everything_but_hard_coded_credentials()
        {
            var entries = Entries("TestProjects");
            Assert.False(entries.ContainsKey($"dotnet_diagnostic.{RuleIdentifiers.HardCodedCredentials}.severity"));
            Assert.All(RuleIds.Where(id => id != RuleIdentifiers.HardCodedCredentials), id => Assert.Equal("none", entries.GetValueOrDefault($"dotnet_diagnostic.{id}.severity")));
        }

        [Fact]
        public void Presets_are_global_and_below_the_projects_own_configuration()
        {
            foreach (var mode in new[] { "AllErrors", "None", "Strict", "TestProjects" })
            {
                var entries = Entries(mode);
                Assert.Equal("true", entries["is_global"]);
                Assert.True(int.Parse(entries["global_level"], System.Globalization.CultureInfo.InvariantCulture) < 0, mode);
            }
        }

        /// <summary>
        /// In a test project the test-project preset and a mode preset both apply: Roslyn keeps the key
        /// of the higher global_level and unsets a key two configs set at the same level
        /// (MultipleGlobalAnalyzerKeys), so the test-project preset must sit above every mode preset.
        /// </summary>
        [Fact]
        public void Test_project_preset_outranks_every_mode_preset()
        {
            var testProjects = Level("TestProjects");
            foreach (var mode in new[] { "AllErrors", "None", "Strict" })
            {
                Assert.True(testProjects > Level(mode), $"TestProjects global_level {testProjects} must be above {mode}'s {Level(mode)}");
            }
        }

        private static int Level(string mode) => int.Parse(Entries(mode)["global_level"], System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>Strict requires SSE-KMS: SSE-S3 becomes a finding through the preset alone.</summary>
        [Fact]
        public async Task Strict_mode_requires_sse_kms()
        {
            var test = new CSharpAnalyzerTest<S3ObjectEncryptionAnalyzer, DefaultVerifier>
            {
                ReferenceAssemblies = TestReferences.None,
                TestCode = @"
using Amazon.S3;
using Amazon.S3.Model;
class Uploads
{
    void Write(IAmazonS3 s3) => s3.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", Key = ""k"", ServerSideEncryptionMethod = {|SRM101:ServerSideEncryptionMethod.AES256|} });
}",
            };
            test.TestState.AdditionalReferences.AddRange(AwsReferences.For(Sdk.V4));
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", File.ReadAllText(PresetPath("Strict"))));
            await test.RunAsync(CancellationToken.None);
        }

        private static string PresetPath(string mode) => Path.Combine(AwsReferences.RepositoryRoot, "nuget", "globalconfig", $"SrmAnalyzers.{mode}.globalconfig");

        private static Dictionary<string, string> Entries(string mode) =>
            File.ReadAllLines(PresetPath(mode))
                .Select(line => line.Trim())
                .Where(line => line.Length > 0 && !line.StartsWith('#') && line.Contains('='))
                .Select(line => line.Split('=', 2))
                .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim(), StringComparer.OrdinalIgnoreCase);
    }
}
