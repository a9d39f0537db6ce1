// Evaluation corpus: storage client factory for several deployment targets (AWS, on-prem S3 gateway, emulators). Sdk: both
using System;
using Amazon;
using Amazon.S3;

namespace Woodgrove.Storage
{
    public enum StorageTarget
    {
        Aws,
        OnPremGateway,
        LegacyGateway,
        LocalStack,
        Minio,
        ComposeLocalStack,
        ComposeMinio,
        Custom,
    }

    public static class StorageClientFactory
    {
        private const string OnPremGatewayHost = "s3.storage.woodgrove-corp.example";
        private const string LegacyGatewayUrl = "http://10.20.0.15:7480";
        private static readonly string OnPremGatewayUrl = "http://" + OnPremGatewayHost;

        public static IAmazonS3 Create(StorageTarget target, string? customEndpoint = null)
        {
            switch (target)
            {
                case StorageTarget.Aws:
                    return new AmazonS3Client(new AmazonS3Config { RegionEndpoint = RegionEndpoint.EUCentral1 });

                case StorageTarget.OnPremGateway:
                    return new AmazonS3Client(new AmazonS3Config { ServiceURL = OnPremGatewayUrl, ForcePathStyle = true }); // expect: SRM102

                case StorageTarget.LegacyGateway:
                    var legacy = new AmazonS3Config { ForcePathStyle = true };
                    legacy.ServiceURL = LegacyGatewayUrl; // expect: SRM102
                    return new AmazonS3Client(legacy);

                case StorageTarget.LocalStack:
                    return new AmazonS3Client(new AmazonS3Config { ServiceURL = "http://localhost:4566", ForcePathStyle = true });

                case StorageTarget.Minio:
                    return new AmazonS3Client(new AmazonS3Config { ServiceURL = "http://127.0.0.1:9000", ForcePathStyle = true });

                case StorageTarget.ComposeLocalStack:
                    return new AmazonS3Client(new AmazonS3Config { ServiceURL = "http://localstack:4566", ForcePathStyle = true });

                case StorageTarget.ComposeMinio:
                    return new AmazonS3Client(new AmazonS3Config { ServiceURL = "http://minio:9000", ForcePathStyle = true });

                case StorageTarget.Custom when customEndpoint is not null:
                    // Operator-supplied endpoint: scheme and host are unknown here.
                    return new AmazonS3Client(new AmazonS3Config { ServiceURL = customEndpoint, ForcePathStyle = true });

                default:
                    throw new ArgumentOutOfRangeException(nameof(target), target, null);
            }
        }

        public static IAmazonS3 ForDeveloperMachine(string host, int port) =>
            new AmazonS3Client(new AmazonS3Config { ServiceURL = $"http://{host}:{port}", ForcePathStyle = true });

        public static IAmazonS3 ForReplicaRegion() =>
            new AmazonS3Client(new AmazonS3Config { ServiceURL = "https://s3.eu-west-1.amazonaws.com" });

        // Support engineers asked for a switch to capture traffic with a proxy.
        public static IAmazonS3 ForTrafficCapture()
        {
            var config = new AmazonS3Config { RegionEndpoint = RegionEndpoint.EUCentral1 };
            config.UseHttp = true; // expect: SRM102
            config.ProxyHost = "127.0.0.1";
            config.ProxyPort = 8888;
            return new AmazonS3Client(config);
        }

        public static IAmazonS3 ForBatchImports() =>
            new AmazonS3Client(new AmazonS3Config // expect: SRM102
            {
                RegionEndpoint = RegionEndpoint.EUCentral1,
                UseHttp = true,
                Timeout = TimeSpan.FromMinutes(10),
            });

        public static IAmazonS3 Hardened() =>
            new AmazonS3Client(new AmazonS3Config { RegionEndpoint = RegionEndpoint.EUCentral1, UseHttp = false });
    }
}
