// Evaluation corpus: self-managed PostgreSQL host factory (instance, data disks, security group rules). Sdk: v4
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

namespace Adventure.Works.Platform.Postgres
{
    public sealed record DatabaseHostSpec(string ImageId, string SubnetId, string SecurityGroupId, int DataDiskGiB, int WalDiskGiB, bool UseInstanceStore);

    public sealed class DatabaseHostFactory
    {
        private const int PostgresPort = 5432;
        private const string VpcCidr = "10.42.0.0/16";
        private const string Anywhere = "0.0.0.0/0";
        private readonly IAmazonEC2 _ec2;

        public DatabaseHostFactory(IAmazonEC2 ec2) => _ec2 = ec2;

        public async Task<string> LaunchAsync(DatabaseHostSpec spec, CancellationToken ct)
        {
            var mappings = new List<BlockDeviceMapping>();
            mappings.Add(new BlockDeviceMapping
            {
                DeviceName = "/dev/xvda",
                Ebs = new EbsBlockDevice { VolumeSize = 30, VolumeType = VolumeType.Gp3, Encrypted = true },
            });
            mappings.Add(new BlockDeviceMapping
            {
                DeviceName = "/dev/xvdf",
                Ebs = new EbsBlockDevice { VolumeSize = spec.DataDiskGiB, VolumeType = VolumeType.Io2, Iops = 16000, Encrypted = true },
            });
            // WAL disk: "encryption adds latency" according to an old tuning guide.
            mappings.Add(new BlockDeviceMapping // expect: SRM103
            {
                DeviceName = "/dev/xvdg",
                Ebs = new EbsBlockDevice { VolumeSize = spec.WalDiskGiB, VolumeType = VolumeType.Io2, Iops = 8000, Encrypted = false },
            });

            if (spec.UseInstanceStore)
            {
                // NVMe instance store for temp tablespaces; not an EBS volume.
                mappings.Add(new BlockDeviceMapping { DeviceName = "/dev/sdb", VirtualName = "ephemeral0" });
            }

            var response = await _ec2.RunInstancesAsync(new RunInstancesRequest
            {
                ImageId = spec.ImageId,
                InstanceType = InstanceType.R6gLarge,
                MinCount = 1,
                MaxCount = 1,
                SubnetId = spec.SubnetId,
                SecurityGroupIds = new List<string> { spec.SecurityGroupId },
                BlockDeviceMappings = mappings,
                MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Required },
            }, ct);
            return response.Reservation.Instances[0].InstanceId;
        }

        public Task OpenToApplicationsAsync(string securityGroupId, CancellationToken ct) =>
            _ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
            {
                GroupId = securityGroupId,
                IpPermissions = new List<IpPermission>
                {
                    new IpPermission
                    {
                        IpProtocol = "tcp",
                        FromPort = PostgresPort,
                        ToPort = PostgresPort,
                        Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = VpcCidr, Description = "application subnets" } },
                    },
                },
            }, ct);

        // Temporary: lets the BI vendor connect until the VPN is ready.
        public Task OpenToVendorAsync(string securityGroupId, CancellationToken ct) =>
            _ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest // expect: SRM403
            {
                GroupId = securityGroupId,
                IpPermissions = new List<IpPermission>
                {
                    new IpPermission
                    {
                        IpProtocol = "tcp",
                        FromPort = PostgresPort,
                        ToPort = PostgresPort,
                        Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = Anywhere, Description = "BI vendor (temporary)" } },
                    },
                },
            }, ct);
    }
}
