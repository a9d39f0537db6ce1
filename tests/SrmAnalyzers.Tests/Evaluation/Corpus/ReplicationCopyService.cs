// Evaluation corpus: cross-region copy service for disaster recovery, plus a "share with auditors" copy. Sdk: v3
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace Adatum.Resilience.Replication
{
    public class ReplicationCopyService
    {
        private readonly IAmazonS3 _source;
        private readonly IAmazonS3 _target;
        private readonly string _drBucket;

        public ReplicationCopyService(IAmazonS3 source, IAmazonS3 target, string drBucket)
        {
            _source = source;
            _target = target;
            _drBucket = drBucket;
        }

        public async Task ReplicateAsync(string bucket, string key, string drKmsKeyArn, CancellationToken ct)
        {
            var head = await _source.GetObjectMetadataAsync(bucket, key, ct);
            var copy = new CopyObjectRequest
            {
                SourceBucket = bucket,
                SourceKey = key,
                SourceVersionId = head.VersionId,
                DestinationBucket = _drBucket,
                DestinationKey = key,
                MetadataDirective = S3MetadataDirective.COPY,
            };
            copy.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS;
            copy.ServerSideEncryptionKeyManagementServiceKeyId = drKmsKeyArn;

            await _target.CopyObjectAsync(copy, ct);
        }

        public Task RetagAsync(string bucket, string key, string contentType, CancellationToken ct)
        {
            // Changing metadata requires a self-copy with REPLACE; encryption settings were not carried over.
            var copy = new CopyObjectRequest // expect: SRM101
            {
                SourceBucket = bucket,
                SourceKey = key,
                DestinationBucket = bucket,
                DestinationKey = key,
                MetadataDirective = S3MetadataDirective.REPLACE,
                ContentType = contentType,
            };
            return _source.CopyObjectAsync(copy, ct);
        }

        public Task ShareWithAuditorsAsync(string bucket, string key, CancellationToken ct)
        {
            return _source.CopyObjectAsync(new CopyObjectRequest // expect: SRM401
            {
                SourceBucket = bucket,
                SourceKey = key,
                DestinationBucket = "adatum-audit-exchange",
                DestinationKey = "evidence/" + key,
                CannedACL = S3CannedACL.AuthenticatedRead,
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256,
            }, ct);
        }
    }
}
