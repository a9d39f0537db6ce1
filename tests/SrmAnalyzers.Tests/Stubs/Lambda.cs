// Exact-shape stub of AWSSDK.Lambda (missing from the NuGet mirror): the request that adds a statement to
// a function's resource policy (AddPermission), the function URL request whose AuthType looks alike, the
// FunctionUrlAuthType constant class, and the client methods tests call. Names and namespaces match the SDK
// (sdk/src/Services/Lambda/Generated in aws/aws-sdk-net: Model/AddPermissionRequest.cs,
// Model/CreateFunctionUrlConfigRequest.cs, Model/AmazonLambdaRequest.cs, ServiceEnumerations.cs).
// InvokedViaFunctionUrl is newer than that snapshot; its name and type come from the Lambda API reference
// (AddPermission request body) and the SDK-generated PowerShell cmdlet (-InvokedViaFunctionUrl <Boolean>).
// Value-type properties have the 3.x shape (bool); 4.x makes them nullable (bool?). The request base class
// lives in Amazon.Lambda, as in the SDK. IAmazonLambda leaves out the SDK's IAmazonService and
// AmazonLambdaClient does not derive from AmazonServiceClient: their abstract members differ between the
// majors. So the analyzers do not see AmazonLambdaClient as a service client.
using System.Threading;
using System.Threading.Tasks;
using Amazon.Lambda.Model;
using Amazon.Runtime;

namespace Amazon.Lambda
{
    public partial class AmazonLambdaRequest : AmazonWebServiceRequest { }

    public class FunctionUrlAuthType : ConstantClass
    {
        public static readonly FunctionUrlAuthType AWS_IAM = new FunctionUrlAuthType("AWS_IAM");
        public static readonly FunctionUrlAuthType NONE = new FunctionUrlAuthType("NONE");

        public FunctionUrlAuthType(string value)
            : base(value)
        {
        }

        public static FunctionUrlAuthType FindValue(string value) => FindValue<FunctionUrlAuthType>(value);

        public static implicit operator FunctionUrlAuthType(string value) => FindValue(value);
    }

    public partial interface IAmazonLambda : System.IDisposable
    {
        Task<AddPermissionResponse> AddPermissionAsync(AddPermissionRequest request, CancellationToken cancellationToken = default);
        Task<CreateFunctionResponse> CreateFunctionAsync(CreateFunctionRequest request, CancellationToken cancellationToken = default);
        Task<CreateFunctionUrlConfigResponse> CreateFunctionUrlConfigAsync(CreateFunctionUrlConfigRequest request, CancellationToken cancellationToken = default);
        Task<InvokeResponse> InvokeAsync(InvokeRequest request, CancellationToken cancellationToken = default);
        Task<RemovePermissionResponse> RemovePermissionAsync(RemovePermissionRequest request, CancellationToken cancellationToken = default);
    }

    public partial class AmazonLambdaClient : IAmazonLambda
    {
        public AmazonLambdaClient() { }

        public AmazonLambdaClient(RegionEndpoint region) { }

        public AmazonLambdaClient(AWSCredentials credentials) { }

        public AmazonLambdaClient(AWSCredentials credentials, RegionEndpoint region) { }

        public virtual Task<AddPermissionResponse> AddPermissionAsync(AddPermissionRequest request, CancellationToken cancellationToken = default) =>
            throw new System.NotImplementedException();

        public virtual Task<CreateFunctionResponse> CreateFunctionAsync(CreateFunctionRequest request, CancellationToken cancellationToken = default) =>
            throw new System.NotImplementedException();

        public virtual Task<InvokeResponse> InvokeAsync(InvokeRequest request, CancellationToken cancellationToken = default) =>
            throw new System.NotImplementedException();

        public virtual Task<CreateFunctionUrlConfigResponse> CreateFunctionUrlConfigAsync(CreateFunctionUrlConfigRequest request, CancellationToken cancellationToken = default) =>
            throw new System.NotImplementedException();

        public virtual Task<RemovePermissionResponse> RemovePermissionAsync(RemovePermissionRequest request, CancellationToken cancellationToken = default) =>
            throw new System.NotImplementedException();

        public void Dispose()
        {
            Dispose(true);
            System.GC.SuppressFinalize(this);
        }

        protected virtual void Dispose(bool disposing) { }
    }
}

namespace Amazon.Lambda.Model
{
    public partial class AddPermissionRequest : AmazonLambdaRequest
    {
        public string Action { get; set; }
        public string EventSourceToken { get; set; }
        public string FunctionName { get; set; }
        public FunctionUrlAuthType FunctionUrlAuthType { get; set; }
        public bool InvokedViaFunctionUrl { get; set; }
        public string Principal { get; set; }
        public string PrincipalOrgID { get; set; }
        public string Qualifier { get; set; }
        public string RevisionId { get; set; }
        public string SourceAccount { get; set; }
        public string SourceArn { get; set; }
        public string StatementId { get; set; }
    }

    public partial class CreateFunctionUrlConfigRequest : AmazonLambdaRequest
    {
        public FunctionUrlAuthType AuthType { get; set; }
        public string FunctionName { get; set; }
        public string Qualifier { get; set; }
    }

    public partial class RemovePermissionRequest : AmazonLambdaRequest
    {
        public string FunctionName { get; set; }
        public string Qualifier { get; set; }
        public string RevisionId { get; set; }
        public string StatementId { get; set; }
    }

    public partial class CreateFunctionRequest : AmazonLambdaRequest
    {
        public string FunctionName { get; set; }
        public string Handler { get; set; }
        public string Role { get; set; }
    }

    public partial class InvokeRequest : AmazonLambdaRequest
    {
        public string FunctionName { get; set; }
        public string Payload { get; set; }
        public string Qualifier { get; set; }
    }

    public partial class AddPermissionResponse : AmazonWebServiceResponse
    {
        public string Statement { get; set; }
    }

    public partial class CreateFunctionUrlConfigResponse : AmazonWebServiceResponse
    {
        public FunctionUrlAuthType AuthType { get; set; }
        public string FunctionArn { get; set; }
        public string FunctionUrl { get; set; }
    }

    public partial class RemovePermissionResponse : AmazonWebServiceResponse { }
    public partial class CreateFunctionResponse : AmazonWebServiceResponse { }
    public partial class InvokeResponse : AmazonWebServiceResponse { }
}
