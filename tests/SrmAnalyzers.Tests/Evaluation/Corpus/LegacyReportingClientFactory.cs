// Evaluation corpus: legacy reporting module with credentials in constants and static readonly fields. Sdk: v3
using System;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.SecurityToken;

namespace Adatum.Reporting.Legacy
{
    /// <summary>Kept for the nightly Crystal Reports export until the migration finishes.</summary>
    public static class LegacyReportingClientFactory
    {
        private const string ExportAccessKey = "AKIAC4DOC3WZFTSEEIRY";
        private const string ExportSecretKey = "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";

        private static readonly string ArchiveAccessKey = "AKIAHARVYWFQTXWY76JI";
        private static readonly string ArchiveSecretKey = "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";

        // Split in two so the pre-commit secret scanner stops matching it.
        private static readonly string MailerAccessKey = "AKIA" + "JBGMNVWBUACDG7OC";
        private static readonly string MailerSecretKey = "b2kuzWOhpYQCuwZwYDeLAF" + "/Ryp6j9kIQ7XVFBara";

        public static IAmazonS3 CreateMailerClient() =>
            new AmazonS3Client(new BasicAWSCredentials(MailerAccessKey, MailerSecretKey), RegionEndpoint.USEast1); // expect: SRM301

        public static IAmazonS3 CreateExportClient()
        {
            return new AmazonS3Client(ExportAccessKey, ExportSecretKey, RegionEndpoint.USEast1); // expect: SRM301
        }

        public static IAmazonS3 CreateArchiveClient()
        {
            var credentials = new BasicAWSCredentials(ArchiveAccessKey, ArchiveSecretKey); // expect: SRM301
            var config = new AmazonS3Config
            {
                RegionEndpoint = RegionEndpoint.USWest2,
                Timeout = TimeSpan.FromMinutes(5),
                MaxErrorRetry = 6,
            };
            return new AmazonS3Client(credentials, config);
        }

        public static IAmazonS3 CreateDefaultClient()
        {
            // New code path: instance profile / environment via the default chain.
            return new AmazonS3Client(RegionEndpoint.USEast1);
        }

        public static IAmazonSecurityTokenService CreateStsClient(AWSCredentials credentials)
        {
            return new AmazonSecurityTokenServiceClient(credentials, RegionEndpoint.USEast1);
        }

        public static string Describe() => $"export key ****{ExportAccessKey.Substring(ExportAccessKey.Length - 4)}";
    }
}
