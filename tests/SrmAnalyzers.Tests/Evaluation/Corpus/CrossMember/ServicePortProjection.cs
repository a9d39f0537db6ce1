// Evaluation corpus: service mesh ingress built with LINQ Select over constant port arrays and C# 12 collection expressions. Sdk: v4
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

namespace Northwind.Mesh.Network
{
    public sealed class ServicePortProjection
    {
        private const string World = "0.0.0.0/0";
        private const string MeshCidr = "10.64.0.0/12";
        private static readonly int[] PublicPorts = { 80, 443 };
        private static readonly int[] OpsPorts = [443, 9200];
        private static readonly int[] InternalPorts = [5432, 6379, 9200];
        private readonly IAmazonEC2 _ec2;

        public ServicePortProjection(IAmazonEC2 ec2) => _ec2 = ec2;

        public async Task ApplyAsync(string frontGroup, string opsGroup, string dataGroup)
        {
            await _ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
            {
                GroupId = frontGroup,
                IpPermissions = PublicPorts
                    .Select(port => new IpPermission { IpProtocol = "tcp", FromPort = port, ToPort = port, Ipv4Ranges = [new IpRange { CidrIp = World }] })
                    .ToList(),
            });

            // Kibana (9200) was added to the ops list "for the dashboard".
            await _ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest // expect: SRM403
            {
                GroupId = opsGroup,
                IpPermissions = OpsPorts
                    .Select(port => new IpPermission { IpProtocol = "tcp", FromPort = port, ToPort = port, Ipv4Ranges = [new IpRange { CidrIp = World }] })
                    .ToList(),
            });

            await _ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
            {
                GroupId = dataGroup,
                IpPermissions = [.. InternalPorts.Select(port => new IpPermission { IpProtocol = "tcp", FromPort = port, ToPort = port, Ipv4Ranges = [new() { CidrIp = MeshCidr }] })],
            });
        }

        public Task OpenDebugPortsAsync(string groupId) =>
            _ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest // expect: SRM403
            {
                GroupId = groupId,
                IpPermissions =
                [
                    new() { IpProtocol = "tcp", FromPort = 5005, ToPort = 5005, Ipv4Ranges = [new() { CidrIp = World }] },
                ],
            });

        public Task OpenHealthCheckAsync(string groupId)
        {
            List<IpPermission> permissions =
            [
                new() { IpProtocol = "tcp", FromPort = 443, ToPort = 443, Ipv6Ranges = [new() { CidrIpv6 = "::/0" }] },
                new() { IpProtocol = "tcp", FromPort = 8081, ToPort = 8081, Ipv4Ranges = [new() { CidrIp = MeshCidr }] },
            ];
            return _ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest { GroupId = groupId, IpPermissions = permissions });
        }

        public Task OpenReplicationAsync(string groupId)
        {
            List<IpPermission> permissions =
            [
                new() { IpProtocol = "tcp", FromPort = 27017, ToPort = 27017, Ipv4Ranges = [new() { CidrIp = World }] }, // expect: SRM403
            ];
            return _ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest { GroupId = groupId, IpPermissions = permissions });
        }
    }
}
