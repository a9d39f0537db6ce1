// Evaluation corpus: post-deployment smoke tests hitting real AWS with a CI user's keys checked into the test project. Sdk: v3
using System;
using System.Threading.Tasks;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Xunit;

namespace Adatum.Store.SmokeTests
{
    [Trait("Category", "Smoke")]
    public class ProductionSmokeTests : IDisposable
    {
        private readonly AmazonS3Client _s3;

        public ProductionSmokeTests()
        {
            var credentials = new BasicAWSCredentials("AKIAM2NRBN3P7PYOJEJJ", "BliB+4iRsYRLDLU4CtDDjvN8a+xixxlNP4GlSO/q"); // expect: SRM301
            _s3 = new AmazonS3Client(credentials, RegionEndpoint.EUWest1);
        }

        [Fact]
        public async Task Catalogue_bucket_is_reachable()
        {
            var location = await _s3.GetBucketLocationAsync("adatum-store-catalogue");

            Assert.NotNull(location);
        }

        [Fact]
        public async Task Can_write_a_canary_object()
        {
            var key = $"canary/{Guid.NewGuid():N}";
            await _s3.PutObjectAsync(new PutObjectRequest
            {
                BucketName = "adatum-store-canary",
                Key = key,
                ContentBody = "ok",
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256,
            });

            var head = await _s3.GetObjectMetadataAsync("adatum-store-canary", key);

            Assert.Equal(ServerSideEncryptionMethod.AES256, head.ServerSideEncryptionMethod);
            Assert.DoesNotContain("AKIA", head.ETag, StringComparison.Ordinal);
        }

        [Fact]
        public void Default_chain_client_can_be_built()
        {
            using var client = new AmazonS3Client(RegionEndpoint.EUWest1);

            Assert.Equal("s3", client.Config.AuthenticationServiceName);
        }

        public void Dispose() => _s3.Dispose();
    }
}
