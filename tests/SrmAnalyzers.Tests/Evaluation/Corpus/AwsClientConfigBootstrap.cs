// Evaluation corpus: worker host registering SQS, DynamoDB and EC2 clients from options, with a few hand-made endpoints. Sdk: v4
using System;
using Amazon;
using Amazon.DynamoDBv2;
using Amazon.EC2;
using Amazon.SQS;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Northwind.Fulfilment.Worker
{
    public sealed class AwsEndpointOptions
    {
        public string? QueueEndpoint { get; set; }
        public string? TableEndpoint { get; set; }
        public bool DisableTls { get; set; }
        public string Region { get; set; } = "us-east-2";
    }

    public static class AwsClientConfigBootstrap
    {
        private const string InternalDomain = "svc.northwind.internal";
        private static readonly string DynamoProxyUrl = $"http://dynamodb-proxy.{InternalDomain}:8000";
        private const string DynamoLocalUrl = "http://localhost:8000";

        public static IServiceCollection AddFulfilmentAws(this IServiceCollection services, bool runningLocally)
        {
            services.AddSingleton<IAmazonSQS>(sp =>
            {
                var options = sp.GetRequiredService<IOptions<AwsEndpointOptions>>().Value;
                var config = new AmazonSQSConfig { RegionEndpoint = RegionEndpoint.GetBySystemName(options.Region) };
                if (options.QueueEndpoint is { } endpoint)
                {
                    config.ServiceURL = endpoint;
                }

                // Value from appsettings: unknown when the code is analysed.
                config.UseHttp = options.DisableTls;
                return new AmazonSQSClient(config);
            });

            services.AddSingleton<IAmazonDynamoDB>(_ => new AmazonDynamoDBClient(new AmazonDynamoDBConfig
            {
                ServiceURL = runningLocally ? DynamoLocalUrl : "https://dynamodb.us-east-2.amazonaws.com",
            }));

            return services;
        }

        // Reporting jobs read through the caching proxy in the data centre.
        public static IAmazonDynamoDB ReportingTables() =>
            new AmazonDynamoDBClient(new AmazonDynamoDBConfig { ServiceURL = DynamoProxyUrl }); // expect: SRM102

        public static IAmazonSQS LowLatencyQueues()
        {
            var config = new AmazonSQSConfig // expect: SRM102
            {
                RegionEndpoint = RegionEndpoint.USEast2,
                UseHttp = true,
                MaxErrorRetry = 2,
            };
            return new AmazonSQSClient(config);
        }

        public static IAmazonEC2 Inventory(bool viaInspectionProxy)
        {
            var config = new AmazonEC2Config { RegionEndpoint = RegionEndpoint.USEast2 };
            config.UseHttp = viaInspectionProxy ? true : false; // expect: SRM102
            return new AmazonEC2Client(config);
        }

        public static IAmazonEC2 InventoryTls() =>
            new AmazonEC2Client(new AmazonEC2Config { RegionEndpoint = RegionEndpoint.USEast2, UseHttp = false });

        // DynamoDB Local inside the compose network and through the *.localhost convention.
        public static IAmazonDynamoDB ComposeTables(bool inDocker) =>
            new AmazonDynamoDBClient(new AmazonDynamoDBConfig
            {
                ServiceURL = inDocker ? "http://dynamodb.localhost:8000" : "http://[::1]:8000",
            });

        public static IAmazonSQS ElasticMqOnLan() =>
            new AmazonSQSClient(new AmazonSQSConfig { ServiceURL = "http://" + "queue-cache." + InternalDomain + ":9324" }); // expect: SRM102
    }
}
