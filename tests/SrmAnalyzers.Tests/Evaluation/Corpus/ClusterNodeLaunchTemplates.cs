// Evaluation corpus: Kubernetes node-group tooling writing EC2 launch templates and template versions. Sdk: v4
using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

namespace Proseware.Platform.NodeGroups
{
    public sealed record NodeGroup(string Name, string ImageId, string SecurityGroupId, string InstanceProfileArn, string BootstrapScript);

    public sealed class ClusterNodeLaunchTemplates
    {
        private readonly IAmazonEC2 _ec2;

        public ClusterNodeLaunchTemplates(IAmazonEC2 ec2) => _ec2 = ec2;

        public Task CreateSystemNodesAsync(NodeGroup group, CancellationToken ct) =>
            _ec2.CreateLaunchTemplateAsync(new CreateLaunchTemplateRequest
            {
                LaunchTemplateName = group.Name + "-system",
                LaunchTemplateData = new RequestLaunchTemplateData
                {
                    ImageId = group.ImageId,
                    InstanceType = InstanceType.M6iLarge,
                    SecurityGroupIds = new List<string> { group.SecurityGroupId },
                    IamInstanceProfile = new LaunchTemplateIamInstanceProfileSpecificationRequest { Arn = group.InstanceProfileArn },
                    UserData = Convert.ToBase64String(Encoding.UTF8.GetBytes(group.BootstrapScript)),
                    MetadataOptions = new LaunchTemplateInstanceMetadataOptionsRequest
                    {
                        HttpTokens = LaunchTemplateHttpTokensState.Required,
                        HttpPutResponseHopLimit = 2,
                    },
                    BlockDeviceMappings = new List<LaunchTemplateBlockDeviceMappingRequest>
                    {
                        new() { DeviceName = "/dev/xvda", Ebs = new LaunchTemplateEbsBlockDeviceRequest { VolumeSize = 80, Encrypted = true } },
                    },
                },
            }, ct);

        // GPU nodes run a vendor agent that still calls IMDSv1.
        public Task CreateGpuNodesAsync(NodeGroup group, CancellationToken ct)
        {
            var data = new RequestLaunchTemplateData // expect: SRM404
            {
                ImageId = group.ImageId,
                InstanceType = InstanceType.G5Xlarge,
                SecurityGroupIds = new List<string> { group.SecurityGroupId },
                MetadataOptions = new LaunchTemplateInstanceMetadataOptionsRequest { HttpTokens = LaunchTemplateHttpTokensState.Optional },
            };

            return _ec2.CreateLaunchTemplateAsync(new CreateLaunchTemplateRequest { LaunchTemplateName = group.Name + "-gpu", LaunchTemplateData = data }, ct);
        }

        public Task CreateBatchNodesAsync(NodeGroup group, CancellationToken ct) =>
            _ec2.CreateLaunchTemplateAsync(new CreateLaunchTemplateRequest // expect: SRM404
            {
                LaunchTemplateName = group.Name + "-batch",
                LaunchTemplateData = new RequestLaunchTemplateData
                {
                    ImageId = group.ImageId,
                    InstanceType = InstanceType.C6iXlarge,
                    SecurityGroupIds = new List<string> { group.SecurityGroupId },
                    IamInstanceProfile = new LaunchTemplateIamInstanceProfileSpecificationRequest { Arn = group.InstanceProfileArn },
                },
            }, ct);

        public Task RollOutImageAsync(NodeGroup group, string newImageId, bool legacyAgent, CancellationToken ct)
        {
            var version = new CreateLaunchTemplateVersionRequest
            {
                LaunchTemplateName = group.Name + "-system",
                SourceVersion = "$Latest",
                VersionDescription = "image " + newImageId,
                LaunchTemplateData = new RequestLaunchTemplateData
                {
                    ImageId = newImageId,
                    MetadataOptions = new LaunchTemplateInstanceMetadataOptionsRequest { HttpTokens = LaunchTemplateHttpTokensState.Required },
                },
            };

            if (legacyAgent)
            {
                version.LaunchTemplateData.MetadataOptions.HttpTokens = LaunchTemplateHttpTokensState.Optional; // expect: SRM404
            }

            return _ec2.CreateLaunchTemplateVersionAsync(version, ct);
        }
    }
}
