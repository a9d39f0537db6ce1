// Evaluation corpus: ASP.NET Core controller handing browsers presigned S3 URLs for direct uploads and downloads of claim documents. Sdk: both
using System;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;

namespace Litware.Claims.Api
{
    public sealed record LinkRequest(string ClaimId, string FileName, string Intent, string ContentType);

    [ApiController]
    [Route("api/claims/{claimId}/links")]
    public sealed class UploadLinkController : ControllerBase
    {
        private const string Bucket = "litware-claim-documents";
        private readonly IAmazonS3 _s3;
        private readonly ServerSideEncryptionMethod _archiveEncryption;
        private readonly string _kmsKeyId;

        public UploadLinkController(IAmazonS3 s3, IConfiguration configuration)
        {
            _s3 = s3;
            _archiveEncryption = EncryptionFromConfig(configuration["Claims:ArchiveEncryption"]);
            _kmsKeyId = configuration["Claims:KmsKeyId"] ?? "alias/claims";
        }

        // "kms", "aes" or nothing; the archive bucket predates the encryption policy.
        private static ServerSideEncryptionMethod EncryptionFromConfig(string? value)
        {
            return value switch { "kms" => ServerSideEncryptionMethod.AWSKMS, "aes" => ServerSideEncryptionMethod.AES256, _ => ServerSideEncryptionMethod.None }; // expect: SRM101
        }

        [HttpPost("upload")]
        public IActionResult CreateUploadLink(string claimId, [FromBody] LinkRequest body)
        {
            var request = new GetPreSignedUrlRequest // expect: SRM101
            {
                BucketName = Bucket,
                Key = $"claims/{claimId}/{body.FileName}",
                Verb = HttpVerb.PUT,
                ContentType = body.ContentType,
                Expires = DateTime.UtcNow.AddMinutes(15),
            };
            return Ok(new { url = _s3.GetPreSignedURL(request) });
        }

        [HttpPost("upload-encrypted")]
        public async Task<IActionResult> CreateEncryptedUploadLinkAsync(string claimId, [FromBody] LinkRequest body)
        {
            var request = new GetPreSignedUrlRequest
            {
                BucketName = Bucket,
                Key = $"claims/{claimId}/{body.FileName}",
                Verb = HttpVerb.PUT,
                Expires = DateTime.UtcNow.AddMinutes(15),
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
                ServerSideEncryptionKeyManagementServiceKeyId = _kmsKeyId,
            };
            return Ok(new { url = await _s3.GetPreSignedURLAsync(request) });
        }

        // One endpoint for both directions; the front end says what it wants.
        [HttpPost]
        public IActionResult CreateLink(string claimId, [FromBody] LinkRequest body)
        {
            var request = new GetPreSignedUrlRequest { BucketName = Bucket, Key = $"claims/{claimId}/{body.FileName}", Verb = body.Intent == "upload" ? HttpVerb.PUT : HttpVerb.GET, Expires = DateTime.UtcNow.AddMinutes(10) }; // expect: SRM101
            return Ok(new { url = _s3.GetPreSignedURL(request) });
        }

        [HttpGet("{fileName}")]
        public IActionResult CreateDownloadLink(string claimId, string fileName) =>
            Ok(new { url = _s3.GetPreSignedURL(new GetPreSignedUrlRequest { BucketName = Bucket, Key = $"claims/{claimId}/{fileName}", Verb = HttpVerb.GET, Expires = DateTime.UtcNow.AddMinutes(5) }) });

        // Adjusters upload scans into the archive prefix with the configured encryption.
        [HttpPost("archive")]
        public IActionResult CreateArchiveLink(string claimId, [FromBody] LinkRequest body)
        {
            var request = new GetPreSignedUrlRequest { BucketName = Bucket, Key = $"archive/{claimId}/{body.FileName}", Verb = HttpVerb.PUT, Expires = DateTime.UtcNow.AddHours(1) };
            request.ServerSideEncryptionMethod = _archiveEncryption;
            return Ok(new { url = _s3.GetPreSignedURL(request) });
        }

        // Mobile app: the SDK on the phone sends the encryption header itself, so the URL was built without it.
        [HttpPost("mobile")]
        public IActionResult CreateMobileUploadLink(string claimId, [FromBody] LinkRequest body) =>
            Ok(new { url = _s3.GetPreSignedURL(new GetPreSignedUrlRequest { BucketName = Bucket, Key = $"mobile/{claimId}/{body.FileName}", Verb = HttpVerb.PUT, Expires = DateTime.UtcNow.AddMinutes(30), ServerSideEncryptionMethod = ServerSideEncryptionMethod.None }) }); // expect: SRM101

        // Bulk import tool: the CSV endpoint and the photo endpoint share one signer.
        [HttpPost("bulk/{batchId}")]
        public IActionResult CreateBulkLinks(string claimId, string batchId) => Ok(new
        {
            csv = PresignUpload($"bulk/{claimId}/{batchId}.csv", ServerSideEncryptionMethod.AWSKMS),
            photos = PresignUpload($"bulk/{claimId}/{batchId}.zip", ServerSideEncryptionMethod.None), // expect: SRM101
            manifest = _s3.GetPreSignedURL(BuildManifestUpload(claimId, batchId)),
        });

        private string PresignUpload(string key, ServerSideEncryptionMethod encryption) =>
            _s3.GetPreSignedURL(new GetPreSignedUrlRequest { BucketName = Bucket, Key = key, Verb = HttpVerb.PUT, Expires = DateTime.UtcNow.AddMinutes(30), ServerSideEncryptionMethod = encryption });

        private static GetPreSignedUrlRequest BuildManifestUpload(string claimId, string batchId)
        {
            return new GetPreSignedUrlRequest { BucketName = Bucket, Key = $"bulk/{claimId}/{batchId}.manifest.json", Verb = HttpVerb.PUT, ContentType = "application/json", Expires = DateTime.UtcNow.AddMinutes(30) }; // expect: SRM101
        }

        [HttpPost("thumbnail")]
        public IActionResult CreateThumbnailLink(string claimId, [FromBody] LinkRequest body)
        {
            var request = new GetPreSignedUrlRequest { BucketName = Bucket, Key = $"thumbs/{claimId}/{body.FileName}", Verb = HttpVerb.PUT, Expires = DateTime.UtcNow.AddMinutes(5) };
            request.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256;
            return Ok(new { url = _s3.GetPreSignedURL(request) });
        }
    }
}
