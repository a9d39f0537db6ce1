// Evaluation corpus: CDK-style infrastructure code (construct look-alikes in Amazon.CDK namespaces) plus one direct SDK call. Sdk: v4
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;
using Cdk = Amazon.CDK.AWS.EC2;

namespace Amazon.CDK.AWS.EC2
{
    // Minimal stand-ins with the shapes of the CDK constructs (CDK constructs are not SDK sinks).
    public sealed class Peer { public static Peer AnyIpv4() => new(); public static Peer Ipv4(string cidr) => new(); }
    public sealed class Port { public static Port Tcp(int port) => new(); public static Port AllTraffic() => new(); }
    public sealed class SecurityGroup
    {
        public SecurityGroup(object scope, string id) { }
        public void AddIngressRule(Peer peer, Port port, string? description = null) { }
    }
    public sealed class VolumeProps { public int Size { get; set; } public bool? Encrypted { get; set; } public string AvailabilityZone { get; set; } = string.Empty; }
    public sealed class Volume { public Volume(object scope, string id, VolumeProps props) { } }
    public sealed class LaunchTemplateProps { public bool? RequireImdsv2 { get; set; } public string? InstanceType { get; set; } }
    public sealed class LaunchTemplate { public LaunchTemplate(object scope, string id, LaunchTemplateProps props) { } }
}

namespace Proseware.Infra.Stacks
{
    public sealed class ComputeStack
    {
        public ComputeStack(object scope)
        {
            var web = new Cdk.SecurityGroup(scope, "Web");
            web.AddIngressRule(Cdk.Peer.AnyIpv4(), Cdk.Port.Tcp(22), "ops ssh");
            web.AddIngressRule(Cdk.Peer.Ipv4("10.0.0.0/8"), Cdk.Port.AllTraffic());

            _ = new Cdk.Volume(scope, "Scratch", new Cdk.VolumeProps { Size = 500, Encrypted = false, AvailabilityZone = "eu-west-1a" });
            _ = new Cdk.LaunchTemplate(scope, "Workers", new Cdk.LaunchTemplateProps { RequireImdsv2 = false, InstanceType = "c6i.large" });
        }
    }

    // Resources the stack cannot express yet are created by a post-deploy hook with the SDK.
    public sealed class PostDeployHook
    {
        private readonly IAmazonEC2 _ec2;

        public PostDeployHook(IAmazonEC2 ec2) => _ec2 = ec2;

        public Task CreateJournalVolumeAsync(string availabilityZone) =>
            _ec2.CreateVolumeAsync(new CreateVolumeRequest { AvailabilityZone = availabilityZone, Size = 64, VolumeType = Amazon.EC2.VolumeType.Io2, Iops = 3000, Encrypted = false }); // expect: SRM103

        public Task OpenMetricsAsync(string groupId) =>
            _ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
            {
                GroupId = groupId,
                IpPermissions = new List<IpPermission>
                {
                    new() { IpProtocol = "tcp", FromPort = 9100, ToPort = 9100, UserIdGroupPairs = new List<UserIdGroupPair> { new() { GroupId = groupId, Description = "scrapers in the same group" } } },
                },
            });
    }
}
