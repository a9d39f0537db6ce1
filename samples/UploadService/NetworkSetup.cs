using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

namespace Acme.Uploads
{
    /// <summary>Firewall rules of the service's worker instances.</summary>
    public sealed class NetworkSetup
    {
        private readonly IAmazonEC2 _ec2;

        public NetworkSetup(IAmazonEC2 ec2) => _ec2 = ec2;

        public async Task OpenWorkerGroupAsync(string securityGroupId, CancellationToken cancellationToken = default)
        {
            var https = new IpPermission
            {
                IpProtocol = "tcp",
                FromPort = 443,
                ToPort = 443,
                Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0", Description = "public API" } },
            };

            // The workers' metrics endpoint is meant for the monitoring host, yet the whole internet can reach it.
            var metrics = new IpPermission // expect: SRM403
            {
                IpProtocol = "tcp",
                FromPort = 9100,
                ToPort = 9100,
                Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0", Description = "metrics scraping" } },
            };

            await _ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
            {
                GroupId = securityGroupId,
                IpPermissions = new List<IpPermission> { https, metrics },
            }, cancellationToken);
        }
    }
}
