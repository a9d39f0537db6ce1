// Evaluation corpus: audit log writer choosing encryption through constants, implicit conversions and constructed values. Sdk: v4
using System;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace Woodgrove.Audit.Storage
{
    public sealed class AuditLogWriter
    {
        private const string KmsAlgorithm = "aws:kms";
        private static readonly ServerSideEncryptionMethod DefaultMethod = ServerSideEncryptionMethod.AWSKMSDSSE;
        private static readonly ServerSideEncryptionMethod LegacyMethod = ServerSideEncryptionMethod.None;

        private readonly IAmazonS3 _s3;
        private readonly string _bucket;

        public AuditLogWriter(IAmazonS3 s3, string bucket)
        {
            _s3 = s3;
            _bucket = bucket;
        }

        public Task WriteAsync(string stream, string line, CancellationToken ct) =>
            _s3.PutObjectAsync(new PutObjectRequest
            {
                BucketName = _bucket,
                Key = $"{stream}/{DateTime.UtcNow:yyyy/MM/dd/HH}/{Guid.NewGuid():N}.log",
                ContentBody = line,
                ServerSideEncryptionMethod = DefaultMethod,
            }, ct);

        public Task WriteSignedAsync(string stream, byte[] signature, CancellationToken ct)
        {
            var request = new PutObjectRequest
            {
                BucketName = _bucket,
                Key = $"{stream}/signatures/{Guid.NewGuid():N}.sig",
                ContentBody = Convert.ToBase64String(signature),
            };
            request.ServerSideEncryptionMethod = KmsAlgorithm;
            return _s3.PutObjectAsync(request, ct);
        }

        public Task WriteDigestAsync(string stream, string digest, CancellationToken ct) =>
            _s3.PutObjectAsync(new PutObjectRequest
            {
                BucketName = _bucket,
                Key = $"{stream}/digests/{DateTime.UtcNow:yyyyMMdd}.txt",
                ContentBody = digest,
                ServerSideEncryptionMethod = new ServerSideEncryptionMethod("AES256"),
            }, ct);

        public Task WriteLegacyAsync(string stream, string line, CancellationToken ct)
        {
            // Kept byte-for-byte compatible with the 2019 archive format.
            return _s3.PutObjectAsync(new PutObjectRequest // expect: SRM101
            {
                BucketName = _bucket,
                Key = $"legacy/{stream}/{Guid.NewGuid():N}.log",
                ContentBody = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(line)),
                ServerSideEncryptionMethod = LegacyMethod,
            }, ct);
        }
    }
}
