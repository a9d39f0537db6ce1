// ValidCode: a security job that finds public ACL grants and a missing Block Public Access, and removes them. Sdk: v4
using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace Acme.ValidCode.Storage
{
    /// <summary>Reads a bucket's ACL and public access block, then takes public grants away and turns the block back on.</summary>
    public sealed class PublicAccessRemediation
    {
        // The group URIs are compared with, never granted to.
        private const string AllUsersGroup = "http://acs.amazonaws.com/groups/global/AllUsers";
        private const string AuthenticatedUsersGroup = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers";

        private readonly IAmazonS3 _s3;

        public PublicAccessRemediation(IAmazonS3 s3) => _s3 = s3;

        public static bool IsPublicGrant(S3Grant grant) =>
            string.Equals(grant.Grantee?.URI, AllUsersGroup, StringComparison.OrdinalIgnoreCase)
            || string.Equals(grant.Grantee?.URI, AuthenticatedUsersGroup, StringComparison.OrdinalIgnoreCase); // compliant: SRM401

        public async Task<int> RemovePublicGrantsAsync(string bucketName, CancellationToken cancellationToken = default)
        {
            var current = await _s3.GetBucketAclAsync(new GetBucketAclRequest { BucketName = bucketName }, cancellationToken);
            var acl = new S3AccessControlList { Owner = current.Owner, Grants = current.Grants };
            var publicGrants = acl.Grants.Where(IsPublicGrant).ToList();
            foreach (var grant in publicGrants)
            {
                acl.RemoveGrant(grant.Grantee); // compliant: SRM401
            }

            if (publicGrants.Count > 0)
            {
                await _s3.PutBucketAclAsync(new PutBucketAclRequest { BucketName = bucketName, AccessControlPolicy = acl }, cancellationToken); // compliant: SRM401
            }

            return publicGrants.Count;
        }

        public async Task<bool> RestoreBlockPublicAccessAsync(string bucketName, CancellationToken cancellationToken = default)
        {
            var current = (await _s3.GetPublicAccessBlockAsync(new GetPublicAccessBlockRequest { BucketName = bucketName }, cancellationToken)).PublicAccessBlockConfiguration;
            var fullyBlocked = current is { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
            if (fullyBlocked)
            {
                return false;
            }

            var request = new PutPublicAccessBlockRequest { BucketName = bucketName, PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration() }; // compliant: SRM402
            request.PublicAccessBlockConfiguration.BlockPublicAcls = true; // compliant: SRM402
            request.PublicAccessBlockConfiguration.IgnorePublicAcls = true; // compliant: SRM402
            request.PublicAccessBlockConfiguration.BlockPublicPolicy = true; // compliant: SRM402
            request.PublicAccessBlockConfiguration.RestrictPublicBuckets = true; // compliant: SRM402
            await _s3.PutPublicAccessBlockAsync(request, cancellationToken);
            return true;
        }
    }
}
