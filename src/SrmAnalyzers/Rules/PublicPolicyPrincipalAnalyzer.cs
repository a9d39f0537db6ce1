using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SrmAnalyzers.Core;
using SrmAnalyzers.Core.Policies;

namespace SrmAnalyzers.Rules
{
    /// <summary>
    /// SRM202: a resource or trust policy with an Allow statement for principal <c>"*"</c> or
    /// <c>{"AWS": "*"}</c> and no Condition. Deny statements are never reported.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PublicPolicyPrincipalAnalyzer : SrmAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.PublicPolicyPrincipal);

        private protected override void OnAwsCompilationStart(SrmRegistrar context, AwsSymbols symbols) =>
            PolicySinks.Register(context, symbols, Analyze);

        private static void Analyze(PolicySinkContext sink)
        {
            foreach (var document in sink.Documents)
            {
                foreach (var statement in document.Statements)
                {
                    if (statement.PublicPrincipalForm() is { } principal && statement.IsUnconditional())
                    {
                        var trust = sink.Sink.Kind == PolicyKind.Trust;
                        var subject = PolicyMessages.Statement(statement, trust ? "Trust policy statement" : "Policy statement");
                        var consequence = trust
                            ? "any AWS account can assume the role"
                            : "anyone, including anonymous users, can act on the resource";
                        sink.Report(Diagnostic.Create(
                            DiagnosticDescriptors.PublicPolicyPrincipal,
                            sink.Sink.Location,
                            $"{subject} allows principal {principal} without a Condition: {consequence}"));
                        return;
                    }
                }
            }
        }
    }
}
