// Exact-shape stub of the AWSSDK.Organizations request that creates a service control policy: an SCP
// is not an IAM policy, so policy rules must ignore it despite the shared simple name.
using System.Threading;
using System.Threading.Tasks;
using Amazon.Organizations.Model;
using Amazon.Runtime;

namespace Amazon.Organizations
{
    public partial interface IAmazonOrganizations : System.IDisposable
    {
        Task<CreatePolicyResponse> CreatePolicyAsync(CreatePolicyRequest request, CancellationToken cancellationToken = default);
    }
}

namespace Amazon.Organizations.Model
{
    public abstract partial class AmazonOrganizationsRequest : AmazonWebServiceRequest { }

    public partial class CreatePolicyRequest : AmazonOrganizationsRequest
    {
        public string Content { get; set; }
        public string Description { get; set; }
        public string Name { get; set; }
    }

    public partial class CreatePolicyResponse : AmazonWebServiceResponse { }
}
