// Evaluation corpus: ASP.NET Core controller uploading user reports, one action publishes them world-readable. Sdk: v4
using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Fabrikam.Reporting.Api.Controllers
{
    [ApiController]
    [Authorize]
    [Route("api/reports")]
    public class ReportExportController : ControllerBase
    {
        private const string ReportsBucket = "fabrikam-reports-prod";
        private readonly IAmazonS3 _s3;

        public ReportExportController(IAmazonS3 s3) => _s3 = s3;

        [HttpPost("{reportId}/share")]
        public async Task<IActionResult> ShareAsync(string reportId, IFormFile file, CancellationToken cancellationToken)
        {
            if (file.Length == 0)
            {
                return BadRequest("Empty report.");
            }

            await using var content = file.OpenReadStream();
            var key = $"shared/{reportId}/{Uri.EscapeDataString(file.FileName)}";
            await _s3.PutObjectAsync(new PutObjectRequest // expect: SRM101, SRM401
            {
                BucketName = ReportsBucket,
                Key = key,
                InputStream = content,
                ContentType = file.ContentType,
                CannedACL = S3CannedACL.PublicRead,
            }, cancellationToken);

            return Ok(new { url = $"https://{ReportsBucket}.s3.amazonaws.com/{key}" });
        }

        [HttpPost("{reportId}")]
        public async Task<IActionResult> UploadAsync(string reportId, IFormFile file, CancellationToken cancellationToken)
        {
            await using var content = file.OpenReadStream();
            var request = new PutObjectRequest
            {
                BucketName = ReportsBucket,
                Key = $"private/{User.Identity?.Name}/{reportId}.pdf",
                InputStream = content,
                CannedACL = S3CannedACL.Private,
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
            };

            var response = await _s3.PutObjectAsync(request, cancellationToken);
            return Created($"/api/reports/{reportId}", new { response.VersionId });
        }
    }
}
