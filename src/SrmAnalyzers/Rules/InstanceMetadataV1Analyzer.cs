using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SrmAnalyzers.Core;

namespace SrmAnalyzers.Rules
{
    /// <summary>
    /// SRM404: EC2 instances that answer IMDSv1 (unauthenticated instance metadata requests):
    /// <c>RunInstancesRequest</c> and launch template data without <c>MetadataOptions</c> or with
    /// <c>HttpTokens</c> not <c>required</c>, and <c>ModifyInstanceMetadataOptionsRequest</c> that
    /// sets <c>HttpTokens</c> to optional. A metadata endpoint that is certainly disabled is not a finding.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class InstanceMetadataV1Analyzer : SrmAnalyzer
    {
        /// <summary>Diagnostic property: which fix applies (<see cref="AddOptionsFix"/>, <see cref="AddTokensFix"/>, <see cref="ReplaceTokensFix"/>); absent when there is none.</summary>
        public const string FixProperty = "Fix";

        /// <summary>The reported creation has no MetadataOptions: add one that requires tokens.</summary>
        public const string AddOptionsFix = "AddMetadataOptions";

        /// <summary>The MetadataOptions creation (the additional location) never sets HttpTokens: add HttpTokens = Required.</summary>
        public const string AddTokensFix = "AddHttpTokens";

        /// <summary>HttpTokens is set to optional: the additional locations are the values to replace with Required.</summary>
        public const string ReplaceTokensFix = "ReplaceHttpTokens";

        internal const string MetadataOptionsProperty = "MetadataOptions";
        internal const string HttpTokensProperty = "HttpTokens";
        internal const string RequiredMember = "Required";

        private const string HttpEndpointProperty = "HttpEndpoint";
        private const string RunInstancesRequest = "Amazon.EC2.Model.RunInstancesRequest";
        private const string ModifyRequest = "Amazon.EC2.Model.ModifyInstanceMetadataOptionsRequest";
        private const string CreateLaunchTemplateVersionRequest = "Amazon.EC2.Model.CreateLaunchTemplateVersionRequest";
        private const string LaunchTemplateDataProperty = "LaunchTemplateData";

        private static readonly string[] LaunchTemplateRequests = { "Amazon.EC2.Model.CreateLaunchTemplateRequest", CreateLaunchTemplateVersionRequest };

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.InstanceMetadataV1Allowed);

        private protected override void OnAwsCompilationStart(SrmRegistrar context, AwsSymbols symbols)
        {
            context.RegisterCreationAction(symbols.GetAll(RunInstancesRequest), AnalyzeRunInstances);
            context.RegisterCreationAction(symbols.GetAll(LaunchTemplateRequests), AnalyzeLaunchTemplate);
            context.RegisterCreationAction(symbols.GetAll(ModifyRequest), AnalyzeModify);
        }

        private static void AnalyzeRunInstances(CreationContext creation)
        {
            // Settings missing from the request come from the launch template, which may require IMDSv2.
            var request = creation.Tracked;
            var launchTemplateDecides = request.IsWritten("LaunchTemplate") && !IsCertainlyNull(request.ResolveFinal("LaunchTemplate", creation.Resolver));
            JudgeInstanceSettings(creation, request, Locations.OfCreation(creation.Creation), "RunInstancesRequest", launchTemplateDecides);
        }

        private static void AnalyzeLaunchTemplate(CreationContext creation)
        {
            if (creation.Tracked.Nested(LaunchTemplateDataProperty) is not { } data)
            {
                return;
            }

            // A new version based on SourceVersion inherits every setting its data leaves out.
            var inherits = ValueResolver.MetadataName((INamedTypeSymbol)creation.Tracked.Type) == CreateLaunchTemplateVersionRequest
                && creation.Tracked.IsWritten("SourceVersion");
            JudgeInstanceSettings(creation, data, Locations.OfCreation(data.Creation), data.Type.Name, inherits);
        }

        private static void AnalyzeModify(CreationContext creation)
        {
            // An unset HttpTokens leaves the instance's setting unchanged: only an explicit optional is a finding.
            var request = creation.Tracked;
            if (request.IsWritten(HttpTokensProperty) && !EndpointCertainlyDisabled(request, creation.Resolver))
            {
                ReportOptionalTokens(creation, request, Locations.OfCreation(creation.Creation), "ModifyInstanceMetadataOptionsRequest", nullIsOptional: false);
            }
        }

        /// <param name="settingsFromElsewhere">True when settings the code leaves out come from a launch template (version) the analyzer cannot see.</param>
        private static void JudgeInstanceSettings(CreationContext creation, TrackedObject owner, Location location, string ownerName, bool settingsFromElsewhere)
        {
            if (owner.IsDefinitelyUnset(MetadataOptionsProperty))
            {
                if (!settingsFromElsewhere && !HasUnattributedWrite(creation, owner, MetadataOptionsProperty))
                {
                    var properties = owner.Creation.Syntax is BaseObjectCreationExpressionSyntax ? FixProperties(AddOptionsFix) : null;
                    creation.Report(
                        DiagnosticDescriptors.InstanceMetadataV1Allowed,
                        location,
                        properties,
                        $"{ownerName} sets no MetadataOptions: HttpTokens defaults to optional, so IMDSv1 stays available unless the AMI or the account default requires IMDSv2");
                }

                return;
            }

            if (owner.Nested(MetadataOptionsProperty) is not { } options || EndpointCertainlyDisabled(options, creation.Resolver))
            {
                return;
            }

            var name = ownerName + ".MetadataOptions";
            if (options.IsWritten(HttpTokensProperty))
            {
                ReportOptionalTokens(creation, options, location, name, nullIsOptional: true);
                return;
            }

            // An endpoint the analyzer cannot resolve may be disabled, which makes IMDSv1 unreachable.
            if (settingsFromElsewhere
                || options.MayBeModifiedElsewhere
                || options.IsWritten(HttpEndpointProperty) && options.ResolveFinal(HttpEndpointProperty, creation.Resolver).HasUnknown
                || HasUnattributedWrite(creation, options, HttpTokensProperty))
            {
                return;
            }

            creation.Context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.InstanceMetadataV1Allowed,
                location,
                new[] { Locations.OfCreation(options.Creation) },
                options.Creation.Syntax is BaseObjectCreationExpressionSyntax ? FixProperties(AddTokensFix) : null,
                $"{name} does not set HttpTokens: it defaults to optional, so IMDSv1 stays available unless the AMI or the account default requires IMDSv2"));
        }

        /// <summary>Reports the final HttpTokens writes that may be optional (one diagnostic for all of them).</summary>
        private static void ReportOptionalTokens(CreationContext creation, TrackedObject target, Location location, string name, bool nullIsOptional)
        {
            var optional = new List<PropertyWrite>();
            var certain = true;
            foreach (var write in target.FinalWritesOf(HttpTokensProperty))
            {
                var value = creation.Resolver.Resolve(write.Value);
                if (value.Any(v => IsOptional(v, nullIsOptional)))
                {
                    optional.Add(write);
                }

                certain &= !value.HasUnknown && value.Values.All(v => IsOptional(v, nullIsOptional));
            }

            if (optional.Count == 0)
            {
                return;
            }

            // Where the optional value is written: inside the request's creation (its initializer included)
            // there, else at the later statement that writes it (`if (spot) request.MetadataOptions.HttpTokens =
            // HttpTokensState.Optional;`, or `request.MetadataOptions = new ... { HttpTokens = Optional }`).
            var values = optional.Select(Locations.OfValue).ToList();
            var creationSyntax = creation.Creation.Syntax;
            var reported = values.FirstOrDefault(value => value.SourceTree == creationSyntax.SyntaxTree && !creationSyntax.Span.Contains(value.SourceSpan)) ?? location;
            var what = certain ? "is optional: IMDSv1 stays available" : "may be optional: on that path IMDSv1 stays available";
            creation.Context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.InstanceMetadataV1Allowed,
                reported,
                values,
                FixProperties(ReplaceTokensFix),
                $"{name}.HttpTokens {what}; require IMDSv2 session tokens"));
        }

        /// <summary>True when the value may be "optional" (what the fix of a finding at a wrapper's argument or a helper's return replaces).</summary>
        internal static bool MayBeOptional(ResolvedValue value) => value.Any(v => IsOptional(v, nullIsOptional: false));

        /// <summary>"optional" (and null where the SDK then sends nothing and the default applies).</summary>
        private static bool IsOptional(object? value, bool nullIsOptional) =>
            value is string s && string.Equals(s.Trim(), "optional", StringComparison.OrdinalIgnoreCase) || nullIsOptional && value is null;

        /// <summary>HttpEndpoint disabled on every path: the metadata service is off, so IMDSv1 is unreachable.</summary>
        private static bool EndpointCertainlyDisabled(TrackedObject target, ValueResolver resolver)
        {
            if (!target.IsWritten(HttpEndpointProperty))
            {
                return false;
            }

            var endpoint = target.ResolveFinal(HttpEndpointProperty, resolver);
            return !endpoint.HasUnknown && !endpoint.Values.IsDefaultOrEmpty
                && endpoint.Values.All(v => v is string s && string.Equals(s.Trim(), "disabled", StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>A write of the property the tracker cannot attribute (a loop or lambda variable, an indexer) may complete this object.</summary>
        private static bool HasUnattributedWrite(CreationContext creation, TrackedObject target, string property) =>
            target.Type is INamedTypeSymbol type
            && CollectionElements.HasUnattributedWrite(creation.Resolver.Scope, property, new[] { type.OriginalDefinition });

        private static bool IsCertainlyNull(ResolvedValue value) => value.IsSingleConstant && value.Values[0] is null;

        private static ImmutableDictionary<string, string?> FixProperties(string fix) => ImmutableDictionary<string, string?>.Empty.Add(FixProperty, fix);
    }
}
