// Evaluation corpus: SQS queue setup with access policies for SNS fan-out, a "shared" queue and a webhook bridge. Sdk: v4
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.SQS;
using Amazon.SQS.Model;

namespace Northwind.Messaging.Setup
{
    public sealed class QueuePolicyConfigurator
    {
        private readonly IAmazonSQS _sqs;

        public QueuePolicyConfigurator(IAmazonSQS sqs) => _sqs = sqs;

        public Task AllowTopicAsync(string queueUrl, string queueArn, string topicArn, CancellationToken ct)
        {
            var policy = $$"""
                {
                  "Version": "2012-10-17",
                  "Statement": [{
                    "Effect": "Allow",
                    "Principal": { "Service": "sns.amazonaws.com" },
                    "Action": "sqs:SendMessage",
                    "Resource": "{{queueArn}}",
                    "Condition": { "ArnEquals": { "aws:SourceArn": "{{topicArn}}" } }
                  }]
                }
                """;

            return _sqs.SetQueueAttributesAsync(new SetQueueAttributesRequest
            {
                QueueUrl = queueUrl,
                Attributes = new Dictionary<string, string> { [QueueAttributeName.Policy] = policy },
            }, ct);
        }

        public async Task<string> CreateSharedQueueAsync(string name, CancellationToken ct)
        {
            var response = await _sqs.CreateQueueAsync(new CreateQueueRequest // expect: SRM201, SRM202
            {
                QueueName = name,
                Attributes = new Dictionary<string, string>
                {
                    ["VisibilityTimeout"] = "60",
                    ["Policy"] = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"sqs:*\",\"Resource\":\"*\"}]}",
                },
            }, ct);
            return response.QueueUrl;
        }

        public Task OpenWebhookBridgeAsync(string queueUrl, string queueArn, CancellationToken ct)
        {
            var attributes = new Dictionary<string, string>
            {
                [QueueAttributeName.Policy] = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sqs:SendMessage\",\"Resource\":\"" + queueArn + "\"}]}", // expect: SRM202
            };
            return _sqs.SetQueueAttributesAsync(queueUrl, attributes, ct);
        }

        public Task TuneRetentionAsync(string queueUrl, CancellationToken ct) =>
            _sqs.SetQueueAttributesAsync(queueUrl, new Dictionary<string, string>
            {
                [QueueAttributeName.MessageRetentionPeriod] = "1209600",
                [QueueAttributeName.SqsManagedSseEnabled] = "true",
            }, ct);
    }
}
