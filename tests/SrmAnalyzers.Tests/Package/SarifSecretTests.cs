using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using SrmAnalyzers.Tests.Infrastructure;

namespace SrmAnalyzers.Tests.Package
{
    /// <summary>
    /// Issue 4 at build level: a user's build with real-looking credentials in its sources writes a
    /// SARIF log (and console output) that names the findings without showing the credentials. The
    /// source is generated at test time into the consumer's temporary folder, so the repository holds
    /// no such literal; configuration files with the same credentials are written beside it for the
    /// build. Robustness/SecretLeakTests covers every shape against the analyzers directly.
    /// </summary>
    [Collection(PackageCollection.Name)]
    public class SarifSecretTests
    {
        private const string SourceFileName = "LeakedCredentials.cs";

        private readonly PackageFixture _package;

        public SarifSecretTests(PackageFixture package) => _package = package;

        [Fact]
        public void Sarif_log_reports_hard_coded_credentials_without_showing_them()
        {
            // configuration.md's example of a relative path into folders that do not exist yet: the package
            // creates them before the compiler runs (which would fail with CS0016).
            var errorLog = MarkdownSnippets.Inline("docs/configuration.md", @"^-p:ErrorLog=[^/]+/.+%2Cversion=2\.1$");
            var sarifPath = Path.Combine(_package.ConsumerDirectory, DocSnippets.ErrorLogFile(errorLog));
            Assert.False(Directory.Exists(Path.GetDirectoryName(sarifPath)), "The log's folder must not exist before the build.");
            var build = _package.BuildWithFiles(new[] { (SourceFileName, Source()) }.Concat(ConfigFileSources.Reported).ToList(), errorLog);

            Assert.True(build.Result.Succeeded, build.ToString());
            Assert.True(File.Exists(sarifPath), "No SARIF file was written.\n" + build);
            var sarifText = File.ReadAllText(sarifPath);
            using var sarif = JsonDocument.Parse(sarifText);

            // The check must be able to fail: the credential findings of the generated file are in the log.
            Assert.Single(sarif.RootElement.GetProperty("runs").EnumerateArray());
            var results = ReportedDiagnostic.InSarif(sarif.RootElement)
                .Where(result => result.File.EndsWith(SourceFileName, StringComparison.Ordinal))
                .Select(result => result.RuleId)
                .ToList();
            Assert.True(results.Count(id => id == "SRM301") >= ExpectedCredentialFindings, "SRM301 results in the generated file: " + string.Join(", ", results));
            Assert.Contains("SRM102", results);
            Assert.Contains("SRM104", results);

            // The same credentials in every kind of configuration file: one SRM301 each, and SRM102 for appsettings.json's endpoint.
            var configResults = ReportedDiagnostic.InSarif(sarif.RootElement)
                .Where(result => ConfigFileSources.Reported.Any(file => result.File.EndsWith(Path.GetFileName(file.File), StringComparison.Ordinal)))
                .Select(result => (Path.GetFileName(result.File), result.RuleId))
                .ToList();
            Assert.True(
                ConfigFileSources.Reported.All(file => configResults.Contains((Path.GetFileName(file.File), "SRM301"))) && configResults.Contains(("appsettings.json", "SRM102")),
                "Results in configuration files: " + string.Join(", ", configResults));

            // Raw text and every JSON string (unescaped), then what the build printed.
            var exposure = FakeCredentials.Exposure;
            var revealingLines = sarifText.Split('\n').Where(exposure.Reveals).ToList();
            Assert.True(revealingLines.Count == 0, "SARIF lines that show a credential:\n" + string.Join("\n", revealingLines));
            var revealing = Strings(sarif.RootElement).Where(exposure.Reveals).ToList();
            Assert.True(revealing.Count == 0, "SARIF strings that show a credential:\n" + string.Join("\n", revealing));
            var printed = build.Result.Output.Split('\n').Where(line => line.Contains("SRM", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(printed);
            Assert.True(!printed.Any(exposure.Reveals), "Build output shows a credential:\n" + string.Join("\n", printed.Where(exposure.Reveals)));
        }

        /// <summary>The five SRM301 shapes of <see cref="Source"/>: three sinks and two strings.</summary>
        private const int ExpectedCredentialFindings = 5;

        private static string Source()
        {
            var keyId = FakeCredentials.AccessKeyId;
            var temporaryKeyId = FakeCredentials.TemporaryAccessKeyId;
            var otherKeyId = FakeCredentials.OtherAccessKeyId;
            var secret = FakeCredentials.SecretAccessKey;
            var otherSecret = FakeCredentials.OtherSecretAccessKey;
            var token = FakeCredentials.SessionToken;
            var password = FakeCredentials.Password;
            return $$"""
                using System;
                using System.Collections.Generic;
                using System.Threading.Tasks;
                using Amazon;
                using Amazon.Runtime;
                using Amazon.S3;
                using Amazon.SimpleSystemsManagement;
                using Amazon.SimpleSystemsManagement.Model;

                namespace Acme.Uploads.Generated
                {
                    public static class LeakedCredentials
                    {
                        private const string SecretKey = "{{secret}}";

                        public static IAmazonS3 Client() => new AmazonS3Client("{{keyId}}", SecretKey, RegionEndpoint.EUWest1);

                        public static AWSCredentials Session() => new SessionAWSCredentials("{{temporaryKeyId}}", "{{otherSecret}}", "{{token}}");

                        public static ImmutableCredentials Snapshot() => new ImmutableCredentials("{{temporaryKeyId}}", SecretKey, "{{token}}");

                        public static Dictionary<string, string?> Settings() => new()
                        {
                            ["AWS:AccessKey"] = "{{otherKeyId}}",
                            ["AWS:SecretKey"] = "{{otherSecret}}",
                        };

                        public static void Environment() => System.Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "{{otherKeyId}}");

                        public static AmazonS3Config Storage() => new AmazonS3Config { ServiceURL = "http://backup:{{password}}@s3.corp.internal:9000" };

                        public static Task Save(IAmazonSimpleSystemsManagement ssm) => ssm.PutParameterAsync(new PutParameterRequest
                        {
                            Name = "/prod/aws/secret-access-key",
                            Value = "{{secret}}",
                            Type = ParameterType.String,
                        });
                    }
                }
                """;
        }

        private static IEnumerable<string> Strings(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    yield return element.GetString()!;
                    break;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        yield return property.Name;
                        foreach (var text in Strings(property.Value))
                        {
                            yield return text;
                        }
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var text in element.EnumerateArray().SelectMany(Strings))
                    {
                        yield return text;
                    }

                    break;
            }
        }
    }
}
