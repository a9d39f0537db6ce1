// ValidCode: document archive writing customer files to S3 with SSE-KMS. Sdk: both
using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.S3.Transfer;

namespace Acme.ValidCode.Storage
{
    /// <summary>Stores, copies and shares customer documents; every write chooses SSE-KMS with the archive's key.</summary>
    public sealed class DocumentArchive
    {
        public const string ArchiveBucket = "acme-document-archive";
        public const string ArchiveKeyArn = "arn:aws:kms:eu-west-1:111122223333:key/0f3c9a8e-6d1b-4b7a-9c52-2e8f4d7a1b90";

        private readonly IAmazonS3 _s3;

        public DocumentArchive(IAmazonS3 s3) => _s3 = s3;

        public async Task StoreAsync(string customerId, string fileName, Stream content, CancellationToken cancellationToken = default)
        {
            await _s3.PutObjectAsync(new PutObjectRequest
            {
                BucketName = ArchiveBucket,
                Key = $"customers/{customerId}/{fileName}",
                InputStream = content,
                ContentType = "application/pdf",
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS, // compliant: SRM101
                ServerSideEncryptionKeyManagementServiceKeyId = ArchiveKeyArn,
                CannedACL = S3CannedACL.Private, // compliant: SRM401
            }, cancellationToken);
        }

        public async Task StoreLegalHoldCopyAsync(string customerId, string fileName, CancellationToken cancellationToken = default)
        {
            // Documents under legal hold get dual-layer encryption, still with the archive's key.
            var request = new CopyObjectRequest
            {
                SourceBucket = ArchiveBucket,
                SourceKey = $"customers/{customerId}/{fileName}",
                DestinationBucket = ArchiveBucket,
                DestinationKey = $"legal-hold/{customerId}/{fileName}",
            };
            request.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMSDSSE; // compliant: SRM101
            request.ServerSideEncryptionKeyManagementServiceKeyId = ArchiveKeyArn;
            await _s3.CopyObjectAsync(request, cancellationToken);
        }

        public async Task StoreWithCustomerKeyAsync(string customerId, string fileName, Stream content, string customerKeyBase64, string customerKeyMd5, CancellationToken cancellationToken = default)
        {
            // Some customers bring their own key (SSE-C): S3 encrypts with it and never stores it.
            await _s3.PutObjectAsync(new PutObjectRequest
            {
                BucketName = ArchiveBucket,
                Key = $"byok/{customerId}/{fileName}",
                InputStream = content,
                ServerSideEncryptionCustomerMethod = ServerSideEncryptionCustomerMethod.AES256, // compliant: SRM101
                ServerSideEncryptionCustomerProvidedKey = customerKeyBase64,
                ServerSideEncryptionCustomerProvidedKeyMD5 = customerKeyMd5,
            }, cancellationToken);
        }

        public async Task<string> StartLargeUploadAsync(string customerId, string fileName, CancellationToken cancellationToken = default)
        {
            var response = await _s3.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest
            {
                BucketName = ArchiveBucket,
                Key = $"customers/{customerId}/{fileName}",
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS, // compliant: SRM101
                ServerSideEncryptionKeyManagementServiceKeyId = ArchiveKeyArn,
            }, cancellationToken);
            return response.UploadId;
        }

        public async Task ImportFolderAsync(string customerId, string localFolder, CancellationToken cancellationToken = default)
        {
            using var transfer = new TransferUtility(_s3);
            await transfer.UploadDirectoryAsync(new TransferUtilityUploadDirectoryRequest
            {
                BucketName = ArchiveBucket,
                Directory = localFolder,
                KeyPrefix = $"imports/{customerId}/",
                SearchPattern = "*.pdf",
                SearchOption = SearchOption.AllDirectories,
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS, // compliant: SRM101
                ServerSideEncryptionKeyManagementServiceKeyId = ArchiveKeyArn,
                CannedACL = S3CannedACL.BucketOwnerFullControl, // compliant: SRM401
            }, cancellationToken);
        }

        public async Task ImportFileAsync(string customerId, string filePath, CancellationToken cancellationToken = default)
        {
            using var transfer = new TransferUtility(_s3);
            var upload = new TransferUtilityUploadRequest
            {
                BucketName = ArchiveBucket,
                Key = $"imports/{customerId}/{Path.GetFileName(filePath)}",
                FilePath = filePath,
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS, // compliant: SRM101
                ServerSideEncryptionKeyManagementServiceKeyId = ArchiveKeyArn,
            };
            await transfer.UploadAsync(upload, cancellationToken);
        }

        /// <summary>Shares one document for a limited time instead of making it public.</summary>
        public string ShareLink(string customerId, string fileName) =>
            _s3.GetPreSignedURL(new GetPreSignedUrlRequest
            {
                BucketName = ArchiveBucket,
                Key = $"customers/{customerId}/{fileName}",
                Verb = HttpVerb.GET,
                Expires = DateTime.UtcNow.AddMinutes(15),
                Protocol = Protocol.HTTPS, // compliant: SRM102, SRM401
            });
    }
}
