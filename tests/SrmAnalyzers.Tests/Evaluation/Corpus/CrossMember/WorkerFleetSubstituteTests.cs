// Evaluation corpus: NSubstitute tests for fleet code using substitute clients from a fixture, beside a live test that uses a real EC2 client. Sdk: v4
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon;
using Amazon.EC2;
using Amazon.EC2.Model;
using NSubstitute;
using Xunit;

namespace Litware.Fleet.Tests
{
    public static class Ec2Doubles
    {
        public static IAmazonEC2 Create()
        {
            var ec2 = Substitute.For<IAmazonEC2>();
            ec2.RunInstancesAsync(Arg.Any<RunInstancesRequest>()).Returns(Task.FromResult(new RunInstancesResponse()));
            return ec2;
        }
    }

    public class WorkerFleetTests
    {
        private readonly IAmazonEC2 _ec2 = Ec2Doubles.Create();

        [Fact]
        public async Task Launch_without_metadata_options_is_just_recorded()
        {
            await _ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = "ami-test", MinCount = 1, MaxCount = 1 });

            await _ec2.Received(1).RunInstancesAsync(Arg.Any<RunInstancesRequest>());
        }

        [Fact]
        public async Task Scratch_volume_and_open_port_go_to_the_substitute()
        {
            var ec2 = Substitute.For<IAmazonEC2>();

            await ec2.CreateVolumeAsync(new CreateVolumeRequest { AvailabilityZone = "eu-west-1a", Size = 1, Encrypted = false });
            await ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
            {
                GroupId = "sg-test",
                IpPermissions = new List<IpPermission> { new() { IpProtocol = "tcp", FromPort = 22, ToPort = 22, Ipv4Ranges = new List<IpRange> { new() { CidrIp = "0.0.0.0/0" } } } },
            });

            await ec2.DidNotReceive().TerminateInstancesAsync(Arg.Any<TerminateInstancesRequest>());
        }
    }

    [Trait("Category", "Integration")]
    public class WorkerFleetLiveTests
    {
        private static IAmazonEC2 CreateLiveClient() => new AmazonEC2Client(RegionEndpoint.EUWest1);

        [Fact(Skip = "Needs the sandbox account")]
        public async Task Launches_a_worker_in_the_sandbox()
        {
            using var ec2 = CreateLiveClient();
            var launched = await ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = "ami-0a1b2c3d4e5f67890", MinCount = 1, MaxCount = 1 }); // expect: SRM404
            var volume = await ec2.CreateVolumeAsync(new CreateVolumeRequest { AvailabilityZone = "eu-west-1a", Size = 8, Encrypted = false }); // expect: SRM103

            await ec2.DeleteVolumeAsync(new DeleteVolumeRequest { VolumeId = volume.Volume.VolumeId });
            await ec2.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = new List<string> { launched.Reservation.Instances[0].InstanceId } });
        }

        [Fact(Skip = "Needs the sandbox account")]
        public async Task Opens_ssh_for_the_debug_session()
        {
            using var ec2 = new AmazonEC2Client(RegionEndpoint.EUWest1);
            await ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest // expect: SRM403
            {
                GroupId = "sg-0123456789abcdef0",
                IpPermissions = new List<IpPermission> { new() { IpProtocol = "tcp", FromPort = 22, ToPort = 22, Ipv4Ranges = new List<IpRange> { new() { CidrIp = "0.0.0.0/0" } } } },
            });
        }
    }
}
