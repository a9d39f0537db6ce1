// Evaluation corpus: hosted background worker pushing transcoded media with TransferUtility. Sdk: v3
using System;
using System.Collections.Concurrent;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Transfer;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Northwind.Media.Workers
{
    public sealed record TranscodeJob(string LocalPath, string Tenant, string Rendition);

    public class MediaTranscodeWorker : BackgroundService
    {
        private readonly ConcurrentQueue<TranscodeJob> _finished = new();
        private readonly ITransferUtility _transfer;
        private readonly ILogger<MediaTranscodeWorker> _log;
        private readonly string _bucket;

        public MediaTranscodeWorker(IAmazonS3 s3, ILogger<MediaTranscodeWorker> log)
        {
            _transfer = new TransferUtility(s3);
            _log = log;
            _bucket = Environment.GetEnvironmentVariable("MEDIA_BUCKET") ?? "northwind-media";
        }

        public void Enqueue(TranscodeJob job) => _finished.Enqueue(job);

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (!_finished.TryDequeue(out var job))
                {
                    await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
                    continue;
                }

                if (job.Rendition == "preview")
                {
                    // Previews are throw-away, nobody bothered with the request object here.
                    await _transfer.UploadAsync(job.LocalPath, _bucket, $"{job.Tenant}/previews/{Path.GetFileName(job.LocalPath)}", stoppingToken); // expect: SRM101
                }
                else
                {
                    await UploadMasterAsync(job, stoppingToken);
                }

                _log.LogInformation("Uploaded {Rendition} for {Tenant}", job.Rendition, job.Tenant);
            }
        }

        private Task UploadMasterAsync(TranscodeJob job, CancellationToken ct)
        {
            var request = new TransferUtilityUploadRequest
            {
                BucketName = _bucket,
                Key = $"{job.Tenant}/masters/{Path.GetFileName(job.LocalPath)}",
                FilePath = job.LocalPath,
                PartSize = 16 * 1024 * 1024,
                CannedACL = S3CannedACL.BucketOwnerFullControl,
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256,
                StorageClass = S3StorageClass.IntelligentTiering,
            };
            return _transfer.UploadAsync(request, ct);
        }
    }
}
