// Exact-shape stub of AWSSDK.RDS (missing from the NuGet mirror): the requests that set encryption,
// public accessibility, deletion protection and snapshot sharing, and the client methods tests call.
// Names and namespaces match the SDK. Value-type properties have the 3.x shape (bool, int); 4.x makes
// them nullable (bool?, int?). The request base class lives in Amazon.RDS, as in the SDK.
// IAmazonRDS leaves out the SDK's IAmazonService and AmazonRDSClient does not derive from
// AmazonServiceClient: their abstract members differ between the majors. So the analyzers do not see
// AmazonRDSClient as a service client.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.RDS.Model;
using Amazon.Runtime;

namespace Amazon.RDS
{
    public partial class AmazonRDSRequest : AmazonWebServiceRequest { }

    public partial interface IAmazonRDS : System.IDisposable
    {
        Task<CreateDBClusterResponse> CreateDBClusterAsync(CreateDBClusterRequest request, CancellationToken cancellationToken = default);
        Task<CreateDBInstanceResponse> CreateDBInstanceAsync(CreateDBInstanceRequest request, CancellationToken cancellationToken = default);
        Task<CreateDBInstanceReadReplicaResponse> CreateDBInstanceReadReplicaAsync(CreateDBInstanceReadReplicaRequest request, CancellationToken cancellationToken = default);
        Task<ModifyDBClusterResponse> ModifyDBClusterAsync(ModifyDBClusterRequest request, CancellationToken cancellationToken = default);
        Task<ModifyDBClusterSnapshotAttributeResponse> ModifyDBClusterSnapshotAttributeAsync(ModifyDBClusterSnapshotAttributeRequest request, CancellationToken cancellationToken = default);
        Task<ModifyDBInstanceResponse> ModifyDBInstanceAsync(ModifyDBInstanceRequest request, CancellationToken cancellationToken = default);
        Task<ModifyDBSnapshotAttributeResponse> ModifyDBSnapshotAttributeAsync(ModifyDBSnapshotAttributeRequest request, CancellationToken cancellationToken = default);
        Task<RestoreDBInstanceFromDBSnapshotResponse> RestoreDBInstanceFromDBSnapshotAsync(RestoreDBInstanceFromDBSnapshotRequest request, CancellationToken cancellationToken = default);
    }

    public partial class AmazonRDSClient : IAmazonRDS
    {
        public AmazonRDSClient() { }

        public AmazonRDSClient(RegionEndpoint region) { }

        public AmazonRDSClient(AWSCredentials credentials) { }

        public AmazonRDSClient(AWSCredentials credentials, RegionEndpoint region) { }

        public virtual Task<CreateDBClusterResponse> CreateDBClusterAsync(CreateDBClusterRequest request, CancellationToken cancellationToken = default) =>
            throw new System.NotImplementedException();

        public virtual Task<CreateDBInstanceResponse> CreateDBInstanceAsync(CreateDBInstanceRequest request, CancellationToken cancellationToken = default) =>
            throw new System.NotImplementedException();

        public virtual Task<CreateDBInstanceReadReplicaResponse> CreateDBInstanceReadReplicaAsync(CreateDBInstanceReadReplicaRequest request, CancellationToken cancellationToken = default) =>
            throw new System.NotImplementedException();

        public virtual Task<ModifyDBClusterResponse> ModifyDBClusterAsync(ModifyDBClusterRequest request, CancellationToken cancellationToken = default) =>
            throw new System.NotImplementedException();

        public virtual Task<ModifyDBClusterSnapshotAttributeResponse> ModifyDBClusterSnapshotAttributeAsync(ModifyDBClusterSnapshotAttributeRequest request, CancellationToken cancellationToken = default) =>
            throw new System.NotImplementedException();

        public virtual Task<ModifyDBInstanceResponse> ModifyDBInstanceAsync(ModifyDBInstanceRequest request, CancellationToken cancellationToken = default) =>
            throw new System.NotImplementedException();

        public virtual Task<ModifyDBSnapshotAttributeResponse> ModifyDBSnapshotAttributeAsync(ModifyDBSnapshotAttributeRequest request, CancellationToken cancellationToken = default) =>
            throw new System.NotImplementedException();

        public virtual Task<RestoreDBInstanceFromDBSnapshotResponse> RestoreDBInstanceFromDBSnapshotAsync(RestoreDBInstanceFromDBSnapshotRequest request, CancellationToken cancellationToken = default) =>
            throw new System.NotImplementedException();

        public void Dispose()
        {
            Dispose(true);
            System.GC.SuppressFinalize(this);
        }

        protected virtual void Dispose(bool disposing) { }
    }
}

namespace Amazon.RDS.Model
{
    public partial class CreateDBInstanceRequest : AmazonRDSRequest
    {
        public CreateDBInstanceRequest() { }

        public CreateDBInstanceRequest(string dbInstanceIdentifier, int allocatedStorage, string dbInstanceClass, string engine, string masterUsername, string masterUserPassword)
        {
            DBInstanceIdentifier = dbInstanceIdentifier;
            AllocatedStorage = allocatedStorage;
            DBInstanceClass = dbInstanceClass;
            Engine = engine;
            MasterUsername = masterUsername;
            MasterUserPassword = masterUserPassword;
        }

        public int AllocatedStorage { get; set; }
        public string DBClusterIdentifier { get; set; }
        public string DBInstanceClass { get; set; }
        public string DBInstanceIdentifier { get; set; }
        public bool DeletionProtection { get; set; }
        public string Engine { get; set; }
        public string KmsKeyId { get; set; }
        public string MasterUsername { get; set; }
        public string MasterUserPassword { get; set; }
        public bool PubliclyAccessible { get; set; }
        public bool StorageEncrypted { get; set; }
    }

    public partial class CreateDBClusterRequest : AmazonRDSRequest
    {
        public string DBClusterIdentifier { get; set; }
        public bool DeletionProtection { get; set; }
        public string Engine { get; set; }
        public string KmsKeyId { get; set; }
        public string MasterUsername { get; set; }
        public string MasterUserPassword { get; set; }
        public bool StorageEncrypted { get; set; }
    }

    public partial class ModifyDBInstanceRequest : AmazonRDSRequest
    {
        public ModifyDBInstanceRequest() { }

        public ModifyDBInstanceRequest(string dbInstanceIdentifier)
        {
            DBInstanceIdentifier = dbInstanceIdentifier;
        }

        public bool ApplyImmediately { get; set; }
        public string DBInstanceIdentifier { get; set; }
        public bool DeletionProtection { get; set; }
        public bool PubliclyAccessible { get; set; }
    }

    public partial class ModifyDBClusterRequest : AmazonRDSRequest
    {
        public bool ApplyImmediately { get; set; }
        public string DBClusterIdentifier { get; set; }
        public bool DeletionProtection { get; set; }
    }

    public partial class ModifyDBSnapshotAttributeRequest : AmazonRDSRequest
    {
        public string AttributeName { get; set; }
        public string DBSnapshotIdentifier { get; set; }
        public List<string> ValuesToAdd { get; set; }
        public List<string> ValuesToRemove { get; set; }
    }

    public partial class ModifyDBClusterSnapshotAttributeRequest : AmazonRDSRequest
    {
        public string AttributeName { get; set; }
        public string DBClusterSnapshotIdentifier { get; set; }
        public List<string> ValuesToAdd { get; set; }
        public List<string> ValuesToRemove { get; set; }
    }

    public partial class CreateDBInstanceReadReplicaRequest : AmazonRDSRequest
    {
        public CreateDBInstanceReadReplicaRequest() { }

        public CreateDBInstanceReadReplicaRequest(string dbInstanceIdentifier, string sourceDBInstanceIdentifier)
        {
            DBInstanceIdentifier = dbInstanceIdentifier;
            SourceDBInstanceIdentifier = sourceDBInstanceIdentifier;
        }

        public string DBInstanceIdentifier { get; set; }
        public bool DeletionProtection { get; set; }
        public bool PubliclyAccessible { get; set; }
        public string SourceDBInstanceIdentifier { get; set; }
    }

    public partial class RestoreDBInstanceFromDBSnapshotRequest : AmazonRDSRequest
    {
        public RestoreDBInstanceFromDBSnapshotRequest() { }

        public RestoreDBInstanceFromDBSnapshotRequest(string dbInstanceIdentifier, string dbSnapshotIdentifier)
        {
            DBInstanceIdentifier = dbInstanceIdentifier;
            DBSnapshotIdentifier = dbSnapshotIdentifier;
        }

        public string DBInstanceIdentifier { get; set; }
        public string DBSnapshotIdentifier { get; set; }
        public bool DeletionProtection { get; set; }
        public bool PubliclyAccessible { get; set; }
    }

    public partial class CreateDBInstanceResponse : AmazonWebServiceResponse { }
    public partial class CreateDBClusterResponse : AmazonWebServiceResponse { }
    public partial class ModifyDBInstanceResponse : AmazonWebServiceResponse { }
    public partial class ModifyDBClusterResponse : AmazonWebServiceResponse { }
    public partial class ModifyDBSnapshotAttributeResponse : AmazonWebServiceResponse { }
    public partial class ModifyDBClusterSnapshotAttributeResponse : AmazonWebServiceResponse { }
    public partial class CreateDBInstanceReadReplicaResponse : AmazonWebServiceResponse { }
    public partial class RestoreDBInstanceFromDBSnapshotResponse : AmazonWebServiceResponse { }
}
