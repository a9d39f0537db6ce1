using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SrmAnalyzers.Core;
using SrmAnalyzers.Core.Policies;

namespace SrmAnalyzers.Rules
{
    /// <summary>
    /// SRM203: a permission policy with an Allow statement whose Action grants <c>iam:PassRole</c>
    /// (<c>iam:PassRole</c>, <c>iam:Pass*</c>, <c>iam:*</c>, any case) on Resource <c>*</c>.
    /// Action <c>*</c> and NotAction belong to SRM201; trust policies grant no permissions.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PassRoleOnAnyResourceAnalyzer : SrmAnalyzer
    {
        private const string PassRole = "iam:PassRole";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.PassRoleOnAnyResource);

        private protected override void OnAwsCompilationStart(SrmRegistrar context, AwsSymbols symbols) =>
            PolicySinks.Register(context, symbols, Analyze);

        private static void Analyze(PolicySinkContext sink)
        {
            if (sink.Sink.Kind == PolicyKind.Trust)
            {
                return;
            }

            // The documents of one sink are alternatives (branches of a conditional): one diagnostic per policy value.
            foreach (var document in sink.Documents)
            {
                foreach (var statement in document.Statements)
                {
                    if (Evaluate(statement) is { } message)
                    {
                        sink.Report(Diagnostic.Create(DiagnosticDescriptors.PassRoleOnAnyResource, sink.Sink.Location, message));
                        return;
                    }
                }
            }
        }

        private static string? Evaluate(PolicyStatement statement)
        {
            // Action "*" and NotAction are SRM201's findings; reporting them here too would say the same thing twice.
            if (!statement.IsAllow || statement.AllowsAllActions() || statement.NotAction.IsPresent || !statement.AppliesToAnyResource())
            {
                return null;
            }

            return statement.AllowedPatternCovering(PassRole) is { } pattern
                ? $"{PolicyMessages.Statement(statement)} allows '{PolicyMessages.Shorten(pattern.Trim())}' on Resource '*' (any role can be passed to a service)"
                : null;
        }
    }
}
