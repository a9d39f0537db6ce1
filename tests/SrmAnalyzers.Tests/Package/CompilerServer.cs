using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace SrmAnalyzers.Tests.Package
{
    /// <summary>
    /// A C# compiler server (VBCSCompiler, as `dotnet build` uses by default) of the package tests' own,
    /// under a pipe name no other build uses: consumer builds compile through it, so the compiler,
    /// the references and the packed analyzers are loaded once per test run instead of once per
    /// project (a consumer build takes about half the time). The tests start it with their own
    /// output redirection (a server a build starts would inherit, and hold open, the build's output
    /// pipes) and stop it, by its process, when the fixture is disposed. Without an SDK compiler
    /// server to start, builds compile in their own csc process, as before.
    /// </summary>
    public sealed class CompilerServer : IDisposable
    {
        private readonly object _lock = new();
        private string? _serverPath;
        private Process? _process;
        private DateTime _startedAt;

        /// <param name="sdkDirectory">The SDK whose compiler server the builds would start (sdk/&lt;version&gt;), or null for none.</param>
        public CompilerServer(string? sdkDirectory)
        {
            var path = sdkDirectory is null ? null : Path.Combine(sdkDirectory, "Roslyn", "bincore", "VBCSCompiler.dll");
            _serverPath = path is not null && File.Exists(path) ? path : null;
            PipeName = "srm-tests-" + Guid.NewGuid().ToString("N");
        }

        public string PipeName { get; }

        /// <summary>The properties that make a build compile through this server (or, without one, in csc as before).</summary>
        public string[] BuildArguments()
        {
            lock (_lock)
            {
                // The server stops by itself after ten idle minutes; a build must never start one of its own.
                if (_serverPath is null || !EnsureRunning())
                {
                    return new[] { "-p:UseSharedCompilation=false" };
                }

                return new[] { "-p:UseSharedCompilation=true", "-p:SharedCompilationId=" + PipeName };
            }
        }

        public void Dispose()
        {
            lock (_lock)
            {
                if (_process is { HasExited: false })
                {
                    _process.Kill(entireProcessTree: true);
                    _process.WaitForExit(10_000);
                }

                _process?.Dispose();
                _process = null;
            }
        }

        private bool EnsureRunning()
        {
            if (_process is { HasExited: false })
            {
                return true;
            }

            // A server that stopped soon after it started will not serve these builds: compile in csc from now on.
            if (_process is not null && DateTime.UtcNow - _startedAt < TimeSpan.FromMinutes(1))
            {
                _process.Dispose();
                _process = null;
                _serverPath = null;
                return false;
            }

            _process?.Dispose();
            var startInfo = new ProcessStartInfo(DotNetCommand.Executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            startInfo.ArgumentList.Add("exec");
            startInfo.ArgumentList.Add(_serverPath!);
            startInfo.ArgumentList.Add("-pipename:" + PipeName);
            foreach (var name in startInfo.Environment.Keys.Where(DotNetCommand.IsHostVariable).ToList())
            {
                startInfo.Environment.Remove(name);
            }

            _process = Process.Start(startInfo);
            _startedAt = DateTime.UtcNow;
            if (_process is null)
            {
                return false;
            }

            // Drained and dropped: the server writes next to nothing, but a full pipe would block it.
            _process.OutputDataReceived += (_, _) => { };
            _process.ErrorDataReceived += (_, _) => { };
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
            return !_process.HasExited;
        }
    }
}
