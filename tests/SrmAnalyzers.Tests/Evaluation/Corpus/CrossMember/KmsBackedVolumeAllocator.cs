// Evaluation corpus: volume allocator that encrypts only when a KMS key id is given, with callers that pass or omit the key. Sdk: v4
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

namespace Fabrikam.Compute.Storage
{
    public sealed class KmsBackedVolumeAllocator
    {
        private readonly IAmazonEC2 _ec2;

        public KmsBackedVolumeAllocator(IAmazonEC2 ec2) => _ec2 = ec2;

        public async Task<string> AllocateAsync(string availabilityZone, int sizeGiB, string? kmsKeyId = null)
        {
            var response = await _ec2.CreateVolumeAsync(new CreateVolumeRequest
            {
                AvailabilityZone = availabilityZone,
                Size = sizeGiB,
                VolumeType = VolumeType.Gp3,
                Encrypted = !string.IsNullOrEmpty(kmsKeyId),
                KmsKeyId = kmsKeyId,
            });
            return response.Volume.VolumeId;
        }

        public Task<RunInstancesResponse> LaunchWithDataDiskAsync(string imageId, int dataGiB, string? kmsKeyId = null) =>
            _ec2.RunInstancesAsync(new RunInstancesRequest
            {
                ImageId = imageId,
                MinCount = 1,
                MaxCount = 1,
                MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Required },
                BlockDeviceMappings = new List<BlockDeviceMapping>
                {
                    new() { DeviceName = "/dev/xvda", Ebs = new EbsBlockDevice { Encrypted = true } },
                    new() { DeviceName = "/dev/sdf", Ebs = new EbsBlockDevice { VolumeSize = dataGiB, Encrypted = !string.IsNullOrEmpty(kmsKeyId), KmsKeyId = kmsKeyId } },
                },
            });
    }

    public sealed class ClusterStorageSetup
    {
        private const string ClusterKeyArn = "arn:aws:kms:eu-west-1:111122223333:key/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";
        private readonly KmsBackedVolumeAllocator _allocator;
        private readonly string? _keyFromEnvironment;

        public ClusterStorageSetup(KmsBackedVolumeAllocator allocator, string? keyFromEnvironment)
        {
            _allocator = allocator;
            _keyFromEnvironment = keyFromEnvironment;
        }

        public async Task PrepareAsync(string availabilityZone, string imageId)
        {
            await _allocator.AllocateAsync(availabilityZone, 500, ClusterKeyArn);
            await _allocator.AllocateAsync(availabilityZone, 500, kmsKeyId: "alias/cluster-data");
            await _allocator.AllocateAsync(availabilityZone, 250, _keyFromEnvironment);

            // Journal disks are "just logs".
            await _allocator.AllocateAsync(availabilityZone, 100); // expect: SRM103
            await _allocator.AllocateAsync(availabilityZone, 100, kmsKeyId: null); // expect: SRM103
            await _allocator.AllocateAsync(availabilityZone, 20, ""); // expect: SRM103

            await _allocator.LaunchWithDataDiskAsync(imageId, 200, ClusterKeyArn);
            await _allocator.LaunchWithDataDiskAsync(imageId, 200); // expect: SRM103
        }
    }
}
