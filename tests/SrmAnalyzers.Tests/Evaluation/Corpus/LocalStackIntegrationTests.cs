// Evaluation corpus: xunit integration tests against LocalStack with dummy credentials and a real client. Sdk: v4
using System;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.SQS;
using Xunit;

namespace Contoso.Orders.IntegrationTests
{
    public sealed class LocalStackFixture : IAsyncLifetime
    {
        public const string Endpoint = "http://localhost:4566";

        public IAmazonS3 S3 { get; } = new AmazonS3Client(
            new BasicAWSCredentials("test", "test"),
            new AmazonS3Config { ServiceURL = Endpoint, ForcePathStyle = true, AuthenticationRegion = "us-east-1" });

        public IAmazonSQS Sqs { get; } = new AmazonSQSClient("test", "test", new AmazonSQSConfig { ServiceURL = Endpoint });

        public string Bucket { get; } = "orders-it-" + Guid.NewGuid().ToString("N")[..8];

        public async Task InitializeAsync()
        {
            await S3.PutBucketAsync(new PutBucketRequest { BucketName = Bucket, CannedACL = S3CannedACL.Private });
        }

        public async Task DisposeAsync()
        {
            var objects = await S3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = Bucket });
            foreach (var entry in objects.S3Objects ?? new())
            {
                await S3.DeleteObjectAsync(Bucket, entry.Key);
            }

            await S3.DeleteBucketAsync(Bucket);
        }
    }

    public class OrderExportTests : IClassFixture<LocalStackFixture>
    {
        private readonly LocalStackFixture _stack;

        public OrderExportTests(LocalStackFixture stack) => _stack = stack;

        [Fact]
        public async Task Export_is_readable_after_upload()
        {
            await _stack.S3.PutObjectAsync(new PutObjectRequest // expect: SRM101
            {
                BucketName = _stack.Bucket,
                Key = "exports/2024-05.csv",
                ContentBody = "order,total\n1,10.00\n",
            });

            var stored = await _stack.S3.GetObjectMetadataAsync(_stack.Bucket, "exports/2024-05.csv");

            Assert.Equal(21, stored.ContentLength);
        }

        [Fact]
        public async Task Export_keeps_kms_encryption()
        {
            await _stack.S3.PutObjectAsync(new PutObjectRequest
            {
                BucketName = _stack.Bucket,
                Key = "exports/2024-06.csv",
                ContentBody = "order,total\n2,12.50\n",
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
            });

            var stored = await _stack.S3.GetObjectMetadataAsync(_stack.Bucket, "exports/2024-06.csv");

            Assert.Equal(ServerSideEncryptionMethod.AWSKMS, stored.ServerSideEncryptionMethod);
        }
    }
}
