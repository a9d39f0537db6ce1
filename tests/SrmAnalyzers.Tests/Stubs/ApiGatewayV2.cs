// Exact-shape stub of AWSSDK.ApiGatewayV2 (missing from the NuGet mirror): the client methods and requests the
// least-privilege tests call. Names and namespaces match the SDK (sdk/src/Services/ApiGatewayV2/Generated in
// aws/aws-sdk-net: Model/GetApisRequest.cs, ...). The request base class lives in Amazon.ApiGatewayV2, as in the SDK;
// requests carry only the properties tests set.
using System.Threading;
using System.Threading.Tasks;
using Amazon.ApiGatewayV2.Model;
using Amazon.Runtime;

namespace Amazon.ApiGatewayV2
{
    public partial class AmazonApiGatewayV2Request : AmazonWebServiceRequest { }

    public partial interface IAmazonApiGatewayV2 : System.IDisposable
    {
        Task<GetApisResponse> GetApisAsync(GetApisRequest request, CancellationToken cancellationToken = default);
        Task<CreateApiResponse> CreateApiAsync(CreateApiRequest request, CancellationToken cancellationToken = default);
        Task<UpdateApiResponse> UpdateApiAsync(UpdateApiRequest request, CancellationToken cancellationToken = default);
        Task<ImportApiResponse> ImportApiAsync(ImportApiRequest request, CancellationToken cancellationToken = default);
        Task<TagResourceResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default);
        Task<ResetAuthorizersCacheResponse> ResetAuthorizersCacheAsync(ResetAuthorizersCacheRequest request, CancellationToken cancellationToken = default);
    }
}

namespace Amazon.ApiGatewayV2.Model
{
    public partial class GetApisRequest : AmazonApiGatewayV2Request
    {
        public string MaxResults { get; set; }
        public string NextToken { get; set; }
    }

    public partial class CreateApiRequest : AmazonApiGatewayV2Request
    {
        public string Name { get; set; }
    }

    public partial class UpdateApiRequest : AmazonApiGatewayV2Request
    {
        public string ApiId { get; set; }
        public string Name { get; set; }
    }

    public partial class ImportApiRequest : AmazonApiGatewayV2Request
    {
        public string Body { get; set; }
    }

    public partial class TagResourceRequest : AmazonApiGatewayV2Request
    {
        public string ResourceArn { get; set; }
        public System.Collections.Generic.Dictionary<string, string> Tags { get; set; }
    }

    public partial class ResetAuthorizersCacheRequest : AmazonApiGatewayV2Request
    {
        public string ApiId { get; set; }
        public string StageName { get; set; }
    }

    public partial class GetApisResponse : AmazonWebServiceResponse { }
    public partial class CreateApiResponse : AmazonWebServiceResponse { }
    public partial class UpdateApiResponse : AmazonWebServiceResponse { }
    public partial class ImportApiResponse : AmazonWebServiceResponse { }
    public partial class TagResourceResponse : AmazonWebServiceResponse { }
    public partial class ResetAuthorizersCacheResponse : AmazonWebServiceResponse { }
}
