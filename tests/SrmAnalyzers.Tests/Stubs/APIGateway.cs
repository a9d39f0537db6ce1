// Exact-shape stub of AWSSDK.APIGateway (missing from the NuGet mirror): the client methods and requests the
// least-privilege tests call. Names and namespaces match the SDK (sdk/src/Services/APIGateway/Generated in
// aws/aws-sdk-net: _bcl/IAmazonAPIGateway.cs, Model/GetRestApisRequest.cs, ...). The request base class lives in
// Amazon.APIGateway, as in the SDK; requests carry only the properties tests set, with the 4.x shapes.
using System.Threading;
using System.Threading.Tasks;
using Amazon.APIGateway.Model;
using Amazon.Runtime;

namespace Amazon.APIGateway
{
    public partial class AmazonAPIGatewayRequest : AmazonWebServiceRequest { }

    public partial interface IAmazonAPIGateway : System.IDisposable
    {
        Task<GetRestApisResponse> GetRestApisAsync(GetRestApisRequest request, CancellationToken cancellationToken = default);
        Task<CreateRestApiResponse> CreateRestApiAsync(CreateRestApiRequest request, CancellationToken cancellationToken = default);
        Task<PutIntegrationResponse> PutIntegrationAsync(PutIntegrationRequest request, CancellationToken cancellationToken = default);
        Task<UpdateStageResponse> UpdateStageAsync(UpdateStageRequest request, CancellationToken cancellationToken = default);
        Task<DeleteRestApiResponse> DeleteRestApiAsync(DeleteRestApiRequest request, CancellationToken cancellationToken = default);
        Task<TagResourceResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default);
    }
}

namespace Amazon.APIGateway.Model
{
    public partial class GetRestApisRequest : AmazonAPIGatewayRequest
    {
        public int? Limit { get; set; }
        public string Position { get; set; }
    }

    public partial class CreateRestApiRequest : AmazonAPIGatewayRequest
    {
        public string Name { get; set; }
        public string Description { get; set; }
    }

    public partial class PutIntegrationRequest : AmazonAPIGatewayRequest
    {
        public string RestApiId { get; set; }
        public string ResourceId { get; set; }
        public string HttpMethod { get; set; }
    }

    public partial class UpdateStageRequest : AmazonAPIGatewayRequest
    {
        public string RestApiId { get; set; }
        public string StageName { get; set; }
    }

    public partial class DeleteRestApiRequest : AmazonAPIGatewayRequest
    {
        public string RestApiId { get; set; }
    }

    public partial class TagResourceRequest : AmazonAPIGatewayRequest
    {
        public string ResourceArn { get; set; }
        public System.Collections.Generic.Dictionary<string, string> Tags { get; set; }
    }

    public partial class GetRestApisResponse : AmazonWebServiceResponse { }
    public partial class CreateRestApiResponse : AmazonWebServiceResponse { }
    public partial class PutIntegrationResponse : AmazonWebServiceResponse { }
    public partial class UpdateStageResponse : AmazonWebServiceResponse { }
    public partial class DeleteRestApiResponse : AmazonWebServiceResponse { }
    public partial class TagResourceResponse : AmazonWebServiceResponse { }
}
