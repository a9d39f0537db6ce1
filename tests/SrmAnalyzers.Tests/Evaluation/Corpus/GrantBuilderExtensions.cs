// Evaluation corpus: helper extension methods building S3 ACL grants for partners, log delivery and "everyone". Sdk: v4
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace Tailspin.Storage.Acl
{
    public static class GrantBuilderExtensions
    {
        public const string AllUsersUri = "http://acs.amazonaws.com/groups/global/AllUsers";
        public const string LogDeliveryUri = "http://acs.amazonaws.com/groups/s3/LogDelivery";

        public static S3Grant ReadGrantFor(this string canonicalUserId) =>
            new S3Grant { Grantee = new S3Grantee { CanonicalUser = canonicalUserId }, Permission = S3Permission.READ };

        public static S3Grant LogDeliveryWriteGrant() =>
            new S3Grant { Grantee = new S3Grantee { URI = LogDeliveryUri }, Permission = S3Permission.WRITE };

        public static S3Grant PublicReadGrant() =>
            new S3Grant { Grantee = new S3Grantee { URI = AllUsersUri }, Permission = S3Permission.READ }; // expect: SRM401

        public static S3AccessControlList WithGrants(this S3AccessControlList acl, params S3Grant[] grants)
        {
            acl.Grants ??= new List<S3Grant>();
            acl.Grants.AddRange(grants);
            return acl;
        }
    }

    public sealed class PartnerShareService
    {
        private readonly IAmazonS3 _s3;

        public PartnerShareService(IAmazonS3 s3) => _s3 = s3;

        public Task ShareAsync(string bucket, string key, Owner owner, string partnerCanonicalId, CancellationToken ct) =>
            _s3.PutObjectAclAsync(new PutObjectAclRequest
            {
                BucketName = bucket,
                Key = key,
                AccessControlPolicy = new S3AccessControlList { Owner = owner }
                    .WithGrants(owner.Id.ReadGrantFor(), partnerCanonicalId.ReadGrantFor()),
            }, ct);

        public Task PublishAsync(string bucket, string key, Owner owner, CancellationToken ct) =>
            _s3.PutObjectAclAsync(new PutObjectAclRequest
            {
                BucketName = bucket,
                Key = key,
                AccessControlPolicy = new S3AccessControlList { Owner = owner }.WithGrants(GrantBuilderExtensions.PublicReadGrant()),
            }, ct);

        public Task MakeBucketListableAsync(string bucket, CancellationToken ct) =>
            _s3.PutBucketAclAsync(new PutBucketAclRequest { BucketName = bucket, ACL = S3CannedACL.PublicRead }, ct); // expect: SRM401

        public Task EnableLogDeliveryAsync(string logBucket, Owner owner, CancellationToken ct) =>
            _s3.PutBucketAclAsync(new PutBucketAclRequest
            {
                BucketName = logBucket,
                AccessControlPolicy = new S3AccessControlList { Owner = owner }.WithGrants(GrantBuilderExtensions.LogDeliveryWriteGrant()),
            }, ct);
    }
}
