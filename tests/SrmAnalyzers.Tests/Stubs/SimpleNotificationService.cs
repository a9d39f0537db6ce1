// Exact-shape stub of AWSSDK.SimpleNotificationService (missing from the NuGet mirror): topic
// attribute requests and the client methods tests call. Names and namespaces match the SDK.
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.SimpleNotificationService.Model;

namespace Amazon.SimpleNotificationService
{
    public partial interface IAmazonSimpleNotificationService : System.IDisposable
    {
        Task<SetTopicAttributesResponse> SetTopicAttributesAsync(string topicArn, string attributeName, string attributeValue, CancellationToken cancellationToken = default);
        Task<SetTopicAttributesResponse> SetTopicAttributesAsync(SetTopicAttributesRequest request, CancellationToken cancellationToken = default);
    }
}

namespace Amazon.SimpleNotificationService.Model
{
    public abstract partial class AmazonSimpleNotificationServiceRequest : AmazonWebServiceRequest { }

    public partial class SetTopicAttributesRequest : AmazonSimpleNotificationServiceRequest
    {
        public SetTopicAttributesRequest() { }

        public SetTopicAttributesRequest(string topicArn, string attributeName, string attributeValue)
        {
            TopicArn = topicArn;
            AttributeName = attributeName;
            AttributeValue = attributeValue;
        }

        public string AttributeName { get; set; }
        public string AttributeValue { get; set; }
        public string TopicArn { get; set; }
    }

    public partial class SetTopicAttributesResponse : AmazonWebServiceResponse { }
}
