// Evaluation corpus: self-hosted search and document-store cluster provisioning (OpenSearch, MongoDB) on EC2. Sdk: v4
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

namespace Woodgrove.Search.Provisioning
{
    public sealed record ClusterSpec(string Name, string ImageId, string SubnetId, string SecurityGroupId, int Nodes, bool PublicDemo);

    public sealed class SearchClusterProvisioner
    {
        private static readonly string EveryoneV4 = "0.0.0.0/0";
        private static readonly string Corporate = "10.0.0.0/8";
        private static readonly int OpenSearchPort = 9200;
        private const int DashboardsPort = 5601;
        private const int MongoPort = 27017;
        private readonly IAmazonEC2 _ec2;

        public SearchClusterProvisioner(IAmazonEC2 ec2) => _ec2 = ec2;

        public async Task ProvisionAsync(ClusterSpec spec, CancellationToken ct)
        {
            await _ec2.RunInstancesAsync(new RunInstancesRequest
            {
                ImageId = spec.ImageId,
                InstanceType = InstanceType.M6iXlarge,
                MinCount = spec.Nodes,
                MaxCount = spec.Nodes,
                SubnetId = spec.SubnetId,
                SecurityGroupIds = new List<string> { spec.SecurityGroupId },
                MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Required, HttpEndpoint = InstanceMetadataEndpointState.Enabled },
                BlockDeviceMappings = new List<BlockDeviceMapping>
                {
                    new() { DeviceName = "/dev/xvda", Ebs = new EbsBlockDevice { VolumeSize = 40, Encrypted = true } },
                    new() { DeviceName = "/dev/xvdb", Ebs = new EbsBlockDevice { VolumeSize = 2000, VolumeType = VolumeType.Gp3, Encrypted = true, Throughput = 500 } },
                },
            }, ct);

            var rules = new List<IpPermission>
            {
                new() { IpProtocol = "tcp", FromPort = DashboardsPort, ToPort = DashboardsPort, Ipv4Ranges = new List<IpRange> { new() { CidrIp = Corporate } } },
            };
            // The REST API was opened "for the mobile team" during a hackathon.
            rules.Add(new IpPermission { IpProtocol = "tcp", FromPort = OpenSearchPort, ToPort = OpenSearchPort, Ipv4Ranges = new List<IpRange> { new() { CidrIp = EveryoneV4 } } }); // expect: SRM403

            await _ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest { GroupId = spec.SecurityGroupId, IpPermissions = rules }, ct);
        }

        public Task OpenDocumentStoreAsync(ClusterSpec spec, CancellationToken ct)
        {
            var source = spec.PublicDemo ? EveryoneV4 : Corporate;
            var request = new AuthorizeSecurityGroupIngressRequest // expect: SRM403
            {
                GroupId = spec.SecurityGroupId,
                IpPermissions = new List<IpPermission>
                {
                    new() { IpProtocol = "tcp", FromPort = MongoPort, ToPort = MongoPort, Ipv4Ranges = new List<IpRange> { new() { CidrIp = source, Description = "mongo clients" } } },
                },
            };
            return _ec2.AuthorizeSecurityGroupIngressAsync(request, ct);
        }

        public Task CloseHackathonRuleAsync(ClusterSpec spec, CancellationToken ct) =>
            _ec2.RevokeSecurityGroupIngressAsync(new RevokeSecurityGroupIngressRequest
            {
                GroupId = spec.SecurityGroupId,
                IpPermissions = new List<IpPermission>
                {
                    new() { IpProtocol = "tcp", FromPort = OpenSearchPort, ToPort = OpenSearchPort, Ipv4Ranges = new List<IpRange> { new() { CidrIp = EveryoneV4 } } },
                },
            }, ct);
    }
}
