// Evaluation corpus: NSubstitute tests of the AMI release and IMDS tooling, plus one live smoke test that shares a scratch snapshot from the release sandbox. Sdk: v4
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon;
using Amazon.EC2;
using Amazon.EC2.Model;
using NSubstitute;
using Xunit;

namespace Tailspin.Appliance.Release.Tests
{
    public class ImageReleaseTests
    {
        private static IAmazonEC2 Ec2() => Substitute.For<IAmazonEC2>();

        [Fact]
        public async Task Publishing_makes_the_image_public()
        {
            var ec2 = Ec2();

            await ec2.ModifyImageAttributeAsync(new ModifyImageAttributeRequest
            {
                ImageId = "ami-test",
                LaunchPermission = new LaunchPermissionModifications { Add = new List<LaunchPermission> { new LaunchPermission { Group = PermissionGroup.All } } },
            });
            await ec2.ModifySnapshotAttributeAsync(new ModifySnapshotAttributeRequest { SnapshotId = "snap-test", OperationType = OperationType.Add, GroupNames = new List<string> { "all" } });

            await ec2.Received(1).ModifyImageAttributeAsync(Arg.Is<ModifyImageAttributeRequest>(r => r.LaunchPermission.Add[0].Group == PermissionGroup.All));
        }

        [Fact]
        public async Task Rollback_and_teardown_reach_the_substitute()
        {
            var ec2 = Substitute.For<IAmazonEC2>();

            await ec2.ModifyInstanceMetadataOptionsAsync(new ModifyInstanceMetadataOptionsRequest { InstanceId = "i-test", HttpTokens = HttpTokensState.Optional });
            await ec2.DeleteFlowLogsAsync(new DeleteFlowLogsRequest { FlowLogIds = new List<string> { "fl-test" } });

            await ec2.Received().ModifyInstanceMetadataOptionsAsync(Arg.Is<ModifyInstanceMetadataOptionsRequest>(r => r.HttpTokens == HttpTokensState.Optional));
        }
    }

    [Trait("Category", "Smoke")]
    public class ImageReleaseSmokeTests
    {
        [Fact(Skip = "Needs the release sandbox account")]
        public async Task Scratch_snapshot_can_be_shared_and_unshared()
        {
            using var ec2 = new AmazonEC2Client(RegionEndpoint.USEast1);
            await ec2.ModifySnapshotAttributeAsync(new ModifySnapshotAttributeRequest // expect: SRM405
            {
                SnapshotId = "snap-0123456789abcdef0",
                Attribute = SnapshotAttributeName.CreateVolumePermission,
                CreateVolumePermission = new CreateVolumePermissionModifications { Add = new List<CreateVolumePermission> { new CreateVolumePermission { Group = PermissionGroup.All } } },
            });
            await ec2.ModifySnapshotAttributeAsync(new ModifySnapshotAttributeRequest
            {
                SnapshotId = "snap-0123456789abcdef0",
                Attribute = SnapshotAttributeName.CreateVolumePermission,
                CreateVolumePermission = new CreateVolumePermissionModifications { Remove = new List<CreateVolumePermission> { new CreateVolumePermission { Group = PermissionGroup.All } } },
            });
        }

        [Fact(Skip = "Needs the release sandbox account")]
        public async Task Legacy_agent_instance_accepts_imdsv1()
        {
            using var ec2 = new AmazonEC2Client(RegionEndpoint.USEast1);
            await ec2.ModifyInstanceMetadataOptionsAsync(new ModifyInstanceMetadataOptionsRequest { InstanceId = "i-0123456789abcdef0", HttpTokens = HttpTokensState.Optional }); // expect: SRM404
            await ec2.ModifyInstanceMetadataOptionsAsync(new ModifyInstanceMetadataOptionsRequest { InstanceId = "i-0123456789abcdef0", HttpTokens = HttpTokensState.Required });
        }
    }
}
