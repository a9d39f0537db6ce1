using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using SrmAnalyzers.Tests.Infrastructure;

namespace SrmAnalyzers.Tests.Package
{
    /// <summary>One result of a SARIF 2.1.0 log, suppressed or not.</summary>
    public sealed record SarifResult(string RuleId, string Level, string File, int Line, string? SuppressionKind, string? Justification)
    {
        public bool IsSuppressed => SuppressionKind is not null;

        public static IReadOnlyList<SarifResult> Read(string path)
        {
            using var sarif = JsonDocument.Parse(System.IO.File.ReadAllText(path));
            return sarif.RootElement.GetProperty("runs").EnumerateArray()
                .SelectMany(run => run.GetProperty("results").EnumerateArray())
                .Select(result =>
                {
                    string file = string.Empty;
                    var line = 0;
                    if (result.TryGetProperty("locations", out var locations) && locations.GetArrayLength() > 0)
                    {
                        var physical = locations[0].GetProperty("physicalLocation");
                        file = new Uri(physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!).LocalPath;
                        line = physical.GetProperty("region").GetProperty("startLine").GetInt32();
                    }

                    string? kind = null;
                    string? justification = null;
                    if (result.TryGetProperty("suppressions", out var suppressions) && suppressions.GetArrayLength() > 0)
                    {
                        kind = suppressions[0].GetProperty("kind").GetString();
                        justification = suppressions[0].TryGetProperty("justification", out var text) ? text.GetString() : null;
                    }

                    return new SarifResult(
                        result.GetProperty("ruleId").GetString()!,
                        result.TryGetProperty("level", out var level) ? level.GetString()! : "warning",
                        file,
                        line,
                        kind,
                        justification);
                })
                .ToList();
        }

        public override string ToString() =>
            $"{Path.GetFileName(File)}({Line}): {Level} {RuleId}" + (IsSuppressed ? $" [suppressed {SuppressionKind}: {Justification ?? "no justification"}]" : string.Empty);
    }

    /// <summary>A project of the workspace after its build: its SARIF results (written by ci.md's Directory.Build.props setting).</summary>
    public sealed record DocsProject(string Name, string Directory, IReadOnlyList<SarifResult> Results)
    {
        public IEnumerable<SarifResult> Srm => Results.Where(r => r.RuleId.StartsWith("SRM", StringComparison.Ordinal));

        /// <summary>The unsuppressed SRM results of one file (path relative to the project).</summary>
        public IReadOnlyList<SarifResult> In(string relativeFile) =>
            Srm.Where(r => !r.IsSuppressed && r.File.Length > 0 && SamePath(r.File, Path.Combine(Directory, relativeFile))).ToList();

        /// <summary>SRM results without a location (SRM901).</summary>
        public IReadOnlyList<SarifResult> ProjectLevel => Srm.Where(r => r.File.Length == 0).ToList();

        private static bool SamePath(string a, string b) => string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);

        public override string ToString() => $"{Name}:\n  " + string.Join("\n  ", Srm);
    }

    /// <summary>
    /// Small consumer projects, each configured the way README.md, docs/configuration.md, docs/ci.md or
    /// nuget/README.md tells users to, with the snippet text read from the document, all restored and
    /// built in one `dotnet build` of one solution (projects in src/) through the packed package. The workspace's
    /// Directory.Build.props holds ci.md's per-project SARIF setting, so the build also shows that every
    /// project gets its log in a folder that did not exist, and the tests read each project's findings
    /// from its log.
    /// </summary>
    public sealed class DocsWorkspace
    {
        public const string Folders = "Folders";
        public const string Suppressions = "Suppressions";
        public const string GlobalConfig = "GlobalConfig";
        public const string Category = "Category";
        public const string WarningsAsErrors = "WarningsAsErrors";
        public const string NoBuildAnalysis = "NoBuildAnalysis";
        public const string NoAnalysis = "NoAnalysis";
        public const string FlowLibrary = "Flow.Library";
        public const string FlowApp = "Flow.App";
        public const string NoAwsSdk = "NoAwsSdk";
        public const string UnitTests = "UnitTests";
        public const string Format = "Format";
        public const string ConfigFiles = "ConfigFiles";
        public const string ConfigFilesSeverity = "ConfigFiles.Severity";
        public const string ConfigFilesOff = "ConfigFiles.Off";

        /// <summary>The file of generated findings in each folder of <see cref="Folders"/> and in most projects.</summary>
        public const string FindingsFile = "Findings.cs";

        /// <summary>An invalid value (the range is 7 to 30) that SRM901 reports, in the mode projects.</summary>
        public const string InvalidOption = "srm.SRM105.min_pending_days = 3";

        /// <summary>Folders of <see cref="Folders"/>, each with the .editorconfig of one snippet.</summary>
        public static readonly string[] FolderNames = { "readme", "nuget", "severities", "ci-rules", "legacy", "current", "Generated" };

        /// <summary>The findings of <see cref="FindingsFile"/> in the folders and most projects.</summary>
        public static readonly SourceFinding[] StandardFindings =
        {
            ConsumerSources.Unencrypted, ConsumerSources.SseS3, ConsumerSources.HardCodedKey, ConsumerSources.OpenBucket, ConsumerSources.PublicAcl,
        };

        private readonly Dictionary<string, DocsProject> _projects = new(StringComparer.Ordinal);

        public DocsWorkspace(PackageFixture package)
        {
            Package = package;
            Directory = Path.Combine(package.Root, "docs");
            SarifDirectory = Path.Combine(Directory, "artifacts", "sarif");
            Create();
            DotNetCommand.Run(Directory, "restore", SolutionFile).EnsureSuccess();
            SarifFolderExistedBeforeBuild = System.IO.Directory.Exists(SarifDirectory);

            Build = package.RunBuild(Directory, "build", SolutionFile);
            foreach (var name in ProjectNames)
            {
                var log = Path.Combine(SarifDirectory, name + ".sarif");
                _projects[name] = new DocsProject(name, ProjectDirectory(name), File.Exists(log) ? SarifResult.Read(log) : Array.Empty<SarifResult>());
            }
        }

        public PackageFixture Package { get; }

        public string Directory { get; }

        public string SolutionFile => "docs.slnx";

        /// <summary>Where ci.md's Directory.Build.props setting puts the logs: artifacts/sarif/ under the workspace (its "repository root").</summary>
        public string SarifDirectory { get; }

        public bool SarifFolderExistedBeforeBuild { get; }

        /// <summary>The one build of every project of the workspace.</summary>
        public ConsumerBuild Build { get; }

        /// <summary>The SrmAnalysisMode values configuration.md documents, and one it does not: each has an .App and a .Tests project.</summary>
        public static IReadOnlyList<string> Modes => new[] { "Default", "Strict", "AllErrors", "None", UnknownMode };

        /// <summary>A value the presets do not know ("Any other value keeps the defaults").</summary>
        public const string UnknownMode = "Paranoid";

        public static IEnumerable<string> ModeProjects => Modes.SelectMany(mode => new[] { mode + ".App", mode + ".Tests" });

        public static IEnumerable<string> ProjectNames =>
            new[] { Folders, Suppressions, GlobalConfig, Category, WarningsAsErrors, NoBuildAnalysis, NoAnalysis, FlowLibrary, FlowApp, NoAwsSdk, UnitTests, Format, ConfigFiles, ConfigFilesSeverity, ConfigFilesOff }
                .Concat(ModeProjects);

        public DocsProject this[string name] => _projects[name];

        /// <summary>Projects sit in src/, two levels below the workspace root, as in many repositories.</summary>
        public string ProjectDirectory(string name) => Path.Combine(Directory, "src", name);

        /// <summary>The <see cref="FindingsFile"/> of a project or folder, as generated.</summary>
        public static GeneratedSource StandardSource(string nameSpace) => ConsumerSources.Class(nameSpace, "Findings", StandardFindings);

        /// <summary>The project file the README's PackageReference snippet makes, with the demo's AWS SDK references.</summary>
        public static string ProjectFile(string? properties = null, bool awsSdk = true, bool srmAnalyzers = true, string? items = null) => $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
              </PropertyGroup>
            {Indent(properties)}
              <ItemGroup>
            {(awsSdk ? string.Join("\n", DemoAwsReferences().Select(reference => "    " + reference)) : string.Empty)}
            {items}
              </ItemGroup>
            {(srmAnalyzers ? Indent(DocSnippets.ReadmePackageReference.Text) : string.Empty)}
            </Project>
            """;

        /// <summary>The &lt;SrmAnalysisMode&gt; element of the README, with <paramref name="mode"/> as its value.</summary>
        public static string ModeProperty(string mode)
        {
            var element = MarkdownSnippets.Inline("README.md", "^<SrmAnalysisMode>[A-Za-z]+</SrmAnalysisMode>$");
            return "<PropertyGroup>\n  " + Regex.Replace(element, ">[A-Za-z]+<", ">" + mode + "<") + "\n</PropertyGroup>";
        }

        private static string Indent(string? xml) =>
            xml is null ? string.Empty : string.Join("\n", xml.Split('\n').Select(line => line.Length == 0 ? line : "  " + line));

        private static IEnumerable<string> DemoAwsReferences() =>
            File.ReadAllLines(Path.Combine(DemoMarkers.DemoDirectory, "UploadService.csproj"))
                .Select(line => line.Trim())
                .Where(line => line.StartsWith("<PackageReference Include=\"AWSSDK.", StringComparison.Ordinal));

        /// <summary>The version of a package the test project itself uses (so the mirror has it).</summary>
        private static string TestSdkVersion() =>
            Regex.Match(TestProject(), "<PackageReference Include=\"Microsoft.NET.Test.Sdk\" Version=\"(?<version>[^\"]+)\"").Groups["version"].Value;

        private static string TestProjectProperty(string name) =>
            Regex.Match(TestProject(), $"<{name}>(?<value>[^<]+)</{name}>").Groups["value"].Value;

        private static string TestProject() =>
            File.ReadAllText(Path.Combine(AwsReferences.RepositoryRoot, "tests", "SrmAnalyzers.Tests", "SrmAnalyzers.Tests.csproj"));

        private void Create()
        {
            System.IO.Directory.CreateDirectory(Directory);
            File.WriteAllText(Path.Combine(Directory, "Directory.Build.props"), $"""
                <Project>
                  <PropertyGroup>
                    <RestorePackagesPath>{Path.Combine(Package.Root, "packages")}</RestorePackagesPath>
                  </PropertyGroup>
                  <!-- docs/ci.md: one SARIF log per project, from the repository root's Directory.Build.props. -->
                {Indent(Indent(DocSnippets.CiDirectoryBuildProps.Text))}
                </Project>
                """);
            File.WriteAllText(Path.Combine(Directory, "Directory.Build.targets"), "<Project />");
            File.Copy(Path.Combine(Package.ConsumerDirectory, "NuGet.config"), Path.Combine(Directory, "NuGet.config"));
            File.WriteAllText(Path.Combine(Directory, SolutionFile), "<Solution>\n" + string.Join("\n", ProjectNames.Select(name => $"  <Project Path=\"src/{name}/{name}.csproj\" />")) + "\n</Solution>\n");

            CreateFolders();
            CreateSuppressions();

            // configuration.md: a .globalconfig wins over the presets (here None), also for SRM901, which
            // only a global config sets (the project has an invalid option for it to report).
            CreateProject(GlobalConfig, ProjectFile(ModeProperty("None")), StandardFindings);
            Write(GlobalConfig, ".globalconfig", DocSnippets.ConfigurationGlobalConfig.Text + "\n" + InvalidOption + "\n" + SrmOptionCheckInGlobalConfig + "\n");

            // configuration.md: the Security category raises the security rules, not SRM901 (Configuration); a
            // malformed option is reported and its rule uses the default (30 days: 14 is reported).
            CreateProject(Category, ProjectFile(), StandardFindings.Append(ConsumerSources.ShortKeyDeletion).ToArray());
            Write(Category, ".globalconfig", "is_global = true\n" + MarkdownSnippets.Inline("docs/configuration.md", @"^dotnet_analyzer_diagnostic\.category-Security\.severity = error$") + "\n" + InvalidOption + "\n");

            // configuration.md: a [*.cs] section does not set SRM901's severity.
            Write(Category, ".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.SRM901.severity = error\n");

            CreateProject(WarningsAsErrors, ProjectFile(DocSnippets.ConfigurationWarningsAsErrors.Text), StandardFindings);
            CreateProject(NoBuildAnalysis, ProjectFile(DocSnippets.ConfigurationTurnOff.Text), StandardFindings);
            var runAnalyzers = Regex.Match(DocSnippets.ConfigurationTurnOff.Text, @"<!--\s*or\s+(?<element><RunAnalyzers>false</RunAnalyzers>)").Groups["element"].Value;
            CreateProject(NoAnalysis, ProjectFile("<PropertyGroup>\n  " + runAnalyzers + "\n</PropertyGroup>"), StandardFindings);

            // README: PrivateAssets="all" keeps the analyzers to the project that references the package.
            CreateProject(FlowLibrary, ProjectFile(), StandardFindings);
            Write(FlowLibrary, "Settings.cs", SettingsSource("Docs.Flow"));
            CreateProject(FlowApp, ProjectFile(awsSdk: false, srmAnalyzers: false, items: $"    <ProjectReference Include=\"../{FlowLibrary}/{FlowLibrary}.csproj\" />"), StandardFindings);

            // README/configuration.md: nothing is reported in a project without the AWS SDK.
            CreateProject(NoAwsSdk, ProjectFile(awsSdk: false));
            Write(NoAwsSdk, "Settings.cs", SettingsSource("Docs.NoAws"));

            // The SrmAnalysisMode presets, alone and with SrmExcludeTestProjects (configuration.md's snippet
            // in every project: only test projects change). UnitTests is a real test project (Microsoft.NET.Test.Sdk)
            // without a mode, built again with ci.md's AllErrors command line by the tests.
            var exclude = DocSnippets.ConfigurationExcludeTestProjects.Text;
            foreach (var mode in Modes)
            {
                // The project's own .editorconfig wins over the presets: the None preset (None.App) and the test-project one (Default.Tests).
                CreateModeProject(mode + ".App", ModeProperty(mode) + "\n" + exclude, editorConfigExtra: mode == "None" ? NoneOverride : null);
                CreateModeProject(mode + ".Tests", ModeProperty(mode) + "\n" + exclude + "\n<PropertyGroup>\n  <IsTestProject>true</IsTestProject>\n</PropertyGroup>", editorConfigExtra: mode == "Default" ? NoneOverride : null);
            }

            CreateModeProject(UnitTests, exclude, items: $"    <PackageReference Include=\"Microsoft.NET.Test.Sdk\" Version=\"{TestSdkVersion()}\" />");

            CreateConfigFileProjects();

            // README's dotnet format command (DotnetFormatTests): the rules' sources of FixAllTests.
            CreateProject(Format, ProjectFile(items: $"    <PackageReference Include=\"AWSSDK.DynamoDBv2\" Version=\"{TestProjectProperty("AwsSdkV4DynamoDbVersion")}\" />"));
            foreach (var (file, source) in DotnetFormatTests.Sources)
            {
                Write(Format, file, source);
            }

            // AWSSDK.RDS, AWSSDK.Lambda and AWSSDK.CloudTrail are not on the package feed: the tests' exact-shape stubs
            // stand in (SRM106's and SRM502's sources use RDS and CloudTrail; Lambda is there for the sources of rules that judge its requests).
            Write(Format, "RdsStub.cs", "#pragma warning disable CS8618\n" + Stubs.Get("RDS.cs").Source);
            Write(Format, "LambdaStub.cs", "#pragma warning disable CS8618\n" + Stubs.Get("Lambda.cs").Source);
            Write(Format, "CloudTrailStub.cs", "#pragma warning disable CS8618\n" + Stubs.Get("CloudTrail.cs").Source);
        }

        /// <summary>
        /// configuration.md's "Configuration files": every file kind in the places the package's build picks
        /// up (appsettings.json also listed by the project, which must not add it twice), a file in a
        /// subfolder, one left out by the snippet's SrmExcludeConfigFile, and harmless keys; the severities a
        /// .globalconfig and an .editorconfig set; the snippet turning it off.
        /// </summary>
        private void CreateConfigFileProjects()
        {
            CreateProject(ConfigFiles, ProjectFile(DocSnippets.ConfigurationExcludeConfigFile.Text, items: "    <AdditionalFiles Include=\"appsettings.json\" />"));
            foreach (var (file, text) in ConfigFileSources.Reported.Concat(ConfigFileSources.NotReported))
            {
                Write(ConfigFiles, file, text);
            }

            // A C# file in the project's folder: the SDK looks for .editorconfig and .globalconfig files only
            // in the folders of the project's C# files and above them.
            Write(ConfigFiles, "Startup.cs", "namespace Docs.ConfigFiles { public static class Startup { } }\n");

            CreateProject(ConfigFilesSeverity, ProjectFile());
            Write(ConfigFilesSeverity, "Startup.cs", "namespace Docs.ConfigFilesSeverity { public static class Startup { } }\n");
            Write(ConfigFilesSeverity, ".globalconfig", DocSnippets.ConfigurationGlobalConfig.Text + "\n");
            Write(ConfigFilesSeverity, ".editorconfig", "root = true\n\n" + DocSnippets.ConfigurationConfigFileOptions.Text + "\n" + ConfigFileSources.EditorConfigSeverity + "\n");
            Write(ConfigFilesSeverity, ConfigFileSources.AppSettings, ConfigFileSources.AppSettingsText);
            Write(ConfigFilesSeverity, ConfigFileSources.AllowedHostSettings, ConfigFileSources.AllowedHostSettingsText);

            CreateProject(ConfigFilesOff, ProjectFile(DocSnippets.ConfigurationConfigFilesOff.Text));
            Write(ConfigFilesOff, ConfigFileSources.AppSettings, ConfigFileSources.AppSettingsText);
            Write(ConfigFilesOff, "Startup.cs", "namespace Docs.ConfigFilesOff { public static class Startup { } }\n");
        }

        /// <summary>configuration.md: "a `.globalconfig` line `dotnet_diagnostic.SRM901.severity = ...` does", here with "warning".</summary>
        public static string SrmOptionCheckInGlobalConfig =>
            MarkdownSnippets.Inline("docs/configuration.md", @"^dotnet_diagnostic\.SRM901\.severity = \.\.\.$").Replace("...", "warning", StringComparison.Ordinal);

        /// <summary>configuration.md: "with SrmAnalysisMode=None, a `dotnet_diagnostic.SRM402.severity = warning` line turns SRM402 back on".</summary>
        public static string NoneOverride => MarkdownSnippets.Inline("docs/configuration.md", @"^dotnet_diagnostic\.SRM402\.severity = warning$");

        private void CreateModeProject(string name, string properties, string? editorConfigExtra = null, string? items = null)
        {
            CreateProject(name, ProjectFile(properties, items: items), StandardFindings);
            Write(name, ".editorconfig", "root = true\n\n[*.cs]\n" + InvalidOption + "\n" + (editorConfigExtra is null ? string.Empty : editorConfigExtra + "\n"));
        }

        private void CreateFolders()
        {
            CreateProject(Folders, ProjectFile());
            Write(Folders, ".editorconfig", "root = true\n\n" + DocSnippets.ConfigurationGeneratedCode.Text + "\n");
            var editorConfigs = new Dictionary<string, MarkdownSnippet>(StringComparer.Ordinal)
            {
                ["readme"] = DocSnippets.ReadmeEditorConfig,
                ["nuget"] = DocSnippets.NuGetEditorConfig,
                ["severities"] = DocSnippets.ConfigurationSeverities,
                ["ci-rules"] = DocSnippets.CiErrorRules,
                ["legacy"] = DocSnippets.CiLegacyFolder,
            };
            foreach (var folder in FolderNames)
            {
                Write(Folders, Path.Combine(folder, FindingsFile), StandardSource("Docs." + folder.Replace("-", string.Empty, StringComparison.Ordinal)).Text);
                if (editorConfigs.TryGetValue(folder, out var snippet))
                {
                    Write(Folders, Path.Combine(folder, ".editorconfig"), snippet.Text + "\n");
                }
            }

            Write(Folders, Path.Combine("options", ".editorconfig"), DocSnippets.ConfigurationOptions.Text + "\n");
            Write(Folders, Path.Combine("options", OptionsFile), OptionsSource.Text);
        }

        public const string OptionsFile = "Options.cs";

        /// <summary>One member per effect of configuration.md's rule-option snippet (and a control that its option does not cover).</summary>
        public static GeneratedSource OptionsSource => ConsumerSources.Class(
            "Docs.Options",
            "Options",
            ConsumerSources.SseS3,
            new SourceFinding("AllowedHost", "SRM102", """public AmazonS3Config AllowedHost() => new AmazonS3Config { ServiceURL = "http://minio.ci.internal:9000" };"""),
            new SourceFinding("AllowedWildcardHost", "SRM102", """public AmazonS3Config AllowedWildcardHost() => new AmazonS3Config { ServiceURL = "http://s3.build.test" };"""),
            new SourceFinding("OtherHost", "SRM102", """public AmazonS3Config OtherHost() => new AmazonS3Config { ServiceURL = "http://s3.corp.internal" };"""),
            new SourceFinding("FourteenDays", "SRM105", """public Task FourteenDays(IAmazonKeyManagementService kms, string keyId) => kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = 14 });"""),
            new SourceFinding("TenDays", "SRM105", """public Task TenDays(IAmazonKeyManagementService kms, string keyId) => kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = 10 });"""),
            new SourceFinding("AdminPort", "SRM403", IngressMember("AdminPort", 8443)),
            new SourceFinding("AllowedPublicPort", "SRM403", IngressMember("AllowedPublicPort", 8080)),
            new SourceFinding("OtherPort", "SRM403", IngressMember("OtherPort", 9100)));

        private static string IngressMember(string name, int port) =>
            $$"""public Task {{name}}(IAmazonEC2 ec2) => ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest { GroupId = "sg-0123456789abcdef0", IpPermissions = new List<IpPermission> { new IpPermission { IpProtocol = "tcp", FromPort = {{port}}, ToPort = {{port}}, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0" } } } } });""";

        public const string SnippetsFile = "Snippets.cs";
        public const string BucketSetupFile = "BucketSetup.cs";
        public const string PublisherFile = "Publisher.cs";

        private void CreateSuppressions()
        {
            CreateProject(Suppressions, ProjectFile());
            Write(Suppressions, SnippetsFile, string.Join("\n", new[]
            {
                ConsumerSources.Wrap("Docs.Readme", "ReadmeSuppressions", DocSnippets.ReadmeSuppressions.Text),
                ConsumerSources.Wrap("Docs.Configuration", "ConfigurationSuppressions", DocSnippets.ConfigurationSuppressions.Text),
            }.Select((source, i) => i == 0 ? source : RemoveUsings(source))));

            // configuration.md's GlobalSuppressions.cs names a member of the demo (Acme.Uploads.BucketSetup).
            File.Copy(Path.Combine(DemoMarkers.DemoDirectory, BucketSetupFile), Path.Combine(ProjectDirectory(Suppressions), BucketSetupFile));
            Write(Suppressions, "GlobalSuppressions.cs", DocSnippets.ConfigurationGlobalSuppressions.Text + "\n");

            // ci.md's names Web.Assets.Publisher.PublishAsync(string): a publisher that makes its objects public.
            Write(Suppressions, PublisherFile, """
                using System.Threading.Tasks;
                using Amazon.S3;
                using Amazon.S3.Model;

                namespace Web.Assets
                {
                    public sealed class Publisher
                    {
                        private readonly IAmazonS3 _s3;

                        public Publisher(IAmazonS3 s3) => _s3 = s3;

                        public Task PublishAsync(string key) => _s3.PutObjectAsync(new PutObjectRequest { BucketName = "acme-marketing-assets", Key = key, FilePath = key, CannedACL = S3CannedACL.PublicRead, ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS });
                    }
                }

                """);
            Write(Suppressions, "CiSuppressions.cs", DocSnippets.CiGlobalSuppressions.Text + "\n");
        }

        /// <summary>A settings dictionary with an access key ID (reported by SRM301 where the AWS SDK is referenced).</summary>
        private static string SettingsSource(string nameSpace) => $$"""
            using System.Collections.Generic;

            namespace {{nameSpace}}
            {
                public static class Settings
                {
                    public static readonly Dictionary<string, string> Values = new() { ["AWS:AccessKey"] = "{{FakeCredentials.OtherAccessKeyId}}", ["AWS:SecretKey"] = "{{FakeCredentials.OtherSecretAccessKey}}" };
                }
            }

            """;

        private static string RemoveUsings(string source) =>
            string.Join("\n", source.Split('\n').Where(line => !line.StartsWith("using ", StringComparison.Ordinal)));

        private void CreateProject(string name, string projectFile, params SourceFinding[] findings)
        {
            System.IO.Directory.CreateDirectory(ProjectDirectory(name));
            Write(name, name + ".csproj", projectFile);
            if (findings.Length > 0)
            {
                Write(name, FindingsFile, ConsumerSources.Class("Docs." + name.Replace(".", string.Empty, StringComparison.Ordinal), "Findings", findings).Text);
            }
        }

        private void Write(string project, string relativePath, string text)
        {
            var path = Path.Combine(ProjectDirectory(project), relativePath);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
    }
}
