using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

namespace Acme.Uploads
{
    /// <summary>Starts a preview-rendering worker for large uploads, with a scratch volume for the originals.</summary>
    public sealed class WorkerLauncher
    {
        private const string WorkerImage = "ami-0c1a7f89451184c8b";

        private readonly IAmazonEC2 _ec2;

        public WorkerLauncher(IAmazonEC2 ec2) => _ec2 = ec2;

        public async Task<string> LaunchAsync(string availabilityZone, CancellationToken cancellationToken = default)
        {
            // The worker still answers IMDSv1, so an SSRF bug in the renderer could read its role's credentials.
            var launched = await _ec2.RunInstancesAsync(new RunInstancesRequest // expect: SRM404
            {
                ImageId = WorkerImage,
                InstanceType = InstanceType.C6iLarge,
                MinCount = 1,
                MaxCount = 1,
                IamInstanceProfile = new IamInstanceProfileSpecification { Name = "preview-worker" },
                Placement = new Placement { AvailabilityZone = availabilityZone },
                BlockDeviceMappings = new List<BlockDeviceMapping>
                {
                    new BlockDeviceMapping { DeviceName = "/dev/xvda", Ebs = new EbsBlockDevice { VolumeSize = 30, Encrypted = true } },
                },
            }, cancellationToken);
            var instanceId = launched.Reservation.Instances[0].InstanceId;

            // Customers' originals are copied to this scratch volume for rendering, unencrypted.
            var scratch = await _ec2.CreateVolumeAsync(new CreateVolumeRequest // expect: SRM103
            {
                AvailabilityZone = availabilityZone,
                Size = 200,
                VolumeType = VolumeType.Gp3,
            }, cancellationToken);

            await _ec2.AttachVolumeAsync(new AttachVolumeRequest { InstanceId = instanceId, VolumeId = scratch.Volume.VolumeId, Device = "/dev/sdf" }, cancellationToken);
            return instanceId;
        }

        /// <summary>Lets a rendering partner start from a snapshot of the scratch volume, originals and all.</summary>
        public Task ShareScratchSnapshotAsync(string snapshotId, CancellationToken cancellationToken = default) =>
            _ec2.ModifySnapshotAttributeAsync(new ModifySnapshotAttributeRequest
            {
                SnapshotId = snapshotId,
                CreateVolumePermission = new CreateVolumePermissionModifications
                {
                    // "all" rather than the partner's account ID: every AWS account can now copy customers' originals.
                    Add = new List<CreateVolumePermission> { new CreateVolumePermission { Group = PermissionGroup.All } }, // expect: SRM405
                },
            }, cancellationToken);
    }
}
