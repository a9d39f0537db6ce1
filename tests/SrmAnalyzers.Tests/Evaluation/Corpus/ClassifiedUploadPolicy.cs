// Evaluation corpus: upload service choosing encryption per data classification with switch and conditional expressions. Sdk: v4
using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Configuration;

namespace Woodgrove.DataPlatform.Ingest
{
    public enum DataClassification
    {
        Public,
        Internal,
        Confidential,
        Restricted,
    }

    public sealed class ClassifiedUploader
    {
        private readonly IAmazonS3 _s3;
        private readonly IConfiguration _configuration;

        public ClassifiedUploader(IAmazonS3 s3, IConfiguration configuration)
        {
            _s3 = s3;
            _configuration = configuration;
        }

        public Task UploadDatasetAsync(string bucket, string key, Stream data, DataClassification classification, CancellationToken ct)
        {
            var request = new PutObjectRequest // expect: SRM101
            {
                BucketName = bucket,
                Key = key,
                InputStream = data,
                ServerSideEncryptionMethod = classification switch
                {
                    DataClassification.Restricted => ServerSideEncryptionMethod.AWSKMSDSSE,
                    DataClassification.Confidential => ServerSideEncryptionMethod.AWSKMS,
                    DataClassification.Internal => ServerSideEncryptionMethod.AES256,
                    _ => ServerSideEncryptionMethod.None,
                },
            };
            return _s3.PutObjectAsync(request, ct);
        }

        public Task UploadManifestAsync(string bucket, string key, string json, bool containsPersonalData, CancellationToken ct)
        {
            var manifest = new PutObjectRequest
            {
                BucketName = bucket,
                Key = key,
                ContentBody = json,
                ContentType = "application/json",
                ServerSideEncryptionMethod = containsPersonalData ? ServerSideEncryptionMethod.AWSKMS : ServerSideEncryptionMethod.AES256,
            };
            return _s3.PutObjectAsync(manifest, ct);
        }

        public Task UploadExtractAsync(string bucket, string key, Stream data, CancellationToken ct)
        {
            // Operations choose the method per environment in appsettings (unknown to the analyzer).
            var configured = _configuration["Ingest:ServerSideEncryption"] ?? "aws:kms";
            return _s3.PutObjectAsync(new PutObjectRequest
            {
                BucketName = bucket,
                Key = key,
                InputStream = data,
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.FindValue(configured),
            }, ct);
        }
    }
}
