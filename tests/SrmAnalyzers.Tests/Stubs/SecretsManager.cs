// Exact-shape stub of AWSSDK.SecretsManager (missing from the NuGet mirror): BatchGetSecretValue with its
// Filters and SecretIdList, and the Filter type it takes. Names and namespaces match the SDK.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.SecretsManager.Model;

namespace Amazon.SecretsManager
{
    public partial interface IAmazonSecretsManager : System.IDisposable
    {
        Task<BatchGetSecretValueResponse> BatchGetSecretValueAsync(BatchGetSecretValueRequest request, CancellationToken cancellationToken = default);
    }

    public partial class FilterNameStringType : ConstantClass
    {
        public static readonly FilterNameStringType Name = new FilterNameStringType("name");

        public FilterNameStringType(string value) : base(value) { }
    }
}

namespace Amazon.SecretsManager.Model
{
    public abstract partial class AmazonSecretsManagerRequest : AmazonWebServiceRequest { }

    public partial class BatchGetSecretValueRequest : AmazonSecretsManagerRequest
    {
        public List<Filter> Filters { get; set; }
        public int MaxResults { get; set; }
        public string NextToken { get; set; }
        public List<string> SecretIdList { get; set; }
    }

    public partial class BatchGetSecretValueResponse : AmazonWebServiceResponse { }

    public partial class Filter
    {
        public Amazon.SecretsManager.FilterNameStringType Key { get; set; }
        public List<string> Values { get; set; }
    }
}
