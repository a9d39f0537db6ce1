using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SrmAnalyzers.Tests.Infrastructure;
using SrmAnalyzers.Tests.Package;

namespace SrmAnalyzers.Tests.Cli
{
    /// <summary>What one run of the installed `srm` printed, stdout and stderr apart.</summary>
    public sealed record SrmRun(string CommandLine, int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"'{CommandLine}' exited with {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
    }

    /// <summary>
    /// Packs src/SrmAnalyzers.Cli once into a temporary feed and installs it from there with
    /// `dotnet tool install --tool-path`, as docs/cli.md tells users; every CLI test runs that one install.
    /// </summary>
    public sealed class CliToolFixture : IDisposable
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

        private readonly ConcurrentDictionary<string, Lazy<string>> _sharedFolders = new(StringComparer.Ordinal);

        public CliToolFixture()
        {
            Root = Directory.CreateTempSubdirectory("srm-cli-").FullName;
            var feed = Path.Combine(Root, "feed");
            ToolPath = Path.Combine(Root, "tools");
            DotNetCommand.Run(
                AwsReferences.RepositoryRoot,
                "pack",
                Path.Combine(AwsReferences.RepositoryRoot, "src", "SrmAnalyzers.Cli", "SrmAnalyzers.Cli.csproj"),
                "-c",
                AwsReferences.Configuration,
                "-o",
                feed).EnsureSuccess();
            DotNetCommand.Run(Root, "tool", "install", "--tool-path", ToolPath, "--add-source", feed, "SrmAnalyzers.Cli").EnsureSuccess();
            Executable = Path.Combine(ToolPath, OperatingSystem.IsWindows() ? "srm.exe" : "srm");
        }

        public string Root { get; }

        /// <summary>A new empty folder under <see cref="Root"/> (removed with the fixture).</summary>
        public string NewFolder(string name)
        {
            var folder = Path.Combine(Root, $"{name}-{Guid.NewGuid():N}");
            Directory.CreateDirectory(folder);
            return folder;
        }

        /// <summary>
        /// A folder under <see cref="Root"/> that <paramref name="create"/> fills once for every test asking for
        /// <paramref name="name"/>: temporary projects the tests only read are written once per test run.
        /// </summary>
        public string SharedFolder(string name, Action<string> create) =>
            _sharedFolders.GetOrAdd(name, key => new Lazy<string>(() =>
            {
                var folder = NewFolder(key);
                create(folder);
                return folder;
            })).Value;

        public string ToolPath { get; }

        /// <summary>The installed command (the tool's shim in the tool path).</summary>
        public string Executable { get; }

        /// <summary>Runs the installed `srm` in <paramref name="workingDirectory"/> as a user's shell would (without the test host's MSBuild variables).</summary>
        public SrmRun Run(string workingDirectory, params string[] arguments)
        {
            var startInfo = new ProcessStartInfo(Executable)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                startInfo.ArgumentList.Add(argument);
            }

            foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
            {
                if (DotNetCommand.IsHostVariable((string)variable.Key))
                {
                    startInfo.Environment.Remove((string)variable.Key);
                }
            }

            // The tool's apphost finds the runtime of the dotnet that runs these tests.
            if (Path.IsPathRooted(DotNetCommand.Executable))
            {
                startInfo.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(new FileInfo(DotNetCommand.Executable).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? DotNetCommand.Executable);
            }

            startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            startInfo.Environment["DOTNET_NOLOGO"] = "1";

            using var process = Process.Start(startInfo)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"srm {string.Join(" ", arguments)} did not finish within {Timeout}");
            }

            Task.WaitAll(new Task[] { output, error }, TimeSpan.FromSeconds(30));
            return new SrmRun("srm " + string.Join(" ", arguments), process.ExitCode, output.Result, error.Result);
        }

        public void Dispose()
        {
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
    }
}
