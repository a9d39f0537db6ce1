// Exact-shape stub of AWSSDK.ApiGatewayManagementApi (missing from the NuGet mirror): the service's three
// operations. Names and namespaces match the SDK (sdk/src/Services/ApiGatewayManagementApi/Generated in
// aws/aws-sdk-net: _bcl/IAmazonApiGatewayManagementApi.cs, Model/PostToConnectionRequest.cs, ...).
using System.Threading;
using System.Threading.Tasks;
using Amazon.ApiGatewayManagementApi.Model;
using Amazon.Runtime;

namespace Amazon.ApiGatewayManagementApi
{
    public partial class AmazonApiGatewayManagementApiRequest : AmazonWebServiceRequest { }

    public partial interface IAmazonApiGatewayManagementApi : System.IDisposable
    {
        Task<PostToConnectionResponse> PostToConnectionAsync(PostToConnectionRequest request, CancellationToken cancellationToken = default);
        Task<GetConnectionResponse> GetConnectionAsync(GetConnectionRequest request, CancellationToken cancellationToken = default);
        Task<DeleteConnectionResponse> DeleteConnectionAsync(DeleteConnectionRequest request, CancellationToken cancellationToken = default);
    }
}

namespace Amazon.ApiGatewayManagementApi.Model
{
    public partial class PostToConnectionRequest : AmazonApiGatewayManagementApiRequest
    {
        public string ConnectionId { get; set; }
        public System.IO.MemoryStream Data { get; set; }
    }

    public partial class GetConnectionRequest : AmazonApiGatewayManagementApiRequest
    {
        public string ConnectionId { get; set; }
    }

    public partial class DeleteConnectionRequest : AmazonApiGatewayManagementApiRequest
    {
        public string ConnectionId { get; set; }
    }

    public partial class PostToConnectionResponse : AmazonWebServiceResponse { }
    public partial class GetConnectionResponse : AmazonWebServiceResponse { }
    public partial class DeleteConnectionResponse : AmazonWebServiceResponse { }
}
