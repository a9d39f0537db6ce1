// Evaluation corpus: OpenStack-style private cloud SDK whose request types reuse EC2/SSM/KMS/S3 names (look-alikes, not AWS). Sdk: v4
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Woodgrove.PrivateCloud.Sdk
{
    public enum ParameterType { String, StringList, SecureString }
    public enum HttpTokensState { Optional, Required }
    public enum VersionStatus { Enabled, Suspended }
    public enum Protocol { HTTP, HTTPS }

    public sealed class ClientConfig { public bool UseHttp { get; set; } public string ServiceURL { get; set; } = string.Empty; }
    public sealed class CreateVolumeRequest { public int Size { get; set; } public bool Encrypted { get; set; } }
    public sealed class InstanceMetadataOptionsRequest { public HttpTokensState HttpTokens { get; set; } }
    public sealed class RunInstancesRequest { public string ImageId { get; set; } = string.Empty; public InstanceMetadataOptionsRequest? MetadataOptions { get; set; } }
    public sealed class IpRange { public string CidrIp { get; set; } = string.Empty; }
    public sealed class IpPermission { public int FromPort { get; set; } public int ToPort { get; set; } public List<IpRange> Ipv4Ranges { get; set; } = new(); }
    public sealed class AuthorizeSecurityGroupIngressRequest { public string GroupId { get; set; } = string.Empty; public List<IpPermission> IpPermissions { get; set; } = new(); }
    public sealed class PutParameterRequest { public string Name { get; set; } = string.Empty; public string Value { get; set; } = string.Empty; public ParameterType Type { get; set; } }
    public sealed class ScheduleKeyDeletionRequest { public string KeyId { get; set; } = string.Empty; public int PendingWindowInDays { get; set; } }
    public sealed class PutBucketVersioningRequest { public string BucketName { get; set; } = string.Empty; public VersionStatus Status { get; set; } }
    public sealed class GetPreSignedUrlRequest { public string Key { get; set; } = string.Empty; public Protocol Protocol { get; set; } }

    public sealed class PrivateCloudClient
    {
        public PrivateCloudClient(ClientConfig config) => Endpoint = (config.UseHttp ? "http://" : "https://") + config.ServiceURL;

        public string Endpoint { get; }

        public Task SendAsync(object request)
        {
            Console.WriteLine($"{Endpoint} <- {request.GetType().Name}");
            return Task.CompletedTask;
        }
    }
}

namespace Woodgrove.PrivateCloud.Lab
{
    using Woodgrove.PrivateCloud.Sdk;

    public static class LabEnvironmentSetup
    {
        public static async Task RunAsync()
        {
            var client = new PrivateCloudClient(new ClientConfig { UseHttp = true, ServiceURL = "cloud.lab.woodgrove.example" });
            await client.SendAsync(new CreateVolumeRequest { Size = 100, Encrypted = false });
            await client.SendAsync(new RunInstancesRequest { ImageId = "img-42", MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Optional } });
            await client.SendAsync(new AuthorizeSecurityGroupIngressRequest
            {
                GroupId = "lab",
                IpPermissions = { new IpPermission { FromPort = 22, ToPort = 22, Ipv4Ranges = { new IpRange { CidrIp = "0.0.0.0/0" } } } },
            });
            await client.SendAsync(new PutParameterRequest { Name = "/lab/db/password", Value = "lab", Type = ParameterType.String });
            await client.SendAsync(new ScheduleKeyDeletionRequest { KeyId = "lab-key", PendingWindowInDays = 1 });
            await client.SendAsync(new PutBucketVersioningRequest { BucketName = "lab", Status = VersionStatus.Suspended });
            await client.SendAsync(new GetPreSignedUrlRequest { Key = "lab/report.pdf", Protocol = Protocol.HTTP });
        }
    }
}
