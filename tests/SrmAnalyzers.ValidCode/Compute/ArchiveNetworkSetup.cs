// ValidCode: security groups of the archive: public HTTPS on the load balancer, everything else private. Sdk: v4
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

namespace Acme.ValidCode.Compute
{
    /// <summary>Opens only the web ports to the internet; administration goes through the VPC and the bastion's group.</summary>
    public sealed class ArchiveNetworkSetup
    {
        private const string Internet = "0.0.0.0/0";
        private const string InternetV6 = "::/0";
        private const string CorporateVpc = "10.20.0.0/16";

        private readonly IAmazonEC2 _ec2;

        public ArchiveNetworkSetup(IAmazonEC2 ec2) => _ec2 = ec2;

        public Task OpenLoadBalancerAsync(string loadBalancerGroupId, CancellationToken cancellationToken = default) =>
            _ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
            {
                GroupId = loadBalancerGroupId,
                IpPermissions = new List<IpPermission>
                {
                    new IpPermission { IpProtocol = "tcp", FromPort = 443, ToPort = 443, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = Internet } }, Ipv6Ranges = new List<Ipv6Range> { new Ipv6Range { CidrIpv6 = InternetV6 } } }, // compliant: SRM403
                    new IpPermission { IpProtocol = "tcp", FromPort = 80, ToPort = 80, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = Internet, Description = "redirects to HTTPS" } } }, // compliant: SRM403
                    // The partner API port, allowed by srm.SRM403.allowed_public_ports in .editorconfig.
                    new IpPermission { IpProtocol = "tcp", FromPort = 8443, ToPort = 8443, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = Internet } } }, // compliant: SRM403, SRM901
                },
            }, cancellationToken);

        public async Task OpenWorkersAsync(string workerGroupId, string loadBalancerGroupId, string bastionGroupId, CancellationToken cancellationToken = default)
        {
            var fromLoadBalancer = new IpPermission
            {
                IpProtocol = "tcp",
                FromPort = 8080,
                ToPort = 8080,
                UserIdGroupPairs = new List<UserIdGroupPair> { new UserIdGroupPair { GroupId = loadBalancerGroupId } }, // compliant: SRM403
            };
            var sshFromBastion = new IpPermission
            {
                IpProtocol = "tcp",
                FromPort = 22,
                ToPort = 22,
                UserIdGroupPairs = new List<UserIdGroupPair> { new UserIdGroupPair { GroupId = bastionGroupId } }, // compliant: SRM403
            };
            var adminFromVpc = new IpPermission
            {
                IpProtocol = "tcp",
                FromPort = 9443,
                ToPort = 9443,
                Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = CorporateVpc } }, // compliant: SRM403
            };
            var pingFromAnywhere = new IpPermission
            {
                IpProtocol = "icmp",
                FromPort = 8,
                ToPort = -1,
                Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = Internet } }, // compliant: SRM403
            };
            await _ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
            {
                GroupId = workerGroupId,
                IpPermissions = new List<IpPermission> { fromLoadBalancer, sshFromBastion, adminFromVpc, pingFromAnywhere },
            }, cancellationToken);

            // Workers call AWS APIs and package mirrors over HTTPS: egress to anywhere is not ingress.
            await _ec2.AuthorizeSecurityGroupEgressAsync(new AuthorizeSecurityGroupEgressRequest
            {
                GroupId = workerGroupId,
                IpPermissions = new List<IpPermission>
                {
                    new IpPermission { IpProtocol = "tcp", FromPort = 443, ToPort = 443, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = Internet } } }, // compliant: SRM403
                    new IpPermission { IpProtocol = "-1", Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = CorporateVpc } } }, // compliant: SRM403
                },
            }, cancellationToken);
        }

        /// <summary>Monitoring and the on-call engineer's fixed address reach the workers; nothing from the internet.</summary>
        public Task OpenMonitoringAsync(string workerGroupId, string monitoringPrefixListId, CancellationToken cancellationToken = default) =>
            _ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
            {
                GroupId = workerGroupId,
                IpPermissions = new List<IpPermission>
                {
                    new IpPermission { IpProtocol = "tcp", FromPort = 9100, ToPort = 9100, PrefixListIds = new List<PrefixListId> { new PrefixListId { Id = monitoringPrefixListId } } }, // compliant: SRM403
                    new IpPermission { IpProtocol = "tcp", FromPort = 22, ToPort = 22, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "203.0.113.10/32", Description = "on-call VPN exit" } } }, // compliant: SRM403
                    new IpPermission { IpProtocol = "-1", Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "10.0.0.0/8", Description = "corporate network" } } }, // compliant: SRM403
                    new IpPermission { IpProtocol = "tcp", FromPort = 5432, ToPort = 5432, Ipv6Ranges = new List<Ipv6Range> { new Ipv6Range { CidrIpv6 = "fd12:3456:789a::/48" } } }, // compliant: SRM403
                },
            }, cancellationToken);

        /// <summary>Closes the SSH rule an old setup script opened to the world.</summary>
        public Task CloseLegacySshAsync(string workerGroupId, CancellationToken cancellationToken = default) =>
            _ec2.RevokeSecurityGroupIngressAsync(new RevokeSecurityGroupIngressRequest
            {
                GroupId = workerGroupId,
                IpPermissions = new List<IpPermission>
                {
                    new IpPermission { IpProtocol = "tcp", FromPort = 22, ToPort = 22, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = Internet } } }, // compliant: SRM403
                },
            }, cancellationToken);
    }
}
