// Evaluation corpus: release CLI that assumes a deploy role and uploads artifacts, with keys baked in as fallbacks. Sdk: v3
using System;
using System.Threading.Tasks;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Transfer;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;

namespace Tailspin.Release.Cli
{
    public static class Program
    {
        public static async Task<int> Main(string[] args)
        {
            if (args.Length == 0)
            {
                Console.Error.WriteLine("usage: release <artifact> [accessKeyId secretAccessKey]");
                return 64;
            }

            var artifact = args[0];
            var accessKeyId = args.Length > 2 ? args[1] : "AKIAXHD2ARWBFEPMERY5";
            var secretAccessKey = args.Length > 2 ? args[2] : "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";

            using var sts = new AmazonSecurityTokenServiceClient(accessKeyId, secretAccessKey, RegionEndpoint.USEast1); // expect: SRM301
            var assumed = await sts.AssumeRoleAsync(new AssumeRoleRequest
            {
                RoleArn = "arn:aws:iam::210987654321:role/release-publisher",
                RoleSessionName = "release-cli",
                // Session policy: can only narrow what the role allows.
                Policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"arn:aws:s3:::tailspin-releases/*\"}]}",
            });

            var session = new SessionAWSCredentials(assumed.Credentials.AccessKeyId, assumed.Credentials.SecretAccessKey, assumed.Credentials.SessionToken);
            using var s3 = new AmazonS3Client(session, RegionEndpoint.USEast1);
            using var transfer = new TransferUtility(s3);
            await transfer.UploadAsync(new TransferUtilityUploadRequest
            {
                BucketName = "tailspin-releases",
                Key = "artifacts/" + System.IO.Path.GetFileName(artifact),
                FilePath = artifact,
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
            });

            await MirrorToLegacyBucketAsync(artifact);
            Console.WriteLine("released " + artifact);
            return 0;
        }

        private static async Task MirrorToLegacyBucketAsync(string artifact)
        {
            // The old bucket lives in another account that nobody migrated.
            using var legacy = new TransferUtility("AKIAH72WWHWNEEM467MN", "/hDfotIyYUdrEsndWli72KKveCBFjXSa9xNLsfQu", RegionEndpoint.USEast1); // expect: SRM301
            await legacy.UploadAsync(new TransferUtilityUploadRequest
            {
                BucketName = "tailspin-legacy-releases",
                Key = System.IO.Path.GetFileName(artifact),
                FilePath = artifact,
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256,
            });
        }
    }
}
