// Evaluation corpus: shared request builders and extension methods used by several upload paths. Sdk: both
using System.IO;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace Fabrikam.Storage.Requests
{
    public static class PutObjectRequestExtensions
    {
        /// <summary>Fluent helper the teams use to opt into the tenant's KMS key.</summary>
        public static PutObjectRequest WithKmsEncryption(this PutObjectRequest request, string keyArn)
        {
            request.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS;
            request.ServerSideEncryptionKeyManagementServiceKeyId = keyArn;
            return request;
        }
    }

    public static class UploadRequestFactory
    {
        public static PutObjectRequest ForTenantDocument(string bucket, string tenant, string name, Stream body, string keyArn) =>
            new PutObjectRequest
            {
                BucketName = bucket,
                Key = $"{tenant}/documents/{name}",
                InputStream = body,
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
                ServerSideEncryptionKeyManagementServiceKeyId = keyArn,
            };

        public static PutObjectRequest ForAuditTrail(string bucket, string tenant, string json)
        {
            return new PutObjectRequest // expect: SRM101
            {
                BucketName = bucket,
                Key = $"{tenant}/audit/{System.DateTime.UtcNow.Ticks}.json",
                ContentBody = json,
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.None,
            };
        }
    }

    public sealed class TenantUploader
    {
        private readonly IAmazonS3 _s3;
        private readonly string _bucket;

        public TenantUploader(IAmazonS3 s3, string bucket)
        {
            _s3 = s3;
            _bucket = bucket;
        }

        public Task UploadDocumentAsync(string tenant, string name, Stream body, string keyArn) =>
            _s3.PutObjectAsync(UploadRequestFactory.ForTenantDocument(_bucket, tenant, name, body, keyArn));

        public Task UploadAttachmentAsync(string tenant, string name, Stream body, string keyArn)
        {
            var request = new PutObjectRequest
            {
                BucketName = _bucket,
                Key = $"{tenant}/attachments/{name}",
                InputStream = body,
            }.WithKmsEncryption(keyArn);
            return _s3.PutObjectAsync(request);
        }

        public Task UploadAuditAsync(string tenant, string json) =>
            _s3.PutObjectAsync(UploadRequestFactory.ForAuditTrail(_bucket, tenant, json));
    }
}
