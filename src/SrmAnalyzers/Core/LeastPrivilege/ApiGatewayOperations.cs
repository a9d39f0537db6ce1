using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace SrmAnalyzers.Core.LeastPrivilege
{
    /// <summary>
    /// Amazon API Gateway's management APIs are authorized by the HTTP verb of the request, not by the
    /// operation's name: <c>GetRestApis</c> is <c>apigateway:GET</c> on the resource path
    /// (<c>arn:aws:apigateway:&lt;region&gt;::/restapis</c>), <c>CreateApi</c> is <c>apigateway:POST</c>
    /// (Service Authorization Reference, <see cref="IamActionTable.ApiGatewaySource"/> and
    /// <see cref="IamActionTable.ApiGatewayV2Source"/>: the service defines the actions DELETE, GET,
    /// PATCH, POST and PUT). This is the table of each operation's verb, as the SDK for .NET sends it.
    /// </summary>
    /// <remarks>
    /// Every verb is the <c>"http":{"method":...}</c> of the operation in AWS's service model, the API model the SDK
    /// for .NET is generated from: <see cref="ApiGatewayModel"/> (2015-07-09, 124 operations) and
    /// <see cref="ApiGatewayV2Model"/> (2018-11-29, 103 operations), as <c>boto/botocore</c> publishes them; each table
    /// holds every operation of its model. The verbs were first read from <c>aws/aws-sdk-net</c> (the
    /// <c>request.HttpMethod = "..."</c> line of each operation's request marshaller, <see cref="ApiGatewayMarshallers"/>,
    /// <see cref="ApiGatewayV2Marshallers"/>, and <c>generator/ServiceModels/apigateway-2015-07-09.normal.json</c>) for
    /// every APIGateway operation and 13 ApiGatewayV2 ones; all of them agree with the models.
    /// Nothing here is inferred from an operation's name: V1's <c>TagResource</c> is a PUT, V2's a POST;
    /// <c>FlushStageCache</c> and V2's <c>ResetAuthorizersCache</c> are DELETEs; V2's <c>ImportApi</c> is a PUT,
    /// V1's <c>ImportRestApi</c> a POST; V2's <c>DisablePortal</c> and <c>DeleteCorsConfiguration</c> are DELETEs,
    /// <c>PutRoutingRule</c> a PUT but <c>CreateRoutingRule</c> a POST.
    /// An operation that is not in the table (one a newer SDK added) is not mapped at all
    /// (<see cref="IamActionTable.IsMapped"/>): its verb is not known, and the only actions that would
    /// surely cover it (every verb) would grant the whole management API.
    /// </remarks>
    internal static class ApiGatewayOperations
    {
        private const string SdkServices = "https://github.com/aws/aws-sdk-net/blob/main/sdk/src/Services/";
        internal const string ApiGatewayMarshallers = SdkServices + "APIGateway/Generated/Model/Internal/MarshallTransformations/";
        internal const string ApiGatewayV2Marshallers = SdkServices + "ApiGatewayV2/Generated/Model/Internal/MarshallTransformations/";

        // AWS's service models, read at boto/botocore commit 0e6e2404b85dc336dd2889814e089bde7d1a4c55 (2026-08-07; the
        // apigateway model last changed in 32ca194a1ccd0096a9fa399380c387483c0f71a9, 2026-03-13, the apigatewayv2 model in
        // f725d8518de022a1ce28df7b520c22ff909d7997, 2026-03-25).
        private const string Models = "https://github.com/boto/botocore/blob/0e6e2404b85dc336dd2889814e089bde7d1a4c55/botocore/data/";
        internal const string ApiGatewayModel = Models + "apigateway/2015-07-09/service-2.json";
        internal const string ApiGatewayV2Model = Models + "apigatewayv2/2018-11-29/service-2.json";

        /// <summary>The SDK namespaces whose operations are authorized by their HTTP verb.</summary>
        public static readonly ImmutableArray<string> VerbAuthorizedServices = ImmutableArray.Create("APIGateway", "ApiGatewayV2");

        /// <summary>Amazon.APIGateway (REST APIs, API version 2015-07-09): verb → operations, every operation of <see cref="ApiGatewayModel"/>.</summary>
        private static readonly (string Verb, string Operations)[] ApiGateway =
        {
            ("GET",
                "GetAccount GetApiKey GetApiKeys GetAuthorizer GetAuthorizers GetBasePathMapping GetBasePathMappings "
                + "GetClientCertificate GetClientCertificates GetDeployment GetDeployments GetDocumentationPart "
                + "GetDocumentationParts GetDocumentationVersion GetDocumentationVersions GetDomainName GetDomainNames "
                + "GetDomainNameAccessAssociations GetExport GetGatewayResponse GetGatewayResponses GetIntegration "
                + "GetIntegrationResponse GetMethod GetMethodResponse GetModel GetModelTemplate GetModels "
                + "GetRequestValidator GetRequestValidators GetResource GetResources GetRestApi GetRestApis GetSdk "
                + "GetSdkType GetSdkTypes GetStage GetStages GetTags GetUsage GetUsagePlan GetUsagePlanKey "
                + "GetUsagePlanKeys GetUsagePlans GetVpcLink GetVpcLinks"),
            ("POST",
                "CreateApiKey CreateAuthorizer CreateBasePathMapping CreateDeployment CreateDocumentationPart "
                + "CreateDocumentationVersion CreateDomainName CreateDomainNameAccessAssociation CreateModel "
                + "CreateRequestValidator CreateResource CreateRestApi CreateStage CreateUsagePlan CreateUsagePlanKey "
                + "CreateVpcLink GenerateClientCertificate ImportApiKeys ImportRestApi RejectDomainNameAccessAssociation "
                + "TestInvokeAuthorizer TestInvokeMethod"),
            ("PUT",
                "ImportDocumentationParts PutGatewayResponse PutIntegration PutIntegrationResponse PutMethod "
                + "PutMethodResponse PutRestApi TagResource"),
            ("PATCH",
                "UpdateAccount UpdateApiKey UpdateAuthorizer UpdateBasePathMapping UpdateClientCertificate "
                + "UpdateDeployment UpdateDocumentationPart UpdateDocumentationVersion UpdateDomainName "
                + "UpdateGatewayResponse UpdateIntegration UpdateIntegrationResponse UpdateMethod UpdateMethodResponse "
                + "UpdateModel UpdateRequestValidator UpdateResource UpdateRestApi UpdateStage UpdateUsage "
                + "UpdateUsagePlan UpdateVpcLink"),
            ("DELETE",
                "DeleteApiKey DeleteAuthorizer DeleteBasePathMapping DeleteClientCertificate DeleteDeployment "
                + "DeleteDocumentationPart DeleteDocumentationVersion DeleteDomainName DeleteDomainNameAccessAssociation "
                + "DeleteGatewayResponse DeleteIntegration DeleteIntegrationResponse DeleteMethod DeleteMethodResponse "
                + "DeleteModel DeleteRequestValidator DeleteResource DeleteRestApi DeleteStage DeleteUsagePlan "
                + "DeleteUsagePlanKey DeleteVpcLink FlushStageAuthorizersCache FlushStageCache UntagResource"),
        };

        /// <summary>
        /// Amazon.ApiGatewayV2 (HTTP and WebSocket APIs, API version 2018-11-29; also portals and routing rules):
        /// verb → operations, every operation of <see cref="ApiGatewayV2Model"/>.
        /// </summary>
        private static readonly (string Verb, string Operations)[] ApiGatewayV2 =
        {
            ("GET",
                "ExportApi GetApi GetApiMapping GetApiMappings GetApis GetAuthorizer GetAuthorizers GetDeployment "
                + "GetDeployments GetDomainName GetDomainNames GetIntegration GetIntegrationResponse "
                + "GetIntegrationResponses GetIntegrations GetModel GetModelTemplate GetModels GetPortal "
                + "GetPortalProduct GetPortalProductSharingPolicy GetProductPage GetProductRestEndpointPage GetRoute "
                + "GetRouteResponse GetRouteResponses GetRoutes GetRoutingRule GetStage GetStages GetTags GetVpcLink "
                + "GetVpcLinks ListPortalProducts ListPortals ListProductPages ListProductRestEndpointPages "
                + "ListRoutingRules"),
            ("POST",
                "CreateApi CreateApiMapping CreateAuthorizer CreateDeployment CreateDomainName CreateIntegration "
                + "CreateIntegrationResponse CreateModel CreatePortal CreatePortalProduct CreateProductPage "
                + "CreateProductRestEndpointPage CreateRoute CreateRouteResponse CreateRoutingRule CreateStage "
                + "CreateVpcLink PreviewPortal PublishPortal TagResource"),
            ("PUT",
                "ImportApi PutPortalProductSharingPolicy PutRoutingRule ReimportApi"),
            ("PATCH",
                "UpdateApi UpdateApiMapping UpdateAuthorizer UpdateDeployment UpdateDomainName UpdateIntegration "
                + "UpdateIntegrationResponse UpdateModel UpdatePortal UpdatePortalProduct UpdateProductPage "
                + "UpdateProductRestEndpointPage UpdateRoute UpdateRouteResponse UpdateStage UpdateVpcLink"),
            ("DELETE",
                "DeleteAccessLogSettings DeleteApi DeleteApiMapping DeleteAuthorizer DeleteCorsConfiguration "
                + "DeleteDeployment DeleteDomainName DeleteIntegration DeleteIntegrationResponse DeleteModel "
                + "DeletePortal DeletePortalProduct DeletePortalProductSharingPolicy DeleteProductPage "
                + "DeleteProductRestEndpointPage DeleteRoute DeleteRouteRequestParameter DeleteRouteResponse "
                + "DeleteRouteSettings DeleteRoutingRule DeleteStage DeleteVpcLink DisablePortal ResetAuthorizersCache "
                + "UntagResource"),
        };

        /// <summary>One exception row per operation: <c>apigateway:&lt;verb&gt;</c>.</summary>
        public static IEnumerable<OperationRow> Rows()
        {
            foreach (var row in RowsOf("APIGateway", ApiGateway, IamActionTable.ApiGatewaySource))
            {
                yield return row;
            }

            foreach (var row in RowsOf("ApiGatewayV2", ApiGatewayV2, IamActionTable.ApiGatewayV2Source))
            {
                yield return row;
            }
        }

        private static IEnumerable<OperationRow> RowsOf(string service, (string Verb, string Operations)[] table, string source)
        {
            foreach (var (verb, operations) in table)
            {
                foreach (var operation in operations.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
                {
                    yield return new OperationRow(service, operation, source, "apigateway:" + verb);
                }
            }
        }
    }
}
