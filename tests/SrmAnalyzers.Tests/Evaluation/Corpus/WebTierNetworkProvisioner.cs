// Evaluation corpus: CDK-like provisioning tool wiring web, cache and admin tiers with security group rules. Sdk: v4
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

namespace Litware.Provisioning.Network
{
    public sealed record TierGroups(string LoadBalancer, string Web, string Cache, string Admin);

    public sealed class WebTierNetworkProvisioner
    {
        private const string World = "0.0.0.0/0";
        private const string CacheSubnets = "172.16.32.0/20";
        private const string LabNetwork = "192.168.0.0/16";
        private readonly IAmazonEC2 _ec2;

        public WebTierNetworkProvisioner(IAmazonEC2 ec2) => _ec2 = ec2;

        public async Task ApplyAsync(TierGroups groups)
        {
            var loadBalancerRules = new List<IpPermission>();
            loadBalancerRules.Add(new IpPermission { IpProtocol = "tcp", FromPort = 443, ToPort = 443, Ipv4Ranges = new List<IpRange> { new() { CidrIp = World } } });
            loadBalancerRules.Add(new IpPermission { IpProtocol = "tcp", FromPort = 80, ToPort = 80, Ipv4Ranges = new List<IpRange> { new() { CidrIp = World } } });
            // Blue/green test listener, "only for the cut-over week".
            loadBalancerRules.Add(new IpPermission { IpProtocol = "tcp", FromPort = 8443, ToPort = 8443, Ipv4Ranges = new List<IpRange> { new() { CidrIp = World } } }); // expect: SRM403
            await _ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest { GroupId = groups.LoadBalancer, IpPermissions = loadBalancerRules });

            // Web servers only accept traffic from the load balancer's group.
            await _ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
            {
                GroupId = groups.Web,
                IpPermissions = new List<IpPermission>
                {
                    new() { IpProtocol = "tcp", FromPort = 8080, ToPort = 8080, UserIdGroupPairs = new List<UserIdGroupPair> { new() { GroupId = groups.LoadBalancer } } },
                },
            });

            await _ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
            {
                GroupId = groups.Cache,
                IpPermissions = new List<IpPermission>
                {
                    new() { IpProtocol = "tcp", FromPort = 6379, ToPort = 6379, Ipv4Ranges = new List<IpRange> { new() { CidrIp = CacheSubnets } } },
                    new() { IpProtocol = "tcp", FromPort = 6379, ToPort = 6379, Ipv4Ranges = new List<IpRange> { new() { CidrIp = LabNetwork } } },
                },
            });

            // Everything may leave: outbound is not ingress.
            await _ec2.AuthorizeSecurityGroupEgressAsync(new AuthorizeSecurityGroupEgressRequest
            {
                GroupId = groups.Web,
                IpPermissions = new List<IpPermission> { new() { IpProtocol = "-1", Ipv4Ranges = new List<IpRange> { new() { CidrIp = World } } } },
            });

            await _ec2.AuthorizeSecurityGroupIngressAsync(AdminConsoleRule(groups.Admin));
        }

        // Debug helper left in from the first prototype: all protocols, all ports.
        private static AuthorizeSecurityGroupIngressRequest AdminConsoleRule(string groupId) =>
            new AuthorizeSecurityGroupIngressRequest // expect: SRM403
            {
                GroupId = groupId,
                IpPermissions = new List<IpPermission>
                {
                    new IpPermission { IpProtocol = "-1", FromPort = -1, ToPort = -1, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = World } } },
                },
            };
    }
}
