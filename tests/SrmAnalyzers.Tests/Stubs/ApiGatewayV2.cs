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
        Task<CreateRouteResponse> CreateRouteAsync(CreateRouteRequest request, CancellationToken cancellationToken = default);
        Task<CreateIntegrationResponse> CreateIntegrationAsync(CreateIntegrationRequest request, CancellationToken cancellationToken = default);
        Task<CreateIntegrationResponseResponse> CreateIntegrationResponseAsync(CreateIntegrationResponseRequest request, CancellationToken cancellationToken = default);
        Task<UpdateStageResponse> UpdateStageAsync(UpdateStageRequest request, CancellationToken cancellationToken = default);
        Task<GetDeploymentsResponse> GetDeploymentsAsync(GetDeploymentsRequest request, CancellationToken cancellationToken = default);
        Task<DeleteAuthorizerResponse> DeleteAuthorizerAsync(DeleteAuthorizerRequest request, CancellationToken cancellationToken = default);
        Task<UpdateDomainNameResponse> UpdateDomainNameAsync(UpdateDomainNameRequest request, CancellationToken cancellationToken = default);
        Task<DeleteVpcLinkResponse> DeleteVpcLinkAsync(DeleteVpcLinkRequest request, CancellationToken cancellationToken = default);
        Task<DeleteCorsConfigurationResponse> DeleteCorsConfigurationAsync(DeleteCorsConfigurationRequest request, CancellationToken cancellationToken = default);
        Task<PutRoutingRuleResponse> PutRoutingRuleAsync(PutRoutingRuleRequest request, CancellationToken cancellationToken = default);
        Task<DisablePortalResponse> DisablePortalAsync(DisablePortalRequest request, CancellationToken cancellationToken = default);
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

    public partial class CreateRouteRequest : AmazonApiGatewayV2Request
    {
        public string ApiId { get; set; }
        public string RouteKey { get; set; }
        public string Target { get; set; }
    }

    public partial class CreateIntegrationRequest : AmazonApiGatewayV2Request
    {
        public string ApiId { get; set; }
        public string IntegrationUri { get; set; }
    }

    public partial class CreateIntegrationResponseRequest : AmazonApiGatewayV2Request
    {
        public string ApiId { get; set; }
        public string IntegrationId { get; set; }
        public string IntegrationResponseKey { get; set; }
    }

    public partial class UpdateStageRequest : AmazonApiGatewayV2Request
    {
        public string ApiId { get; set; }
        public string StageName { get; set; }
        public string DeploymentId { get; set; }
    }

    public partial class GetDeploymentsRequest : AmazonApiGatewayV2Request
    {
        public string ApiId { get; set; }
        public string MaxResults { get; set; }
        public string NextToken { get; set; }
    }

    public partial class DeleteAuthorizerRequest : AmazonApiGatewayV2Request
    {
        public string ApiId { get; set; }
        public string AuthorizerId { get; set; }
    }

    public partial class UpdateDomainNameRequest : AmazonApiGatewayV2Request
    {
        public string DomainName { get; set; }
    }

    public partial class DeleteVpcLinkRequest : AmazonApiGatewayV2Request
    {
        public string VpcLinkId { get; set; }
    }

    public partial class DeleteCorsConfigurationRequest : AmazonApiGatewayV2Request
    {
        public string ApiId { get; set; }
    }

    public partial class PutRoutingRuleRequest : AmazonApiGatewayV2Request
    {
        public string DomainName { get; set; }
        public string RoutingRuleId { get; set; }
    }

    public partial class DisablePortalRequest : AmazonApiGatewayV2Request
    {
        public string PortalId { get; set; }
    }

    public partial class GetApisResponse : AmazonWebServiceResponse { }
    public partial class CreateApiResponse : AmazonWebServiceResponse { }
    public partial class UpdateApiResponse : AmazonWebServiceResponse { }
    public partial class ImportApiResponse : AmazonWebServiceResponse { }
    public partial class TagResourceResponse : AmazonWebServiceResponse { }
    public partial class ResetAuthorizersCacheResponse : AmazonWebServiceResponse { }
    public partial class CreateRouteResponse : AmazonWebServiceResponse { }
    public partial class CreateIntegrationResponse : AmazonWebServiceResponse { }
    public partial class CreateIntegrationResponseResponse : AmazonWebServiceResponse { }
    public partial class UpdateStageResponse : AmazonWebServiceResponse { }
    public partial class GetDeploymentsResponse : AmazonWebServiceResponse { }
    public partial class DeleteAuthorizerResponse : AmazonWebServiceResponse { }
    public partial class UpdateDomainNameResponse : AmazonWebServiceResponse { }
    public partial class DeleteVpcLinkResponse : AmazonWebServiceResponse { }
    public partial class DeleteCorsConfigurationResponse : AmazonWebServiceResponse { }
    public partial class PutRoutingRuleResponse : AmazonWebServiceResponse { }
    public partial class DisablePortalResponse : AmazonWebServiceResponse { }
}
