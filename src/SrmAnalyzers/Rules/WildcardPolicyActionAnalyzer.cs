using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
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
        /// text or <c>ActionIdentifier</c> (<c>s3:*</c>, <c>*</c>) of the first Allow statement with a finding;
        /// the next ones, in document order, are under this name followed by <c>.1</c>, <c>.2</c>, ...
        /// (<see cref="FixTargets"/>). Only when the finding is in a single document, JSON text or an
        /// <c>Amazon.Auth.AccessControlPolicy</c> object, every statement with a finding has an Action that holds
        /// exactly one wildcard and nothing unread, and no other statement of the document has one of those
        /// wildcards as an Action (so each place the fix finds the wildcard written is a finding's).
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
            var findingStatements = new List<PolicyStatement>();
            foreach (var document in sink.Documents)
            {
                foreach (var statement in document.Statements)
                {
                    if (Evaluate(statement) is { } current)
                    {
                        findingStatements.Add(statement);
                        if (finding is null || current.FullAdmin && !finding.Value.FullAdmin)
                        {
                            finding = current;
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
                properties: sink.Documents.Length == 1 ? FixProperties(sink.Documents[0], findingStatements) : null,
                found.Message));
        }

        /// <summary>
        /// The wildcard and service prefix of each Allow statement with a finding, in document order, as
        /// <see cref="FixProperties"/> set them; empty when the finding has no fix.
        /// </summary>
        public static ImmutableArray<(string Wildcard, string ServicePrefix)> FixTargets(ImmutableDictionary<string, string?> properties)
        {
            var targets = ImmutableArray.CreateBuilder<(string, string)>();
            for (var index = 0; ; index++)
            {
                var suffix = index == 0 ? string.Empty : "." + index.ToString(CultureInfo.InvariantCulture);
                if (!properties.TryGetValue(WildcardActionProperty + suffix, out var wildcard) || string.IsNullOrEmpty(wildcard)
                    || !properties.TryGetValue(ServicePrefixProperty + suffix, out var prefix) || prefix is null)
                {
                    return targets.ToImmutable();
                }

                targets.Add((wildcard!, prefix));
            }
        }

        /// <summary>
        /// What the fix needs to replace the wildcard action of every statement with a finding, or null when
        /// it cannot: a document neither JSON text nor the SDK's policy object model (objects given to a
        /// serializer), a NotAction or NotResource, an Action with holes or with more than one wildcard (one
        /// replacement would leave the finding), or a wildcard that another statement (a Deny, AWS's default
        /// KMS statement) has as an Action too (the fix could not tell which place is the finding's).
        /// </summary>
        private static ImmutableDictionary<string, string?>? FixProperties(PolicyDocument document, IReadOnlyList<PolicyStatement> findingStatements)
        {
            if (document.SourceKind is not (PolicySourceKind.JsonText or PolicySourceKind.AccessControlPolicy))
            {
                return null;
            }

            var properties = ImmutableDictionary<string, string?>.Empty;
            var wildcards = new HashSet<string>(StringComparer.Ordinal);
            for (var index = 0; index < findingStatements.Count; index++)
            {
                if (WildcardToReplace(findingStatements[index]) is not { } wildcard)
                {
                    return null;
                }

                wildcards.Add(wildcard);
                var prefix = PolicyPredicates.IsServiceWildcard(wildcard, out var service) ? service.ToLowerInvariant() : string.Empty;
                var suffix = index == 0 ? string.Empty : "." + index.ToString(CultureInfo.InvariantCulture);
                properties = properties
                    .Add(WildcardActionProperty + suffix, wildcard)
                    .Add(ServicePrefixProperty + suffix, prefix);
            }

            foreach (var statement in document.Statements)
            {
                if (!findingStatements.Contains(statement) && statement.Action.Values.Any(wildcards.Contains))
                {
                    return null;
                }
            }

            return properties;
        }

        /// <summary>The one wildcard of the statement's Action, or null when the fix cannot replace it.</summary>
        private static string? WildcardToReplace(PolicyStatement statement)
        {
            if (statement.NotAction.IsPresent
                || statement.NotResource.IsPresent
                || statement.Action is not { HasUnknown: false } actions
                || actions.Values.Any(a => !ResolvedValue.IsComplete(a)))
            {
                return null;
            }

            var wildcards = actions.Values.Where(a => PolicyPredicates.IsAllActions(a) || PolicyPredicates.IsServiceWildcard(a, out _)).ToList();
            return wildcards.Count == 1 ? wildcards[0] : null;
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
