// ValidCode: EC2 workers with encrypted EBS volumes and IMDSv2 required, launched directly or from a template; scratch snapshots shared with the recovery account only. Sdk: v4
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

namespace Acme.ValidCode.Compute
{
    /// <summary>Launches the archive's OCR workers and their scratch volumes.</summary>
    public sealed class ArchiveWorkerLauncher
    {
        private const string WorkerImage = "ami-0c1a7f89451184c8b";
        private const string EbsKeyAlias = "alias/archive-ebs";
        private const string RecoveryAccountId = "210987654321";

        private readonly IAmazonEC2 _ec2;

        public ArchiveWorkerLauncher(IAmazonEC2 ec2) => _ec2 = ec2;

        public async Task<string> LaunchWorkerAsync(string subnetId, CancellationToken cancellationToken = default)
        {
            var response = await _ec2.RunInstancesAsync(new RunInstancesRequest
            {
                ImageId = WorkerImage,
                InstanceType = InstanceType.C6iLarge,
                MinCount = 1,
                MaxCount = 1,
                SubnetId = subnetId,
                IamInstanceProfile = new IamInstanceProfileSpecification { Name = "archive-service" },
                MetadataOptions = new InstanceMetadataOptionsRequest
                {
                    HttpTokens = HttpTokensState.Required, // compliant: SRM404
                    HttpPutResponseHopLimit = 1,
                },
                BlockDeviceMappings = new List<BlockDeviceMapping>
                {
                    new BlockDeviceMapping { DeviceName = "/dev/xvda", Ebs = new EbsBlockDevice { VolumeSize = 30, VolumeType = VolumeType.Gp3, Encrypted = true, KmsKeyId = EbsKeyAlias } }, // compliant: SRM103
                    new BlockDeviceMapping { DeviceName = "/dev/sdb", VirtualName = "ephemeral0" }, // compliant: SRM103
                },
            }, cancellationToken);
            return response.Reservation.Instances[0].InstanceId;
        }

        /// <summary>A scratch volume for large scans, attached to a running worker.</summary>
        public async Task<string> CreateScratchVolumeAsync(string availabilityZone, CancellationToken cancellationToken = default)
        {
            var volume = await _ec2.CreateVolumeAsync(new CreateVolumeRequest
            {
                AvailabilityZone = availabilityZone,
                Size = 200,
                VolumeType = VolumeType.Gp3,
                Encrypted = true, // compliant: SRM103
                KmsKeyId = EbsKeyAlias,
            }, cancellationToken);
            return volume.Volume.VolumeId;
        }

        /// <summary>A volume restored from a nightly snapshot, encrypted whatever the snapshot was.</summary>
        public async Task<string> RestoreVolumeAsync(string availabilityZone, string snapshotId, CancellationToken cancellationToken = default)
        {
            var request = new CreateVolumeRequest(availabilityZone, snapshotId); // compliant: SRM103
            request.Encrypted = true; // compliant: SRM103
            var volume = await _ec2.CreateVolumeAsync(request, cancellationToken);
            return volume.Volume.VolumeId;
        }

        /// <summary>Lets the disaster-recovery account restore a scratch snapshot, and takes back any public share left from the old process.</summary>
        public Task ShareSnapshotWithRecoveryAsync(string snapshotId, CancellationToken cancellationToken = default) =>
            _ec2.ModifySnapshotAttributeAsync(new ModifySnapshotAttributeRequest
            {
                SnapshotId = snapshotId,
                CreateVolumePermission = new CreateVolumePermissionModifications
                {
                    Add = new List<CreateVolumePermission> { new CreateVolumePermission { UserId = RecoveryAccountId } }, // compliant: SRM405
                    Remove = new List<CreateVolumePermission> { new CreateVolumePermission { Group = PermissionGroup.All } },
                },
            }, cancellationToken);

        /// <summary>The launch template the worker auto scaling group uses.</summary>
        public Task CreateWorkerTemplateAsync(CancellationToken cancellationToken = default) =>
            _ec2.CreateLaunchTemplateAsync(new CreateLaunchTemplateRequest
            {
                LaunchTemplateName = "archive-ocr-workers",
                LaunchTemplateData = new RequestLaunchTemplateData
                {
                    ImageId = WorkerImage,
                    InstanceType = InstanceType.C6iLarge,
                    IamInstanceProfile = new LaunchTemplateIamInstanceProfileSpecificationRequest { Name = "archive-service" },
                    MetadataOptions = new LaunchTemplateInstanceMetadataOptionsRequest { HttpTokens = LaunchTemplateHttpTokensState.Required }, // compliant: SRM404
                    BlockDeviceMappings = new List<LaunchTemplateBlockDeviceMappingRequest>
                    {
                        new LaunchTemplateBlockDeviceMappingRequest { DeviceName = "/dev/xvda", Ebs = new LaunchTemplateEbsBlockDeviceRequest { VolumeSize = 30, Encrypted = true } }, // compliant: SRM103
                    },
                },
            }, cancellationToken);

        /// <summary>One more worker from the launch template above, which sets IMDSv2 and the encrypted root volume.</summary>
        public Task LaunchFromTemplateAsync(CancellationToken cancellationToken = default) =>
            _ec2.RunInstancesAsync(new RunInstancesRequest // compliant: SRM103, SRM404
            {
                LaunchTemplate = new LaunchTemplateSpecification { LaunchTemplateName = "archive-ocr-workers", Version = "$Latest" },
                MinCount = 1,
                MaxCount = 1,
            }, cancellationToken);

        /// <summary>A batch instance that needs no metadata at all: the metadata endpoint is off.</summary>
        public Task LaunchIsolatedBatchAsync(string subnetId, CancellationToken cancellationToken = default) =>
            _ec2.RunInstancesAsync(new RunInstancesRequest
            {
                ImageId = WorkerImage,
                InstanceType = InstanceType.C6iLarge,
                MinCount = 1,
                MaxCount = 1,
                SubnetId = subnetId,
                MetadataOptions = new InstanceMetadataOptionsRequest { HttpEndpoint = InstanceMetadataEndpointState.Disabled }, // compliant: SRM404
            }, cancellationToken);

        /// <summary>Moves an older instance to IMDSv2 only.</summary>
        public Task RequireImdsV2Async(string instanceId, CancellationToken cancellationToken = default) =>
            _ec2.ModifyInstanceMetadataOptionsAsync(new ModifyInstanceMetadataOptionsRequest
            {
                InstanceId = instanceId,
                HttpTokens = "required", // compliant: SRM404
                HttpEndpoint = InstanceMetadataEndpointState.Enabled,
            }, cancellationToken);
    }
}
