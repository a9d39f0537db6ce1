using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;

namespace SrmAnalyzers.Cli.Loading
{
    /// <summary>The C# projects loaded from a command's path, and how many projects could not be restored or loaded.</summary>
    internal sealed record LoadedProjects(IReadOnlyList<Project> Projects, int Failures);

    /// <summary>
    /// Opens the solutions or projects a path names with MSBuild (MSBuildWorkspace), restoring them first
    /// unless told not to. A project that fails gets one line on the error writer naming it and why; the
    /// others are still loaded.
    /// </summary>
    internal sealed class ProjectLoader
    {
        private static readonly string[] SkippedFolders = { "bin", "obj", "node_modules", ".git", ".vs" };

        // NuGet and MSBuild errors as `dotnet restore` prints them: "/path/App.csproj : error NU1101: text [/path/App.sln]", "/path/App.csproj(3,5): error MSB4025: ...".
        private static readonly Regex RestoreError = new(@"^\s*(?<project>[^\s].*?\.(?:cs|vb|fs)proj)(?:\(\d+,\d+\))?\s*:\s*error\s+(?<code>[A-Z]+\d+):\s*(?<message>.*?)(?:\s+\[[^\]]*\])?\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

        private readonly TextWriter _error;
        private readonly bool _restore;

        public ProjectLoader(TextWriter error, bool restore)
        {
            _error = error;
            _restore = restore;
        }

        /// <summary>
        /// The files a path stands for: itself when it is a .sln, .slnx or project file; for a folder, every
        /// solution under it (bin, obj, .git and node_modules skipped), else every .csproj under it. Sorted.
        /// </summary>
        public static IReadOnlyList<string> Inputs(string path)
        {
            var fullPath = Path.GetFullPath(path);
            if (File.Exists(fullPath))
            {
                return new[] { fullPath };
            }

            if (!Directory.Exists(fullPath))
            {
                return Array.Empty<string>();
            }

            var solutions = FilesUnder(fullPath, "*.sln").Concat(FilesUnder(fullPath, "*.slnx")).ToList();
            var inputs = solutions.Count > 0 ? solutions : FilesUnder(fullPath, "*.csproj").ToList();
            return inputs.OrderBy(p => p, StringComparer.Ordinal).ToList();
        }

        public async Task<LoadedProjects> LoadAsync(string path, CancellationToken cancellationToken)
        {
            var inputs = Inputs(path);
            if (inputs.Count == 0)
            {
                _error.WriteLine(Directory.Exists(path)
                    ? $"srm: {path}: no .sln, .slnx or .csproj file under this folder"
                    : $"srm: {path}: no such file or folder");
                return new LoadedProjects(Array.Empty<Project>(), 0);
            }

            var projects = new List<Project>();
            // Every project that failed to restore or load, named once on the error writer however many inputs hold it.
            var failed = new SortedSet<string>(StringComparer.Ordinal);
            // Projects restored on their own after their solution's restore failed: another solution holding them need not restore them again.
            var restored = new HashSet<string>(StringComparer.Ordinal);
            foreach (var input in inputs)
            {
                var restoreFailures = _restore ? Restore(input, failed, cancellationToken) : new HashSet<string>();
                failed.UnionWith(restoreFailures);
                if (restoreFailures.Contains(input))
                {
                    continue;
                }

                var opened = await OpenAsync(input, failed, cancellationToken).ConfigureAwait(false);
                if (restoreFailures.Count > 0 && IsSolution(input))
                {
                    // One bad project fails the whole solution's restore: restore the others one by one, then load again.
                    foreach (var projectFile in opened.Select(p => p.FilePath).OfType<string>().Distinct().Where(f => !failed.Contains(f) && !restored.Contains(f)).ToList())
                    {
                        var projectFailures = Restore(projectFile, failed, cancellationToken);
                        restoreFailures.UnionWith(projectFailures);
                        failed.UnionWith(projectFailures);
                        if (projectFailures.Count == 0)
                        {
                            restored.Add(projectFile);
                        }
                    }

                    opened = await OpenAsync(input, failed, cancellationToken).ConfigureAwait(false);
                }

                foreach (var project in opened)
                {
                    // A project in two solutions, or restored badly, is analysed once / not at all.
                    if (project.FilePath is { } file && !restoreFailures.Contains(file)
                        && !projects.Any(p => p.FilePath == file && p.Name == project.Name))
                    {
                        projects.Add(project);
                    }
                }
            }

            return new LoadedProjects(projects.Where(p => p.FilePath is null || !failed.Contains(p.FilePath)).ToList(), failed.Count);
        }

        private async Task<IReadOnlyList<Project>> OpenAsync(string input, SortedSet<string> failed, CancellationToken cancellationToken)
        {
            // One workspace per input: an MSBuildWorkspace holds one solution.
            var workspace = MSBuildWorkspace.Create();
            var reported = new HashSet<string>(StringComparer.Ordinal);
            workspace.RegisterWorkspaceFailedHandler(e =>
            {
                if (e.Diagnostic.Kind != WorkspaceDiagnosticKind.Failure || WorkspaceMessages.IsWarningOnly(e.Diagnostic.Message))
                {
                    return;
                }

                var project = ProjectNamedIn(e.Diagnostic.Message) ?? input;
                // Restore failures were already reported, once per project.
                if (!failed.Contains(project) && reported.Add(project))
                {
                    _error.WriteLine($"srm: cannot load {project}: {OneLine(e.Diagnostic.Message)}");
                    lock (failed)
                    {
                        failed.Add(project);
                    }
                }
            });

            try
            {
                if (IsSolution(input))
                {
                    var solution = await workspace.OpenSolutionAsync(input, cancellationToken: cancellationToken).ConfigureAwait(false);
                    return solution.Projects.Where(p => p.Language == LanguageNames.CSharp).ToList();
                }

                var project = await workspace.OpenProjectAsync(input, cancellationToken: cancellationToken).ConfigureAwait(false);
                // Referenced projects are loaded too; only the one named is the command's.
                return project.Solution.Projects.Where(p => p.Language == LanguageNames.CSharp && p.FilePath == project.FilePath).ToList();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                if (reported.Add(input))
                {
                    _error.WriteLine($"srm: cannot load {input}: {OneLine(exception.Message)}");
                    failed.Add(input);
                }

                return Array.Empty<Project>();
            }
        }

        /// <summary>
        /// Runs `dotnet restore` on the input; returns the projects it reported errors for, with one line each on the
        /// error writer unless <paramref name="reported"/> holds it already (a broken project in two solutions fails
        /// both restores: it is named once).
        /// </summary>
        private HashSet<string> Restore(string input, IReadOnlySet<string> reported, CancellationToken cancellationToken)
        {
            var startInfo = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = Path.GetDirectoryName(input)!,
            };
            foreach (var argument in new[] { "restore", input, "-v:q", "-nologo", "-tl:off" })
            {
                startInfo.ArgumentList.Add(argument);
            }

            using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("dotnet could not be started");
            var errorText = process.StandardError.ReadToEndAsync(cancellationToken);
            var output = process.StandardOutput.ReadToEnd() + errorText.GetAwaiter().GetResult();
            process.WaitForExit();

            var failures = new HashSet<string>(StringComparer.Ordinal);
            if (process.ExitCode == 0)
            {
                return failures;
            }

            foreach (Match error in RestoreError.Matches(output))
            {
                var project = Path.GetFullPath(error.Groups["project"].Value.Trim());
                if (failures.Add(project) && !reported.Contains(project))
                {
                    _error.WriteLine($"srm: cannot restore {project}: {error.Groups["code"].Value}: {error.Groups["message"].Value}");
                }
            }

            if (failures.Count == 0)
            {
                // Not attributable to one project: name the input; its projects are still loaded and may work.
                var firstError = output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)) ?? $"dotnet restore exited with {process.ExitCode}";
                _error.WriteLine($"srm: cannot restore {input}: {firstError}");
            }

            return failures;
        }

        private static bool IsSolution(string path) =>
            Path.GetExtension(path).Equals(".sln", StringComparison.OrdinalIgnoreCase) || Path.GetExtension(path).Equals(".slnx", StringComparison.OrdinalIgnoreCase);

        private static string? ProjectNamedIn(string message)
        {
            var match = Regex.Match(message, @"'(?<path>[^']+\.(?:cs|vb|fs)proj)'", RegexOptions.CultureInvariant);
            return match.Success ? match.Groups["path"].Value : null;
        }

        private static string OneLine(string text) => Regex.Replace(text.Trim(), @"\s*[\r\n]+\s*", " ");

        private static IEnumerable<string> FilesUnder(string folder, string pattern)
        {
            foreach (var file in Directory.EnumerateFiles(folder, pattern))
            {
                yield return file;
            }

            foreach (var child in Directory.EnumerateDirectories(folder))
            {
                if (!SkippedFolders.Contains(Path.GetFileName(child), StringComparer.OrdinalIgnoreCase))
                {
                    foreach (var file in FilesUnder(child, pattern))
                    {
                        yield return file;
                    }
                }
            }
        }
    }
}
