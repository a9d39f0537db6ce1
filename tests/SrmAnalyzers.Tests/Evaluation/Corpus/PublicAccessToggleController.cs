// Evaluation corpus: internal admin API that lets operators change a bucket's Block Public Access settings. Sdk: v4
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Contoso.Ops.AdminApi
{
    public sealed class PublicAccessSettingsDto
    {
        public bool BlockPublicAcls { get; set; } = true;
        public bool IgnorePublicAcls { get; set; } = true;
        public bool BlockPublicPolicy { get; set; } = true;
        public bool RestrictPublicBuckets { get; set; } = true;
    }

    [ApiController]
    [Route("admin/buckets/{bucket}/public-access")]
    [Authorize(Roles = "StorageAdmin")]
    public class PublicAccessToggleController : ControllerBase
    {
        private readonly IAmazonS3 _s3;

        public PublicAccessToggleController(IAmazonS3 s3) => _s3 = s3;

        [HttpPut]
        public async Task<IActionResult> PutAsync(string bucket, [FromBody] PublicAccessSettingsDto settings, CancellationToken ct)
        {
            await _s3.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest
            {
                BucketName = bucket,
                PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
                {
                    BlockPublicAcls = settings.BlockPublicAcls,
                    IgnorePublicAcls = settings.IgnorePublicAcls,
                    BlockPublicPolicy = settings.BlockPublicPolicy,
                    RestrictPublicBuckets = settings.RestrictPublicBuckets,
                },
            }, ct);
            return NoContent();
        }

        [HttpDelete]
        public async Task<IActionResult> DeleteAsync(string bucket, CancellationToken ct)
        {
            var request = new DeletePublicAccessBlockRequest { BucketName = bucket }; // expect: SRM402
            await _s3.DeletePublicAccessBlockAsync(request, ct);
            return NoContent();
        }

        [HttpGet]
        public async Task<ActionResult<PublicAccessSettingsDto>> GetAsync(string bucket, CancellationToken ct)
        {
            var response = await _s3.GetPublicAccessBlockAsync(new GetPublicAccessBlockRequest { BucketName = bucket }, ct);
            var current = response.PublicAccessBlockConfiguration;
            return new PublicAccessSettingsDto
            {
                BlockPublicAcls = current.BlockPublicAcls ?? false,
                IgnorePublicAcls = current.IgnorePublicAcls ?? false,
                BlockPublicPolicy = current.BlockPublicPolicy ?? false,
                RestrictPublicBuckets = current.RestrictPublicBuckets ?? false,
            };
        }
    }
}
