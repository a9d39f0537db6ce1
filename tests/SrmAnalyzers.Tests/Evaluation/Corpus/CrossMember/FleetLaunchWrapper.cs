// Evaluation corpus: fleet launcher wrapper taking the IMDS token setting, called for modern and legacy AMIs. Sdk: v4
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

namespace Contoso.Compute.Fleet
{
    public sealed class FleetLauncher
    {
        private readonly IAmazonEC2 _ec2;

        public FleetLauncher(IAmazonEC2 ec2) => _ec2 = ec2;

        public async Task<IReadOnlyList<string>> LaunchAsync(string imageId, int count, HttpTokensState tokens)
        {
            var response = await _ec2.RunInstancesAsync(new RunInstancesRequest
            {
                ImageId = imageId,
                MinCount = count,
                MaxCount = count,
                InstanceType = InstanceType.C6iXlarge,
                MetadataOptions = new InstanceMetadataOptionsRequest
                {
                    HttpEndpoint = InstanceMetadataEndpointState.Enabled,
                    HttpTokens = tokens,
                },
                BlockDeviceMappings = new List<BlockDeviceMapping>
                {
                    new() { DeviceName = "/dev/xvda", Ebs = new EbsBlockDevice { VolumeSize = 40, Encrypted = true } },
                },
            });
            var ids = new List<string>();
            foreach (var instance in response.Reservation.Instances)
            {
                ids.Add(instance.InstanceId);
            }

            return ids;
        }
    }

    public sealed class FleetPlan
    {
        private static readonly HttpTokensState Imdsv2 = HttpTokensState.Required;
        private readonly FleetLauncher _launcher;

        public FleetPlan(FleetLauncher launcher) => _launcher = launcher;

        public async Task ScaleOutAsync(string modernAmi, string legacyAmi, int webCount)
        {
            await _launcher.LaunchAsync(modernAmi, webCount, HttpTokensState.Required);
            await _launcher.LaunchAsync(modernAmi, 2, Imdsv2);

            // The 2019 reporting AMI's agent breaks with IMDSv2.
            await _launcher.LaunchAsync(legacyAmi, 1, HttpTokensState.Optional); // expect: SRM404
        }

        public Task LaunchCanaryAsync(string ami, bool legacyAgent) =>
            _launcher.LaunchAsync(ami, 1, legacyAgent ? HttpTokensState.Optional : HttpTokensState.Required); // expect: SRM404

        public Task LaunchWorkersAsync(string ami, string tokensFromConfig) =>
            _launcher.LaunchAsync(ami, 4, HttpTokensState.FindValue(tokensFromConfig));
    }
}
