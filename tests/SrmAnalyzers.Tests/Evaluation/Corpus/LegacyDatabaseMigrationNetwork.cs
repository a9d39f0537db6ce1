// Evaluation corpus: lift-and-shift migration opening EC2-Classic style security groups for SQL Server and MySQL hosts. Sdk: v4
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

namespace Adventure.Works.Migration.Network
{
    public sealed class LegacyDatabaseMigrationNetwork
    {
        private const string AllIpv6 = "::/0";
        private const string DataCentreRange = "192.168.128.0/17";

        private static readonly List<IpPermission> PublicWebRules = new()
        {
            new IpPermission { IpProtocol = "tcp", FromPort = 443, ToPort = 443, Ipv4Ranges = new List<IpRange> { new() { CidrIp = "0.0.0.0/0" } } },
        };

        private readonly IAmazonEC2 _ec2;

        public LegacyDatabaseMigrationNetwork(IAmazonEC2 ec2) => _ec2 = ec2;

        public async Task OpenAsync(string webGroupName, string sqlGroupName, string mysqlGroupName)
        {
            await _ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest(webGroupName, PublicWebRules));

            var sqlRules = new List<IpPermission>
            {
                new() { IpProtocol = "tcp", FromPort = 1433, ToPort = 1433, Ipv4Ranges = new List<IpRange> { new() { CidrIp = DataCentreRange, Description = "DC replication" } } },
            };
            // The replication partner's IPv6 range was "unknown", so ::/0 was used.
            sqlRules.Add(new IpPermission { IpProtocol = "tcp", FromPort = 1433, ToPort = 1433, Ipv6Ranges = new List<Ipv6Range> { new() { CidrIpv6 = AllIpv6 } } }); // expect: SRM403
            await _ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest(sqlGroupName, sqlRules));

            var mysql = new IpPermission { IpProtocol = "tcp", FromPort = 3306, ToPort = 3306 };
            mysql.Ipv4Ranges = new List<IpRange> { new() { CidrIp = "0.0.0.0/0", Description = "cut-over window" } }; // expect: SRM403
            await _ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest { GroupName = mysqlGroupName, IpPermissions = new List<IpPermission> { mysql } });
        }

        public Task CloseCutOverAsync(string mysqlGroupName) =>
            _ec2.RevokeSecurityGroupIngressAsync(new RevokeSecurityGroupIngressRequest(mysqlGroupName, new List<IpPermission>
            {
                new() { IpProtocol = "tcp", FromPort = 3306, ToPort = 3306, Ipv4Ranges = new List<IpRange> { new() { CidrIp = "0.0.0.0/0" } } },
            }));

        // Outbound replication to the old data centre and to package mirrors.
        public Task AllowOutboundAsync(string sqlGroupId) =>
            _ec2.AuthorizeSecurityGroupEgressAsync(new AuthorizeSecurityGroupEgressRequest
            {
                GroupId = sqlGroupId,
                IpPermissions = new List<IpPermission>
                {
                    new() { IpProtocol = "tcp", FromPort = 1433, ToPort = 1433, Ipv6Ranges = new List<Ipv6Range> { new() { CidrIpv6 = AllIpv6 } } },
                    new() { IpProtocol = "tcp", FromPort = 443, ToPort = 443, Ipv4Ranges = new List<IpRange> { new() { CidrIp = "0.0.0.0/0" } } },
                },
            });
    }
}
