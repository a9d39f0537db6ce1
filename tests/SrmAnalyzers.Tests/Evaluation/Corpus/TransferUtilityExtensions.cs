// Evaluation corpus: shared TransferUtility extension methods used by several services (convenience overloads and requests). Sdk: both
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Transfer;

namespace Contoso.Common.Aws
{
    public static class TransferUtilityExtensions
    {
        /// <summary>Uploads a local file under its own name.</summary>
        public static Task UploadFileAsync(this ITransferUtility transfer, string filePath, string bucket, CancellationToken ct = default) =>
            transfer.UploadAsync(filePath, bucket, ct); // expect: SRM101

        /// <summary>Uploads a local file with the bucket's KMS key.</summary>
        public static Task UploadEncryptedFileAsync(this ITransferUtility transfer, string filePath, string bucket, string key, string kmsKeyId, CancellationToken ct = default)
        {
            var request = new TransferUtilityUploadRequest
            {
                FilePath = filePath,
                BucketName = bucket,
                Key = key,
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
                ServerSideEncryptionKeyManagementServiceKeyId = kmsKeyId,
            };
            return transfer.UploadAsync(request, ct);
        }

        /// <summary>Uploads a rotated log file and deletes it locally afterwards.</summary>
        public static async Task ShipLogAsync(this ITransferUtility transfer, string logPath, string bucket, CancellationToken ct = default)
        {
            var request = new TransferUtilityUploadRequest // expect: SRM101
            {
                FilePath = logPath,
                BucketName = bucket,
                Key = "logs/" + Path.GetFileName(logPath),
                StorageClass = S3StorageClass.StandardInfrequentAccess,
            };
            await transfer.UploadAsync(request, ct);
            File.Delete(logPath);
        }

        /// <summary>Uploads a whole folder, e.g. build outputs.</summary>
        public static void UploadFolder(this ITransferUtility transfer, string directory, string bucket, string prefix)
        {
            var request = new TransferUtilityUploadDirectoryRequest // expect: SRM101
            {
                Directory = directory,
                BucketName = bucket,
                KeyPrefix = prefix,
                SearchOption = SearchOption.AllDirectories,
            };
            transfer.UploadDirectory(request);
        }

        /// <summary>Uploads a stream with server-side encryption chosen by the caller.</summary>
        public static Task UploadStreamAsync(this ITransferUtility transfer, Stream stream, string bucket, string key, ServerSideEncryptionMethod encryption, CancellationToken ct = default) =>
            transfer.UploadAsync(new TransferUtilityUploadRequest
            {
                InputStream = stream,
                BucketName = bucket,
                Key = key,
                ServerSideEncryptionMethod = encryption,
            }, ct);
    }
}
