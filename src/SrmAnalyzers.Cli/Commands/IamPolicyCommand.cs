using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SrmAnalyzers.Cli.Loading;
using SrmAnalyzers.Cli.Policy;
using SrmAnalyzers.Core.LeastPrivilege;

namespace SrmAnalyzers.Cli.Commands
{
    /// <summary>`srm iam-policy`: the identity-based policy the projects' own AWS SDK calls need.</summary>
    internal static class IamPolicyCommand
    {
        public static async Task<int> RunAsync(string path, bool perProject, bool explain, bool restore, TextWriter output, TextWriter error, CancellationToken cancellationToken)
        {
            var loaded = await new ProjectLoader(error, restore).LoadAsync(path, cancellationToken).ConfigureAwait(false);
            if (loaded.Projects.Count == 0)
            {
                return ExitCodes.NothingLoaded;
            }

            // A multi-targeted project is one workspace project per framework: its uses are merged under its file.
            var usesByProject = new SortedDictionary<string, List<PermissionUse>>(StringComparer.Ordinal);
            var progress = new Progress(error, loaded.Projects.Count);
            foreach (var project in loaded.Projects)
            {
                progress.Next(project.Name);
                var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
                var key = DisplayPath(project.FilePath ?? project.Name);
                if (!usesByProject.TryGetValue(key, out var uses))
                {
                    usesByProject[key] = uses = new List<PermissionUse>();
                }

                if (compilation is not null)
                {
                    uses.AddRange(ProjectPermissions.Collect(compilation, cancellationToken));

                    // Calls on SDK types that do not bind (a missing or mismatched package) are not recognised.
                    var errors = compilation.GetDiagnostics(cancellationToken).Count(d => d.Severity == DiagnosticSeverity.Error);
                    if (errors > 0)
                    {
                        error.WriteLine($"srm: {key}: does not compile ({errors} errors); its policy holds only the calls that bind");
                    }
                }
            }

            var allUses = usesByProject.Values.SelectMany(u => u).ToList();
            if (perProject)
            {
                output.Write(PerProjectJson(usesByProject.ToDictionary(p => p.Key, p => IamPolicy.From(p.Value.Select(u => u.Permission)))));
            }
            else
            {
                output.Write(IamPolicy.From(allUses.Select(u => u.Permission)).ToJson());
            }

            var rejected = IamPolicy.From(allUses.Select(u => u.Permission)).RejectedActions;
            foreach (var action in rejected)
            {
                error.WriteLine($"srm: left out '{action}': not a single IAM action");
            }

            if (allUses.Count == 0)
            {
                error.WriteLine("srm: no AWS SDK call found: the policy has no statement (IAM accepts a policy only with one; there is nothing to grant)");
            }
            else if (perProject)
            {
                foreach (var project in usesByProject.Where(p => p.Value.Count == 0).Select(p => p.Key).OrderBy(p => p, StringComparer.Ordinal))
                {
                    error.WriteLine($"srm: {project}: no AWS SDK call found, its policy has no statement");
                }
            }

            if (explain)
            {
                Explain(allUses, error);
            }

            return loaded.Failures > 0 ? ExitCodes.LoadFailures : ExitCodes.Success;
        }

        /// <summary>One JSON object: each project's file path (relative to the current folder, '/'-separated) → its policy.</summary>
        public static string PerProjectJson(IReadOnlyDictionary<string, IamPolicy> policies)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                writer.WriteStartObject();
                foreach (var (project, policy) in policies.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(project);
                    policy.WriteTo(writer);
                }

                writer.WriteEndObject();
            }

            return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
        }

        // "s3:PutObject  arn:aws:s3:::uploads/*  UploadHandler.cs:42  S3.PutObject", sorted by action, resource, file, line.
        private static void Explain(IEnumerable<PermissionUse> uses, TextWriter error)
        {
            var lines = uses
                .Select(u => (u.Action, u.Resource, Span: u.Location.GetLineSpan(), u.Operation))
                .Select(u => (u.Action, u.Resource, File: DisplayPath(u.Span.Path), Line: u.Span.StartLinePosition.Line + 1, u.Operation))
                .Distinct()
                .OrderBy(u => u.Action, StringComparer.Ordinal)
                .ThenBy(u => u.Resource, StringComparer.Ordinal)
                .ThenBy(u => u.File, StringComparer.Ordinal)
                .ThenBy(u => u.Line);
            foreach (var (action, resource, file, line, operation) in lines)
            {
                error.WriteLine($"{action} on {resource}: {file}:{line} ({operation})");
            }
        }

        private static string DisplayPath(string path) =>
            Path.IsPathRooted(path) ? Path.GetRelativePath(Environment.CurrentDirectory, path).Replace('\\', '/') : path;
    }
}
