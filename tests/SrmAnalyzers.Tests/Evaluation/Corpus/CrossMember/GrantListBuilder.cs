// Evaluation corpus: ACL and policy helpers building grant and statement lists with collection expressions, applied by a sharing service. Sdk: both
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.Auth.AccessControlPolicy;
using Amazon.S3;
using Amazon.S3.Model;

namespace Woodgrove.Sharing
{
    public static class SharingDocuments
    {
        private const string AllUsersGroup = "http://acs.amazonaws.com/groups/global/AllUsers";

        public static S3AccessControlList OwnerOnly(string ownerId) => new()
        {
            Owner = new Owner { Id = ownerId },
            Grants = [new S3Grant { Grantee = new S3Grantee { CanonicalUser = ownerId }, Permission = S3Permission.FULL_CONTROL }],
        };

        // "Anyone with the link" sharing for the marketing kit.
        public static S3AccessControlList AnyoneCanRead(string ownerId) => new() // expect: SRM401
        {
            Owner = new Owner { Id = ownerId },
            Grants =
            [
                new S3Grant { Grantee = new S3Grantee { CanonicalUser = ownerId }, Permission = S3Permission.FULL_CONTROL },
                new S3Grant { Grantee = new S3Grantee { URI = AllUsersGroup }, Permission = S3Permission.READ },
            ],
        };

        public static string ReaderPolicy(string bucket, string readerRoleArn) =>
            new Policy
            {
                Statements =
                [
                    new Statement(Statement.StatementEffect.Allow)
                    {
                        Principals = [new Principal(readerRoleArn)],
                        Actions = [new ActionIdentifier("s3:GetObject")],
                        Resources = [new Resource($"arn:aws:s3:::{bucket}/*")],
                    },
                ],
            }.ToJson();

        // The tooling role "needs to manage the bucket" during migrations.
        public static string ToolingPolicy(string bucket, string toolingRoleArn)
        {
            return new Policy // expect: SRM201
            {
                Statements =
                [
                    new Statement(Statement.StatementEffect.Allow)
                    {
                        Principals = [new Principal(toolingRoleArn)],
                        Actions = [new ActionIdentifier("s3:GetObject"), new ActionIdentifier("s3:*")],
                        Resources = [new Resource($"arn:aws:s3:::{bucket}"), new Resource($"arn:aws:s3:::{bucket}/*")],
                    },
                ],
            }.ToJson();
        }
    }

    public sealed class SharingService
    {
        private readonly IAmazonS3 _s3;

        public SharingService(IAmazonS3 s3) => _s3 = s3;

        public async Task ShareMarketingKitAsync(string bucket, string key, string ownerId)
        {
            await _s3.PutACLAsync(new PutACLRequest { BucketName = bucket, Key = key, AccessControlList = SharingDocuments.AnyoneCanRead(ownerId) });
        }

        public Task LockDownAsync(string bucket, string key, string ownerId) =>
            _s3.PutACLAsync(new PutACLRequest { BucketName = bucket, Key = key, AccessControlList = SharingDocuments.OwnerOnly(ownerId) });

        public async Task ApplyPoliciesAsync(string bucket, string readerRoleArn, string toolingRoleArn, bool tooling)
        {
            var policy = tooling ? SharingDocuments.ToolingPolicy(bucket, toolingRoleArn) : SharingDocuments.ReaderPolicy(bucket, readerRoleArn);
            await _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest { BucketName = bucket, Policy = policy });
        }
    }
}
