using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SrmAnalyzers.Tests.Infrastructure;

namespace SrmAnalyzers.Tests.Package
{
    /// <summary>
    /// Configuration files of consumer projects (made at test time from <see cref="FakeCredentials"/>, so
    /// the repository holds no real-looking key), and where each finding is: file and 1-based line.
    /// </summary>
    public static class ConfigFileSources
    {
        public const string AppSettings = "appsettings.json";
        public const string LaunchSettings = "Properties/launchSettings.json";
        public const string LambdaDefaults = "aws-lambda-tools-defaults.json";
        public const string AppConfig = "App.config";

        /// <summary>The file of the configuration.md snippet that leaves one file out.</summary>
        public const string ExcludedSettings = "appsettings.Sandbox.json";

        /// <summary>An http:// endpoint that configuration.md's [*.json] snippet allows.</summary>
        public const string AllowedHostSettings = "appsettings.Staging.json";

        /// <summary>An .editorconfig severity for SRM102 in a [*.json] section: observed to change nothing.</summary>
        public const string EditorConfigSeverity = "dotnet_diagnostic.SRM102.severity = none";

        private static readonly string KeyId = FakeCredentials.AccessKeyId;
        private static readonly string Secret = FakeCredentials.SecretAccessKey;

        public static string AppSettingsText => $$"""
            {
              // Storage of the nightly export.
              "AWS": {
                "Region": "eu-west-1",
                "ServiceURL": "http://s3.corp.internal:9000",
                "AccessKey": "{{KeyId}}",
                "SecretKey": "{{Secret}}",
              },
            }

            """;

        public static string AllowedHostSettingsText => """{ "AWS": { "ServiceURL": "http://minio.ci.internal:9000", "UseHttp": true } }""" + "\n";

        /// <summary>Files with findings: SRM301 in each, and SRM102 in appsettings.json.</summary>
        public static IReadOnlyList<(string File, string Text)> Reported => new[]
        {
            (AppSettings, AppSettingsText),
            (LaunchSettings, $$"""
                {
                  "profiles": {
                    "Api": {
                      "commandName": "Project",
                      "environmentVariables": {
                        "AWS_ACCESS_KEY_ID": "{{KeyId}}",
                        "AWS_SECRET_ACCESS_KEY": "{{Secret}}"
                      }
                    }
                  }
                }

                """),
            (LambdaDefaults, $$"""
                {
                  "region": "eu-west-1",
                  "function-handler": "Orders::Orders.Function::Handle",
                  "environment-variables": "TABLE=orders;AWS_ACCESS_KEY_ID={{KeyId}};AWS_SECRET_ACCESS_KEY={{Secret}}"
                }

                """),
            (AppConfig, $$"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <appSettings>
                    <add key="AWSAccessKey" value="{{KeyId}}" />
                    <add key="AWSSecretKey" value="{{Secret}}" />
                  </appSettings>
                </configuration>

                """),
        };

        /// <summary>Files without findings: AWS's example keys and an emulator, a subfolder, the excluded file.</summary>
        public static IReadOnlyList<(string File, string Text)> NotReported => new[]
        {
            ("appsettings.Development.json", $$"""
                {
                  "AWS": { "ServiceURL": "http://localhost:4566", "UseHttp": true, "AccessKey": "{{KeyId}}", "SecretKey": "{{Secret}}" },
                  "Docs": { "AccessKey": "AKIAIOSFODNN7EXAMPLE", "SecretKey": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" }
                }

                """),
            ("Config/appsettings.json", AppSettingsText),
            (ExcludedSettings, AppSettingsText),
        };

        /// <summary>The 1-based line of <paramref name="file"/>'s text that holds <paramref name="fragment"/>.</summary>
        public static int LineOf(string file, string fragment)
        {
            var text = Reported.Single(entry => entry.File == file).Text;
            var lines = text.Split('\n');
            var index = Array.FindIndex(lines, line => line.Contains(fragment, StringComparison.Ordinal));
            return index >= 0 ? index + 1 : throw new InvalidOperationException($"{file} has no line with {fragment}.");
        }

        public static int KeyIdLine(string file) => LineOf(file, KeyId);
    }

    /// <summary>
    /// Configuration files through the packed package (the projects of <see cref="DocsWorkspace"/>
    /// that configuration.md's "Configuration files" describes): each finding at the config file's path
    /// and line, once even when the project lists the file itself; subfolders, excluded files and the
    /// opt-out; the severities users set; and <c>-warnaserror</c> failing the build.
    /// </summary>
    [Collection(PackageCollection.Name)]
    public class ConfigFileBuildTests
    {
        private readonly PackageFixture _package;

        public ConfigFileBuildTests(PackageFixture package) => _package = package;

        private DocsWorkspace Docs => _package.Docs;

        private static IEnumerable<(string File, int Line, string RuleId)> Expected =>
            ConfigFileSources.Reported.Select(entry => (entry.File, ConfigFileSources.KeyIdLine(entry.File), "SRM301"))
                .Append((ConfigFileSources.AppSettings, ConfigFileSources.LineOf(ConfigFileSources.AppSettings, "ServiceURL"), "SRM102"));

        [Fact]
        public void Every_file_kind_is_reported_once_at_its_path_and_line_and_nothing_else()
        {
            var project = Docs[DocsWorkspace.ConfigFiles];
            var reported = project.Srm.Select(r => (Relative(project, r.File), r.Line, r.RuleId, r.Level)).OrderBy(r => r).ToList();

            var expected = Expected.Select(e => (e.File, e.Line, e.RuleId, "warning")).OrderBy(r => r).ToList();
            Assert.True(expected.SequenceEqual(reported), "Expected:\n  " + string.Join("\n  ", expected) + "\nReported:\n  " + string.Join("\n  ", reported) + "\n" + Docs.Build);
        }

        [Fact]
        public void Build_output_shows_the_warning_at_the_config_file()
        {
            var directory = Docs.ProjectDirectory(DocsWorkspace.ConfigFiles);
            var appSettings = Path.Combine(directory, ConfigFileSources.AppSettings);
            var printed = Docs.Build.Diagnostics.Where(d => d.RuleId == "SRM301" && Path.GetFullPath(d.File) == appSettings).ToList();

            var warning = Assert.Single(printed);
            Assert.Equal("warning", warning.Severity);
            Assert.Equal(ConfigFileSources.KeyIdLine(ConfigFileSources.AppSettings), warning.Line);
            Assert.Contains("appsettings.json holds the AWS access key ID", warning.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Globalconfig_severity_applies_and_editorconfig_severity_does_not_while_its_options_do()
        {
            var project = Docs[DocsWorkspace.ConfigFilesSeverity];
            var reported = project.Srm.Select(r => (Relative(project, r.File), r.RuleId, r.Level)).OrderBy(r => r).ToList();

            // .globalconfig: SRM301 is an error. [*.json] severity none: SRM102 stays a warning. [*.json] option: the allowed host is silent.
            Assert.Equal(
                new[] { (ConfigFileSources.AppSettings, "SRM102", "warning"), (ConfigFileSources.AppSettings, "SRM301", "error") },
                reported);
        }

        [Fact]
        public void Opt_out_property_adds_no_configuration_file()
        {
            Assert.True(File.Exists(Path.Combine(Docs.ProjectDirectory(DocsWorkspace.ConfigFilesOff), ConfigFileSources.AppSettings)));
            Assert.True(File.Exists(Path.Combine(Docs.SarifDirectory, DocsWorkspace.ConfigFilesOff + ".sarif")), "The project was not analyzed.\n" + Docs.Build);
            Assert.Empty(Docs[DocsWorkspace.ConfigFilesOff].Srm);
        }

        [Fact]
        public void Warnaserror_fails_the_build_on_a_config_file_finding()
        {
            _ = Docs;
            var build = _package.RunBuild(Docs.ProjectDirectory(DocsWorkspace.ConfigFiles), "build", "-warnaserror");

            Assert.False(build.Result.Succeeded, build.ToString());
            var errors = build.Diagnostics.Where(d => d.Severity == "error").Select(d => (Path.GetFileName(d.File), d.Line, d.RuleId)).ToList();
            Assert.Contains(("appsettings.json", ConfigFileSources.KeyIdLine(ConfigFileSources.AppSettings), "SRM301"), errors);
            Assert.Contains(("App.config", ConfigFileSources.KeyIdLine(ConfigFileSources.AppConfig), "SRM301"), errors);
        }

        private static string Relative(DocsProject project, string file) =>
            Path.GetRelativePath(project.Directory, file).Replace(Path.DirectorySeparatorChar, '/');
    }
}
