using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace Acme.Uploads
{
    /// <summary>Stores what users upload and publishes a preview of it.</summary>
    public sealed class UploadHandler
    {
        private readonly IAmazonS3 _s3;

        public UploadHandler(IAmazonS3 s3) => _s3 = s3;

        /// <summary>Keeps the original, private, under a fresh key; returns the key.</summary>
        public async Task<string> StoreOriginalAsync(string fileName, Stream content, string contentType, CancellationToken cancellationToken = default)
        {
            var key = $"originals/{Guid.NewGuid():N}/{fileName}";

            // Customer files, and the request leaves the choice of encryption (and of its key) to defaults.
            var original = new PutObjectRequest // expect: SRM101
            {
                BucketName = BucketSetup.UploadsBucket,
                Key = key,
                InputStream = content,
                AutoCloseStream = false,
                ContentType = contentType,
            };
            await _s3.PutObjectAsync(original, cancellationToken);
            return key;
        }

        /// <summary>Copies the upload to the previews bucket and returns its public URL.</summary>
        public async Task<string> PublishPreviewAsync(string key, Stream preview, CancellationToken cancellationToken = default)
        {
            var previewKey = "previews/" + key;
            var request = new PutObjectRequest
            {
                BucketName = BucketSetup.PreviewsBucket,
                Key = previewKey,
                InputStream = preview,
                AutoCloseStream = false,
                ContentType = "image/jpeg",
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256,
                CannedACL = S3CannedACL.PublicRead, // expect: SRM401
            };
            await _s3.PutObjectAsync(request, cancellationToken);
            return $"https://{BucketSetup.PreviewsBucket}.s3.amazonaws.com/{previewKey}";
        }

        /// <summary>A short-lived download link to an original, for the support team's tools.</summary>
        public Task<string> ShareOriginalAsync(string key)
        {
            var link = new GetPreSignedUrlRequest
            {
                BucketName = BucketSetup.UploadsBucket,
                Key = key,
                Verb = HttpVerb.GET,
                Expires = DateTime.UtcNow.AddMinutes(15),
                Protocol = Protocol.HTTP, // expect: SRM102
            };
            return _s3.GetPreSignedURLAsync(link);
        }
    }
}
