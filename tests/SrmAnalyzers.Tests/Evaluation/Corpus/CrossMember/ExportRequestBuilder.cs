// Evaluation corpus: report export pipeline where request builders create S3 requests that a separate sender method sends. Sdk: both
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace Fabrikam.Reporting.Export
{
    internal static class ExportRequests
    {
        public static PutObjectRequest Csv(string bucket, string reportId, Stream body)
        {
            return new PutObjectRequest // expect: SRM101
            {
                BucketName = bucket,
                Key = $"reports/{reportId}.csv",
                InputStream = body,
                ContentType = "text/csv",
            };
        }

        public static PutObjectRequest Pdf(string bucket, string reportId, Stream body) => new()
        {
            BucketName = bucket,
            Key = $"reports/{reportId}.pdf",
            InputStream = body,
            ContentType = "application/pdf",
            ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
        };

        // Shared with the customer's finance team through a plain link.
        public static PutObjectRequest PublicSummary(string bucket, string reportId, string html) => new() // expect: SRM401
        {
            BucketName = bucket,
            Key = $"public/{reportId}.html",
            ContentBody = html,
            CannedACL = S3CannedACL.PublicRead,
            ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256,
        };

        // Base request: the caller chooses the encryption before sending.
        public static PutObjectRequest Base(string bucket, string key, Stream body) =>
            new PutObjectRequest { BucketName = bucket, Key = key, InputStream = body };

        public static CopyObjectRequest Archive(string bucket, string key) => new()
        {
            SourceBucket = bucket,
            SourceKey = key,
            DestinationBucket = bucket,
            DestinationKey = $"archive/{key}",
            ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256,
        };
    }

    public sealed class ReportExporter
    {
        private readonly IAmazonS3 _s3;
        private readonly string _bucket;

        public ReportExporter(IAmazonS3 s3, string bucket)
        {
            _s3 = s3;
            _bucket = bucket;
        }

        private Task SendAsync(PutObjectRequest request, CancellationToken ct) => _s3.PutObjectAsync(request, ct);

        public async Task ExportAsync(string reportId, Stream csv, Stream pdf, string summaryHtml, CancellationToken ct)
        {
            await SendAsync(ExportRequests.Csv(_bucket, reportId, csv), ct);
            await SendAsync(ExportRequests.Pdf(_bucket, reportId, pdf), ct);
            await _s3.PutObjectAsync(ExportRequests.PublicSummary(_bucket, reportId, summaryHtml), ct);
            await _s3.CopyObjectAsync(ExportRequests.Archive(_bucket, $"reports/{reportId}.pdf"), ct);
        }

        public async Task ExportRawAsync(string reportId, Stream raw, CancellationToken ct)
        {
            var request = ExportRequests.Base(_bucket, $"raw/{reportId}.json", raw);
            request.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS;
            request.ServerSideEncryptionKeyManagementServiceKeyId = "alias/fabrikam-reports";
            await SendAsync(request, ct);
        }
    }
}
