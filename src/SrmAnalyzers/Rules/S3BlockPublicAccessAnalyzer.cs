using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SrmAnalyzers.Core;

namespace SrmAnalyzers.Rules
{
    /// <summary>SRM402: S3 Block Public Access turned off in part, or deleted.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class S3BlockPublicAccessAnalyzer : SrmAnalyzer
    {
        /// <summary>Diagnostic property telling the fixer it may set all four settings to true.</summary>
        public const string FixableProperty = "SetAllTrue";

        internal const string ConfigurationProperty = "PublicAccessBlockConfiguration";

        internal static readonly string[] Settings = { "BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets" };

        private static readonly ImmutableDictionary<string, string?> Fixable = ImmutableDictionary<string, string?>.Empty.Add(FixableProperty, "true");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.WeakenedS3BlockPublicAccess);

        private protected override void OnAwsCompilationStart(SrmRegistrar context, AwsSymbols symbols)
        {
            context.RegisterCreationAction(
                symbols.GetAll("Amazon.S3.Model.PutPublicAccessBlockRequest", "Amazon.S3Control.Model.PutPublicAccessBlockRequest"),
                AnalyzePut);
            context.RegisterCreationAction(
                symbols.GetAll("Amazon.S3.Model.DeletePublicAccessBlockRequest", "Amazon.S3Control.Model.DeletePublicAccessBlockRequest"),
                creation => creation.Report(
                    DiagnosticDescriptors.WeakenedS3BlockPublicAccess,
                    Locations.OfCreation(creation.Creation),
                    properties: null,
                    "DeletePublicAccessBlockRequest removes S3 Block Public Access"));
        }

        private static void AnalyzePut(CreationContext creation)
        {
            var request = creation.Tracked;
            if (request.IsDefinitelyUnset(ConfigurationProperty))
            {
                Report(creation, Settings);
                return;
            }

            if (request.Nested(ConfigurationProperty) is not { } configuration)
            {
                return;
            }

            var weakened = new List<string>();
            var missing = false;
            PropertyWrite? firstFalse = null;
            foreach (var setting in Settings)
            {
                if (configuration.IsDefinitelyUnset(setting))
                {
                    weakened.Add(setting);
                    missing = true;
                    continue;
                }

                foreach (var write in configuration.FinalWritesOf(setting))
                {
                    if (creation.Resolver.Resolve(write.Value).Any(value => value is false))
                    {
                        weakened.Add(setting);
                        if (firstFalse is null || write.Value.Syntax.SpanStart < firstFalse.Value.Syntax.SpanStart)
                        {
                            firstFalse = write;
                        }

                        break;
                    }
                }
            }

            if (weakened.Count == 0)
            {
                return;
            }

            // A setting turned off explicitly is marked where it is turned off; a missing one at the request.
            Report(creation, weakened, !missing && firstFalse is not null ? Locations.OfValue(firstFalse) : null);
        }

        private static void Report(CreationContext creation, IReadOnlyCollection<string> weakened, Location? at = null)
        {
            var requestLocation = Locations.OfCreation(creation.Creation);
            creation.Context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.WeakenedS3BlockPublicAccess,
                at ?? requestLocation,
                additionalLocations: at is null ? null : new[] { requestLocation },
                Fixable,
                $"PutPublicAccessBlockRequest leaves {string.Join(", ", weakened)} off, weakening S3 Block Public Access"));
        }
    }
}
