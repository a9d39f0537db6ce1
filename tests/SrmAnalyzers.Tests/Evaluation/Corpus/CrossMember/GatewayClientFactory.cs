// Evaluation corpus: client factory wrappers taking the service URL and the HTTP switch as parameters, called for several sites. Sdk: both
using System;
using Amazon;
using Amazon.S3;

namespace Northwind.Storage.Clients
{
    public static class GatewayClientFactory
    {
        public static IAmazonS3 ForEndpoint(string serviceUrl, bool pathStyle = true)
        {
            var config = new AmazonS3Config
            {
                ServiceURL = serviceUrl,
                ForcePathStyle = pathStyle,
                Timeout = TimeSpan.FromSeconds(30),
            };
            return new AmazonS3Client(config);
        }

        public static IAmazonS3 ForRegion(RegionEndpoint region, bool useHttp)
        {
            var config = new AmazonS3Config { RegionEndpoint = region };
            config.UseHttp = useHttp;
            return new AmazonS3Client(config);
        }

        // Branch offices all run the same appliance; the default is the head office one.
        public static IAmazonS3 ForBranch(string endpoint = "http://s3.hq.northwind-corp.example:9020") =>
            new AmazonS3Client(new AmazonS3Config { ServiceURL = endpoint, ForcePathStyle = true });
    }

    public sealed class StorageSites
    {
        private const string WarehouseGateway = "http://10.40.1.20:9020";
        private const string CloudGateway = "https://s3.eu-west-1.amazonaws.com";

        public IAmazonS3 Warehouse() => GatewayClientFactory.ForEndpoint(WarehouseGateway); // expect: SRM102

        public IAmazonS3 Cloud() => GatewayClientFactory.ForEndpoint(CloudGateway, pathStyle: false);

        public IAmazonS3 Laboratory() =>
            GatewayClientFactory.ForEndpoint(
                "http://s3.lab.northwind-corp.example", // expect: SRM102
                pathStyle: true);

        public IAmazonS3 DeveloperMinio() => GatewayClientFactory.ForEndpoint("http://localhost:9000");

        public IAmazonS3 ComposeLocalStack() => GatewayClientFactory.ForEndpoint("http://localstack:4566");

        public IAmazonS3 Operator(string endpointFromCli) => GatewayClientFactory.ForEndpoint(endpointFromCli);

        public IAmazonS3 HeadOffice() => GatewayClientFactory.ForBranch(); // expect: SRM102

        public IAmazonS3 Lisbon() => GatewayClientFactory.ForBranch("https://s3.lisbon.northwind-corp.example");

        // Bulk imports skip TLS "because the data is public anyway".
        public IAmazonS3 BulkImport() => GatewayClientFactory.ForRegion(RegionEndpoint.EUWest1, useHttp: true); // expect: SRM102

        public IAmazonS3 Reporting() => GatewayClientFactory.ForRegion(RegionEndpoint.EUWest1, false);
    }
}
