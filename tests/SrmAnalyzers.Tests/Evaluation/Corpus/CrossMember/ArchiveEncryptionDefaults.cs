// Evaluation corpus: document archive whose server-side encryption setting falls back to None when the config key is empty. Sdk: both
using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.S3.Transfer;

namespace Northwind.Records.Archive
{
    public sealed class ArchiveOptions
    {
        public string Bucket { get; init; } = "northwind-records";
        public string? Encryption { get; init; }
        public string? ExportEncryption { get; init; }
    }

    public sealed class DocumentArchive
    {
        private readonly IAmazonS3 _s3;
        private readonly ITransferUtility _transfer;
        private readonly string _bucket;
        private readonly ServerSideEncryptionMethod _sse;
        private readonly ServerSideEncryptionMethod _exportSse;

        public DocumentArchive(IAmazonS3 s3, ITransferUtility transfer, ArchiveOptions options)
        {
            _s3 = s3;
            _transfer = transfer;
            _bucket = options.Bucket;
            _sse = ToMethod(options.Encryption);
            _exportSse = ToMethodOrDefault(options.ExportEncryption);
        }

        // Empty config used to mean "let the bucket decide"; this maps it to an explicit opt-out.
        private static ServerSideEncryptionMethod ToMethod(string? name)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                return ServerSideEncryptionMethod.None; // expect: SRM101
            }

            return name.Equals("kms", StringComparison.OrdinalIgnoreCase)
                ? ServerSideEncryptionMethod.AWSKMS
                : ServerSideEncryptionMethod.AES256;
        }

        // Same shape, but the fallback is SSE-S3.
        private static ServerSideEncryptionMethod ToMethodOrDefault(string? name) =>
            name?.ToLowerInvariant() switch
            {
                "kms" => ServerSideEncryptionMethod.AWSKMS,
                "kms-dsse" => ServerSideEncryptionMethod.AWSKMSDSSE,
                _ => ServerSideEncryptionMethod.AES256,
            };

        public Task StoreAsync(string documentId, Stream pdf, CancellationToken ct)
        {
            var request = new PutObjectRequest
            {
                BucketName = _bucket,
                Key = $"documents/{documentId}.pdf",
                InputStream = pdf,
                ContentType = "application/pdf",
            };
            request.ServerSideEncryptionMethod = _sse;
            return _s3.PutObjectAsync(request, ct);
        }

        public Task ExportAsync(string batchId, string localFile, CancellationToken ct)
        {
            return _transfer.UploadAsync(new TransferUtilityUploadRequest
            {
                BucketName = _bucket,
                Key = $"exports/{batchId}.zip",
                FilePath = localFile,
                ServerSideEncryptionMethod = _exportSse,
            }, ct);
        }

        public Task CopyToTierAsync(string key, string tierBucket, ServerSideEncryptionMethod encryption) =>
            _s3.CopyObjectAsync(new CopyObjectRequest
            {
                SourceBucket = _bucket,
                SourceKey = key,
                DestinationBucket = tierBucket,
                DestinationKey = key,
                ServerSideEncryptionMethod = encryption,
            });
    }

    public sealed class TieringJob
    {
        private readonly DocumentArchive _archive;

        public TieringJob(DocumentArchive archive) => _archive = archive;

        public async Task RunAsync(string key)
        {
            await _archive.CopyToTierAsync(key, "northwind-records-warm", ServerSideEncryptionMethod.AWSKMS);

            // The cold tier's lifecycle tooling could not read KMS-encrypted objects.
            await _archive.CopyToTierAsync(key, "northwind-records-cold", ServerSideEncryptionMethod.None); // expect: SRM101
        }
    }
}
