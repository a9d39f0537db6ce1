using System;
using System.Collections;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace SrmAnalyzers.Tests.Package
{
    /// <summary>The outcome of one dotnet CLI run: exit code and the interleaved stdout/stderr.</summary>
    public sealed record CommandResult(string CommandLine, int ExitCode, string Output)
    {
        public bool Succeeded => ExitCode == 0;

        public CommandResult EnsureSuccess() =>
            Succeeded ? this : throw new InvalidOperationException($"'{CommandLine}' exited with {ExitCode}:\n{Output}");

        public override string ToString() => $"'{CommandLine}' exited with {ExitCode}:\n{Output}";
    }

    /// <summary>
    /// Runs the dotnet CLI as a user would from a shell: without the MSBuild variables that the test
    /// host inherits from `dotnet test`, without build nodes or a compiler server left running (they
    /// would hold this process's output pipes open), and within a time limit.
    /// </summary>
    public static class DotNetCommand
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

        public static CommandResult Run(string workingDirectory, params string[] arguments)
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
                var name = (string)variable.Key;
                if (IsHostVariable(name))
                {
                    startInfo.Environment.Remove(name);
                }
            }

            startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            startInfo.Environment["UseSharedCompilation"] = "false";
            startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            startInfo.Environment["DOTNET_NOLOGO"] = "1";
            startInfo.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

            var commandLine = "dotnet " + string.Join(" ", arguments);
            var output = new StringBuilder();
            var outputClosed = new TaskCompletionSource();
            var errorClosed = new TaskCompletionSource();
            using var process = new Process { StartInfo = startInfo };
            process.OutputDataReceived += (_, e) => Append(e.Data, outputClosed);
            process.ErrorDataReceived += (_, e) => Append(e.Data, errorClosed);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"'{commandLine}' did not finish within {Timeout}:\n{Snapshot()}");
            }

            // The last lines arrive after the exit; a stray child still holding the pipes must not hang the test.
            Task.WaitAll(new[] { outputClosed.Task, errorClosed.Task }, TimeSpan.FromSeconds(30));
            return new CommandResult(commandLine, process.ExitCode, Snapshot());

            void Append(string? line, TaskCompletionSource closed)
            {
                if (line is null)
                {
                    closed.TrySetResult();
                    return;
                }

                lock (output)
                {
                    output.AppendLine(line);
                }
            }

            string Snapshot()
            {
                lock (output)
                {
                    return output.ToString();
                }
            }
        }

        /// <summary>The dotnet host running these tests (set by the SDK), else the one on PATH.</summary>
        public static string Executable => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

        /// <summary>Variables `dotnet test` sets for its own MSBuild and test host, which a user's command does not have.</summary>
        public static bool IsHostVariable(string name) =>
            name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase);

        /// <summary>The folder of the SDK that `dotnet` picks in <paramref name="workingDirectory"/> (sdk/&lt;version&gt; beside the host), or null.</summary>
        public static string? SdkDirectory(string workingDirectory)
        {
            var version = Run(workingDirectory, "--version");
            var host = Executable;
            if (!Path.IsPathRooted(host))
            {
                host = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
                    .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                    .Select(folder => Path.Combine(folder, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet"))
                    .FirstOrDefault(File.Exists) ?? string.Empty;
            }

            if (!version.Succeeded || host.Length == 0)
            {
                return null;
            }

            // The host on PATH is often a symbolic link into the installation.
            var resolved = new FileInfo(host).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? host;
            var directory = Path.Combine(Path.GetDirectoryName(resolved)!, "sdk", version.Output.Trim());
            return Directory.Exists(directory) ? directory : null;
        }
    }
}
