using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.CodeAnalysis;

namespace SrmAnalyzers.Cli.Scan
{
    /// <summary>Writes findings as one SARIF 2.1.0 run of the tool "SrmAnalyzers", with every rule it has in tool.driver.rules.</summary>
    internal static class SarifLog
    {
        public static void Write(string path, IReadOnlyList<Finding> findings, IReadOnlyList<DiagnosticDescriptor> rules)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            using var stream = File.Create(path);
            using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            writer.WriteStartObject();
            writer.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            writer.WriteString("version", "2.1.0");
            writer.WriteStartArray("runs");
            writer.WriteStartObject();

            writer.WriteStartObject("tool");
            writer.WriteStartObject("driver");
            writer.WriteString("name", "SrmAnalyzers");
            writer.WriteString("version", typeof(SarifLog).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
            writer.WriteString("informationUri", "https://github.com/SrmAnalyzers/SrmAnalyzers");
            writer.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                writer.WriteStartObject();
                writer.WriteString("id", rule.Id);
                writer.WriteStartObject("shortDescription");
                writer.WriteString("text", rule.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
                writer.WriteEndObject();
                if (!string.IsNullOrEmpty(rule.HelpLinkUri))
                {
                    writer.WriteString("helpUri", rule.HelpLinkUri);
                }

                writer.WriteStartObject("defaultConfiguration");
                writer.WriteString("level", rule.DefaultSeverity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "note" });
                writer.WriteBoolean("enabled", rule.IsEnabledByDefault);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();

            writer.WriteStartArray("results");
            foreach (var finding in findings)
            {
                writer.WriteStartObject();
                writer.WriteString("ruleId", finding.RuleId);
                writer.WriteString("level", finding.SarifLevel);
                writer.WriteStartObject("message");
                writer.WriteString("text", finding.Message);
                writer.WriteEndObject();
                if (finding.FilePath.Length > 0)
                {
                    writer.WriteStartArray("locations");
                    writer.WriteStartObject();
                    writer.WriteStartObject("physicalLocation");
                    writer.WriteStartObject("artifactLocation");
                    writer.WriteString("uri", new Uri(Path.GetFullPath(finding.FilePath)).AbsoluteUri);
                    writer.WriteEndObject();
                    writer.WriteStartObject("region");
                    writer.WriteNumber("startLine", finding.Line);
                    writer.WriteNumber("startColumn", finding.Column);
                    writer.WriteNumber("endLine", finding.EndLine);
                    writer.WriteNumber("endColumn", finding.EndColumn);
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
    }
}
