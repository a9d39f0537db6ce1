// Evaluation corpus: Moq unit tests that send risky requests to mock clients created by a factory method, a field and a property. Sdk: both
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Moq;
using Xunit;

namespace Contoso.Media.Tests
{
    public class ThumbnailStoreTests
    {
        private readonly Mock<IAmazonS3> _s3Mock = new(MockBehavior.Loose);
        private readonly IAmazonS3 _strictClient = new Mock<IAmazonS3>(MockBehavior.Strict).Object;

        private IAmazonS3 Client => _s3Mock.Object;

        private static IAmazonS3 CreateClient() => new Mock<IAmazonS3>().Object;

        private static IAmazonS3 CreateConfiguredClient()
        {
            var mock = new Mock<IAmazonS3>();
            mock.Setup(s => s.PutObjectAsync(It.IsAny<PutObjectRequest>(), It.IsAny<CancellationToken>()))
                .ReturnsAsync(new PutObjectResponse());
            return mock.Object;
        }

        [Fact]
        public async Task Public_thumbnails_are_accepted_by_the_fake_store()
        {
            var client = CreateClient();

            await client.PutObjectAsync(new PutObjectRequest
            {
                BucketName = "test-thumbnails",
                Key = "a.webp",
                InputStream = new MemoryStream(new byte[] { 1 }),
                CannedACL = S3CannedACL.PublicRead,
            });

            Assert.NotNull(client);
        }

        [Fact]
        public async Task Unencrypted_uploads_reach_the_mock_through_the_property()
        {
            var request = new PutObjectRequest { BucketName = "test-thumbnails", Key = "b.webp", ContentBody = "x" };
            request.ServerSideEncryptionMethod = ServerSideEncryptionMethod.None;

            await Client.PutObjectAsync(request);

            _s3Mock.Verify(s => s.PutObjectAsync(It.IsAny<PutObjectRequest>(), It.IsAny<CancellationToken>()), Times.Once());
        }

        [Fact]
        public async Task Versioning_can_be_suspended_on_the_strict_mock()
        {
            await _strictClient.PutBucketVersioningAsync(new PutBucketVersioningRequest
            {
                BucketName = "test-thumbnails",
                VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Suspended },
            });
            await _strictClient.DeletePublicAccessBlockAsync(new DeletePublicAccessBlockRequest { BucketName = "test-thumbnails" });
        }

        [Fact]
        public async Task Configured_factory_client_takes_public_acl_copies()
        {
            var client = CreateConfiguredClient();
            var copy = new CopyObjectRequest
            {
                SourceBucket = "test-thumbnails",
                SourceKey = "a.webp",
                DestinationBucket = "test-public",
                DestinationKey = "a.webp",
                CannedACL = S3CannedACL.PublicReadWrite,
            };

            await client.CopyObjectAsync(copy);

            Assert.Equal("test-public", copy.DestinationBucket);
        }
    }
}
