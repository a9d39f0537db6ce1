using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using SrmAnalyzers.Tests.Infrastructure;

namespace SrmAnalyzers.Tests.Package
{
    /// <summary>A rule as the packed analyzer assembly describes it.</summary>
    public sealed record PackedRule(string Id, string Title, string HelpLinkUri, DiagnosticSeverity DefaultSeverity, IReadOnlyList<string> Tags);

    /// <summary>
    /// Packs SrmAnalyzers once into a temporary feed and restores one throwaway consumer of it: a copy
    /// of the demo (samples/UploadService) with its own NuGet.config (that feed plus nuget.org) and its
    /// own packages folder, so no earlier package of the same version in ~/.nuget/packages is used.
    /// Every package test shares this one pack and one restore, and the consumer projects of the
    /// documentation (<see cref="Docs"/>, restored on first use); builds run one at a time, through
    /// one compiler server of the fixture's own (<see cref="CompilerServer"/>).
    /// </summary>
    public sealed class PackageFixture : IDisposable
    {
        public const string AnalyzerFolder = "analyzers/dotnet/cs/";

        private readonly object _buildLock = new();
        private readonly Lazy<ConsumerBuild> _defaultBuild;
        private readonly Lazy<DocsWorkspace> _docs;
        private readonly CompilerServer _server;

        public PackageFixture()
        {
            Root = Directory.CreateTempSubdirectory("srm-package-").FullName;
            var feed = Path.Combine(Root, "feed");
            DotNetCommand.Run(
                AwsReferences.RepositoryRoot,
                "pack",
                Path.Combine(AwsReferences.RepositoryRoot, "nuget", "SrmAnalyzers.Package.csproj"),
                "-c",
                AwsReferences.Configuration,
                "-o",
                feed).EnsureSuccess();

            PackagePath = Directory.GetFiles(feed, "*.nupkg").Single();
            using (var package = ZipFile.OpenRead(PackagePath))
            {
                Entries = package.Entries.Select(entry => entry.FullName).OrderBy(name => name, StringComparer.Ordinal).ToList();
                var nuspecEntry = package.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !entry.FullName.Contains('/'));
                using (var nuspecStream = nuspecEntry.Open())
                {
                    Nuspec = XDocument.Load(nuspecStream);
                }

                Rules = LoadRules(package.GetEntry(AnalyzerFolder + "SrmAnalyzers.dll")
                    ?? throw new InvalidOperationException($"{AnalyzerFolder}SrmAnalyzers.dll is not in the package."));
            }

            PackageId = Metadata("id") ?? throw new InvalidOperationException("The nuspec has no id.");
            PackageVersion = Metadata("version") ?? throw new InvalidOperationException("The nuspec has no version.");

            ConsumerDirectory = Path.Combine(Root, "consumer");
            CreateConsumer();

            // A checkout as CI builds it: a solution at the root, the demo in a folder of its own.
            File.WriteAllText(Path.Combine(CheckoutDirectory, "UploadService.slnx"), "<Solution>\n  <Project Path=\"consumer/UploadService.csproj\" />\n</Solution>\n");
            DotNetCommand.Run(ConsumerDirectory, "restore").EnsureSuccess();
            _server = new CompilerServer(DotNetCommand.SdkDirectory(ConsumerDirectory));

            // The README's SARIF command, as a user types it in the project's folder.
            _defaultBuild = new Lazy<ConsumerBuild>(() => RunDocumentedBuild(ConsumerDirectory, DocSnippets.ReadmeSarifCommand));
            _docs = new Lazy<DocsWorkspace>(() => new DocsWorkspace(this));
        }

        public string Root { get; }

        public string PackagePath { get; }

        public IReadOnlyList<string> Entries { get; }

        public XDocument Nuspec { get; }

        public string PackageId { get; }

        public string PackageVersion { get; }

        /// <summary>The rules the packed analyzer assembly supports (read from it by reflection).</summary>
        public IReadOnlyList<PackedRule> Rules { get; }

        public string ConsumerDirectory { get; }

        /// <summary>The root of a checkout holding the consumer (a solution file beside its folder).</summary>
        public string CheckoutDirectory => Root;

        /// <summary>Where <see cref="DefaultBuild"/> writes its SARIF log: the README's relative path, in the project's folder.</summary>
        public string SarifPath => Path.Combine(ConsumerDirectory, DocSnippets.ErrorLogFile(DocSnippets.ReadmeSarifCommand));

        /// <summary>The consumer built with the README's SARIF command (SARIF 2.1.0 to <see cref="SarifPath"/>).</summary>
        public ConsumerBuild DefaultBuild => _defaultBuild.Value;

        /// <summary>Small consumer projects configured as the documentation says, built together once.</summary>
        public DocsWorkspace Docs => _docs.Value;

        /// <summary>The demo's findings that the packed analyzers can report (markers of rules not merged yet are left out).</summary>
        public IReadOnlyList<DemoMarker> ExpectedMarkers =>
            DemoMarkers.Read(ConsumerDirectory).Where(marker => Rules.Any(rule => rule.Id == marker.RuleId)).ToList();

        public string? Metadata(string element) =>
            Nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata").Elements().SingleOrDefault(e => e.Name.LocalName == element)?.Value;

        public XElement? MetadataElement(string element) =>
            Nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata").Elements().SingleOrDefault(e => e.Name.LocalName == element);

        /// <summary>
        /// Rebuilds the consumer with one more source file, written beside the demo's sources for this
        /// build only, so every other build sees the demo as it is.
        /// </summary>
        public ConsumerBuild BuildWithSource(string fileName, string source, params string[] arguments) =>
            BuildWithFiles(new[] { (fileName, source) }, arguments);

        /// <summary>
        /// Rebuilds the consumer with more files (sources, configuration files; paths relative to the project,
        /// '/'-separated), written for this build only: the files and the folders made for them are removed after.
        /// </summary>
        public ConsumerBuild BuildWithFiles(IReadOnlyList<(string File, string Text)> files, params string[] arguments)
        {
            lock (_buildLock)
            {
                var created = new List<string>();
                try
                {
                    foreach (var (file, text) in files)
                    {
                        var path = Path.Combine(ConsumerDirectory, file);
                        var folder = Path.GetDirectoryName(path)!;
                        if (!Directory.Exists(folder))
                        {
                            Directory.CreateDirectory(folder);
                            created.Add(folder);
                        }

                        File.WriteAllText(path, text);
                        created.Add(path);
                    }

                    return RunBuild(ConsumerDirectory, new[] { "build" }.Concat(arguments).ToArray());
                }
                finally
                {
                    // Files first, then their new folders (written after them, so deleted in reverse order).
                    foreach (var path in Enumerable.Reverse(created))
                    {
                        if (File.Exists(path))
                        {
                            File.Delete(path);
                        }
                        else if (Directory.Exists(path))
                        {
                            Directory.Delete(path, recursive: true);
                        }
                    }
                }
            }
        }

        /// <summary>
        /// Runs a `dotnet build` command line of the documentation in <paramref name="directory"/>, with
        /// the options every test build adds (no restore, compiler always runs, minimal console output).
        /// </summary>
        public ConsumerBuild RunDocumentedBuild(string directory, string commandLine, params string[] extraArguments)
        {
            var words = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || words[0] != "dotnet" || words[1] != "build")
            {
                throw new InvalidOperationException($"Not a 'dotnet build' command line: {commandLine}");
            }

            return RunBuild(directory, words.Skip(1).Concat(extraArguments).ToArray());
        }

        /// <summary>Runs `dotnet &lt;arguments&gt;` (a build) in <paramref name="directory"/> through the fixture's compiler server, one build at a time.</summary>
        public ConsumerBuild RunBuild(string directory, params string[] arguments)
        {
            lock (_buildLock)
            {
                var result = DotNetCommand.Run(
                    directory,
                    arguments.Concat(new[] { "--no-restore", "--no-incremental", "-v:m", "-clp:NoSummary", "-tl:off" }).Concat(_server.BuildArguments()).ToArray());
                return new ConsumerBuild(result, ReportedDiagnostic.InBuildOutput(result.Output));
            }
        }

        public void Dispose()
        {
            _server.Dispose();
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        private void CreateConsumer()
        {
            Directory.CreateDirectory(ConsumerDirectory);
            var demoProject = Path.Combine(DemoMarkers.DemoDirectory, "UploadService.csproj");
            var referenced = Regex.Match(File.ReadAllText(demoProject), "<PackageReference\\s+Include=\"SrmAnalyzers\"\\s+Version=\"(?<version>[^\"]+)\"");
            if (!referenced.Success || referenced.Groups["version"].Value != PackageVersion)
            {
                throw new InvalidOperationException(
                    $"samples/UploadService/UploadService.csproj must reference SrmAnalyzers {PackageVersion} (the version packed from Directory.Build.props); it has '{referenced.Groups["version"].Value}'.");
            }

            File.Copy(demoProject, Path.Combine(ConsumerDirectory, "UploadService.csproj"));
            foreach (var source in Directory.GetFiles(DemoMarkers.DemoDirectory, "*.cs"))
            {
                File.Copy(source, Path.Combine(ConsumerDirectory, Path.GetFileName(source)));
            }

            // Stop MSBuild's upward search at the consumer: nothing from the temp folder's parents applies.
            File.WriteAllText(Path.Combine(ConsumerDirectory, "Directory.Build.props"), $"""
                <Project>
                  <PropertyGroup>
                    <RestorePackagesPath>{Path.Combine(Root, "packages")}</RestorePackagesPath>
                  </PropertyGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(ConsumerDirectory, "Directory.Build.targets"), "<Project />");
            File.WriteAllText(Path.Combine(ConsumerDirectory, "NuGet.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{Path.GetDirectoryName(PackagePath)}" />
                    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
                  </packageSources>
                  <packageSourceMapping>
                    <packageSource key="local">
                      <package pattern="{PackageId}" />
                    </packageSource>
                    <packageSource key="nuget.org">
                      <package pattern="*" />
                    </packageSource>
                  </packageSourceMapping>
                </configuration>
                """);
        }

        /// <summary>Loads the packed analyzer assembly apart from the one the tests reference and reads its rules.</summary>
        private static IReadOnlyList<PackedRule> LoadRules(ZipArchiveEntry analyzerEntry)
        {
            using var bytes = new MemoryStream();
            using (var stream = analyzerEntry.Open())
            {
                stream.CopyTo(bytes);
            }

            bytes.Position = 0;
            var context = new AssemblyLoadContext("packed SrmAnalyzers", isCollectible: true);
            try
            {
                return AnalyzerCatalog.Descriptors(context.LoadFromStream(bytes))
                    .Select(d => new PackedRule(d.Id, d.Title.ToString(), d.HelpLinkUri, d.DefaultSeverity, d.CustomTags.ToList()))
                    .ToList();
            }
            finally
            {
                context.Unload();
            }
        }
    }

    /// <summary>One build of the consumer and the SRM diagnostics it printed.</summary>
    public sealed record ConsumerBuild(CommandResult Result, IReadOnlyList<ReportedDiagnostic> Diagnostics)
    {
        public override string ToString() => Result.ToString();
    }

    [CollectionDefinition(Name)]
    public sealed class PackageCollection : ICollectionFixture<PackageFixture>
    {
        public const string Name = "Package";
    }
}
