using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace SrmAnalyzers.Tests.Infrastructure
{
    /// <summary>
    /// Runs an analyzer (and optionally its fixer, including FixAll) over test sources compiled
    /// against one AWS SDK major. Expected diagnostics are marked in the source:
    /// <c>{|SRM101:new PutObjectRequest|}</c> or <c>[|...|]</c> for the analyzer's only rule.
    /// </summary>
    public static class Verify<TAnalyzer>
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        public static Task AnalyzerAsync(string source, Sdk sdk, params DiagnosticResult[] expected) =>
            AnalyzerAsync(source, sdk, options: null, stubs: null, expected);

        public static async Task AnalyzerAsync(string source, Sdk sdk, string? options, IEnumerable<string>? stubs, params DiagnosticResult[] expected)
        {
            var test = new AnalyzerTest(sdk) { TestCode = source };
            Configure(test.TestState, options, stubs);
            test.ExpectedDiagnostics.AddRange(expected);
            await test.RunAsync(CancellationToken.None);
        }

        /// <summary>
        /// Runs the analyzer over <paramref name="source"/> with additional files (configuration files), whose
        /// text may mark expected diagnostics as well: <c>{|#0:"value"|}</c>.
        /// </summary>
        public static async Task AnalyzerWithFilesAsync(string source, Sdk sdk, IEnumerable<(string Path, string Text)> additionalFiles, string? options, params DiagnosticResult[] expected)
        {
            var test = new AnalyzerTest(sdk) { TestCode = source };
            Configure(test.TestState, options, stubs: null);
            foreach (var file in additionalFiles)
            {
                test.TestState.AdditionalFiles.Add((file.Path, file.Text));
            }

            test.ExpectedDiagnostics.AddRange(expected);
            await test.RunAsync(CancellationToken.None);
        }

        public static DiagnosticResult Diagnostic(string ruleId) => new DiagnosticResult(ruleId, DiagnosticSeverity.Warning);

        internal static void Configure(SolutionState state, string? options, IEnumerable<string>? stubs)
        {
            if (options is not null)
            {
                state.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + options));
            }

            foreach (var stub in stubs ?? System.Array.Empty<string>())
            {
                state.Sources.Add(Stubs.Get(stub));
            }
        }

        private sealed class AnalyzerTest : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            public AnalyzerTest(Sdk sdk)
            {
                ReferenceAssemblies = TestReferences.None;
                TestState.AdditionalReferences.AddRange(AwsReferences.For(sdk));
            }
        }
    }

    /// <summary>Runs a fixer over one source and compares with the expected fixed source (FixAll checked too).</summary>
    public static class Verify<TAnalyzer, TCodeFix>
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        /// <param name="equivalenceKey">The code action to apply (null: the first one offered).</param>
        /// <param name="expected">Diagnostics not expressible as markup (e.g. with additional locations: <c>{|#0:...|}</c>).</param>
        public static async Task CodeFixAsync(string source, string fixedSource, Sdk sdk, string? equivalenceKey = null, string? options = null, IEnumerable<string>? stubs = null, DiagnosticResult[]? expected = null)
        {
            var test = new CodeFixTest(sdk)
            {
                TestCode = source,
                FixedCode = fixedSource,
                CodeActionEquivalenceKey = equivalenceKey,
            };
            Verify<TAnalyzer>.Configure(test.TestState, options, stubs);
            Verify<TAnalyzer>.Configure(test.FixedState, options, stubs);
            test.ExpectedDiagnostics.AddRange(expected ?? System.Array.Empty<DiagnosticResult>());
            await test.RunAsync(CancellationToken.None);
        }

        private sealed class CodeFixTest : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            public CodeFixTest(Sdk sdk)
            {
                ReferenceAssemblies = TestReferences.None;
                TestState.AdditionalReferences.AddRange(AwsReferences.For(sdk));
                FixedState.AdditionalReferences.AddRange(AwsReferences.For(sdk));
            }
        }
    }

    internal static class TestReferences
    {
        /// <summary>No reference package at all: the runtime and SDK references come from <see cref="AwsReferences"/>, never from a download.</summary>
        public static readonly ReferenceAssemblies None = new("net10.0-local");
    }
}
