// Evaluation corpus: background worker scaling a fleet of spot instances for video encoding jobs. Sdk: v4
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;
using Microsoft.Extensions.Hosting;

namespace Fabrikam.Media.Encoding
{
    public sealed class FleetOptions
    {
        public string ImageId { get; set; } = "ami-0123456789abcdef0";
        public string SubnetId { get; set; } = string.Empty;
        public string InstanceProfileArn { get; set; } = string.Empty;
        public bool LegacyEncoderAgent { get; set; }
    }

    public sealed class SpotWorkerFleet : BackgroundService
    {
        private readonly IAmazonEC2 _ec2;
        private readonly FleetOptions _options;

        public SpotWorkerFleet(IAmazonEC2 ec2, FleetOptions options)
        {
            _ec2 = ec2;
            _options = options;
        }

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await ScaleOutAsync(2, stoppingToken);
                await Task.Delay(System.TimeSpan.FromMinutes(5), stoppingToken);
            }
        }

        private async Task ScaleOutAsync(int count, CancellationToken ct)
        {
            var request = new RunInstancesRequest
            {
                ImageId = _options.ImageId,
                InstanceType = InstanceType.C6iXlarge,
                MinCount = count,
                MaxCount = count,
                SubnetId = _options.SubnetId,
                IamInstanceProfile = new IamInstanceProfileSpecification { Arn = _options.InstanceProfileArn },
                InstanceMarketOptions = new InstanceMarketOptionsRequest { MarketType = MarketType.Spot },
                MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Required, HttpPutResponseHopLimit = 1 },
            };

            if (_options.LegacyEncoderAgent)
            {
                // The vendor encoder agent reads its license from IMDSv1.
                request.MetadataOptions.HttpTokens = HttpTokensState.Optional; // expect: SRM404
            }

            await _ec2.RunInstancesAsync(request, ct);
        }

        public Task LaunchThumbnailerAsync(CancellationToken ct) =>
            _ec2.RunInstancesAsync(new RunInstancesRequest // expect: SRM404
            {
                ImageId = _options.ImageId,
                InstanceType = InstanceType.T3Large,
                MinCount = 1,
                MaxCount = 1,
                MetadataOptions = new InstanceMetadataOptionsRequest { HttpPutResponseHopLimit = 2 },
            }, ct);

        public Task LaunchPackagerAsync(CancellationToken ct) =>
            _ec2.RunInstancesAsync(new RunInstancesRequest // expect: SRM404
            {
                ImageId = _options.ImageId,
                InstanceType = InstanceType.T3Large,
                MinCount = 1,
                MaxCount = 1,
                MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = "optional" },
            }, ct);

        public Task LaunchAuditorAsync(CancellationToken ct) =>
            _ec2.RunInstancesAsync(new RunInstancesRequest
            {
                ImageId = _options.ImageId,
                InstanceType = InstanceType.T3Micro,
                MinCount = 1,
                MaxCount = 1,
                MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = "required" },
            }, ct);

        public Task EnforceImdsV2Async(IEnumerable<string> instanceIds, CancellationToken ct) =>
            Task.WhenAll(System.Linq.Enumerable.Select(instanceIds, id => _ec2.ModifyInstanceMetadataOptionsAsync(
                new ModifyInstanceMetadataOptionsRequest { InstanceId = id, HttpTokens = HttpTokensState.Required }, ct)));
    }
}
