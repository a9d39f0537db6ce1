// Evaluation corpus: bucket policies assembled from constant and static readonly statement fragments. Sdk: both
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace Northwind.Storage.Policies
{
    internal static class PolicyFragments
    {
        public const string Header = "{\"Version\":\"2012-10-17\",\"Statement\":[";
        public const string Footer = "]}";

        public const string DenyInsecureTransport =
            "{\"Sid\":\"TlsOnly\",\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"arn:aws:s3:::northwind-ledger/*\"," +
            "\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}}";

        public const string LedgerReaders =
            "{\"Sid\":\"LedgerReaders\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::444455556666:role/ledger-reader\"}," +
            "\"Action\":[\"s3:GetObject\",\"s3:GetObjectVersion\"],\"Resource\":\"arn:aws:s3:::northwind-ledger/*\"}";

        public static readonly string PlatformTeamEverything =
            "{\"Sid\":\"PlatformTeam\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::444455556666:role/platform\"}," +
            "\"Action\":\"*\",\"Resource\":[\"arn:aws:s3:::northwind-ledger\",\"arn:aws:s3:::northwind-ledger/*\"]}";
    }

    public sealed class LedgerBucketPolicy
    {
        private const string LedgerPolicy = PolicyFragments.Header + PolicyFragments.DenyInsecureTransport + "," + PolicyFragments.LedgerReaders + PolicyFragments.Footer;

        private static readonly string PlatformPolicy = PolicyFragments.Header + PolicyFragments.LedgerReaders + "," + PolicyFragments.PlatformTeamEverything + PolicyFragments.Footer;

        private readonly IAmazonS3 _s3;

        public LedgerBucketPolicy(IAmazonS3 s3) => _s3 = s3;

        public Task ApplyAsync()
        {
            return _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest
            {
                BucketName = "northwind-ledger",
                Policy = LedgerPolicy,
            });
        }

        public Task ApplyWithPlatformAccessAsync()
        {
            var request = new PutBucketPolicyRequest { BucketName = "northwind-ledger" };
            request.Policy = PlatformPolicy; // expect: SRM201
            return _s3.PutBucketPolicyAsync(request);
        }
    }
}
