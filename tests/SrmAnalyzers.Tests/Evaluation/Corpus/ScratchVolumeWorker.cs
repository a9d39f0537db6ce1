// Evaluation corpus: render-farm worker attaching scratch and cache volumes, plus the in-house hypervisor's look-alike API. Sdk: v4
using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;
using Microsoft.Extensions.Configuration;

namespace Tailspin.RenderFarm.Worker
{
    public sealed class ScratchVolumeWorker
    {
        private static readonly bool EncryptCacheVolumes = false;
        private static readonly int ScratchSizeGiB = 1024;
        private readonly IAmazonEC2 _ec2;
        private readonly IConfiguration _configuration;

        public ScratchVolumeWorker(IAmazonEC2 ec2, IConfiguration configuration)
        {
            _ec2 = ec2;
            _configuration = configuration;
        }

        public async Task<string> CreateFrameScratchAsync(string availabilityZone, bool transientJob, CancellationToken ct)
        {
            var volume = await _ec2.CreateVolumeAsync(new CreateVolumeRequest // expect: SRM103
            {
                AvailabilityZone = availabilityZone,
                Size = ScratchSizeGiB,
                VolumeType = VolumeType.St1,
                Encrypted = transientJob ? false : true,
            }, ct);
            return volume.Volume.VolumeId;
        }

        public async Task<string> CreateTextureCacheAsync(string availabilityZone, CancellationToken ct)
        {
            var request = new CreateVolumeRequest // expect: SRM103
            {
                AvailabilityZone = availabilityZone,
                Size = 250,
                VolumeType = VolumeType.Gp3,
                Encrypted = EncryptCacheVolumes,
            };
            var volume = await _ec2.CreateVolumeAsync(request, ct);
            return volume.Volume.VolumeId;
        }

        public async Task<string> CreateConfiguredVolumeAsync(string availabilityZone, CancellationToken ct)
        {
            var request = new CreateVolumeRequest
            {
                AvailabilityZone = availabilityZone,
                Size = _configuration.GetValue<int>("Volumes:OutputSizeGiB"),
                Encrypted = _configuration.GetValue<bool>("Volumes:Encrypt"),
            };
            var volume = await _ec2.CreateVolumeAsync(request, ct);
            return volume.Volume.VolumeId;
        }

        public Task MirrorToOnPremAsync(string host)
        {
            // The on-prem hypervisor SDK has its own CreateVolumeRequest; not EBS.
            var onPrem = new Tailspin.Hypervisor.Client.CreateVolumeRequest { Host = host, SizeGiB = 512, Encrypted = false };
            Console.WriteLine($"on-prem volume on {onPrem.Host}: {onPrem.SizeGiB} GiB");
            return Task.CompletedTask;
        }
    }
}

namespace Tailspin.Hypervisor.Client
{
    public sealed class CreateVolumeRequest
    {
        public string Host { get; set; } = string.Empty;
        public int SizeGiB { get; set; }
        public bool Encrypted { get; set; }
    }
}
