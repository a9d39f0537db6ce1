using System.Threading.Tasks;
using SrmAnalyzers.Rules;
using SrmAnalyzers.Tests.Infrastructure;
using VerifyCS = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.S3BlockPublicAccessAnalyzer>;

namespace SrmAnalyzers.Tests.Rules
{
    public class SRM402Tests
    {
        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Put_with_a_setting_false_is_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(@"
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

class Storage
{
    async Task Open(IAmazonS3 s3)
    {
        await s3.PutPublicAccessBlockAsync({|SRM402:new PutPublicAccessBlockRequest|}
        {
            BucketName = ""assets"",
            PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
            {
                BlockPublicAcls = true,
                IgnorePublicAcls = true,
                BlockPublicPolicy = false,
                RestrictPublicBuckets = true,
            },
        });
    }
}", sdk);
    }
}
