// Evaluation corpus: ASP.NET Core admin controller toggling bucket versioning through a service wrapper that takes the status. Sdk: both
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.AspNetCore.Mvc;

namespace Tailspin.Admin.Storage
{
    public sealed class VersioningService
    {
        private readonly IAmazonS3 _s3;

        public VersioningService(IAmazonS3 s3) => _s3 = s3;

        public Task SetAsync(string bucket, VersionStatus status, CancellationToken ct = default)
        {
            var request = new PutBucketVersioningRequest
            {
                BucketName = bucket,
                VersioningConfig = new S3BucketVersioningConfig { Status = status },
            };
            return _s3.PutBucketVersioningAsync(request, ct);
        }
    }

    [ApiController]
    [Route("admin/buckets/{bucket}/versioning")]
    public sealed class VersioningAdminController : ControllerBase
    {
        private static readonly VersionStatus Paused = VersionStatus.Suspended;
        private readonly VersioningService _versioning;

        public VersioningAdminController(VersioningService versioning) => _versioning = versioning;

        [HttpPost("enable")]
        public async Task<IActionResult> Enable(string bucket, CancellationToken ct)
        {
            await _versioning.SetAsync(bucket, VersionStatus.Enabled, ct);
            return NoContent();
        }

        // Storage costs: support can pause versioning on a customer's request.
        [HttpPost("suspend")]
        public async Task<IActionResult> Suspend(string bucket, CancellationToken ct)
        {
            await _versioning.SetAsync(bucket, VersionStatus.Suspended, ct); // expect: SRM501
            return NoContent();
        }

        [HttpPut]
        public async Task<IActionResult> Put(string bucket, [FromQuery] bool enabled, CancellationToken ct)
        {
            await _versioning.SetAsync(bucket, enabled ? VersionStatus.Enabled : VersionStatus.Suspended, ct); // expect: SRM501
            return NoContent();
        }

        [HttpPost("pause-all")]
        public async Task<IActionResult> PauseAll([FromBody] string[] buckets, CancellationToken ct)
        {
            foreach (var bucket in buckets)
            {
                await _versioning.SetAsync(bucket, Paused, ct); // expect: SRM501
            }

            return NoContent();
        }

        [HttpPost("restore")]
        public async Task<IActionResult> Restore(string bucket, [FromQuery] string status, CancellationToken ct)
        {
            await _versioning.SetAsync(bucket, VersionStatus.FindValue(status), ct);
            return Accepted();
        }
    }
}
