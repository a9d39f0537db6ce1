// Evaluation corpus: storage service creating EBS data volumes for tenants, restores and scratch space. Sdk: v4
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

namespace Adatum.Hosting.Storage
{
    public sealed record VolumeSpec(string AvailabilityZone, int SizeGiB, string TenantId, bool Encrypt);

    public sealed class EbsVolumeProvisioner
    {
        private const int DefaultSizeGiB = 200;
        private readonly IAmazonEC2 _ec2;
        private readonly string _tenantKeyArn;

        public EbsVolumeProvisioner(IAmazonEC2 ec2, string tenantKeyArn)
        {
            _ec2 = ec2;
            _tenantKeyArn = tenantKeyArn;
        }

        public async Task<string> CreateTenantVolumeAsync(VolumeSpec spec, CancellationToken ct)
        {
            var response = await _ec2.CreateVolumeAsync(new CreateVolumeRequest
            {
                AvailabilityZone = spec.AvailabilityZone,
                Size = spec.SizeGiB,
                VolumeType = VolumeType.Gp3,
                Encrypted = true,
                KmsKeyId = _tenantKeyArn,
                TagSpecifications = new List<TagSpecification>
                {
                    new() { ResourceType = ResourceType.Volume, Tags = new List<Tag> { new("tenant", spec.TenantId) } },
                },
            }, ct);
            return response.Volume.VolumeId;
        }

        // The spec decides; the value is not known here.
        public async Task<string> CreateRequestedVolumeAsync(VolumeSpec spec, CancellationToken ct)
        {
            var request = new CreateVolumeRequest(spec.AvailabilityZone, spec.SizeGiB) { Encrypted = spec.Encrypt, VolumeType = VolumeType.Gp3 };
            var response = await _ec2.CreateVolumeAsync(request, ct);
            return response.Volume.VolumeId;
        }

        public async Task<string> CreateBuildCacheAsync(string availabilityZone, CancellationToken ct)
        {
            var response = await _ec2.CreateVolumeAsync(new CreateVolumeRequest(availabilityZone, DefaultSizeGiB), ct); // expect: SRM103
            return response.Volume.VolumeId;
        }

        public async Task<string> RestoreFromSnapshotAsync(string availabilityZone, string snapshotId, CancellationToken ct)
        {
            var request = new CreateVolumeRequest // expect: SRM103
            {
                AvailabilityZone = availabilityZone,
                SnapshotId = snapshotId,
                VolumeType = VolumeType.Gp3,
                Iops = 6000,
            };
            var response = await _ec2.CreateVolumeAsync(request, ct);
            return response.Volume.VolumeId;
        }

        public async Task<string> CreateLogVolumeAsync(string availabilityZone, bool lowCost, CancellationToken ct)
        {
            var request = new CreateVolumeRequest
            {
                AvailabilityZone = availabilityZone,
                Size = 500,
                Encrypted = true,
            };

            if (lowCost)
            {
                request.VolumeType = VolumeType.Sc1;
                // Throughput-optimised HDD for cold logs; someone assumed encryption costs IOPS.
                request.Encrypted = false; // expect: SRM103
            }

            var response = await _ec2.CreateVolumeAsync(request, ct);
            return response.Volume.VolumeId;
        }
    }
}
