// Evaluation corpus: onboarding sample and README snippet using AWS documentation example keys and placeholders. Sdk: v3
using System;
using System.Threading.Tasks;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace Contoso.Samples.GettingStarted
{
    /// <summary>
    /// Copied into the developer portal as "how to talk to S3". The keys are the ones from the AWS
    /// documentation and never worked anywhere.
    /// </summary>
    public static class AwsDocsSampleClient
    {
        private const string DocumentationAccessKey = "AKIAIOSFODNN7EXAMPLE";
        private const string DocumentationSecretKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

        public static AmazonS3Client FromDocumentation() =>
            new AmazonS3Client(new BasicAWSCredentials(DocumentationAccessKey, DocumentationSecretKey), RegionEndpoint.USWest2);

        public static AmazonS3Client FromPlaceholders() =>
            new AmazonS3Client("YOUR_ACCESS_KEY_ID", "YOUR_SECRET_ACCESS_KEY", RegionEndpoint.USWest2);

        public static AmazonS3Client FromAngleBracketPlaceholders() =>
            new AmazonS3Client(new BasicAWSCredentials("<access-key-id>", "<secret-access-key>"), RegionEndpoint.USWest2);

        public static AmazonS3Client FromMaskedPlaceholders() =>
            new AmazonS3Client("AKIAXXXXXXXXXXXXXXXX", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", RegionEndpoint.USWest2);

        public static async Task Main()
        {
            using var client = FromDocumentation();
            var buckets = await client.ListBucketsAsync();
            foreach (var bucket in buckets.Buckets)
            {
                Console.WriteLine(bucket.BucketName);
            }

            await client.PutObjectAsync(new PutObjectRequest
            {
                BucketName = "amzn-s3-demo-bucket",
                Key = "hello.txt",
                ContentBody = "Hello from the getting-started guide",
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256,
            });
        }
    }
}
