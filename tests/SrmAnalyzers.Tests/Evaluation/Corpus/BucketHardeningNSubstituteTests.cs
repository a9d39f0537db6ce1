// Evaluation corpus: NSubstitute tests for a bucket hardening service; argument matchers name risky values. Sdk: v4
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using NSubstitute;
using Xunit;

namespace Woodgrove.Platform.Tests
{
    public sealed class BucketHardener
    {
        private readonly IAmazonS3 _s3;

        public BucketHardener(IAmazonS3 s3) => _s3 = s3;

        public async Task HardenAsync(string bucket, CancellationToken ct = default)
        {
            await _s3.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest
            {
                BucketName = bucket,
                PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
                {
                    BlockPublicAcls = true,
                    IgnorePublicAcls = true,
                    BlockPublicPolicy = true,
                    RestrictPublicBuckets = true,
                },
            }, ct);
        }
    }

    public class BucketHardenerTests
    {
        [Fact]
        public async Task Blocks_all_public_access()
        {
            var s3 = Substitute.For<IAmazonS3>();
            s3.PutPublicAccessBlockAsync(Arg.Any<PutPublicAccessBlockRequest>(), Arg.Any<CancellationToken>())
              .Returns(Task.FromResult(new PutPublicAccessBlockResponse()));

            await new BucketHardener(s3).HardenAsync("woodgrove-ledger");

            await s3.Received(1).PutPublicAccessBlockAsync(
                Arg.Is<PutPublicAccessBlockRequest>(r => r.PublicAccessBlockConfiguration.BlockPublicPolicy == true && r.BucketName == "woodgrove-ledger"),
                Arg.Any<CancellationToken>());
            await s3.DidNotReceive().DeletePublicAccessBlockAsync(Arg.Any<DeletePublicAccessBlockRequest>(), Arg.Any<CancellationToken>());
        }

        [Fact]
        public async Task Never_writes_a_public_policy()
        {
            var s3 = Substitute.For<IAmazonS3>();

            await new BucketHardener(s3).HardenAsync("woodgrove-ledger");

            await s3.DidNotReceive().PutBucketPolicyAsync(
                Arg.Is<PutBucketPolicyRequest>(r => r.Policy.Contains("\"Principal\":\"*\"")),
                Arg.Any<CancellationToken>());
            await s3.DidNotReceive().PutPublicAccessBlockAsync(
                Arg.Is<PutPublicAccessBlockRequest>(r => r.PublicAccessBlockConfiguration.RestrictPublicBuckets == false),
                Arg.Any<CancellationToken>());
        }
    }
}
