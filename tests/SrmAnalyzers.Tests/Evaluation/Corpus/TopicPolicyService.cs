// Evaluation corpus: SNS topic policy management for alarms, S3 event notifications and an over-open subscription policy. Sdk: v4
using System.Threading.Tasks;
using Amazon.SimpleNotificationService;
using Amazon.SimpleNotificationService.Model;

namespace Contoso.Alerts.Infrastructure
{
    public class TopicPolicyService
    {
        private readonly IAmazonSimpleNotificationService _sns;

        public TopicPolicyService(IAmazonSimpleNotificationService sns) => _sns = sns;

        public Task AllowS3EventsAsync(string topicArn, string bucketName, string accountId)
        {
            var request = new SetTopicAttributesRequest
            {
                TopicArn = topicArn,
                AttributeName = "Policy",
                AttributeValue = $$"""
                    {
                      "Version": "2012-10-17",
                      "Statement": [{
                        "Effect": "Allow",
                        "Principal": "*",
                        "Action": "SNS:Publish",
                        "Resource": "{{topicArn}}",
                        "Condition": {
                          "ArnLike": { "aws:SourceArn": "arn:aws:s3:::{{bucketName}}" },
                          "StringEquals": { "aws:SourceAccount": "{{accountId}}" }
                        }
                      }]
                    }
                    """,
            };
            return _sns.SetTopicAttributesAsync(request);
        }

        public Task AllowCloudWatchAlarmsAsync(string topicArn) =>
            _sns.SetTopicAttributesAsync(new SetTopicAttributesRequest(
                topicArn,
                "Policy",
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"cloudwatch.amazonaws.com\"},\"Action\":\"sns:Publish\",\"Resource\":\"" + topicArn + "\"}]}"));

        public Task OpenSubscriptionsAsync(string topicArn)
        {
            const string anyoneMaySubscribe = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":[\"SNS:Subscribe\",\"SNS:Receive\"],\"Resource\":\"*\"}]}";
            return _sns.SetTopicAttributesAsync(topicArn, "Policy", anyoneMaySubscribe); // expect: SRM202
        }

        public Task DelegateToOpsAccountAsync(string topicArn, string opsAccountId)
        {
            var policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::" + opsAccountId + ":root\"}," +
                         "\"Action\":\"SNS:*\",\"Resource\":\"" + topicArn + "\"}]}";
            return _sns.SetTopicAttributesAsync(new SetTopicAttributesRequest { TopicArn = topicArn, AttributeName = "Policy", AttributeValue = policy }); // expect: SRM201
        }

        public Task RenameAsync(string topicArn, string displayName) =>
            _sns.SetTopicAttributesAsync(new SetTopicAttributesRequest { TopicArn = topicArn, AttributeName = "DisplayName", AttributeValue = displayName });
    }
}
