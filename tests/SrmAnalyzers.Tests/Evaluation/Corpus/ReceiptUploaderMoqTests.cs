// Evaluation corpus: Moq unit tests for a receipt uploader; requests only appear inside mocking expressions. Sdk: v4
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.S3.Transfer;
using Moq;
using Xunit;

namespace Tailspin.Expenses.Tests
{
    public sealed class ReceiptUploader
    {
        private readonly IAmazonS3 _s3;

        public ReceiptUploader(IAmazonS3 s3) => _s3 = s3;

        public Task UploadAsync(string employee, string receiptId, Stream image, CancellationToken ct = default) =>
            _s3.PutObjectAsync(new PutObjectRequest
            {
                BucketName = "tailspin-receipts",
                Key = $"{employee}/{receiptId}.jpg",
                InputStream = image,
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
            }, ct);
    }

    public class ReceiptUploaderTests
    {
        private readonly Mock<IAmazonS3> _s3 = new(MockBehavior.Strict);

        [Fact]
        public async Task Uploads_with_kms()
        {
            _s3.Setup(s => s.PutObjectAsync(It.Is<PutObjectRequest>(r => r.BucketName == "tailspin-receipts"), It.IsAny<CancellationToken>()))
               .ReturnsAsync(new PutObjectResponse());

            await new ReceiptUploader(_s3.Object).UploadAsync("e-17", "r-1", new MemoryStream(new byte[] { 1, 2, 3 }));

            _s3.Verify(s => s.PutObjectAsync(It.Is<PutObjectRequest>(r => r.ServerSideEncryptionMethod == ServerSideEncryptionMethod.AWSKMS), It.IsAny<CancellationToken>()), Times.Once());
            _s3.Verify(s => s.PutObjectAsync(It.Is<PutObjectRequest>(r => r.ServerSideEncryptionMethod == ServerSideEncryptionMethod.None), It.IsAny<CancellationToken>()), Times.Never());
        }

        [Fact]
        public void Never_touches_public_access_settings()
        {
            _s3.Verify(s => s.DeletePublicAccessBlockAsync(It.IsAny<DeletePublicAccessBlockRequest>(), It.IsAny<CancellationToken>()), Times.Never());
            _s3.Verify(s => s.PutACLAsync(It.Is<PutACLRequest>(r => r.CannedACL == S3CannedACL.PublicRead), It.IsAny<CancellationToken>()), Times.Never());
            _s3.Verify(s => s.PutObjectAsync(new PutObjectRequest { BucketName = "tailspin-receipts", CannedACL = S3CannedACL.PublicRead }, It.IsAny<CancellationToken>()), Times.Never());
        }

        [Fact]
        public void Transfer_utility_is_mocked_too()
        {
            var transfer = new Mock<ITransferUtility>();
            transfer.Setup(t => t.UploadAsync(It.IsAny<Stream>(), "tailspin-receipts", It.IsAny<string>(), It.IsAny<CancellationToken>()))
                    .Returns(Task.CompletedTask);
            transfer.Setup(t => t.Upload(It.IsAny<string>(), "tailspin-receipts"));

            Assert.NotNull(transfer.Object);
        }
    }
}
