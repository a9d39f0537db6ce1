// Evaluation corpus: batch scheduler whose launch specifications are built by a factory class and submitted by the scheduler. Sdk: v4
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

namespace Litware.Batch.Scheduling
{
    public sealed record JobShape(string ImageId, string SubnetId, int DiskGiB);

    public static class LaunchSpecFactory
    {
        public static RunInstancesRequest Hardened(JobShape shape) => new()
        {
            ImageId = shape.ImageId,
            SubnetId = shape.SubnetId,
            MinCount = 1,
            MaxCount = 1,
            InstanceType = InstanceType.R6iXlarge,
            MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Required },
            BlockDeviceMappings = new List<BlockDeviceMapping>
            {
                new() { DeviceName = "/dev/xvda", Ebs = new EbsBlockDevice { VolumeSize = shape.DiskGiB, Encrypted = true } },
            },
        };

        // Copied from a 2018 blog post; the spot fleet never got the hardening pass.
        public static RunInstancesRequest Spot(JobShape shape)
        {
            var request = new RunInstancesRequest // expect: SRM103, SRM404
            {
                ImageId = shape.ImageId,
                SubnetId = shape.SubnetId,
                MinCount = 1,
                MaxCount = 4,
                InstanceMarketOptions = new InstanceMarketOptionsRequest { MarketType = MarketType.Spot },
                BlockDeviceMappings = new List<BlockDeviceMapping>
                {
                    new() { DeviceName = "/dev/xvda", Ebs = new EbsBlockDevice { VolumeSize = shape.DiskGiB, VolumeType = VolumeType.Gp3 } },
                },
            };
            return request;
        }

        public static RunInstancesRequest GpuNode(JobShape shape)
        {
            var request = new RunInstancesRequest { ImageId = shape.ImageId, SubnetId = shape.SubnetId, MinCount = 1, MaxCount = 1 };
            request.InstanceType = InstanceType.G5Xlarge;
            request.MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Optional }; // expect: SRM404
            return request;
        }
    }

    public sealed class BatchScheduler
    {
        private readonly IAmazonEC2 _ec2;

        public BatchScheduler(IAmazonEC2 ec2) => _ec2 = ec2;

        private async Task<string> SubmitAsync(RunInstancesRequest request)
        {
            var response = await _ec2.RunInstancesAsync(request);
            return response.Reservation.Instances[0].InstanceId;
        }

        public async Task<IReadOnlyList<string>> ScheduleAsync(JobShape shape, bool useSpot, bool needsGpu)
        {
            var started = new List<string> { await SubmitAsync(LaunchSpecFactory.Hardened(shape)) };
            if (useSpot)
            {
                started.Add(await SubmitAsync(LaunchSpecFactory.Spot(shape)));
            }

            if (needsGpu)
            {
                started.Add(await SubmitAsync(LaunchSpecFactory.GpuNode(shape)));
            }

            return started;
        }
    }
}
