// Evaluation corpus: security group automation where ingress requests are built by factory methods and sent by a separate applier. Sdk: v4
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

namespace Woodgrove.Network.Rules
{
    internal static class IngressRequests
    {
        private const string World = "0.0.0.0/0";
        private const string CorporateRange = "172.20.0.0/14";

        public static AuthorizeSecurityGroupIngressRequest PublicHttps(string groupId) => new()
        {
            GroupId = groupId,
            IpPermissions = new List<IpPermission>
            {
                new() { IpProtocol = "tcp", FromPort = 443, ToPort = 443, Ipv4Ranges = new List<IpRange> { new() { CidrIp = World } } },
            },
        };

        // Remote desktop for the finance team's jump host.
        public static AuthorizeSecurityGroupIngressRequest JumpHost(string groupId) => new() // expect: SRM403
        {
            GroupId = groupId,
            IpPermissions = new List<IpPermission>
            {
                new() { IpProtocol = "tcp", FromPort = 3389, ToPort = 3389, Ipv4Ranges = new List<IpRange> { new() { CidrIp = World } } },
            },
        };

        public static AuthorizeSecurityGroupIngressRequest Database(string groupId)
        {
            var postgres = new IpPermission { IpProtocol = "tcp", FromPort = 5432, ToPort = 5432 };
            postgres.Ipv4Ranges = new List<IpRange> { new() { CidrIp = CorporateRange } };
            var mongo = new IpPermission { IpProtocol = "tcp", FromPort = 27017, ToPort = 27017 };
            mongo.Ipv6Ranges = new List<Ipv6Range> { new() { CidrIpv6 = "::/0" } }; // expect: SRM403
            return new AuthorizeSecurityGroupIngressRequest { GroupId = groupId, IpPermissions = new List<IpPermission> { postgres, mongo } };
        }

        public static RevokeSecurityGroupIngressRequest CloseSsh(string groupId) => new()
        {
            GroupId = groupId,
            IpPermissions = new List<IpPermission>
            {
                new() { IpProtocol = "tcp", FromPort = 22, ToPort = 22, Ipv4Ranges = new List<IpRange> { new() { CidrIp = World } } },
            },
        };
    }

    public sealed class SecurityGroupApplier
    {
        private readonly IAmazonEC2 _ec2;

        public SecurityGroupApplier(IAmazonEC2 ec2) => _ec2 = ec2;

        private Task AuthorizeAsync(AuthorizeSecurityGroupIngressRequest request) => _ec2.AuthorizeSecurityGroupIngressAsync(request);

        public async Task ApplyAsync(string webGroup, string financeGroup, string dataGroup)
        {
            await AuthorizeAsync(IngressRequests.PublicHttps(webGroup));
            await AuthorizeAsync(IngressRequests.JumpHost(financeGroup));
            await _ec2.AuthorizeSecurityGroupIngressAsync(IngressRequests.Database(dataGroup));
            await _ec2.RevokeSecurityGroupIngressAsync(IngressRequests.CloseSsh(webGroup));
        }
    }
}
