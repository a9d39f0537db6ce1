using System;
using System.Linq;

namespace SrmAnalyzers.Core.Policies
{
    /// <summary>
    /// Questions rules ask of a policy statement. Every predicate answers "yes" only on values it
    /// read completely: a hole, an unknown element or an unknown effect is never a finding.
    /// </summary>
    internal static class PolicyPredicates
    {
        /// <summary><c>*</c> (or <c>*:*</c>): every action of every service.</summary>
        public static bool IsAllActions(string action)
        {
            var trimmed = action.Trim();
            return trimmed == "*" || trimmed == "*:*";
        }

        /// <summary><c>s3:*</c>: every action of one service; <paramref name="service"/> is its prefix.</summary>
        public static bool IsServiceWildcard(string action, out string service)
        {
            var trimmed = action.Trim();
            var colon = trimmed.IndexOf(':');
            service = colon > 0 ? trimmed.Substring(0, colon) : string.Empty;
            return colon > 0
                && colon == trimmed.Length - 2
                && trimmed[trimmed.Length - 1] == '*'
                && service.IndexOf('*') < 0
                && service.IndexOf('?') < 0;
        }

        /// <summary>True when the IAM action pattern (<c>*</c> and <c>?</c> wildcards, case-insensitive) matches <paramref name="action"/>.</summary>
        public static bool ActionPatternCovers(string pattern, string action) =>
            GlobMatches(pattern.Trim(), 0, action, 0);

        /// <summary><c>Resource: "*"</c>: every resource.</summary>
        public static bool IsAnyResource(string resource) => resource.Trim() == "*";

        /// <summary>An Allow statement whose Action includes <c>*</c>.</summary>
        public static bool AllowsAllActions(this PolicyStatement statement) =>
            statement.IsAllow && statement.Action.AnyComplete(IsAllActions);

        /// <summary>True when the statement's Resource includes <c>*</c>.</summary>
        public static bool AppliesToAnyResource(this PolicyStatement statement) =>
            statement.Resource.AnyComplete(IsAnyResource);

        /// <summary>The first <c>service:*</c> action an Allow statement grants, or null.</summary>
        public static string? AllowedServiceWildcard(this PolicyStatement statement) =>
            statement.IsAllow ? statement.Action.FirstComplete(a => IsServiceWildcard(a, out _)) : null;

        /// <summary>
        /// The first action pattern of an Allow statement that grants <paramref name="action"/>
        /// without being <c>*</c> itself (e.g. <c>iam:Pass*</c> for <c>iam:PassRole</c>), or null.
        /// </summary>
        public static string? AllowedPatternCovering(this PolicyStatement statement, string action) =>
            statement.IsAllow ? statement.Action.FirstComplete(p => !IsAllActions(p) && ActionPatternCovers(p, action)) : null;

        public static bool AllowsWithNotAction(this PolicyStatement statement) => statement.IsAllow && statement.NotAction.IsPresent;

        public static bool AllowsWithNotResource(this PolicyStatement statement) => statement.IsAllow && statement.NotResource.IsPresent;

        /// <summary>True when the statement certainly has no condition (none written and no unreadable member that could be one).</summary>
        public static bool IsUnconditional(this PolicyStatement statement) =>
            statement.Condition == PolicyConditionState.Absent && !statement.HasUnknownMembers;

        /// <summary>
        /// How an Allow statement names everyone: <c>"*"</c> for <c>"Principal": "*"</c>,
        /// <c>{"AWS": "*"}</c> for an AWS principal <c>*</c>; null when it does not.
        /// </summary>
        public static string? PublicPrincipalForm(this PolicyStatement statement)
        {
            if (!statement.IsAllow || statement.Principal is not { } principal)
            {
                return null;
            }

            if (principal.IsWildcard)
            {
                return "\"*\"";
            }

            return principal.Of("AWS").AnyComplete(v => v.Trim() == "*") ? "{\"AWS\": \"*\"}" : null;
        }

        /// <summary>
        /// AWS's default key policy statement: Allow, the account's root principal, <c>kms:*</c> on
        /// <c>*</c>. It delegates key access to IAM and is the recommended default, not a wildcard finding.
        /// </summary>
        public static bool IsDefaultKmsKeyPolicyStatement(this PolicyStatement statement)
        {
            if (!statement.IsAllow
                || statement.Principal is not { IsWildcard: false, HasUnknown: false } principal
                || !principal.NamesOnly("AWS")
                || principal.Of("AWS") is not { IsPresent: true, HasUnknown: false, Values.Length: > 0 } aws
                || !aws.Values.All(CouldBeAccountRoot)
                || statement.NotAction.IsPresent
                || statement.NotResource.IsPresent
                || statement.Action is not { HasUnknown: false, Values.Length: > 0 } actions
                || !actions.Values.All(a => string.Equals(a.Trim(), "kms:*", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }

            return statement.Resource is { HasUnknown: false, Values.Length: > 0 } resources && resources.Values.All(IsAnyResource);
        }

        /// <summary><c>arn:aws:iam::111122223333:root</c> or a bare account id; an interpolated account id is allowed.</summary>
        private static bool CouldBeAccountRoot(string principal)
        {
            var value = principal.Trim();
            if (value.Length > 0 && value.All(c => char.IsDigit(c) || c == ResolvedValue.Hole))
            {
                return true;
            }

            if (!value.StartsWith("arn:", StringComparison.Ordinal) || !value.EndsWith(":root", StringComparison.Ordinal))
            {
                return false;
            }

            var parts = value.Split(':');
            return parts.Length == 6
                && parts[2] == "iam"
                && parts[3].Length == 0
                && parts[4].Length > 0
                && parts[4].All(c => char.IsDigit(c) || c == ResolvedValue.Hole);
        }

        /// <summary>Glob match with <c>*</c> and <c>?</c>, case-insensitive; iterative with one backtrack point (linear-ish, no recursion blow-up).</summary>
        private static bool GlobMatches(string pattern, int p, string text, int t)
        {
            int star = -1, mark = 0;
            while (t < text.Length)
            {
                if (p < pattern.Length && (pattern[p] == '?' || char.ToUpperInvariant(pattern[p]) == char.ToUpperInvariant(text[t])))
                {
                    p++;
                    t++;
                }
                else if (p < pattern.Length && pattern[p] == '*')
                {
                    star = p++;
                    mark = t;
                }
                else if (star >= 0)
                {
                    p = star + 1;
                    t = ++mark;
                }
                else
                {
                    return false;
                }
            }

            while (p < pattern.Length && pattern[p] == '*')
            {
                p++;
            }

            return p == pattern.Length;
        }
    }
}
