// Evaluation corpus: release CLI that publishes the open-source appliance AMI and its root snapshot, and shares nightly builds with partner accounts. Sdk: v4
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

namespace Tailspin.Appliance.Release
{
    public sealed record ReleaseBuild(string ImageId, string RootSnapshotId, string Version, bool IsNightly);

    public sealed class CommunityAmiPublisher
    {
        private static readonly string[] PartnerAccounts = { "111122223333", "444455556666" };
        private readonly IAmazonEC2 _ec2;

        public CommunityAmiPublisher(IAmazonEC2 ec2) => _ec2 = ec2;

        // release publish <version>: the appliance is open source, so the AMI goes to the community catalog.
        public async Task PublishAsync(ReleaseBuild build, CancellationToken ct)
        {
            await _ec2.ModifyImageAttributeAsync(new ModifyImageAttributeRequest // expect: SRM405
            {
                ImageId = build.ImageId,
                LaunchPermission = new LaunchPermissionModifications
                {
                    Add = new List<LaunchPermission> { new LaunchPermission { Group = PermissionGroup.All } },
                },
            }, ct);

            // Marketplace reviewers asked for the root snapshot too, so they can mount it and inspect the image.
            await _ec2.ModifySnapshotAttributeAsync(new ModifySnapshotAttributeRequest // expect: SRM405
            {
                SnapshotId = build.RootSnapshotId,
                Attribute = SnapshotAttributeName.CreateVolumePermission,
                CreateVolumePermission = new CreateVolumePermissionModifications
                {
                    Add = new List<CreateVolumePermission> { new CreateVolumePermission { Group = PermissionGroup.All } },
                },
            }, ct);
            Console.WriteLine($"published {build.Version} ({build.ImageId})");
        }

        // The 2019 release script, still used for hotfix builds: flat parameters instead of the modification objects.
        public async Task PublishHotfixAsync(ReleaseBuild build, CancellationToken ct)
        {
            var image = new ModifyImageAttributeRequest { ImageId = build.ImageId, Attribute = "launchPermission", OperationType = OperationType.Add, UserGroups = new List<string> { "all" } }; // expect: SRM405
            await _ec2.ModifyImageAttributeAsync(image, ct);

            var snapshot = new ModifySnapshotAttributeRequest // expect: SRM405
            {
                SnapshotId = build.RootSnapshotId,
                Attribute = SnapshotAttributeName.CreateVolumePermission,
                OperationType = OperationType.Add,
                GroupNames = new List<string> { "all" },
            };
            await _ec2.ModifySnapshotAttributeAsync(snapshot, ct);
        }

        // Nightly builds only go to the partners' test accounts.
        public async Task ShareNightlyWithPartnersAsync(ReleaseBuild build, CancellationToken ct)
        {
            var launch = new List<LaunchPermission>();
            var volume = new List<CreateVolumePermission>();
            foreach (var account in PartnerAccounts)
            {
                launch.Add(new LaunchPermission { UserId = account });
                volume.Add(new CreateVolumePermission { UserId = account });
            }

            await _ec2.ModifyImageAttributeAsync(new ModifyImageAttributeRequest { ImageId = build.ImageId, LaunchPermission = new LaunchPermissionModifications { Add = launch } }, ct);
            await _ec2.ModifySnapshotAttributeAsync(new ModifySnapshotAttributeRequest { SnapshotId = build.RootSnapshotId, Attribute = SnapshotAttributeName.CreateVolumePermission, OperationType = OperationType.Add, UserIds = new List<string>(PartnerAccounts) }, ct);
        }

        // release withdraw <version>: a CVE was found, take the image back out of the community catalog.
        public async Task WithdrawAsync(ReleaseBuild build, CancellationToken ct)
        {
            await _ec2.ModifyImageAttributeAsync(new ModifyImageAttributeRequest
            {
                ImageId = build.ImageId,
                LaunchPermission = new LaunchPermissionModifications
                {
                    Remove = new List<LaunchPermission> { new LaunchPermission { Group = PermissionGroup.All } },
                },
            }, ct);
            await _ec2.ModifySnapshotAttributeAsync(new ModifySnapshotAttributeRequest { SnapshotId = build.RootSnapshotId, Attribute = SnapshotAttributeName.CreateVolumePermission, OperationType = OperationType.Remove, GroupNames = new List<string> { "all" } }, ct);
        }

        // One entry point for both directions of the old flat API.
        public Task SetCommunityLaunchAsync(string imageId, OperationType operation, CancellationToken ct) =>
            _ec2.ModifyImageAttributeAsync(new ModifyImageAttributeRequest { ImageId = imageId, Attribute = "launchPermission", OperationType = operation, UserGroups = new List<string> { "all" } }, ct);

        public async Task RunAsync(string[] args, ReleaseBuild build, CancellationToken ct)
        {
            switch (args[0])
            {
                case "republish":
                    await SetCommunityLaunchAsync(build.ImageId, OperationType.Add, ct); // expect: SRM405
                    break;
                case "unlist":
                    await SetCommunityLaunchAsync(build.ImageId, OperationType.Remove, ct);
                    break;
                case "nightly":
                    await ShareNightlyWithPartnersAsync(build, ct);
                    break;
                default:
                    await PublishAsync(build, ct);
                    break;
            }
        }
    }
}
