// Evaluation corpus: matchmaking service launching dedicated game servers per region, with a debug build path. Sdk: v4
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon;
using Amazon.EC2;
using Amazon.EC2.Model;
using Microsoft.Extensions.Configuration;

namespace Contoso.Games.Matchmaking
{
    public sealed class GameServerLauncher
    {
        private static readonly InstanceMetadataOptionsRequest ImdsV2Only = new() { HttpTokens = HttpTokensState.Required, HttpPutResponseHopLimit = 1 };
        private readonly IConfiguration _configuration;

        public GameServerLauncher(IConfiguration configuration) => _configuration = configuration;

        private IAmazonEC2 ClientFor(string region) =>
            new AmazonEC2Client(new AmazonEC2Config { RegionEndpoint = RegionEndpoint.GetBySystemName(region) });

        public async Task<string> LaunchRankedAsync(string region, string imageId)
        {
            using var ec2 = ClientFor(region);
            var response = await ec2.RunInstancesAsync(new RunInstancesRequest(imageId, 1, 1)
            {
                InstanceType = InstanceType.C6iXlarge,
                MetadataOptions = ImdsV2Only,
            });
            return response.Reservation.Instances[0].InstanceId;
        }

        public async Task<string> LaunchCasualAsync(string region, string imageId)
        {
            using var ec2 = ClientFor(region);
            var request = new RunInstancesRequest(imageId, 1, 1); // expect: SRM404
            request.InstanceType = InstanceType.C5Large;
            request.UserData = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("#!/bin/sh\n/opt/game/start --casual\n"));
            var response = await ec2.RunInstancesAsync(request);
            return response.Reservation.Instances[0].InstanceId;
        }

        public async Task<string> LaunchBuildAsync(string region, string imageId, bool debugBuild)
        {
            using var ec2 = ClientFor(region);
            var response = await ec2.RunInstancesAsync(new RunInstancesRequest // expect: SRM404
            {
                ImageId = imageId,
                MinCount = 1,
                MaxCount = 1,
                InstanceType = InstanceType.C5Large,
                // The debugger attaches through a tool that predates IMDSv2.
                MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = debugBuild ? HttpTokensState.Optional : HttpTokensState.Required },
            });
            return response.Reservation.Instances[0].InstanceId;
        }

        // Operations pick the IMDS mode per region in configuration.
        public async Task<string> LaunchConfiguredAsync(string region, string imageId)
        {
            using var ec2 = ClientFor(region);
            var tokens = HttpTokensState.FindValue(_configuration[$"Regions:{region}:HttpTokens"] ?? "required");
            var response = await ec2.RunInstancesAsync(new RunInstancesRequest
            {
                ImageId = imageId,
                MinCount = 1,
                MaxCount = 1,
                MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = tokens },
                BlockDeviceMappings = new List<BlockDeviceMapping>
                {
                    new() { DeviceName = "/dev/xvda", Ebs = new EbsBlockDevice { VolumeSize = 30, Encrypted = _configuration.GetValue<bool>("Ebs:Encrypt") } },
                },
            });
            return response.Reservation.Instances[0].InstanceId;
        }
    }
}
