// Evaluation corpus: configuration bootstrap with in-memory defaults, one of which is a real-looking access key. Sdk: v4
using System.Collections.Generic;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Microsoft.Extensions.Configuration;

namespace Fabrikam.Shipping.Host
{
    public static class AppSettingsDefaults
    {
        public static IConfiguration Build(string environmentName)
        {
            var defaults = new Dictionary<string, string?> // expect: SRM301
            {
                ["Shipping:LabelBucket"] = "fabrikam-shipping-labels",
                ["Shipping:Region"] = "eu-central-1",
                ["Shipping:Aws:AccessKeyId"] = "AKIAVDXGTYWOY37LPBL4",
                ["Shipping:Aws:SecretAccessKey"] = "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",
                ["Logging:LogLevel:Default"] = "Information",
            };

            var developerDefaults = new Dictionary<string, string?>
            {
                ["Shipping:Aws:AccessKeyId"] = "AKIAIOSFODNN7EXAMPLE",
                ["Shipping:Aws:SecretAccessKey"] = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                ["Shipping:Aws:Profile"] = "fabrikam-dev",
            };

            return new ConfigurationBuilder()
                .AddInMemoryCollection(defaults)
                .AddInMemoryCollection(environmentName == "Development" ? developerDefaults : new Dictionary<string, string?>())
                .AddJsonFile("appsettings.json", optional: true)
                .AddJsonFile($"appsettings.{environmentName}.json", optional: true)
                .AddEnvironmentVariables("FABRIKAM_")
                .Build();
        }

        public static IAmazonS3 CreateLabelClient(IConfiguration configuration)
        {
            var region = RegionEndpoint.GetBySystemName(configuration["Shipping:Region"] ?? "eu-central-1");
            var accessKey = configuration["Shipping:Aws:AccessKeyId"];
            var secretKey = configuration["Shipping:Aws:SecretAccessKey"];
            return accessKey is { Length: > 0 } && secretKey is { Length: > 0 }
                ? new AmazonS3Client(new BasicAWSCredentials(accessKey, secretKey), region)
                : new AmazonS3Client(region);
        }
    }
}
