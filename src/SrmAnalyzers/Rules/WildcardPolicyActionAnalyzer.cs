using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SrmAnalyzers.Core;
using SrmAnalyzers.Core.Policies;

namespace SrmAnalyzers.Rules
{
    /// <summary>
    /// SRM201: an identity or resource policy with an Allow statement for Action <c>*</c> or
    /// <c>service:*</c>, or Allow with NotAction/NotResource; Error when Action <c>*</c> meets
    /// Resource <c>*</c>. AWS's default KMS key policy statement is not a finding; trust policies
    /// are left to SRM202.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class WildcardPolicyActionAnalyzer : SrmAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.WildcardPolicyAction);

        private protected override void OnAwsCompilationStart(SrmRegistrar context, AwsSymbols symbols) =>
            PolicySinks.Register(context, symbols, Analyze);

        private static void Analyze(PolicySinkContext sink)
        {
            if (sink.Sink.Kind == PolicyKind.Trust)
            {
                return;
            }

            (string Message, bool FullAdmin)? finding = null;
            foreach (var document in sink.Documents)
            {
                foreach (var statement in document.Statements)
                {
                    if (Evaluate(statement) is { } current && (finding is null || current.FullAdmin && !finding.Value.FullAdmin))
                    {
                        finding = current;
                    }
                }
            }

            if (finding is not { } found)
            {
                return;
            }

            var descriptor = DiagnosticDescriptors.WildcardPolicyAction;
            sink.Report(Diagnostic.Create(
                descriptor,
                sink.Sink.Location,
                found.FullAdmin ? DiagnosticSeverity.Error : descriptor.DefaultSeverity,
                additionalLocations: null,
                properties: null,
                found.Message));
        }

        private static (string Message, bool FullAdmin)? Evaluate(PolicyStatement statement)
        {
            if (!statement.IsAllow || statement.IsDefaultKmsKeyPolicyStatement())
            {
                return null;
            }

            var subject = PolicyMessages.Statement(statement);
            if (statement.AllowsAllActions())
            {
                return statement.AppliesToAnyResource()
                    ? ($"{subject} allows Action '*' on Resource '*' (full administrator access)", true)
                    : ($"{subject} allows Action '*' (every action of every service)", false);
            }

            if (statement.AllowedServiceWildcard() is { } serviceWildcard)
            {
                return ($"{subject} allows Action '{PolicyMessages.Shorten(serviceWildcard)}' (every action of the service)", false);
            }

            if (statement.AllowsWithNotAction())
            {
                return ($"{subject} combines Allow with NotAction (allows every action not listed)", false);
            }

            if (statement.AllowsWithNotResource())
            {
                return ($"{subject} combines Allow with NotResource (applies to every resource not listed)", false);
            }

            return null;
        }
    }
}
