// Evaluation corpus: CI service launching ephemeral EC2 build agents (Linux and Windows pools). Sdk: v4
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

namespace Litware.Ci.Agents
{
    public sealed record AgentPool(string Name, string ImageId, string SubnetId, string SecurityGroupId, string InstanceProfileArn);

    public sealed class BuildAgentLauncher
    {
        private const string LinuxRootDevice = "/dev/xvda";
        private const string WindowsRootDevice = "/dev/sda1";
        private readonly IAmazonEC2 _ec2;

        public BuildAgentLauncher(IAmazonEC2 ec2) => _ec2 = ec2;

        public async Task<IReadOnlyList<string>> LaunchLinuxAgentsAsync(AgentPool pool, int count, CancellationToken ct)
        {
            var response = await _ec2.RunInstancesAsync(new RunInstancesRequest
            {
                ImageId = pool.ImageId,
                InstanceType = InstanceType.C6iXlarge,
                MinCount = count,
                MaxCount = count,
                SubnetId = pool.SubnetId,
                SecurityGroupIds = new List<string> { pool.SecurityGroupId },
                IamInstanceProfile = new IamInstanceProfileSpecification { Arn = pool.InstanceProfileArn },
                MetadataOptions = new InstanceMetadataOptionsRequest
                {
                    HttpTokens = HttpTokensState.Required,
                    HttpPutResponseHopLimit = 2,
                },
                BlockDeviceMappings = new List<BlockDeviceMapping>
                {
                    new BlockDeviceMapping
                    {
                        DeviceName = LinuxRootDevice,
                        Ebs = new EbsBlockDevice { VolumeSize = 100, VolumeType = VolumeType.Gp3, Encrypted = true, DeleteOnTermination = true },
                    },
                },
            }, ct);
            return response.Reservation.Instances.Select(i => i.InstanceId).ToList();
        }

        // Windows agents were copied from an older launcher script.
        public async Task<IReadOnlyList<string>> LaunchWindowsAgentsAsync(AgentPool pool, int count, CancellationToken ct)
        {
            var response = await _ec2.RunInstancesAsync(new RunInstancesRequest // expect: SRM103, SRM404
            {
                ImageId = pool.ImageId,
                InstanceType = InstanceType.M6iXlarge,
                MinCount = count,
                MaxCount = count,
                SubnetId = pool.SubnetId,
                SecurityGroupIds = new List<string> { pool.SecurityGroupId },
                IamInstanceProfile = new IamInstanceProfileSpecification { Arn = pool.InstanceProfileArn },
                BlockDeviceMappings = new List<BlockDeviceMapping>
                {
                    new BlockDeviceMapping
                    {
                        DeviceName = WindowsRootDevice,
                        Ebs = new EbsBlockDevice { VolumeSize = 150, VolumeType = VolumeType.Gp3, DeleteOnTermination = true },
                    },
                },
            }, ct);
            return response.Reservation.Instances.Select(i => i.InstanceId).ToList();
        }

        public async Task<string> LaunchGpuAgentAsync(AgentPool pool, CancellationToken ct)
        {
            var request = new RunInstancesRequest(pool.ImageId, 1, 1) // expect: SRM404
            {
                InstanceType = InstanceType.G5Xlarge,
                SubnetId = pool.SubnetId,
                SecurityGroupIds = new List<string> { pool.SecurityGroupId },
            };
            request.BlockDeviceMappings = new List<BlockDeviceMapping>
            {
                new() { DeviceName = LinuxRootDevice, Ebs = new EbsBlockDevice { VolumeSize = 300, Encrypted = true } },
            };

            var response = await _ec2.RunInstancesAsync(request, ct);
            return response.Reservation.Instances[0].InstanceId;
        }
    }
}
