// Evaluation corpus: developer CLI spinning up a personal sandbox instance with a security group "that just works". Sdk: v4
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon;
using Amazon.EC2;
using Amazon.EC2.Model;

namespace Proseware.DevTools.Sandbox
{
    public static class DevSandboxCli
    {
        private const string AnyAddress = "0.0.0.0/0";
        private const string SandboxAmi = "ami-0abcdef1234567890";

        public static async Task<int> Main(string[] args)
        {
            var user = Environment.UserName;
            var myIp = args.Length > 0 ? args[0] : null;
            using var ec2 = new AmazonEC2Client(RegionEndpoint.EUWest1);

            var group = await ec2.CreateSecurityGroupAsync(new CreateSecurityGroupRequest($"sandbox-{user}", "personal sandbox"));

            // Web app under development: the team wanted 80 and 443 but typed a range.
            await ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest // expect: SRM403
            {
                GroupId = group.GroupId,
                IpPermissions = new List<IpPermission>
                {
                    new() { IpProtocol = "tcp", FromPort = 80, ToPort = 443, Ipv4Ranges = new List<IpRange> { new() { CidrIp = AnyAddress } } },
                },
            });

            if (myIp is not null)
            {
                await ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
                {
                    GroupId = group.GroupId,
                    IpPermissions = new List<IpPermission>
                    {
                        new() { IpProtocol = "tcp", FromPort = 22, ToPort = 22, Ipv4Ranges = new List<IpRange> { new() { CidrIp = myIp + "/32" } } },
                    },
                });
            }
            else
            {
                // No IP given: open everything so the developer is not blocked.
                var openAll = new AuthorizeSecurityGroupIngressRequest { GroupId = group.GroupId };
                openAll.IpPermissions = new List<IpPermission> // expect: SRM403
                {
                    new() { IpProtocol = "-1", Ipv4Ranges = new List<IpRange> { new() { CidrIp = AnyAddress } }, Ipv6Ranges = new List<Ipv6Range> { new() { CidrIpv6 = "::/0" } } },
                };
                await ec2.AuthorizeSecurityGroupIngressAsync(openAll);
            }

            var launched = await ec2.RunInstancesAsync(new RunInstancesRequest // expect: SRM404
            {
                ImageId = SandboxAmi,
                InstanceType = InstanceType.T3Medium,
                MinCount = 1,
                MaxCount = 1,
                SecurityGroupIds = new List<string> { group.GroupId },
                KeyName = user,
                TagSpecifications = new List<TagSpecification>
                {
                    new() { ResourceType = ResourceType.Instance, Tags = new List<Tag> { new("owner", user), new("purpose", "sandbox") } },
                },
            });

            Console.WriteLine($"sandbox {launched.Reservation.Instances[0].InstanceId} in {group.GroupId}");
            return 0;
        }
    }
}
