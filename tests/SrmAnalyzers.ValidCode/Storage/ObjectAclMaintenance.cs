// ValidCode: S3 ACL maintenance with the SDK v4 ACL operations: back to private, grants to named accounts only. Sdk: v4
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace Acme.ValidCode.Storage
{
    /// <summary>Cleans up ACLs on buckets that predate "bucket owner enforced" object ownership.</summary>
    public sealed class ObjectAclMaintenance
    {
        private readonly IAmazonS3 _s3;

        public ObjectAclMaintenance(IAmazonS3 s3) => _s3 = s3;

        /// <summary>Removes whatever an old uploader granted on an object.</summary>
        public Task MakePrivateAsync(string bucketName, string key, CancellationToken cancellationToken = default) =>
            _s3.PutObjectAclAsync(new PutObjectAclRequest { BucketName = bucketName, Key = key, ACL = S3CannedACL.Private }, cancellationToken); // compliant: SRM401

        /// <summary>The auditors' account may read the bucket's ACL and list it.</summary>
        public Task GrantAuditorsAsync(string bucketName, string auditorsCanonicalId, CancellationToken cancellationToken = default) =>
            _s3.PutBucketAclAsync(new PutBucketAclRequest
            {
                BucketName = bucketName,
                GrantRead = $"id=\"{auditorsCanonicalId}\"", // compliant: SRM401
                GrantReadACP = $"id=\"{auditorsCanonicalId}\"", // compliant: SRM401
            }, cancellationToken);
    }
}
