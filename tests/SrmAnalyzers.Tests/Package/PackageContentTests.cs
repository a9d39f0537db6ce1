using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using SrmAnalyzers.Tests.Infrastructure;

namespace SrmAnalyzers.Tests.Package
{
    /// <summary>What `dotnet pack` puts in SrmAnalyzers.nupkg: analyzers only, nothing that flows to consumers.</summary>
    [Collection(PackageCollection.Name)]
    public class PackageContentTests
    {
        private readonly PackageFixture _package;

        public PackageContentTests(PackageFixture package) => _package = package;

        [Fact]
        public void Package_is_named_SrmAnalyzers_with_the_repository_version()
        {
            var props = XDocument.Load(Path.Combine(AwsReferences.RepositoryRoot, "Directory.Build.props"));
            var version = props.Descendants("Version").Single().Value;

            Assert.Equal("SrmAnalyzers", _package.PackageId);
            Assert.Equal(version, _package.PackageVersion);
            Assert.Equal($"SrmAnalyzers.{version}.nupkg", Path.GetFileName(_package.PackagePath));
        }

        [Fact]
        public void Analyzer_folder_holds_exactly_the_analyzer_and_code_fix_assemblies()
        {
            var analyzerEntries = _package.Entries.Where(entry => entry.StartsWith("analyzers/", StringComparison.Ordinal));

            Assert.Equal(
                new[] { PackageFixture.AnalyzerFolder + "SrmAnalyzers.CodeFixes.dll", PackageFixture.AnalyzerFolder + "SrmAnalyzers.dll" },
                analyzerEntries.OrderBy(entry => entry, StringComparer.Ordinal));
        }

        [Fact]
        public void Package_has_no_assemblies_for_the_consumer_to_reference()
        {
            Assert.DoesNotContain(_package.Entries, entry => entry.StartsWith("lib/", StringComparison.Ordinal) || entry.StartsWith("ref/", StringComparison.Ordinal));
            Assert.DoesNotContain(_package.Entries, entry => entry.EndsWith(".dll", StringComparison.Ordinal) && !entry.StartsWith(PackageFixture.AnalyzerFolder, StringComparison.Ordinal));
        }

        [Fact]
        public void Package_ships_the_analysis_mode_presets()
        {
            Assert.Contains("build/SrmAnalyzers.targets", _package.Entries);
            Assert.Contains("buildTransitive/SrmAnalyzers.targets", _package.Entries);
            Assert.Equal(
                new[] { "AllErrors", "None", "Strict", "TestProjects" }.Select(mode => $"globalconfig/SrmAnalyzers.{mode}.globalconfig"),
                _package.Entries.Where(entry => entry.StartsWith("globalconfig/", StringComparison.Ordinal)));
        }

        [Fact]
        public void Package_has_no_dependencies()
        {
            var dependencies = _package.MetadataElement("dependencies");

            Assert.True(dependencies is null || !dependencies.Descendants().Any(), $"The nuspec declares dependencies: {dependencies}");
        }

        [Fact]
        public void Package_is_a_development_dependency()
        {
            Assert.Equal("true", _package.Metadata("developmentDependency"));
        }

        [Fact]
        public void Package_carries_its_readme_license_description_and_tags()
        {
            var readme = _package.Metadata("readme");
            Assert.False(string.IsNullOrWhiteSpace(readme), "The nuspec names no readme.");
            Assert.Contains(readme!, _package.Entries);

            var license = _package.MetadataElement("license");
            Assert.NotNull(license);
            Assert.Equal("expression", license!.Attribute("type")?.Value);
            Assert.False(string.IsNullOrWhiteSpace(license.Value));

            Assert.False(string.IsNullOrWhiteSpace(_package.Metadata("description")));
            Assert.Contains("analyzers", _package.Metadata("tags")!.Split(' '));
            Assert.Null(_package.MetadataElement("icon"));
        }
    }
}
