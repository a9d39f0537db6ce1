// Evaluation corpus: network automation with an ingress wrapper taking CIDR and port, called from environment setup with world and private ranges. Sdk: v4
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

namespace Fabrikam.Network.Automation
{
    public sealed class IngressRules
    {
        private readonly IAmazonEC2 _ec2;

        public IngressRules(IAmazonEC2 ec2) => _ec2 = ec2;

        public Task AllowTcpAsync(string groupId, string cidr, int port, string description) =>
            _ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
            {
                GroupId = groupId,
                IpPermissions = new List<IpPermission>
                {
                    new IpPermission
                    {
                        IpProtocol = "tcp",
                        FromPort = port,
                        ToPort = port,
                        Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = cidr, Description = description } },
                    },
                },
            });

        // "Temporary" access for the support team while they travel.
        public Task AllowSupportAccessAsync(string groupId, int port, string cidr = "0.0.0.0/0")
        {
            var permission = new IpPermission { IpProtocol = "tcp", FromPort = port, ToPort = port };
            permission.Ipv4Ranges = new List<IpRange> { new() { CidrIp = cidr } };
            return _ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest(groupId, new List<IpPermission> { permission }));
        }

        public Task AllowEgressAsync(string groupId, string cidr, int port) =>
            _ec2.AuthorizeSecurityGroupEgressAsync(new AuthorizeSecurityGroupEgressRequest
            {
                GroupId = groupId,
                IpPermissions = new List<IpPermission> { new() { IpProtocol = "tcp", FromPort = port, ToPort = port, Ipv4Ranges = new List<IpRange> { new() { CidrIp = cidr } } } },
            });
    }

    public sealed class EnvironmentNetworkSetup
    {
        private const string Anywhere = "0.0.0.0/0";
        private const string OfficeVpn = "10.8.0.0/16";
        private const int Ssh = 22;
        private const int Https = 443;
        private readonly IngressRules _rules;

        public EnvironmentNetworkSetup(IngressRules rules) => _rules = rules;

        public async Task ConfigureAsync(string webGroup, string bastionGroup, string dbGroup, string partnerCidr)
        {
            await _rules.AllowTcpAsync(webGroup, Anywhere, Https, "public https");
            await _rules.AllowTcpAsync(webGroup, "0.0.0.0/0", 80, "redirect to https");
            await _rules.AllowTcpAsync(bastionGroup, Anywhere, Ssh, "ssh from anywhere"); // expect: SRM403
            await _rules.AllowTcpAsync(bastionGroup, OfficeVpn, Ssh, "ssh from vpn");
            await _rules.AllowTcpAsync(dbGroup, OfficeVpn, 5432, "postgres from vpn");
            await _rules.AllowTcpAsync(dbGroup, partnerCidr, 5432, "partner replication");
            await _rules.AllowTcpAsync(
                dbGroup,
                Anywhere, // expect: SRM403
                6379,
                "redis for the mobile team");
            await _rules.AllowTcpAsync(webGroup, Anywhere, 8080, "canary listener"); // expect: SRM403

            await _rules.AllowSupportAccessAsync(bastionGroup, 3389); // expect: SRM403
            await _rules.AllowSupportAccessAsync(bastionGroup, 3389, OfficeVpn);

            await _rules.AllowEgressAsync(webGroup, Anywhere, Https);
            await _rules.AllowEgressAsync(dbGroup, Anywhere, 5432);
        }
    }
}
