// Evaluation corpus: xunit class fixtures, one with a real S3 client for sandbox integration tests and one with an NSubstitute client. Sdk: both
using System;
using System.Threading.Tasks;
using Amazon;
using Amazon.S3;
using Amazon.S3.Model;
using NSubstitute;
using Xunit;

namespace Woodgrove.Ledger.Tests
{
    public sealed class SandboxS3Fixture : IDisposable
    {
        public IAmazonS3 Client { get; } = new AmazonS3Client(RegionEndpoint.EUCentral1);

        public string Bucket => "woodgrove-ledger-sandbox";

        public void Dispose() => Client.Dispose();
    }

    public sealed class FakeS3Fixture
    {
        public IAmazonS3 Client { get; } = Substitute.For<IAmazonS3>();

        public string Bucket => "fake-ledger";
    }

    [Trait("Category", "Integration")]
    public class LedgerSandboxTests : IClassFixture<SandboxS3Fixture>
    {
        private readonly SandboxS3Fixture _fixture;

        public LedgerSandboxTests(SandboxS3Fixture fixture) => _fixture = fixture;

        [Fact]
        public async Task Writes_and_reads_a_ledger_entry()
        {
            var key = $"entries/{Guid.NewGuid():N}.json";
            await _fixture.Client.PutObjectAsync(new PutObjectRequest { BucketName = _fixture.Bucket, Key = key, ContentBody = "{}" }); // expect: SRM101

            using var read = await _fixture.Client.GetObjectAsync(_fixture.Bucket, key);
            Assert.Equal(key, read.Key);
        }

        [Fact]
        public async Task Writes_an_encrypted_entry()
        {
            await _fixture.Client.PutObjectAsync(new PutObjectRequest
            {
                BucketName = _fixture.Bucket,
                Key = "entries/encrypted.json",
                ContentBody = "{}",
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
            });
        }

        [Fact]
        public async Task Suspends_versioning_to_save_sandbox_costs()
        {
            await _fixture.Client.PutBucketVersioningAsync(new PutBucketVersioningRequest // expect: SRM501
            {
                BucketName = _fixture.Bucket,
                VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Suspended },
            });
        }
    }

    public class LedgerUnitTests : IClassFixture<FakeS3Fixture>
    {
        private readonly FakeS3Fixture _fixture;

        public LedgerUnitTests(FakeS3Fixture fixture) => _fixture = fixture;

        [Fact]
        public async Task Fake_accepts_anything()
        {
            await _fixture.Client.PutObjectAsync(new PutObjectRequest { BucketName = _fixture.Bucket, Key = "x", ContentBody = "{}", CannedACL = S3CannedACL.PublicRead });
            await _fixture.Client.PutBucketVersioningAsync(new PutBucketVersioningRequest
            {
                BucketName = _fixture.Bucket,
                VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Suspended },
            });

            await _fixture.Client.Received(1).PutObjectAsync(Arg.Any<PutObjectRequest>());
        }
    }
}
