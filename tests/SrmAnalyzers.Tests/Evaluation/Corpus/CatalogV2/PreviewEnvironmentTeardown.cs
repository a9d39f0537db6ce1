// Evaluation corpus: CI teardown tool for pull-request preview environments that removes VPC flow logs and the AWS Config recorder of a preview account. Sdk: v4
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.ConfigService;
using Amazon.ConfigService.Model;
using Amazon.EC2;
using Amazon.EC2.Model;

namespace Contoso.Previews.Teardown
{
    public sealed class PreviewEnvironmentTeardown
    {
        private const string RecorderName = "default";
        private readonly IAmazonEC2 _ec2;
        private readonly IAmazonConfigService _config;

        public PreviewEnvironmentTeardown(IAmazonEC2 ec2, IAmazonConfigService config)
        {
            _ec2 = ec2;
            _config = config;
        }

        // preview-teardown <pr-number>
        public async Task TearDownAsync(string vpcId, CancellationToken ct)
        {
            var flowLogIds = await FlowLogIdsAsync(vpcId, ct);
            if (flowLogIds.Count > 0)
            {
                await _ec2.DeleteFlowLogsAsync(new DeleteFlowLogsRequest { FlowLogIds = flowLogIds }, ct); // expect: SRM502
            }

            await _config.DeleteConfigurationRecorderAsync(new DeleteConfigurationRecorderRequest { ConfigurationRecorderName = RecorderName }, ct); // expect: SRM502
            await _ec2.DeleteVpcAsync(new DeleteVpcRequest { VpcId = vpcId }, ct);
        }

        // preview-sleep: stop paying for recording while the preview is idle over the weekend.
        public async Task SleepAsync(string vpcId, CancellationToken ct)
        {
            await _config.StopConfigurationRecorderAsync(new StopConfigurationRecorderRequest { ConfigurationRecorderName = RecorderName }, ct); // expect: SRM502
            await _ec2.DeleteFlowLogsAsync(BuildFlowLogCleanup(await FlowLogIdsAsync(vpcId, ct)), ct);
        }

        // preview-wake: recording resumes and flow logs come back.
        public async Task WakeAsync(string vpcId, string logBucketArn, CancellationToken ct)
        {
            await _config.StartConfigurationRecorderAsync(new StartConfigurationRecorderRequest { ConfigurationRecorderName = RecorderName }, ct);
            await _ec2.CreateFlowLogsAsync(new CreateFlowLogsRequest
            {
                ResourceIds = new List<string> { vpcId },
                ResourceType = FlowLogsResourceType.VPC,
                TrafficType = TrafficType.ALL,
                LogDestinationType = LogDestinationType.S3,
                LogDestination = logBucketArn,
            }, ct);
        }

        private static DeleteFlowLogsRequest BuildFlowLogCleanup(List<string> ids)
        {
            return new DeleteFlowLogsRequest { FlowLogIds = ids }; // expect: SRM502
        }

        private async Task<List<string>> FlowLogIdsAsync(string vpcId, CancellationToken ct)
        {
            var response = await _ec2.DescribeFlowLogsAsync(new DescribeFlowLogsRequest
            {
                Filter = new List<Filter> { new Filter { Name = "resource-id", Values = new List<string> { vpcId } } },
            }, ct);
            return (response.FlowLogs ?? new List<FlowLog>()).Select(f => f.FlowLogId).ToList();
        }

        // Dry run for the PR comment: lists what would be removed without calling AWS.
        public static IReadOnlyList<string> Plan(IEnumerable<string> flowLogIds) =>
            flowLogIds.Select(id => $"would delete flow log {id}").Append($"would delete config recorder {RecorderName}").ToList();
    }
}
