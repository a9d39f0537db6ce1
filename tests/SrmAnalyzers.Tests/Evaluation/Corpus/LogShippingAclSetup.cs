// Evaluation corpus: one-off setup tool granting S3 server-access-log delivery and a partner read access through ACLs. Sdk: v3
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace Contoso.Platform.Setup
{
    internal static class LogShippingAclSetup
    {
        private const string LogDeliveryGroup = "http://acs.amazonaws.com/groups/s3/LogDelivery";
        private const string AuthenticatedUsersGroup = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers";

        public static async Task ConfigureLogBucketAsync(IAmazonS3 s3, string logBucket, Owner owner)
        {
            var logDelivery = new S3Grantee { URI = LogDeliveryGroup };
            await s3.PutACLAsync(new PutACLRequest
            {
                BucketName = logBucket,
                AccessControlList = new S3AccessControlList
                {
                    Owner = owner,
                    Grants = new List<S3Grant>
                    {
                        new S3Grant { Grantee = new S3Grantee { CanonicalUser = owner.Id }, Permission = S3Permission.FULL_CONTROL },
                        new S3Grant { Grantee = logDelivery, Permission = S3Permission.WRITE },
                        new S3Grant { Grantee = logDelivery, Permission = S3Permission.READ_ACP },
                    },
                },
            });
        }

        public static async Task SharePartnerFeedAsync(IAmazonS3 s3, string bucket, string key, Owner owner, string partnerCanonicalId)
        {
            var acl = new S3AccessControlList { Owner = owner };
            acl.AddGrant(new S3Grantee { CanonicalUser = owner.Id }, S3Permission.FULL_CONTROL);
            acl.AddGrant(new S3Grantee { CanonicalUser = partnerCanonicalId }, S3Permission.READ);

            await s3.PutACLAsync(new PutACLRequest { BucketName = bucket, Key = key, AccessControlList = acl });
        }

        public static async Task ShareWithAnyAwsAccountAsync(IAmazonS3 s3, string bucket, string key, Owner owner)
        {
            // "Any AWS customer" was meant as "any of our accounts".
            var acl = new S3AccessControlList { Owner = owner };
            acl.AddGrant(new S3Grantee { CanonicalUser = owner.Id }, S3Permission.FULL_CONTROL);
            acl.AddGrant(new S3Grantee { URI = AuthenticatedUsersGroup }, S3Permission.READ); // expect: SRM401

            await s3.PutACLAsync(new PutACLRequest { BucketName = bucket, Key = key, AccessControlList = acl });
            Console.WriteLine($"Shared s3://{bucket}/{key}");
        }
    }
}
