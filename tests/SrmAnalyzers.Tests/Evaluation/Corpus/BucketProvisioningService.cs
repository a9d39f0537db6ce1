// Evaluation corpus: self-service bucket provisioning for teams, with a "collaboration" bucket type and multipart ACLs. Sdk: v4
using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace Litware.SelfService.Buckets
{
    public enum BucketKind
    {
        Private,
        Collaboration,
    }

    public sealed class BucketProvisioningService
    {
        private readonly IAmazonS3 _s3;

        public BucketProvisioningService(IAmazonS3 s3) => _s3 = s3;

        public async Task<string> ProvisionAsync(string team, BucketKind kind, CancellationToken ct)
        {
            var bucket = $"litware-{team}-{kind.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}"[..48];
            if (kind == BucketKind.Collaboration)
            {
                await _s3.PutBucketAsync(new PutBucketRequest // expect: SRM401
                {
                    BucketName = bucket,
                    ObjectOwnership = ObjectOwnership.ObjectWriter,
                    CannedACL = S3CannedACL.PublicReadWrite,
                }, ct);
            }
            else
            {
                await _s3.PutBucketAsync(new PutBucketRequest
                {
                    BucketName = bucket,
                    ObjectOwnership = ObjectOwnership.BucketOwnerEnforced,
                    CannedACL = S3CannedACL.NoACL,
                }, ct);
            }

            return bucket;
        }

        public async Task<string> StartSharedUploadAsync(string bucket, string key, string kmsKeyArn, CancellationToken ct)
        {
            var request = new InitiateMultipartUploadRequest
            {
                BucketName = bucket,
                Key = key,
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
                ServerSideEncryptionKeyManagementServiceKeyId = kmsKeyArn,
            };
            request.CannedACL = S3CannedACL.AuthenticatedRead; // expect: SRM401

            var response = await _s3.InitiateMultipartUploadAsync(request, ct);
            return response.UploadId;
        }

        public async Task<string> StartPrivateUploadAsync(string bucket, string key, CancellationToken ct)
        {
            var response = await _s3.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest
            {
                BucketName = bucket,
                Key = key,
                CannedACL = S3CannedACL.BucketOwnerFullControl,
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256,
            }, ct);
            return response.UploadId;
        }
    }
}
