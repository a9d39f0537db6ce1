using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SrmAnalyzers.Core;
using SrmAnalyzers.Core.Policies;

namespace SrmAnalyzers.Rules
{
    /// <summary>
    /// SRM202: a resource or trust policy with an Allow statement for principal <c>"*"</c> or
    /// <c>{"AWS": "*"}</c> and no Condition. Deny statements are never reported. Also Lambda's
    /// <c>AddPermissionRequest</c>, which adds one Allow statement to a function's resource policy: Principal
    /// <c>"*"</c> with none of <c>SourceArn</c>, <c>SourceAccount</c>, <c>PrincipalOrgID</c>, reported at the
    /// Principal value (a public function URL, <c>FunctionUrlAuthType = NONE</c>, with that reason).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PublicPolicyPrincipalAnalyzer : SrmAnalyzer
    {
        private const string AddPermissionRequest = "Amazon.Lambda.Model.AddPermissionRequest";
        private const string PrincipalProperty = "Principal";

        /// <summary>The settings of AddPermission that become a Condition pinning who may use the grant.</summary>
        private static readonly string[] SourceRestrictions = { "SourceArn", "SourceAccount", "PrincipalOrgID" };

        /// <summary>Actions that let the principal run the function (unknown actions are counted among them).</summary>
        private static readonly string[] InvokeActions = { "lambda:InvokeFunction", "lambda:InvokeFunctionUrl", "lambda:*", "*" };

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.PublicPolicyPrincipal);

        private protected override void OnAwsCompilationStart(SrmRegistrar context, AwsSymbols symbols)
        {
            PolicySinks.Register(context, symbols, Analyze);
            var permissionRequests = symbols.GetAll(AddPermissionRequest);
            context.RegisterCreationAction(permissionRequests, creation => AnalyzePermission(creation, permissionRequests));
        }

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

        /// <summary>
        /// Lambda AddPermission: the statement it adds is for everyone when Principal is <c>"*"</c> (the only
        /// wildcard the API accepts; service principals, account IDs and ARNs name someone), and is
        /// unconditional unless SourceArn, SourceAccount or PrincipalOrgID is set. Reported at the value that
        /// writes <c>"*"</c>, in the initializer or in a later statement.
        /// </summary>
        private static void AnalyzePermission(CreationContext creation, ImmutableHashSet<INamedTypeSymbol> requestTypes)
        {
            var request = creation.Tracked;
            if (request.MayBeModifiedElsewhere)
            {
                return;
            }

            PropertyWrite? publicWrite = null;
            var certain = true;
            foreach (var write in request.FinalWritesOf(PrincipalProperty))
            {
                var value = creation.Resolver.Resolve(write.Value);
                if (value.Any(IsAnyone))
                {
                    publicWrite ??= write;
                }

                certain &= !value.HasUnknown && value.Values.All(IsAnyone);
            }

            if (publicWrite is null)
            {
                return;
            }

            foreach (var property in SourceRestrictions)
            {
                switch (Restriction(creation, request, property, requestTypes))
                {
                    case RestrictionState.Set:
                        return;
                    case RestrictionState.MayBeAbsent:
                        certain = false;
                        break;
                }
            }

            var grants = certain ? "grants" : "may grant";
            var action = request.ResolveFinal("Action", creation.Resolver);
            var actionName = action.IsSingleConstant && action.Values[0] is string name && ResolvedValue.IsComplete(name) ? name : null;
            var subject = $"{request.Type.Name} {grants} {actionName ?? "a permission"} to Principal \"*\"";
            string message;
            if (request.ResolveFinal("FunctionUrlAuthType", creation.Resolver).AnyString("NONE"))
            {
                message = $"{subject} with FunctionUrlAuthType NONE: the function URL is public with no authentication, and anyone on the internet can invoke the function";
            }
            else if (actionName is null || InvokeActions.Contains(actionName, StringComparer.OrdinalIgnoreCase))
            {
                message = $"{subject} without SourceArn, SourceAccount or PrincipalOrgID: any AWS account — or anyone on the internet through the function URL — can invoke the function";
            }
            else
            {
                message = $"{subject} without SourceArn, SourceAccount or PrincipalOrgID: any AWS account can call {actionName} on the function";
            }

            creation.Report(DiagnosticDescriptors.PublicPolicyPrincipal, Locations.OfValue(publicWrite), properties: null, message);
        }

        private enum RestrictionState
        {
            /// <summary>Set to a value on every path, or to one the analyzer cannot see: no finding.</summary>
            Set,

            /// <summary>Never written, or written only null or empty.</summary>
            Absent,

            /// <summary>Absent on some path (a conditional write, or a value that may be null or empty).</summary>
            MayBeAbsent,
        }

        private static RestrictionState Restriction(CreationContext creation, TrackedObject request, string property, ImmutableHashSet<INamedTypeSymbol> requestTypes)
        {
            if (!request.IsWritten(property))
            {
                // A write through a loop variable or parameter may set it on this very request.
                return CollectionElements.HasUnattributedWrite(creation.Resolver.Scope, property, requestTypes)
                    ? RestrictionState.Set
                    : RestrictionState.Absent;
            }

            var mayBeAbsent = request.MayBeUnset(property);
            var alwaysAbsent = true;
            foreach (var write in request.FinalWritesOf(property))
            {
                var value = creation.Resolver.Resolve(write.Value);
                mayBeAbsent |= value.Any(IsAbsentValue);
                alwaysAbsent &= !value.HasUnknown && value.Values.All(IsAbsentValue);
            }

            return !mayBeAbsent ? RestrictionState.Set
                : alwaysAbsent ? RestrictionState.Absent
                : RestrictionState.MayBeAbsent;
        }

        /// <summary>Lambda's Principal admits no other wildcard: whitespace fails its pattern, and IAM takes no partial ARN wildcards.</summary>
        private static bool IsAnyone(object? value) => value is "*";

        /// <summary>null is left out of the request by the SDK; an empty value names no source either.</summary>
        private static bool IsAbsentValue(object? value) => value is null or "";
    }
}
