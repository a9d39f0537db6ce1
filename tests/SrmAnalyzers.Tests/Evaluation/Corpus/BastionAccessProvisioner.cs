// Evaluation corpus: bastion and jump-host provisioning: office, VPN and "temporary" support access rules. Sdk: v4
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

namespace Contoso.Infra.Bastion
{
    public sealed class BastionAccessProvisioner
    {
        private const int Ssh = 22;
        private const int Rdp = 3389;
        private const string OfficeEgressIp = "203.0.113.17/32";
        private const string VpnPool = "172.20.0.0/16";
        private static readonly string AnyIpv4 = "0.0.0.0/0";
        private readonly IAmazonEC2 _ec2;

        public BastionAccessProvisioner(IAmazonEC2 ec2) => _ec2 = ec2;

        public Task AllowOfficeAndVpnAsync(string groupId, CancellationToken ct) =>
            _ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
            {
                GroupId = groupId,
                IpPermissions = new List<IpPermission>
                {
                    new() { IpProtocol = "tcp", FromPort = Ssh, ToPort = Ssh, Ipv4Ranges = new List<IpRange> { new() { CidrIp = OfficeEgressIp, Description = "HQ" } } },
                    new() { IpProtocol = "tcp", FromPort = Ssh, ToPort = Ssh, Ipv4Ranges = new List<IpRange> { new() { CidrIp = VpnPool, Description = "client VPN" } } },
                },
            }, ct);

        // Support contractors work from home; "we will lock it down after the migration".
        public Task AllowSupportAsync(string groupId, CancellationToken ct)
        {
            var sshFromAnywhere = new IpPermission // expect: SRM403
            {
                IpProtocol = "tcp",
                FromPort = Ssh,
                ToPort = Ssh,
                Ipv4Ranges = new List<IpRange> { new() { CidrIp = AnyIpv4 } },
            };
            var rdpFromAnywhereV6 = new IpPermission // expect: SRM403
            {
                IpProtocol = "tcp",
                FromPort = Rdp,
                ToPort = Rdp,
                Ipv6Ranges = new List<Ipv6Range> { new() { CidrIpv6 = "::/0" } },
            };

            return _ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
            {
                GroupId = groupId,
                IpPermissions = new List<IpPermission> { sshFromAnywhere, rdpFromAnywhereV6 },
            }, ct);
        }

        // The status page of the bastion is served over HTTPS and HTTP-to-HTTPS redirect.
        public Task AllowStatusPageAsync(string groupId, CancellationToken ct) =>
            _ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
            {
                GroupId = groupId,
                IpPermissions = new List<IpPermission>
                {
                    new() { IpProtocol = "tcp", FromPort = 443, ToPort = 443, Ipv4Ranges = new List<IpRange> { new() { CidrIp = AnyIpv4 } }, Ipv6Ranges = new List<Ipv6Range> { new() { CidrIpv6 = "::/0" } } },
                    new() { IpProtocol = "tcp", FromPort = 80, ToPort = 80, Ipv6Ranges = new List<Ipv6Range> { new() { CidrIpv6 = "::/0" } } },
                },
            }, ct);

        public Task CloseSupportAsync(string groupId, CancellationToken ct) =>
            _ec2.RevokeSecurityGroupIngressAsync(new RevokeSecurityGroupIngressRequest
            {
                GroupId = groupId,
                IpPermissions = new List<IpPermission>
                {
                    new() { IpProtocol = "tcp", FromPort = Ssh, ToPort = Ssh, Ipv4Ranges = new List<IpRange> { new() { CidrIp = AnyIpv4 } } },
                },
            }, ct);

        // The CIDR comes from the request ticket.
        public Task AllowTicketCidrAsync(string groupId, string cidr, CancellationToken ct) =>
            _ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
            {
                GroupId = groupId,
                IpPermissions = new List<IpPermission> { new() { IpProtocol = "tcp", FromPort = Ssh, ToPort = Ssh, Ipv4Ranges = new List<IpRange> { new() { CidrIp = cidr } } } },
            }, ct);
    }
}
