// Evaluation corpus: volume service wrapper taking the encryption flag, with an optional parameter that defaults to unencrypted. Sdk: v4
using System.Threading;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

namespace Adatum.Hosting.Volumes
{
    public sealed class VolumeAllocator
    {
        private readonly IAmazonEC2 _ec2;

        public VolumeAllocator(IAmazonEC2 ec2) => _ec2 = ec2;

        public async Task<string> CreateAsync(string availabilityZone, int sizeGiB, bool encrypted, CancellationToken ct = default)
        {
            var response = await _ec2.CreateVolumeAsync(new CreateVolumeRequest
            {
                AvailabilityZone = availabilityZone,
                Size = sizeGiB,
                VolumeType = VolumeType.Gp3,
                Encrypted = encrypted,
            }, ct);
            return response.Volume.VolumeId;
        }

        // Scratch space is wiped on detach, so encryption "was not worth the setup".
        public async Task<string> CreateScratchAsync(string availabilityZone, int sizeGiB = 100, bool encrypted = false)
        {
            var request = new CreateVolumeRequest(availabilityZone, sizeGiB) { VolumeType = VolumeType.Gp3 };
            request.Encrypted = encrypted;
            var response = await _ec2.CreateVolumeAsync(request);
            return response.Volume.VolumeId;
        }
    }

    public sealed class TenantStorageWorkflow
    {
        private const bool EncryptTenantData = true;
        private static readonly bool EncryptBuildCache = false;
        private readonly VolumeAllocator _volumes;

        public TenantStorageWorkflow(VolumeAllocator volumes) => _volumes = volumes;

        public async Task ProvisionTenantAsync(string tenantId, string availabilityZone)
        {
            await _volumes.CreateAsync(availabilityZone, 500, true);
            await _volumes.CreateAsync(availabilityZone, 200, EncryptTenantData);
            await _volumes.CreateAsync(availabilityZone, 50, false); // expect: SRM103
        }

        public async Task ProvisionBuildHostAsync(string availabilityZone, bool encryptRequested)
        {
            await _volumes.CreateAsync(availabilityZone, 1000, EncryptBuildCache); // expect: SRM103
            await _volumes.CreateAsync(availabilityZone, 1000, encryptRequested);
            await _volumes.CreateScratchAsync(availabilityZone); // expect: SRM103
            await _volumes.CreateScratchAsync(availabilityZone, 400, encrypted: true);
            await _volumes.CreateScratchAsync( // expect: SRM103
                availabilityZone,
                sizeGiB: 250);
        }
    }
}
