// Exact-shape stub of AWSSDK.SimpleNotificationService (missing from the NuGet mirror): topic
// attribute requests, publishing, the client helpers that are not operations (SubscribeQueue,
// SubscribeQueueToTopics, FindTopic, AuthorizeS3ToPublish), and the client methods tests call. Names,
// parameter names and namespaces match the SDK.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.SharedInterfaces;
using Amazon.SimpleNotificationService.Model;

namespace Amazon.SimpleNotificationService
{
    public partial interface IAmazonSimpleNotificationService : System.IDisposable
    {
        Task<PublishResponse> PublishAsync(string topicArn, string message, CancellationToken cancellationToken = default);
        Task<PublishResponse> PublishAsync(PublishRequest request, CancellationToken cancellationToken = default);
        Task<SetTopicAttributesResponse> SetTopicAttributesAsync(string topicArn, string attributeName, string attributeValue, CancellationToken cancellationToken = default);
        Task<SetTopicAttributesResponse> SetTopicAttributesAsync(SetTopicAttributesRequest request, CancellationToken cancellationToken = default);
        Task<string> SubscribeQueueAsync(string topicArn, ICoreAmazonSQS sqsClient, string sqsQueueUrl);
        Task<IDictionary<string, string>> SubscribeQueueToTopicsAsync(IList<string> topicArns, ICoreAmazonSQS sqsClient, string sqsQueueUrl);
        Task<Topic> FindTopicAsync(string topicName);
        Task AuthorizeS3ToPublishAsync(string topicArn, string bucket);
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

    public partial class PublishRequest : AmazonSimpleNotificationServiceRequest
    {
        public string Message { get; set; }
        public string Subject { get; set; }
        public string TargetArn { get; set; }
        public string TopicArn { get; set; }
    }

    public partial class PublishResponse : AmazonWebServiceResponse { }

    public partial class Topic
    {
        public string TopicArn { get; set; }
    }
}
