using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SrmAnalyzers.Core;

namespace SrmAnalyzers.Rules
{
    /// <summary>
    /// SRM901: an <c>srm.*</c> option with a value its rule does not accept (an empty value included),
    /// or a key no rule reads. Reported once per distinct key and value for the compilation; the rule
    /// falls back to its default. <c>unset</c> (EditorConfig's way to remove an outer file's value) is
    /// not reported: the default applies, as the user asked.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class InvalidOptionAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.InvalidOption);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationAction(AnalyzeCompilation);
        }

        private static void AnalyzeCompilation(CompilationAnalysisContext context)
        {
            // Like every SRM rule: nothing at all in projects that do not use the AWS SDK.
            if (!AwsSymbols.TryCreate(context.Compilation, out _))
            {
                return;
            }

            var provider = context.Options.AnalyzerConfigOptionsProvider;
            var messages = new SortedSet<string>(StringComparer.Ordinal);
            Check(provider.GlobalOptions, messages);
            foreach (var tree in context.Compilation.SyntaxTrees)
            {
                Check(provider.GetOptions(tree), messages);
            }

            // Options in sections that match only configuration files ([*.json]) reach SRM102 there.
            foreach (var file in context.Options.AdditionalFiles)
            {
                Check(provider.GetOptions(file), messages);
            }

            foreach (var message in messages)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidOption, Location.None, message));
            }
        }

        private static void Check(AnalyzerConfigOptions options, SortedSet<string> messages)
        {
            foreach (var key in options.Keys)
            {
                if (!key.StartsWith(SrmOptions.Prefix, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var definition = OptionDefinitions.All.FirstOrDefault(d => string.Equals(d.Key, key, StringComparison.OrdinalIgnoreCase));
                if (definition is null)
                {
                    messages.Add($"Option '{key}' is not read by any SrmAnalyzers rule; known options: {string.Join(", ", OptionDefinitions.All.Select(d => d.Key))}");
                    continue;
                }

                if (!options.TryGetValue(key, out var raw))
                {
                    continue;
                }

                // An empty value is reported too: it is most often a mistake, or an attempt to say "no
                // ports" (that is `none`), and the rule keeps its default, which may allow more than meant.
                var value = (raw ?? string.Empty).Trim();
                if (SrmOptions.IsUnset(value) || (value.Length > 0 && definition.IsValid(value)))
                {
                    continue;
                }

                var written = value.Length == 0 ? "an empty value" : $"the value '{SecretPatterns.RedactSecretsIn(value)}'";
                var remark = definition.Remark is null ? string.Empty : "; " + definition.Remark;
                messages.Add($"Option '{definition.Key}' has {written}, but accepts {definition.AcceptedValues}; {definition.RuleId} uses its default ({definition.DefaultValue}){remark}");
            }
        }
    }
}
