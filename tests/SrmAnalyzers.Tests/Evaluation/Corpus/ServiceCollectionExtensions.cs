// Evaluation corpus: DI registration of AWS clients in a worker host, one registration with inline keys. Sdk: v4
using System;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.SQS;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Contoso.Fulfilment.Worker
{
    public sealed class AwsClientOptions
    {
        public string Region { get; set; } = "eu-west-1";
        public string? QueueServiceUrl { get; set; }
    }

    public static class ServiceCollectionExtensions
    {
        public static IServiceCollection AddFulfilmentAws(this IServiceCollection services, IConfiguration configuration)
        {
            services.Configure<AwsClientOptions>(configuration.GetSection("Aws"));

            services.AddSingleton<IAmazonS3>(sp =>
            {
                var options = sp.GetRequiredService<IOptions<AwsClientOptions>>().Value;
                return new AmazonS3Client(RegionEndpoint.GetBySystemName(options.Region));
            });

            services.AddSingleton<IAmazonSQS>(_ => new AmazonSQSClient(new BasicAWSCredentials("AKIAD5YDYAV3SPYSFUHW", "DXN9GgCzsYyZRHXhZhtSByEJB86mPLZtd0aToWrB"), RegionEndpoint.EUWest1)); // expect: SRM301

            return services;
        }

        public static IServiceCollection AddFulfilmentAwsFromProfile(this IServiceCollection services, string profileName)
        {
            var chain = new Amazon.Runtime.CredentialManagement.CredentialProfileStoreChain();
            if (!chain.TryGetAWSCredentials(profileName, out var credentials))
            {
                throw new InvalidOperationException($"AWS profile '{profileName}' not found.");
            }

            services.AddSingleton(credentials);
            services.AddSingleton<IAmazonS3>(sp => new AmazonS3Client(sp.GetRequiredService<AWSCredentials>(), RegionEndpoint.EUWest1));
            services.AddSingleton<IAmazonSQS>(sp => new AmazonSQSClient(sp.GetRequiredService<AWSCredentials>(), RegionEndpoint.EUWest1));
            return services;
        }
    }
}
