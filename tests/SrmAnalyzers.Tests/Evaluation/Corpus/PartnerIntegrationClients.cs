// Evaluation corpus: partner integration client factory where several teams embedded their partner keys in different ways. Sdk: v4
using System;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.SQS;

namespace Fabrikam.Partners.Clients
{
    internal static class PartnerKeys
    {
        private const string KeyPrefix = "AKIA";
        public const string ReportingKeyId = KeyPrefix + "76GMSWCAVKVNHHA5";
        public const string ReportingSecret = "DwhFVaxbYpNqXunYm5524HjzqM7cohY5V2xVmZGY";
    }

    public static class PartnerIntegrationClients
    {
        public static IAmazonS3 Reporting() =>
            new AmazonS3Client(new BasicAWSCredentials(PartnerKeys.ReportingKeyId, PartnerKeys.ReportingSecret), RegionEndpoint.USEast2); // expect: SRM301

        public static IAmazonS3 Logistics() =>
            new AmazonS3Client( // expect: SRM301
                awsAccessKeyId: "AKIA6YTTSY253XH63TY2",
                awsSecretAccessKey: "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",
                region: RegionEndpoint.USEast2);

        public static IAmazonSQS Notifications() =>
            new AmazonSQSClient("ASIAFRUUW6VE6ZDUQBFU", "CCJDE3offqzf/nZ07Jz5Mx2/fXo2z8mtNIJ/zNRC", "FwoGZXIvYXdzEDcaDNotARealSessionTokenForPartnerQueues", RegionEndpoint.USEast2); // expect: SRM301

        public static IAmazonS3 Billing()
        {
            // The secret comes from the environment; the key id was "not secret" according to the author.
            var secret = Environment.GetEnvironmentVariable("BILLING_PARTNER_SECRET") ?? throw new InvalidOperationException("BILLING_PARTNER_SECRET missing");
            return new AmazonS3Client(new BasicAWSCredentials("AKIASZDGSDZ25PEF2TAM", secret), RegionEndpoint.USEast2); // expect: SRM301
        }

        public static IAmazonS3 Marketing() => new AmazonS3Client(RegionEndpoint.USEast2);

        public static IAmazonSQS Support(AWSCredentials assumed) => new AmazonSQSClient(assumed, RegionEndpoint.USEast2);

        public static string MaskedReportingKey() => PartnerKeys.ReportingKeyId[..4] + "****" + PartnerKeys.ReportingKeyId[^4..];
    }
}
