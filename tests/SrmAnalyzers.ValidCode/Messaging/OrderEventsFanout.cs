// ValidCode: SNS topic fanning order events out to an encrypted SQS queue, with scoped resource policies. Sdk: v4
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.SimpleNotificationService;
using Amazon.SimpleNotificationService.Model;
using Amazon.SQS;
using Amazon.SQS.Model;

namespace Acme.ValidCode.Messaging
{
    /// <summary>The order-events topic may publish to the queue; the archive bucket may publish to the topic. Nobody else.</summary>
    public sealed class OrderEventsFanout
    {
        private const string TopicArn = "arn:aws:sns:eu-west-1:111122223333:order-events";
        private const string QueueArn = "arn:aws:sqs:eu-west-1:111122223333:order-archive";

        private readonly IAmazonSQS _sqs;
        private readonly IAmazonSimpleNotificationService _sns;

        public OrderEventsFanout(IAmazonSQS sqs, IAmazonSimpleNotificationService sns)
        {
            _sqs = sqs;
            _sns = sns;
        }

        public async Task<string> CreateQueueAsync(CancellationToken cancellationToken = default)
        {
            var queuePolicy = $$"""
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Sid": "OrderEventsTopic",
                      "Effect": "Allow",
                      "Principal": { "Service": "sns.amazonaws.com" },
                      "Action": "sqs:SendMessage",
                      "Resource": "{{QueueArn}}",
                      "Condition": { "ArnEquals": { "aws:SourceArn": "{{TopicArn}}" } }
                    }
                  ]
                }
                """;
            var response = await _sqs.CreateQueueAsync(new CreateQueueRequest
            {
                QueueName = "order-archive",
                Attributes = new Dictionary<string, string>
                {
                    [QueueAttributeName.Policy] = queuePolicy, // compliant: SRM201, SRM202
                    [QueueAttributeName.KmsMasterKeyId] = "alias/order-events",
                    [QueueAttributeName.MessageRetentionPeriod] = "1209600",
                },
            }, cancellationToken);
            return response.QueueUrl;
        }

        public async Task RestrictTopicAsync(CancellationToken cancellationToken = default)
        {
            // S3 event notifications of the archive bucket, from our own account only.
            await _sns.SetTopicAttributesAsync(new SetTopicAttributesRequest(TopicArn, "Policy", """
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Sid": "ArchiveBucketEvents",
                      "Effect": "Allow",
                      "Principal": { "Service": "s3.amazonaws.com" },
                      "Action": "SNS:Publish",
                      "Resource": "arn:aws:sns:eu-west-1:111122223333:order-events",
                      "Condition": {
                        "ArnLike": { "aws:SourceArn": "arn:aws:s3:::acme-document-archive" },
                        "StringEquals": { "aws:SourceAccount": "111122223333" }
                      }
                    },
                    {
                      "Sid": "OrderService",
                      "Effect": "Allow",
                      "Principal": { "AWS": "arn:aws:iam::111122223333:role/order-service" },
                      "Action": [ "SNS:Publish", "SNS:GetTopicAttributes" ],
                      "Resource": "arn:aws:sns:eu-west-1:111122223333:order-events"
                    }
                  ]
                }
                """), cancellationToken); // compliant: SRM201, SRM202
        }
    }
}
