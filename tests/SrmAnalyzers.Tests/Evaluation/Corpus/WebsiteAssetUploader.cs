// Evaluation corpus: website asset uploader with a reviewed, suppressed public ACL and an unreviewed string-typed one. Sdk: both
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace Tailspin.Web.Assets
{
    public class WebsiteAssetUploader
    {
        private const string AssetsBucket = "tailspin-www-assets";
        private readonly IAmazonS3 _s3;

        public WebsiteAssetUploader(IAmazonS3 s3) => _s3 = s3;

        public Task UploadStylesheetAsync(string name, Stream css)
        {
            // Reviewed in SEC-2291: legacy www bucket predates CloudFront OAC; removal tracked in WEB-88.
#pragma warning disable SRM401
            return _s3.PutObjectAsync(new PutObjectRequest
            {
                BucketName = AssetsBucket,
                Key = "css/" + name,
                InputStream = css,
                ContentType = "text/css",
                CannedACL = S3CannedACL.PublicRead,
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256,
            });
#pragma warning restore SRM401
        }

        [SuppressMessage("Security", "SRM401:Public S3 ACL", Justification = "Favicons are public by definition; see SEC-2291.")]
        public Task UploadFaviconAsync(Stream icon)
        {
            var request = new PutObjectRequest
            {
                BucketName = AssetsBucket,
                Key = "favicon.ico",
                InputStream = icon,
                CannedACL = S3CannedACL.PublicRead,
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256,
            };
            return _s3.PutObjectAsync(request);
        }

        public Task UploadScriptAsync(string name, Stream js)
        {
            return _s3.PutObjectAsync(new PutObjectRequest // expect: SRM401
            {
                BucketName = AssetsBucket,
                Key = "js/" + name,
                InputStream = js,
                ContentType = "application/javascript",
                CannedACL = "public-read",
                ServerSideEncryptionMethod = "AES256",
            });
        }
    }
}
