using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SrmAnalyzers.Core.Policies
{
    /// <summary>How the code produced a policy document.</summary>
    internal enum PolicySourceKind
    {
        /// <summary>JSON text: literals, constants, concatenation, interpolation.</summary>
        JsonText,

        /// <summary>An <c>Amazon.Auth.AccessControlPolicy.Policy</c> object graph turned into JSON with <c>ToJson()</c>.</summary>
        AccessControlPolicy,

        /// <summary>Anonymous objects, arrays or dictionaries given to a JSON serializer.</summary>
        SerializedObject,
    }

    internal enum PolicyEffect
    {
        Unknown,
        Allow,
        Deny,
    }

    /// <summary>Whether a statement has a <c>Condition</c> block.</summary>
    internal enum PolicyConditionState
    {
        /// <summary>No condition (absent, or an empty object).</summary>
        Absent,

        /// <summary>At least one condition.</summary>
        Present,

        /// <summary>The analyzer cannot tell.</summary>
        Unknown,
    }

    /// <summary>
    /// An IAM policy document (identity, resource or trust policy) as far as the analyzer can read
    /// it, whatever form the code wrote it in. Everything it cannot read is marked unknown, and
    /// predicates over the model treat unknown as "not a finding".
    /// </summary>
    internal sealed class PolicyDocument
    {
        public PolicyDocument(ImmutableArray<PolicyStatement> statements, bool hasUnknownStatements, PolicySourceKind sourceKind, SyntaxNode? origin)
        {
            Statements = statements;
            HasUnknownStatements = hasUnknownStatements;
            SourceKind = sourceKind;
            Origin = origin;
        }

        public ImmutableArray<PolicyStatement> Statements { get; }

        /// <summary>True when statements the analyzer could not read may exist.</summary>
        public bool HasUnknownStatements { get; }

        public PolicySourceKind SourceKind { get; }

        /// <summary>The expression the document was read from (a literal, a <c>ToJson()</c> call, a serializer call), when known.</summary>
        public SyntaxNode? Origin { get; }

        /// <summary>The policy model of a JSON root; a root that is not an object gives a document with unknown statements only.</summary>
        public static PolicyDocument FromJson(JsonNode root, PolicySourceKind sourceKind, SyntaxNode? origin)
        {
            if (root is not JsonObject document)
            {
                return new PolicyDocument(ImmutableArray<PolicyStatement>.Empty, hasUnknownStatements: true, sourceKind, origin);
            }

            var statementElement = document.Get("Statement");
            var statements = ImmutableArray.CreateBuilder<PolicyStatement>(statementElement is JsonArray list ? list.Items.Count : 1);
            var unknown = false;
            switch (statementElement)
            {
                case JsonObject single:
                    statements.Add(PolicyStatement.FromJson(single));
                    break;
                case JsonArray array:
                    unknown = array.IsIncomplete;
                    foreach (var item in array.Items)
                    {
                        if (item is JsonObject statement)
                        {
                            statements.Add(PolicyStatement.FromJson(statement));
                        }
                        else
                        {
                            unknown = true;
                        }
                    }

                    break;
                case null:
                    unknown = document.IsIncomplete;
                    break;
                default:
                    unknown = true;
                    break;
            }

            return new PolicyDocument(statements.Count == statements.Capacity ? statements.MoveToImmutable() : statements.ToImmutable(), unknown, sourceKind, origin);
        }
    }

    /// <summary>One statement of a policy document.</summary>
    internal sealed class PolicyStatement
    {
        public PolicyStatement(
            string? sid,
            PolicyEffect effect,
            PolicyPrincipal? principal,
            PolicyPrincipal? notPrincipal,
            PolicyValues action,
            PolicyValues notAction,
            PolicyValues resource,
            PolicyValues notResource,
            PolicyConditionState condition,
            bool hasUnknownMembers)
        {
            Sid = sid;
            Effect = effect;
            Principal = principal;
            NotPrincipal = notPrincipal;
            Action = action;
            NotAction = notAction;
            Resource = resource;
            NotResource = notResource;
            Condition = condition;
            HasUnknownMembers = hasUnknownMembers;
        }

        /// <summary>The statement id when it is a known string.</summary>
        public string? Sid { get; }

        public PolicyEffect Effect { get; }

        public bool IsAllow => Effect == PolicyEffect.Allow;

        /// <summary>The <c>Principal</c> element, or null when absent (identity policies).</summary>
        public PolicyPrincipal? Principal { get; }

        public PolicyPrincipal? NotPrincipal { get; }

        public PolicyValues Action { get; }

        public PolicyValues NotAction { get; }

        public PolicyValues Resource { get; }

        public PolicyValues NotResource { get; }

        public PolicyConditionState Condition { get; }

        /// <summary>True when members the analyzer could not read may exist (a Condition among them).</summary>
        public bool HasUnknownMembers { get; }

        public static PolicyStatement FromJson(JsonObject statement)
        {
            var sid = statement.Get("Sid") is JsonString { IsComplete: true } id ? id.Value : null;
            var effect = statement.Get("Effect") is JsonString { IsComplete: true } text
                ? string.Equals(text.Value, "Allow", StringComparison.OrdinalIgnoreCase) ? PolicyEffect.Allow
                : string.Equals(text.Value, "Deny", StringComparison.OrdinalIgnoreCase) ? PolicyEffect.Deny
                : PolicyEffect.Unknown
                : PolicyEffect.Unknown;
            return new PolicyStatement(
                sid,
                effect,
                PolicyPrincipal.FromJson(statement.Get("Principal")),
                PolicyPrincipal.FromJson(statement.Get("NotPrincipal")),
                PolicyValues.FromJson(statement.Get("Action")),
                PolicyValues.FromJson(statement.Get("NotAction")),
                PolicyValues.FromJson(statement.Get("Resource")),
                PolicyValues.FromJson(statement.Get("NotResource")),
                ConditionOf(statement.Get("Condition")),
                statement.IsIncomplete);
        }

        private static PolicyConditionState ConditionOf(JsonNode? condition) => condition switch
        {
            null => PolicyConditionState.Absent,
            JsonObject { Members.Count: > 0 } => PolicyConditionState.Present,
            JsonObject { IsIncomplete: false } => PolicyConditionState.Absent,
            _ => PolicyConditionState.Unknown,
        };
    }

    /// <summary>
    /// A <c>Principal</c> element: the string <c>"*"</c>, or a map from principal type (AWS,
    /// Service, Federated, CanonicalUser) to one or more values.
    /// </summary>
    internal sealed class PolicyPrincipal
    {
        public static readonly PolicyPrincipal Unknown = new(isWildcard: false, ImmutableArray<KeyValuePair<string, PolicyValues>>.Empty, hasUnknown: true);

        private readonly ImmutableArray<KeyValuePair<string, PolicyValues>> _byType;

        /// <param name="byType">Values by principal type, as written (a statement names a handful of types: a list, not a dictionary).</param>
        public PolicyPrincipal(bool isWildcard, ImmutableArray<KeyValuePair<string, PolicyValues>> byType, bool hasUnknown)
        {
            IsWildcard = isWildcard;
            _byType = byType;
            HasUnknown = hasUnknown;
        }

        /// <summary>The string form <c>"Principal": "*"</c>.</summary>
        public bool IsWildcard { get; }

        /// <summary>True when principals the analyzer could not read may exist.</summary>
        public bool HasUnknown { get; }

        /// <summary>The values of a principal type ("AWS", "Service", "Federated", "CanonicalUser"); ordinal, and the last one written wins, as for JSON members.</summary>
        public PolicyValues Of(string principalType)
        {
            for (var i = _byType.Length - 1; i >= 0; i--)
            {
                if (string.Equals(_byType[i].Key, principalType, StringComparison.Ordinal))
                {
                    return _byType[i].Value;
                }
            }

            return PolicyValues.Absent;
        }

        /// <summary>True when the element names principals of <paramref name="principalType"/> and of no other type.</summary>
        public bool NamesOnly(string principalType)
        {
            foreach (var entry in _byType)
            {
                if (!string.Equals(entry.Key, principalType, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return _byType.Length > 0;
        }

        public static PolicyPrincipal? FromJson(JsonNode? node)
        {
            switch (node)
            {
                case null:
                    return null;
                case JsonString { IsComplete: true, Value: "*" }:
                    return new PolicyPrincipal(isWildcard: true, ImmutableArray<KeyValuePair<string, PolicyValues>>.Empty, hasUnknown: false);
                case JsonObject map:
                    var byType = ImmutableArray.CreateBuilder<KeyValuePair<string, PolicyValues>>(map.Members.Count);
                    foreach (var member in map.Members)
                    {
                        byType.Add(new KeyValuePair<string, PolicyValues>(member.Key, PolicyValues.FromJson(member.Value)));
                    }

                    return new PolicyPrincipal(isWildcard: false, byType.MoveToImmutable(), map.IsIncomplete);
                default:
                    return Unknown;
            }
        }
    }

    /// <summary>
    /// The values of an element that IAM accepts as one string or an array of strings (Action,
    /// Resource, a principal type). Strings may contain <see cref="ResolvedValue.Hole"/>.
    /// </summary>
    internal readonly struct PolicyValues
    {
        public static readonly PolicyValues Absent = new(isPresent: false, ImmutableArray<string>.Empty, hasUnknown: false);

        public PolicyValues(bool isPresent, ImmutableArray<string> values, bool hasUnknown)
        {
            IsPresent = isPresent;
            Values = values.IsDefault ? ImmutableArray<string>.Empty : values;
            HasUnknown = hasUnknown;
        }

        /// <summary>True when the element is in the statement.</summary>
        public bool IsPresent { get; }

        /// <summary>The string values read, holes included.</summary>
        public ImmutableArray<string> Values { get; }

        /// <summary>True when values the analyzer could not read may exist.</summary>
        public bool HasUnknown { get; }

        /// <summary>The values without holes.</summary>
        public IEnumerable<string> CompleteValues => Values.Where(ResolvedValue.IsComplete);

        /// <summary>The first complete value matching <paramref name="predicate"/>, or null.</summary>
        public string? FirstComplete(Func<string, bool> predicate)
        {
            foreach (var value in Values)
            {
                if (ResolvedValue.IsComplete(value) && predicate(value))
                {
                    return value;
                }
            }

            return null;
        }

        public bool AnyComplete(Func<string, bool> predicate) => FirstComplete(predicate) is not null;

        public static PolicyValues FromJson(JsonNode? node)
        {
            switch (node)
            {
                case null:
                    return Absent;
                case JsonString text:
                    return new PolicyValues(isPresent: true, ImmutableArray.Create(text.Value), hasUnknown: false);
                case JsonArray array:
                    var values = ImmutableArray.CreateBuilder<string>(array.Items.Count);
                    var unknown = array.IsIncomplete;
                    foreach (var item in array.Items)
                    {
                        if (item is JsonString element)
                        {
                            values.Add(element.Value);
                        }
                        else
                        {
                            unknown = true;
                        }
                    }

                    return new PolicyValues(isPresent: true, values.ToImmutable(), unknown);
                default:
                    return new PolicyValues(isPresent: true, ImmutableArray<string>.Empty, hasUnknown: true);
            }
        }
    }
}
