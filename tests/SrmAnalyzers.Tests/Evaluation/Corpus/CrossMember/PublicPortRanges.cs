// Evaluation corpus: edge security groups whose port ranges come from Min()/Max() over static readonly port arrays. Sdk: v4
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

namespace Contoso.Edge.Network
{
    public static class PortSets
    {
        public static readonly int[] Tls = { 443 };
        public static readonly int[] WebListeners = { 80, 443 };
        public static readonly int[] RemoteAdmin = { 22, 3389 };
        public static readonly int[] GameServers = { 7777, 7778, 7779 };
    }

    public sealed class EdgeGroupConfigurator
    {
        private const string Internet = "0.0.0.0/0";
        private readonly IAmazonEC2 _ec2;

        public EdgeGroupConfigurator(IAmazonEC2 ec2) => _ec2 = ec2;

        private static IpPermission Range(int[] ports, string cidr) => new()
        {
            IpProtocol = "tcp",
            FromPort = ports.Min(),
            ToPort = ports.Max(),
            Ipv4Ranges = new List<IpRange> { new() { CidrIp = cidr } },
        };

        public async Task ConfigureAsync(string edgeGroup, string adminGroup, string gameGroup, string adminCidr)
        {
            await _ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
            {
                GroupId = edgeGroup,
                IpPermissions = new List<IpPermission>
                {
                    new() { IpProtocol = "tcp", FromPort = PortSets.Tls.Min(), ToPort = PortSets.Tls.Max(), Ipv4Ranges = new List<IpRange> { new() { CidrIp = Internet } } },
                },
            });

            // 80..443 as one rule "to keep the rule count down": it also opens every port in between.
            var listeners = new IpPermission { IpProtocol = "tcp", FromPort = PortSets.WebListeners.Min(), ToPort = PortSets.WebListeners.Max() };
            listeners.Ipv4Ranges = new List<IpRange> { new() { CidrIp = Internet } }; // expect: SRM403
            await _ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest { GroupId = edgeGroup, IpPermissions = new List<IpPermission> { listeners } });

            await _ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest // expect: SRM403
            {
                GroupId = adminGroup,
                IpPermissions = new List<IpPermission>
                {
                    new() { IpProtocol = "tcp", FromPort = PortSets.RemoteAdmin.Min(), ToPort = PortSets.RemoteAdmin.Max(), Ipv4Ranges = new List<IpRange> { new() { CidrIp = Internet } } },
                },
            });

            await _ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
            {
                GroupId = adminGroup,
                IpPermissions = new List<IpPermission> { Range(PortSets.RemoteAdmin, adminCidr), Range(PortSets.RemoteAdmin, "10.0.0.0/8") },
            });

            await _ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
            {
                GroupId = gameGroup,
                IpPermissions = new List<IpPermission> { Range(PortSets.GameServers, Internet) }, // expect: SRM403
            });
        }
    }
}
