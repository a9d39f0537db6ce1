// Evaluation corpus: medical imaging store using customer-provided keys (SSE-C) for uploads and copies. Sdk: v3
using System;
using System.IO;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace Contoso.Imaging.Storage
{
    public sealed class CustomerKeyUploader
    {
        private readonly IAmazonS3 _s3;
        private readonly Func<string, byte[]> _tenantKeyLookup;

        public CustomerKeyUploader(IAmazonS3 s3, Func<string, byte[]> tenantKeyLookup)
        {
            _s3 = s3;
            _tenantKeyLookup = tenantKeyLookup;
        }

        public async Task StoreStudyAsync(string tenant, string studyId, Stream dicom)
        {
            var key = _tenantKeyLookup(tenant);
            var request = new PutObjectRequest
            {
                BucketName = "contoso-imaging",
                Key = $"{tenant}/studies/{studyId}.dcm",
                InputStream = dicom,
                ServerSideEncryptionCustomerMethod = ServerSideEncryptionCustomerMethod.AES256,
                ServerSideEncryptionCustomerProvidedKey = Convert.ToBase64String(key),
                ServerSideEncryptionCustomerProvidedKeyMD5 = Convert.ToBase64String(MD5.HashData(key)),
            };

            await _s3.PutObjectAsync(request);
        }

        public async Task ReencryptStudyAsync(string tenant, string studyId, byte[] oldKey, byte[] newKey)
        {
            var objectKey = $"{tenant}/studies/{studyId}.dcm";
            await _s3.CopyObjectAsync(new CopyObjectRequest
            {
                SourceBucket = "contoso-imaging",
                SourceKey = objectKey,
                DestinationBucket = "contoso-imaging",
                DestinationKey = objectKey,
                CopySourceServerSideEncryptionCustomerMethod = ServerSideEncryptionCustomerMethod.AES256,
                CopySourceServerSideEncryptionCustomerProvidedKey = Convert.ToBase64String(oldKey),
                ServerSideEncryptionCustomerMethod = ServerSideEncryptionCustomerMethod.AES256,
                ServerSideEncryptionCustomerProvidedKey = Convert.ToBase64String(newKey),
            });
        }

        public async Task ExportAnonymisedAsync(string tenant, string studyId, byte[] tenantKey)
        {
            // The research copy drops the tenant key and relies on nothing at all.
            var copy = new CopyObjectRequest // expect: SRM101
            {
                SourceBucket = "contoso-imaging",
                SourceKey = $"{tenant}/studies/{studyId}.dcm",
                CopySourceServerSideEncryptionCustomerMethod = ServerSideEncryptionCustomerMethod.AES256,
                CopySourceServerSideEncryptionCustomerProvidedKey = Convert.ToBase64String(tenantKey),
                DestinationBucket = "contoso-research-exports",
                DestinationKey = $"anonymised/{Guid.NewGuid():N}.dcm",
            };
            await _s3.CopyObjectAsync(copy);
        }
    }
}
