// Evaluation corpus: CLI that publishes a static marketing site to a public website bucket. Sdk: both
using System;
using System.IO;
using System.Threading.Tasks;
using Amazon;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.S3.Transfer;

namespace Tailspin.Tools.SitePublisher
{
    public static class StaticSitePublisher
    {
        public static async Task<int> Main(string[] args)
        {
            if (args.Length < 2)
            {
                Console.Error.WriteLine("usage: publish-site <bucket> <directory>");
                return 2;
            }

            var bucket = args[0];
            var siteDirectory = Path.GetFullPath(args[1]);
            using var s3 = new AmazonS3Client(RegionEndpoint.USEast1);
            var policy = $@"{{
  ""Version"": ""2012-10-17"",
  ""Statement"": [
    {{
      ""Sid"": ""PublicReadGetObject"",
      ""Effect"": ""Allow"",
      ""Principal"": ""*"",
      ""Action"": ""s3:GetObject"",
      ""Resource"": ""arn:aws:s3:::{bucket}/*""
    }}
  ]
}}";

            // A website bucket must be readable by browsers, so the block has to go.
            await s3.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest // expect: SRM402
            {
                BucketName = bucket,
                PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
                {
                    BlockPublicAcls = true,
                    IgnorePublicAcls = true,
                    BlockPublicPolicy = false,
                    RestrictPublicBuckets = false,
                },
            });

            await s3.PutBucketPolicyAsync(new PutBucketPolicyRequest // expect: SRM202
            {
                BucketName = bucket,
                Policy = policy,
            });

            using var transfer = new TransferUtility(s3);
            await transfer.UploadDirectoryAsync(new TransferUtilityUploadDirectoryRequest // expect: SRM401
            {
                BucketName = bucket,
                Directory = siteDirectory,
                SearchPattern = "*",
                SearchOption = SearchOption.AllDirectories,
                CannedACL = S3CannedACL.PublicRead,
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256,
            });

            Console.WriteLine($"Published {siteDirectory} to http://{bucket}.s3-website-us-east-1.amazonaws.com");
            return 0;
        }
    }
}
