using System.Collections.Immutable;
using System.Linq;
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
        /// <summary>
        /// Set on a finding the fix may rewrite: the wildcard action exactly as written in the JSON
        /// text or <c>ActionIdentifier</c> (<c>s3:*</c>, <c>*</c>). Only when the finding is the one Allow
        /// statement of a single document, JSON text or an <c>Amazon.Auth.AccessControlPolicy</c> object,
        /// whose Action holds exactly one wildcard and nothing unread.
        /// </summary>
        public const string WildcardActionProperty = "WildcardAction";

        /// <summary>With <see cref="WildcardActionProperty"/>: the IAM prefix the wildcard covers, lower case (<c>s3</c>); empty for <c>*</c> (every service).</summary>
        public const string ServicePrefixProperty = "ServicePrefix";

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
            PolicyStatement? findingStatement = null;
            var findingStatements = 0;
            foreach (var document in sink.Documents)
            {
                foreach (var statement in document.Statements)
                {
                    if (Evaluate(statement) is { } current)
                    {
                        findingStatements++;
                        if (finding is null || current.FullAdmin && !finding.Value.FullAdmin)
                        {
                            finding = current;
                            findingStatement = statement;
                        }
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
                properties: findingStatements == 1 && sink.Documents.Length == 1 ? FixProperties(sink.Documents[0], findingStatement!) : null,
                found.Message));
        }

        /// <summary>
        /// What the fix needs to replace the statement's wildcard action, or null when it cannot: a
        /// document neither JSON text nor the SDK's policy object model (objects given to a serializer), a NotAction, an Action with holes or
        /// with more than one wildcard (one replacement would leave the finding).
        /// </summary>
        private static ImmutableDictionary<string, string?>? FixProperties(PolicyDocument document, PolicyStatement statement)
        {
            if (document.SourceKind is not (PolicySourceKind.JsonText or PolicySourceKind.AccessControlPolicy)
                || statement.NotAction.IsPresent
                || statement.NotResource.IsPresent
                || statement.Action is not { HasUnknown: false } actions
                || actions.Values.Any(a => !ResolvedValue.IsComplete(a)))
            {
                return null;
            }

            var wildcards = actions.Values.Where(a => PolicyPredicates.IsAllActions(a) || PolicyPredicates.IsServiceWildcard(a, out _)).ToList();
            if (wildcards.Count != 1)
            {
                return null;
            }

            var wildcard = wildcards[0];
            var prefix = PolicyPredicates.IsServiceWildcard(wildcard, out var service) ? service.ToLowerInvariant() : string.Empty;
            return ImmutableDictionary<string, string?>.Empty
                .Add(WildcardActionProperty, wildcard)
                .Add(ServicePrefixProperty, prefix);
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
