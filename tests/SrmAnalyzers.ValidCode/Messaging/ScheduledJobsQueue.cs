// ValidCode: an SQS queue fed by EventBridge rules, its policy serialized from an anonymous object. Sdk: v4
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Amazon.SQS;
using Amazon.SQS.Model;

namespace Acme.ValidCode.Messaging
{
    /// <summary>Lets the scheduler rules of the account (and nothing else) send to the jobs queue.</summary>
    public sealed class ScheduledJobsQueue
    {
        private readonly IAmazonSQS _sqs;

        public ScheduledJobsQueue(IAmazonSQS sqs) => _sqs = sqs;

        public async Task AllowSchedulerAsync(string queueUrl, string queueArn, CancellationToken cancellationToken = default)
        {
            var policy = JsonSerializer.Serialize(new
            {
                Version = "2012-10-17",
                Statement = new[]
                {
                    new
                    {
                        Sid = "SchedulerRules",
                        Effect = "Allow",
                        Principal = new { Service = "events.amazonaws.com" },
                        Action = "sqs:SendMessage",
                        Resource = queueArn,
                        Condition = new { ArnLike = new Dictionary<string, string> { ["aws:SourceArn"] = "arn:aws:events:eu-west-1:111122223333:rule/archive-*" } },
                    },
                },
            });
            await _sqs.SetQueueAttributesAsync(new SetQueueAttributesRequest
            {
                QueueUrl = queueUrl,
                Attributes = new Dictionary<string, string> { ["Policy"] = policy }, // compliant: SRM201, SRM202
            }, cancellationToken);
        }
    }
}
