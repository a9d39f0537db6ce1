// Evaluation corpus: one-shot tool migrating legacy buckets from an acquired company's account, replaying their ACLs. Sdk: v3
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace Contoso.Migration.Buckets
{
    internal sealed class BucketMigrationTool
    {
        private readonly IAmazonS3 _legacy;
        private readonly IAmazonS3 _target;

        public BucketMigrationTool(IAmazonS3 legacy, IAmazonS3 target)
        {
            _legacy = legacy;
            _target = target;
        }

        public async Task MigrateAsync(string sourceBucket, string targetBucket, Owner targetOwner)
        {
            // ACL replay fails while Block Public Access is on, so it is switched off "for the migration".
            await _target.DeletePublicAccessBlockAsync(new DeletePublicAccessBlockRequest { BucketName = targetBucket }); // expect: SRM402

            await _target.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest // expect: SRM402
            {
                BucketName = targetBucket,
                PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
                {
                    BlockPublicAcls = false,
                    IgnorePublicAcls = false,
                    BlockPublicPolicy = false,
                    RestrictPublicBuckets = false,
                },
            });

            var listing = await _legacy.ListObjectsV2Async(new ListObjectsV2Request { BucketName = sourceBucket });
            foreach (var item in listing.S3Objects)
            {
                await _target.CopyObjectAsync(new CopyObjectRequest // expect: SRM101
                {
                    SourceBucket = sourceBucket,
                    SourceKey = item.Key,
                    DestinationBucket = targetBucket,
                    DestinationKey = item.Key,
                });
            }

            await _target.PutACLAsync(new PutACLRequest // expect: SRM401
            {
                BucketName = targetBucket,
                AccessControlList = new S3AccessControlList
                {
                    Owner = targetOwner,
                    Grants = new List<S3Grant>
                    {
                        new S3Grant { Grantee = new S3Grantee { CanonicalUser = targetOwner.Id }, Permission = S3Permission.FULL_CONTROL },
                        new S3Grant { Grantee = new S3Grantee { URI = "http://acs.amazonaws.com/groups/global/AllUsers" }, Permission = S3Permission.READ },
                    },
                },
            });

            Console.WriteLine($"Migrated {listing.S3Objects.Count} objects from {sourceBucket} to {targetBucket}");
        }
    }
}
