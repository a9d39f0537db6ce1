using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using SrmAnalyzers.Core.LeastPrivilege;

namespace SrmAnalyzers.Cli.Policy
{
    /// <summary>One Allow statement: actions of one IAM service prefix, all needed on the same resources.</summary>
    internal sealed record PolicyStatement(string Sid, IReadOnlyList<string> Actions, IReadOnlyList<string> Resources);

    /// <summary>
    /// An identity-based IAM policy built from the permissions a project's calls need. The same permissions,
    /// in any order, always give the same statements and the same text.
    /// </summary>
    internal sealed class IamPolicy
    {
        public const string PolicyLanguageVersion = "2012-10-17";

        // An action the policy may grant: "prefix:Operation", never a wildcard (IAM prefixes are lower case, letters, digits, '-').
        private static readonly Regex GrantableAction = new("^[a-z0-9-]+:[A-Za-z0-9]+$", RegexOptions.CultureInvariant);

        private IamPolicy(IReadOnlyList<PolicyStatement> statements, IReadOnlyList<string> rejectedActions)
        {
            Statements = statements;
            RejectedActions = rejectedActions;
        }

        /// <summary>Sorted by service prefix, then resources, then actions.</summary>
        public IReadOnlyList<PolicyStatement> Statements { get; }

        /// <summary>Actions left out because they are not a single grantable action (a wildcard, no prefix); sorted.</summary>
        public IReadOnlyList<string> RejectedActions { get; }

        /// <summary>
        /// Groups by service prefix; within a service, the actions needed on exactly the same set of
        /// resources share one statement (so s3:GetObject and s3:PutObject on one prefix do, while
        /// s3:ListBucket on the bucket gets its own).
        /// </summary>
        public static IamPolicy From(IEnumerable<RequiredPermission> permissions)
        {
            var distinct = permissions.Distinct().ToList();
            var rejected = distinct.Select(p => p.Action).Where(a => !GrantableAction.IsMatch(a)).Distinct().OrderBy(a => a, StringComparer.Ordinal).ToList();
            var statements = new List<PolicyStatement>();
            foreach (var service in distinct.Where(p => GrantableAction.IsMatch(p.Action)).GroupBy(p => p.ServicePrefix).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var groups = service
                    .GroupBy(p => p.Action)
                    .Select(action => (Action: action.Key, Resources: action.Select(p => p.Resource).Distinct().OrderBy(r => r, StringComparer.Ordinal).ToList()))
                    .GroupBy(a => string.Join("\n", a.Resources))
                    .Select(g => (Actions: g.Select(a => a.Action).OrderBy(a => a, StringComparer.Ordinal).ToList(), Resources: g.First().Resources))
                    .OrderBy(g => string.Join("\n", g.Resources), StringComparer.Ordinal)
                    .ThenBy(g => string.Join("\n", g.Actions), StringComparer.Ordinal)
                    .ToList();
                for (var i = 0; i < groups.Count; i++)
                {
                    statements.Add(new PolicyStatement(SidPrefix(service.Key) + "Statement" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), groups[i].Actions, groups[i].Resources));
                }
            }

            return new IamPolicy(statements, rejected);
        }

        /// <summary>The policy document, indented, with a final newline.</summary>
        public string ToJson()
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                WriteTo(writer);
            }

            return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
        }

        /// <summary>Writes the policy as one JSON object (used alone and as a value of --per-project's object).</summary>
        public void WriteTo(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteString("Version", PolicyLanguageVersion);
            writer.WriteStartArray("Statement");
            foreach (var statement in Statements)
            {
                writer.WriteStartObject();
                writer.WriteString("Sid", statement.Sid);
                writer.WriteString("Effect", "Allow");
                WriteStrings(writer, "Action", statement.Actions);
                WriteStrings(writer, "Resource", statement.Resources);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
        {
            writer.WriteStartArray(name);
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }

        // A Sid is alphanumeric: "s3" → "S3Statement1", "execute-api" → "ExecuteApiStatement1", numbered per service.
        private static string SidPrefix(string servicePrefix) =>
            string.Concat(servicePrefix.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpperInvariant(part[0]) + part.Substring(1)));
    }
}
