// Evaluation corpus: event fan-out bootstrap wiring an SNS topic to SQS queues with properly scoped policies. Sdk: v4
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.SimpleNotificationService;
using Amazon.SimpleNotificationService.Model;
using Amazon.SQS;
using Amazon.SQS.Model;

namespace Fabrikam.Events.Bootstrap
{
    public sealed class SnsFanoutBootstrapper
    {
        private readonly IAmazonSQS _sqs;
        private readonly IAmazonSimpleNotificationService _sns;

        public SnsFanoutBootstrapper(IAmazonSQS sqs, IAmazonSimpleNotificationService sns)
        {
            _sqs = sqs;
            _sns = sns;
        }

        public async Task WireAsync(string topicArn, string accountId, IEnumerable<string> queueNames)
        {
            foreach (var name in queueNames)
            {
                var queueArn = $"arn:aws:sqs:eu-west-1:{accountId}:{name}";
                var policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"FromTopic\",\"Effect\":\"Allow\"," +
                             "\"Principal\":{\"Service\":\"sns.amazonaws.com\"},\"Action\":\"sqs:SendMessage\",\"Resource\":\"" + queueArn + "\"," +
                             "\"Condition\":{\"ArnEquals\":{\"aws:SourceArn\":\"" + topicArn + "\"}}}]}";

                await _sqs.CreateQueueAsync(new CreateQueueRequest
                {
                    QueueName = name,
                    Attributes = new Dictionary<string, string>
                    {
                        [QueueAttributeName.Policy] = policy,
                        [QueueAttributeName.KmsMasterKeyId] = "alias/fabrikam-events",
                        [QueueAttributeName.RedrivePolicy] = $"{{\"deadLetterTargetArn\":\"{queueArn}-dlq\",\"maxReceiveCount\":\"5\"}}",
                    },
                });
            }

            var topicPolicy = $$"""
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Sid": "OwnerPublish",
                      "Effect": "Allow",
                      "Principal": { "AWS": "arn:aws:iam::{{accountId}}:role/order-service" },
                      "Action": "sns:Publish",
                      "Resource": "{{topicArn}}"
                    },
                    {
                      "Sid": "EventBridgePublish",
                      "Effect": "Allow",
                      "Principal": { "Service": "events.amazonaws.com" },
                      "Action": "sns:Publish",
                      "Resource": "{{topicArn}}"
                    }
                  ]
                }
                """;
            await _sns.SetTopicAttributesAsync(new SetTopicAttributesRequest { TopicArn = topicArn, AttributeName = "Policy", AttributeValue = topicPolicy });
        }
    }
}
