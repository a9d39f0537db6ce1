// Evaluation corpus: billing service archiving invoices (KMS), thumbnails (forgotten SSE) and copies to cold storage. Sdk: v4
using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Contoso.Billing.Archive
{
    public sealed class InvoiceArchiveOptions
    {
        public string BucketName { get; set; } = "contoso-billing-invoices";
        public string ColdBucketName { get; set; } = "contoso-billing-cold";
        public string KmsKeyArn { get; set; } = string.Empty;
    }

    public sealed class InvoiceArchiveService
    {
        private readonly IAmazonS3 _s3;
        private readonly InvoiceArchiveOptions _options;
        private readonly ILogger<InvoiceArchiveService> _logger;

        public InvoiceArchiveService(IAmazonS3 s3, IOptions<InvoiceArchiveOptions> options, ILogger<InvoiceArchiveService> logger)
        {
            _s3 = s3;
            _options = options.Value;
            _logger = logger;
        }

        public async Task<string> ArchiveInvoiceAsync(Guid customerId, string invoiceNumber, Stream pdf, CancellationToken ct)
        {
            var key = $"invoices/{customerId:N}/{invoiceNumber}.pdf";
            var response = await _s3.PutObjectAsync(new PutObjectRequest
            {
                BucketName = _options.BucketName,
                Key = key,
                InputStream = pdf,
                ContentType = "application/pdf",
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
                ServerSideEncryptionKeyManagementServiceKeyId = _options.KmsKeyArn,
                BucketKeyEnabled = true,
            }, ct);

            _logger.LogInformation("Archived invoice {Invoice} as {Key} ({ETag})", invoiceNumber, key, response.ETag);
            return key;
        }

        public async Task StoreThumbnailAsync(Guid customerId, string invoiceNumber, byte[] png, CancellationToken ct)
        {
            using var stream = new MemoryStream(png);
            var request = new PutObjectRequest // expect: SRM101
            {
                BucketName = _options.BucketName,
                Key = $"thumbnails/{customerId:N}/{invoiceNumber}.png",
                InputStream = stream,
                ContentType = "image/png",
            };

            await _s3.PutObjectAsync(request, ct);
        }

        public async Task MoveToColdStorageAsync(string key, CancellationToken ct)
        {
            await _s3.CopyObjectAsync(new CopyObjectRequest
            {
                SourceBucket = _options.BucketName,
                SourceKey = key,
                DestinationBucket = _options.ColdBucketName,
                DestinationKey = key,
                StorageClass = S3StorageClass.GlacierInstantRetrieval,
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256,
            }, ct);

            await _s3.DeleteObjectAsync(_options.BucketName, key, ct);
        }
    }
}
