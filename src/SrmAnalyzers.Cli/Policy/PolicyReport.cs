using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using Microsoft.CodeAnalysis;
using SrmAnalyzers.Core.LeastPrivilege;

namespace SrmAnalyzers.Cli.Policy
{
    /// <summary>
    /// What `srm iam-policy` prints for the projects' compilations: the policy (or one per project) on the output
    /// writer, and on the error writer the lines saying what the policy cannot hold. Independent of how the
    /// compilations were loaded.
    /// </summary>
    internal sealed class PolicyReport
    {
        private readonly SortedDictionary<string, List<PermissionUse>> _usesByProject = new(StringComparer.Ordinal);
        private readonly TextWriter _error;

        public PolicyReport(TextWriter error)
        {
            _error = error;
        }

        /// <summary>
        /// Adds the calls of one workspace project's compilation under <paramref name="project"/> (its file as
        /// printed): a multi-targeted project is one workspace project per framework, merged under its file.
        /// </summary>
        public void Add(string project, Compilation? compilation, CancellationToken cancellationToken)
        {
            if (!_usesByProject.TryGetValue(project, out var uses))
            {
                _usesByProject[project] = uses = new List<PermissionUse>();
            }

            if (compilation is null)
            {
                return;
            }

            uses.AddRange(ProjectPermissions.Collect(compilation, cancellationToken));

            // Calls on SDK types that do not bind (a missing or mismatched package) are not recognised.
            var errors = compilation.GetDiagnostics(cancellationToken).Count(d => d.Severity == DiagnosticSeverity.Error);
            if (errors > 0)
            {
                _error.WriteLine($"srm: {project}: does not compile ({errors} error{(errors == 1 ? string.Empty : "s")}); its policy holds only the calls that bind");
            }
        }

        /// <summary>Writes the merged policy, or with <paramref name="perProject"/> one per project, and the lines on the error writer.</summary>
        public void Write(bool perProject, bool explain, TextWriter output)
        {
            var allUses = _usesByProject.Values.SelectMany(u => u).ToList();
            var merged = IamPolicy.From(allUses.Select(u => u.Permission));
            output.Write(perProject
                ? PerProjectJson(_usesByProject.ToDictionary(p => p.Key, p => IamPolicy.From(p.Value.Select(u => u.Permission))))
                : merged.ToJson());

            foreach (var action in merged.RejectedActions)
            {
                _error.WriteLine($"srm: left out '{action}': not a single IAM action");
            }

            if (allUses.Count == 0)
            {
                _error.WriteLine("srm: no AWS SDK call found: the policy has no statement (IAM accepts a policy only with one; there is nothing to grant)");
            }
            else if (perProject)
            {
                foreach (var project in _usesByProject.Where(p => p.Value.Count == 0).Select(p => p.Key))
                {
                    _error.WriteLine($"srm: {project}: no AWS SDK call found, its policy has no statement");
                }
            }

            if (explain)
            {
                Explain(allUses);
            }
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

        /// <summary>A path as the command prints it: relative to the current folder, '/'-separated.</summary>
        public static string DisplayPath(string path) =>
            Path.IsPathRooted(path) ? Path.GetRelativePath(Environment.CurrentDirectory, path).Replace('\\', '/') : path;

        // "s3:PutObject on arn:aws:s3:::uploads/*: UploadHandler.cs:42 (S3.PutObject)", sorted by action, resource, file, line.
        private void Explain(IEnumerable<PermissionUse> uses)
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
                _error.WriteLine($"{action} on {resource}: {file}:{line} ({operation})");
            }
        }
    }
}
