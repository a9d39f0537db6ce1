// Evaluation corpus: database backup job streaming dumps with low-level multipart uploads. Sdk: v4
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace Litware.Ops.Backup
{
    public class MultipartBackupUploader
    {
        private const long PartSize = 64L * 1024 * 1024;
        private readonly IAmazonS3 s3;

        public MultipartBackupUploader(IAmazonS3 s3) => this.s3 = s3;

        public async Task UploadDumpAsync(string bucket, string database, Stream dump, string kmsKeyId, CancellationToken ct)
        {
            var key = $"pg/{database}/{DateTime.UtcNow:yyyy/MM/dd/HHmmss}.dump";
            var init = await s3.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest
            {
                BucketName = bucket,
                Key = key,
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
                ServerSideEncryptionKeyManagementServiceKeyId = kmsKeyId,
                StorageClass = S3StorageClass.StandardInfrequentAccess,
            }, ct);

            await UploadPartsAsync(bucket, key, init.UploadId, dump, ct);
        }

        public async Task UploadWalSegmentsAsync(string bucket, string database, Stream segments, CancellationToken ct)
        {
            var key = $"pg/{database}/wal/{Guid.NewGuid():N}";
            InitiateMultipartUploadRequest initiate = new() // expect: SRM101
            {
                BucketName = bucket,
                Key = key,
                ContentType = "application/octet-stream",
            };
            var init = await s3.InitiateMultipartUploadAsync(initiate, ct);

            await UploadPartsAsync(bucket, key, init.UploadId, segments, ct);
        }

        private async Task UploadPartsAsync(string bucket, string key, string uploadId, Stream content, CancellationToken ct)
        {
            var etags = new List<PartETag>();
            var buffer = new byte[PartSize];
            var partNumber = 1;
            int read;
            try
            {
                while ((read = await content.ReadAsync(buffer.AsMemory(0, buffer.Length), ct)) > 0)
                {
                    using var part = new MemoryStream(buffer, 0, read);
                    var response = await s3.UploadPartAsync(new UploadPartRequest
                    {
                        BucketName = bucket,
                        Key = key,
                        UploadId = uploadId,
                        PartNumber = partNumber,
                        InputStream = part,
                    }, ct);
                    etags.Add(new PartETag(partNumber++, response.ETag));
                }

                await s3.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest
                {
                    BucketName = bucket,
                    Key = key,
                    UploadId = uploadId,
                    PartETags = etags,
                }, ct);
            }
            catch
            {
                await s3.AbortMultipartUploadAsync(bucket, key, uploadId, CancellationToken.None);
                throw;
            }
        }
    }
}
