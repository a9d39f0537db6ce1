// Evaluation corpus: scheduler batching several export files, requests kept in a list with target-typed new. Sdk: v4
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace Litware.Analytics.Exports
{
    public sealed class DataExportScheduler
    {
        private readonly IAmazonS3 _s3;
        private readonly string _bucket;
        private readonly string _kmsKeyArn;

        public DataExportScheduler(IAmazonS3 s3, string bucket, string kmsKeyArn)
        {
            _s3 = s3;
            _bucket = bucket;
            _kmsKeyArn = kmsKeyArn;
        }

        public async Task ExportDayAsync(DateOnly day, string usersCsv, string eventsCsv, CancellationToken ct)
        {
            var folder = $"daily/{day:yyyy-MM-dd}";
            var batch = new List<PutObjectRequest>
            {
                new()
                {
                    BucketName = _bucket,
                    Key = $"{folder}/users.csv",
                    ContentBody = usersCsv,
                    ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
                    ServerSideEncryptionKeyManagementServiceKeyId = _kmsKeyArn,
                },
                new()
                {
                    BucketName = _bucket,
                    Key = $"{folder}/events.csv",
                    ContentBody = eventsCsv,
                    ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
                    ServerSideEncryptionKeyManagementServiceKeyId = _kmsKeyArn,
                },
            };

            await Task.WhenAll(batch.Select(request => _s3.PutObjectAsync(request, ct)));
            await WriteIndexAsync(folder, batch.Select(r => r.Key), ct);
        }

        private Task WriteIndexAsync(string folder, IEnumerable<string> keys, CancellationToken ct)
        {
            PutObjectRequest index = new() { BucketName = _bucket, Key = $"{folder}/index.txt", ContentBody = string.Join('\n', keys) }; // expect: SRM101
            return _s3.PutObjectAsync(index, ct);
        }

        public Task ExportLookupsAsync(IReadOnlyDictionary<string, string> lookups, CancellationToken ct) =>
            Task.WhenAll(lookups.Select(pair => _s3.PutObjectAsync(new PutObjectRequest
            {
                BucketName = _bucket,
                Key = $"lookups/{pair.Key}.csv",
                ContentBody = pair.Value,
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256,
            }, ct)));
    }
}
