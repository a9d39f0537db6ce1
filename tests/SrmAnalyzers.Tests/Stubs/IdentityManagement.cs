// Exact-shape stub of AWSSDK.IdentityManagement (missing from the NuGet mirror): the request types
// that carry policy documents and the client methods tests call. Names and namespaces match the SDK.
using System.Threading;
using System.Threading.Tasks;
using Amazon.IdentityManagement.Model;
using Amazon.Runtime;

namespace Amazon.IdentityManagement
{
    public partial interface IAmazonIdentityManagementService : System.IDisposable
    {
        Task<CreatePolicyResponse> CreatePolicyAsync(CreatePolicyRequest request, CancellationToken cancellationToken = default);
        Task<CreatePolicyVersionResponse> CreatePolicyVersionAsync(CreatePolicyVersionRequest request, CancellationToken cancellationToken = default);
        Task<PutRolePolicyResponse> PutRolePolicyAsync(PutRolePolicyRequest request, CancellationToken cancellationToken = default);
        Task<PutUserPolicyResponse> PutUserPolicyAsync(PutUserPolicyRequest request, CancellationToken cancellationToken = default);
        Task<PutGroupPolicyResponse> PutGroupPolicyAsync(PutGroupPolicyRequest request, CancellationToken cancellationToken = default);
        Task<CreateRoleResponse> CreateRoleAsync(CreateRoleRequest request, CancellationToken cancellationToken = default);
        Task<UpdateAssumeRolePolicyResponse> UpdateAssumeRolePolicyAsync(UpdateAssumeRolePolicyRequest request, CancellationToken cancellationToken = default);
    }
}

namespace Amazon.IdentityManagement.Model
{
    public abstract partial class AmazonIdentityManagementServiceRequest : AmazonWebServiceRequest { }

    public partial class CreatePolicyRequest : AmazonIdentityManagementServiceRequest
    {
        public string Description { get; set; }
        public string Path { get; set; }
        public string PolicyDocument { get; set; }
        public string PolicyName { get; set; }
    }

    public partial class CreatePolicyVersionRequest : AmazonIdentityManagementServiceRequest
    {
        public string PolicyArn { get; set; }
        public string PolicyDocument { get; set; }
        public bool SetAsDefault { get; set; }
    }

    public partial class PutRolePolicyRequest : AmazonIdentityManagementServiceRequest
    {
        public string PolicyDocument { get; set; }
        public string PolicyName { get; set; }
        public string RoleName { get; set; }
    }

    public partial class PutUserPolicyRequest : AmazonIdentityManagementServiceRequest
    {
        public string PolicyDocument { get; set; }
        public string PolicyName { get; set; }
        public string UserName { get; set; }
    }

    public partial class PutGroupPolicyRequest : AmazonIdentityManagementServiceRequest
    {
        public string GroupName { get; set; }
        public string PolicyDocument { get; set; }
        public string PolicyName { get; set; }
    }

    public partial class CreateRoleRequest : AmazonIdentityManagementServiceRequest
    {
        public string AssumeRolePolicyDocument { get; set; }
        public string Description { get; set; }
        public string Path { get; set; }
        public string RoleName { get; set; }
    }

    public partial class UpdateAssumeRolePolicyRequest : AmazonIdentityManagementServiceRequest
    {
        public string PolicyDocument { get; set; }
        public string RoleName { get; set; }
    }

    public partial class CreatePolicyResponse : AmazonWebServiceResponse { }
    public partial class CreatePolicyVersionResponse : AmazonWebServiceResponse { }
    public partial class PutRolePolicyResponse : AmazonWebServiceResponse { }
    public partial class PutUserPolicyResponse : AmazonWebServiceResponse { }
    public partial class PutGroupPolicyResponse : AmazonWebServiceResponse { }
    public partial class CreateRoleResponse : AmazonWebServiceResponse { }
    public partial class UpdateAssumeRolePolicyResponse : AmazonWebServiceResponse { }
}
