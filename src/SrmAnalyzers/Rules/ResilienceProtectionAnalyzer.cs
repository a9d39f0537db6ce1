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
            if (creation.Tracked.Nested(VersioningConfigProperty) is { } configuration)
            {
                creation.ReportFirstUnsafeWrite(
                    configuration,
                    StatusProperty,
                    IsSuspended,
                    DiagnosticDescriptors.ResilienceProtectionOff,
                    VersioningFix,
                    certain => $"PutBucketVersioningRequest {(certain ? "suspends" : "may suspend")} S3 versioning (VersionStatus.Suspended): objects overwritten or deleted from now on cannot be recovered");
            }
        }

        private static void AnalyzeTable(CreationContext creation) =>
            creation.ReportFirstUnsafeWrite(
                creation.Tracked,
                DeletionProtectionProperty,
                IsOff,
                DiagnosticDescriptors.ResilienceProtectionOff,
                DeletionProtectionFix,
                certain => $"{creation.Tracked.Type.Name} {(certain ? "turns" : "may turn")} DynamoDB deletion protection off (DeletionProtectionEnabled = false): one DeleteTable call can remove the table");

        private static void AnalyzeDatabase(CreationContext creation, ImmutableHashSet<INamedTypeSymbol> clusterRequests)
        {
            var (deleteCall, database) = creation.Tracked.Type is INamedTypeSymbol type && clusterRequests.Contains(type.OriginalDefinition)
                ? ("DeleteDBCluster", "the DB cluster")
                : ("DeleteDBInstance", "the DB instance");
            creation.ReportFirstUnsafeWrite(
                creation.Tracked,
                RdsDeletionProtectionProperty,
                IsOff,
                DiagnosticDescriptors.ResilienceProtectionOff,
                RdsDeletionProtectionFix,
                certain => $"{creation.Tracked.Type.Name} {(certain ? "turns" : "may turn")} RDS deletion protection off (DeletionProtection = false): one {deleteCall} call can remove {database}");
        }

        internal static bool IsSuspended(ResolvedValue value) =>
            value.Any(v => v is string s && string.Equals(s, SuspendedStatus, StringComparison.OrdinalIgnoreCase));

        internal static bool IsOff(ResolvedValue value) => value.Any(v => v is false);
    }
}
