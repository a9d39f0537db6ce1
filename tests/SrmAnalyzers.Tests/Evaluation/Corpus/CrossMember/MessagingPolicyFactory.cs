// Evaluation corpus: event bus setup where queue and topic policies are built by factory methods and applied by other methods. Sdk: v4
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.SimpleNotificationService;
using Amazon.SimpleNotificationService.Model;
using Amazon.SQS;
using Amazon.SQS.Model;

namespace Contoso.Events.Infrastructure
{
    internal static class MessagingPolicies
    {
        public static string QueueFromTopic(string queueArn, string topicArn) => $$"""
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"sns.amazonaws.com"},"Action":"sqs:SendMessage","Resource":"{{queueArn}}","Condition":{"ArnEquals":{"aws:SourceArn":"{{topicArn}}" } } }]}
            """;

        // Load-test harness posts from laptops; nobody wanted to manage IAM users for it.
        public static string OpenQueue(string queueArn) => $$"""
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"sqs:SendMessage","Resource":"{{queueArn}}"}]}
            """; // expect: SRM202

        public static string TopicForAccount(string topicArn, string accountId) => $$"""
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"SNS:Publish","Resource":"{{topicArn}}","Condition":{"StringEquals":{"aws:SourceAccount":"{{accountId}}" } } }]}
            """;

        public static string TopicAdmin(string topicArn, string opsRoleArn) => $$"""
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"{{opsRoleArn}}"},"Action":"sns:*","Resource":"{{topicArn}}"}]}
            """; // expect: SRM201
    }

    public sealed class EventBusSetup
    {
        private readonly IAmazonSQS _sqs;
        private readonly IAmazonSimpleNotificationService _sns;

        public EventBusSetup(IAmazonSQS sqs, IAmazonSimpleNotificationService sns)
        {
            _sqs = sqs;
            _sns = sns;
        }

        public Task SubscribeQueueAsync(string queueUrl, string queueArn, string topicArn) =>
            _sqs.SetQueueAttributesAsync(new SetQueueAttributesRequest
            {
                QueueUrl = queueUrl,
                Attributes = new Dictionary<string, string> { [QueueAttributeName.Policy] = MessagingPolicies.QueueFromTopic(queueArn, topicArn) },
            });

        public Task OpenLoadTestQueueAsync(string queueUrl, string queueArn)
        {
            var attributes = new Dictionary<string, string>
            {
                [QueueAttributeName.Policy] = MessagingPolicies.OpenQueue(queueArn),
                [QueueAttributeName.MessageRetentionPeriod] = "3600",
            };
            return _sqs.SetQueueAttributesAsync(new SetQueueAttributesRequest { QueueUrl = queueUrl, Attributes = attributes });
        }

        public async Task ConfigureTopicAsync(string topicArn, string accountId, string opsRoleArn)
        {
            await _sns.SetTopicAttributesAsync(topicArn, "Policy", MessagingPolicies.TopicForAccount(topicArn, accountId));
            await _sns.SetTopicAttributesAsync(new SetTopicAttributesRequest(topicArn, "Policy", MessagingPolicies.TopicAdmin(topicArn, opsRoleArn)));
        }
    }
}
