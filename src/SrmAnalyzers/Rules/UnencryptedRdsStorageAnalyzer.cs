using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SrmAnalyzers.Core;

namespace SrmAnalyzers.Rules
{
    /// <summary>
    /// SRM106: RDS storage not encrypted. <c>CreateDBInstanceRequest</c> and <c>CreateDBClusterRequest</c>
    /// without <c>StorageEncrypted = true</c>. Read replicas and restores take the source's encryption
    /// (their requests are not judged), and an instance created into an Aurora cluster
    /// (<c>DBClusterIdentifier</c> set) takes the cluster's, which its own request is judged for.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnencryptedRdsStorageAnalyzer : SrmAnalyzer
    {
        internal const string StorageEncryptedProperty = "StorageEncrypted";

        private const string InstanceRequest = "Amazon.RDS.Model.CreateDBInstanceRequest";
        private const string ClusterRequest = "Amazon.RDS.Model.CreateDBClusterRequest";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.UnencryptedRdsStorage);

        private protected override void OnAwsCompilationStart(SrmRegistrar context, AwsSymbols symbols)
        {
            var requestTypes = symbols.GetAll(InstanceRequest, ClusterRequest);
            var clusterRequest = symbols.Get(ClusterRequest);
            context.RegisterCreationAction(requestTypes, creation => Analyze(creation, requestTypes, clusterRequest));
        }

        private static void Analyze(CreationContext creation, ImmutableHashSet<INamedTypeSymbol> requestTypes, INamedTypeSymbol? clusterRequest)
        {
            var request = creation.Tracked;
            var isCluster = SymbolEqualityComparer.Default.Equals(request.Type.OriginalDefinition, clusterRequest);
            if (!isCluster && request.IsWritten("DBClusterIdentifier"))
            {
                return;
            }

            var what = request.Type.Name;
            var database = isCluster ? "the cluster's" : "the DB instance's";
            RequiredTrueSetting.Judge(
                creation,
                request,
                StorageEncryptedProperty,
                DiagnosticDescriptors.UnencryptedRdsStorage,
                Locations.OfCreation(creation.Creation),
                $"{what} does not set StorageEncrypted = true: {database} storage, automated backups and snapshots are not encrypted, and encryption cannot be turned on later",
                certain => certain
                    ? $"{what} sets StorageEncrypted to false: {database} storage, automated backups and snapshots are not encrypted"
                    : $"{what} may set StorageEncrypted to false: on that path {database} storage, automated backups and snapshots are not encrypted",
                ownerMayBeModifiedElsewhere: false,
                () => CollectionElements.HasUnattributedWrite(creation.Resolver.Scope, StorageEncryptedProperty, requestTypes));
        }
    }
}
