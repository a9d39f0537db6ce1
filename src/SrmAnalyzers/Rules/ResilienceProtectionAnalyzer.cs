using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SrmAnalyzers.Core;

namespace SrmAnalyzers.Rules
{
    /// <summary>
    /// SRM501: protection against accidental or malicious deletion turned off: S3 versioning
    /// suspended by <c>PutBucketVersioningRequest</c>, DynamoDB deletion protection set to false
    /// by <c>CreateTableRequest</c>/<c>UpdateTableRequest</c>, RDS deletion protection set to false
    /// by <c>CreateDBInstanceRequest</c>/<c>CreateDBClusterRequest</c>/<c>ModifyDBInstanceRequest</c>/
    /// <c>ModifyDBClusterRequest</c>. Only explicit values count: a request that leaves them unset
    /// keeps the service's current state or default.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ResilienceProtectionAnalyzer : SrmAnalyzer
    {
        /// <summary>Diagnostic property: what the fixer writes at the reported value (<see cref="EnableVersioningFix"/> or <see cref="EnableDeletionProtectionFix"/>).</summary>
        public const string FixProperty = "Fix";

        public const string EnableVersioningFix = "VersionStatus.Enabled";

        public const string EnableDeletionProtectionFix = "true";

        /// <summary>Diagnostic property of a deletion-protection finding: the property the fix sets to true (the fix's title names it).</summary>
        public const string SettingProperty = "Setting";

        internal const string VersionStatusTypeName = "Amazon.S3.VersionStatus";

        internal const string SuspendedStatus = "Suspended";

        internal const string DeletionProtectionProperty = "DeletionProtectionEnabled";

        internal const string RdsDeletionProtectionProperty = "DeletionProtection";

        private const string CreateClusterRequest = "Amazon.RDS.Model.CreateDBClusterRequest";
        private const string ModifyClusterRequest = "Amazon.RDS.Model.ModifyDBClusterRequest";

        private const string VersioningConfigProperty = "VersioningConfig";
        private const string StatusProperty = "Status";

        private static readonly ImmutableDictionary<string, string?> VersioningFix = ImmutableDictionary<string, string?>.Empty.Add(FixProperty, EnableVersioningFix);
        private static readonly ImmutableDictionary<string, string?> DeletionProtectionFix = ImmutableDictionary<string, string?>.Empty
            .Add(FixProperty, EnableDeletionProtectionFix)
            .Add(SettingProperty, DeletionProtectionProperty);

        private static readonly ImmutableDictionary<string, string?> RdsDeletionProtectionFix = ImmutableDictionary<string, string?>.Empty
            .Add(FixProperty, EnableDeletionProtectionFix)
            .Add(SettingProperty, RdsDeletionProtectionProperty);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.ResilienceProtectionOff);

        private protected override void OnAwsCompilationStart(SrmRegistrar context, AwsSymbols symbols)
        {
            context.RegisterCreationAction(symbols.GetAll("Amazon.S3.Model.PutBucketVersioningRequest"), AnalyzeVersioning);
            context.RegisterCreationAction(
                symbols.GetAll("Amazon.DynamoDBv2.Model.CreateTableRequest", "Amazon.DynamoDBv2.Model.UpdateTableRequest"),
                AnalyzeTable);

            // Read replicas and restores are left out (the catalog lists these four): their deletion
            // protection is a new setting too, but not one of the sinks this rule was asked to judge.
            var clusterRequests = symbols.GetAll(CreateClusterRequest, ModifyClusterRequest);
            context.RegisterCreationAction(
                symbols.GetAll("Amazon.RDS.Model.CreateDBInstanceRequest", "Amazon.RDS.Model.ModifyDBInstanceRequest").Union(clusterRequests),
                creation => AnalyzeDatabase(creation, clusterRequests));
        }

        private static void AnalyzeVersioning(CreationContext creation)
        {
            if (creation.Tracked.Nested(VersioningConfigProperty) is not { } configuration)
            {
                return;
            }

            foreach (var write in configuration.FinalWritesOf(StatusProperty))
            {
                var value = creation.Resolver.Resolve(write.Value);
                if (IsSuspended(value))
                {
                    var may = value.IsSingleConstant ? "suspends" : "may suspend";
                    creation.Report(
                        DiagnosticDescriptors.ResilienceProtectionOff,
                        Locations.OfValue(write),
                        VersioningFix,
                        $"PutBucketVersioningRequest {may} S3 versioning (VersionStatus.Suspended): objects overwritten or deleted from now on cannot be recovered");
                    return;
                }
            }
        }

        private static void AnalyzeTable(CreationContext creation)
        {
            foreach (var write in creation.Tracked.FinalWritesOf(DeletionProtectionProperty))
            {
                var value = creation.Resolver.Resolve(write.Value);
                if (IsOff(value))
                {
                    var may = value.IsSingleConstant ? "turns" : "may turn";
                    creation.Report(
                        DiagnosticDescriptors.ResilienceProtectionOff,
                        Locations.OfValue(write),
                        DeletionProtectionFix,
                        $"{creation.Tracked.Type.Name} {may} DynamoDB deletion protection off (DeletionProtectionEnabled = false): one DeleteTable call can remove the table");
                    return;
                }
            }
        }

        private static void AnalyzeDatabase(CreationContext creation, ImmutableHashSet<INamedTypeSymbol> clusterRequests)
        {
            foreach (var write in creation.Tracked.FinalWritesOf(RdsDeletionProtectionProperty))
            {
                var value = creation.Resolver.Resolve(write.Value);
                if (IsOff(value))
                {
                    var requestName = creation.Tracked.Type.Name;
                    var may = value.IsSingleConstant ? "turns" : "may turn";
                    var (deleteCall, database) = creation.Tracked.Type is INamedTypeSymbol type && clusterRequests.Contains(type.OriginalDefinition)
                        ? ("DeleteDBCluster", "the DB cluster")
                        : ("DeleteDBInstance", "the DB instance");
                    creation.Report(
                        DiagnosticDescriptors.ResilienceProtectionOff,
                        Locations.OfValue(write),
                        RdsDeletionProtectionFix,
                        $"{requestName} {may} RDS deletion protection off (DeletionProtection = false): one {deleteCall} call can remove {database}");
                    return;
                }
            }
        }

        internal static bool IsSuspended(ResolvedValue value) =>
            value.Any(v => v is string s && string.Equals(s, SuspendedStatus, StringComparison.OrdinalIgnoreCase));

        internal static bool IsOff(ResolvedValue value) => value.Any(v => v is false);
    }
}
