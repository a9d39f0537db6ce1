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
    /// writer, and on the error writer the lines saying what the policy cannot hold (among them the SDK calls left out
    /// of it because their IAM actions are not known). Independent of how the compilations were loaded.
    /// </summary>
    internal sealed class PolicyReport
    {
        private readonly SortedDictionary<string, List<PermissionUse>> _usesByProject = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<UnmappedCall>> _unmappedByProject = new(StringComparer.Ordinal);
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
                _unmappedByProject[project] = new List<UnmappedCall>();
            }

            if (compilation is null)
            {
                return;
            }

            var calls = ProjectPermissions.CollectCalls(compilation, cancellationToken);
            uses.AddRange(calls.Uses);
            _unmappedByProject[project].AddRange(calls.Unmapped);

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

            WriteUnmapped(explain);

            if (allUses.Count == 0)
            {
                _error.WriteLine(_unmappedByProject.Values.Any(u => u.Count > 0)
                    ? "srm: no AWS SDK call with a known IAM action: the policy has no statement (IAM accepts a policy only with one)"
                    : "srm: no AWS SDK call found: the policy has no statement (IAM accepts a policy only with one; there is nothing to grant)");
            }
            else if (perProject)
            {
                foreach (var project in _usesByProject.Where(p => p.Value.Count == 0).Select(p => p.Key))
                {
                    _error.WriteLine(_unmappedByProject[project].Count > 0
                        ? $"srm: {project}: no AWS SDK call with a known IAM action, its policy has no statement"
                        : $"srm: {project}: no AWS SDK call found, its policy has no statement");
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

        // The calls left out of the policy because their operation's IAM actions are not known, sorted by operation, file,
        // line: one line per operation, at its first call, with how many more there are (a big project may call one
        // operation in many places); with --explain, one line per call. A call site seen in several projects (or target
        // frameworks) counts once.
        // "srm: Admin.cs:12: ApiGatewayV2.SomeNewOperation: no known IAM action; not in the policy (and 2 more calls)"
        private void WriteUnmapped(bool explain)
        {
            var calls = _unmappedByProject.Values
                .SelectMany(u => u)
                .Select(u => (u.Operation, Span: u.Location.GetLineSpan()))
                .Select(u => (u.Operation, File: DisplayPath(u.Span.Path), Line: u.Span.StartLinePosition.Line + 1))
                .Distinct()
                .OrderBy(u => u.Operation, StringComparer.Ordinal)
                .ThenBy(u => u.File, StringComparer.Ordinal)
                .ThenBy(u => u.Line);
            foreach (var operation in calls.GroupBy(u => u.Operation))
            {
                var sites = operation.ToList();
                foreach (var (_, file, line) in explain ? sites : sites.Take(1))
                {
                    var more = explain || sites.Count == 1 ? string.Empty : $" (and {sites.Count - 1} more call{(sites.Count == 2 ? string.Empty : "s")})";
                    _error.WriteLine($"srm: {file}:{line}: {operation.Key}: no known IAM action; not in the policy{more}");
                }
            }
        }

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
