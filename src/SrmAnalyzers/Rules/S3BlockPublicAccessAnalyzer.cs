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

        private protected override void OnAwsCompilationStart(CompilationStartAnalysisContext context, AwsSymbols symbols)
        {
            RegisterCreationAction(
                context,
                symbols,
                symbols.GetAll("Amazon.S3.Model.PutPublicAccessBlockRequest", "Amazon.S3Control.Model.PutPublicAccessBlockRequest"),
                AnalyzePut);
            RegisterCreationAction(
                context,
                symbols,
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
            foreach (var setting in Settings)
            {
                if (configuration.IsDefinitelyUnset(setting)
                    || configuration.ResolveFinal(setting, creation.Resolver).Any(value => value is false))
                {
                    weakened.Add(setting);
                }
            }

            if (weakened.Count > 0)
            {
                Report(creation, weakened);
            }
        }

        private static void Report(CreationContext creation, IReadOnlyCollection<string> weakened) =>
            creation.Report(
                DiagnosticDescriptors.WeakenedS3BlockPublicAccess,
                Locations.OfCreation(creation.Creation),
                Fixable,
                $"PutPublicAccessBlockRequest leaves {string.Join(", ", weakened)} off, weakening S3 Block Public Access");
    }
}
