// Evaluation corpus: site deployment tool with an upload wrapper taking the canned ACL as a parameter, called with public and private ACLs. Sdk: both
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace Contoso.Web.Deploy
{
    public sealed class AssetUploader
    {
        private readonly IAmazonS3 _s3;
        private readonly string _bucket;

        public AssetUploader(IAmazonS3 s3, string bucket)
        {
            _s3 = s3;
            _bucket = bucket;
        }

        public Task UploadAsync(string key, Stream body, string contentType, S3CannedACL acl, CancellationToken ct = default) =>
            _s3.PutObjectAsync(new PutObjectRequest
            {
                BucketName = _bucket,
                Key = key,
                InputStream = body,
                ContentType = contentType,
                CannedACL = acl,
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256,
            }, ct);

        // Thin convenience layer used by the release script.
        public Task UploadWithAclAsync(string key, Stream body, S3CannedACL acl) =>
            UploadAsync(key, body, "application/octet-stream", acl);
    }

    public sealed class SiteDeployment
    {
        private static readonly S3CannedACL PublicAssets = S3CannedACL.PublicRead;
        private readonly AssetUploader _uploader;

        public SiteDeployment(AssetUploader uploader) => _uploader = uploader;

        public async Task DeployAsync(IReadOnlyDictionary<string, Stream> files, Stream sitemap, Stream releaseNotes, Stream auditLog)
        {
            foreach (var (key, body) in files)
            {
                await _uploader.UploadAsync(key, body, ContentTypeFor(key), S3CannedACL.PublicRead); // expect: SRM401
            }

            await _uploader.UploadAsync("sitemap.xml", sitemap, "application/xml", PublicAssets); // expect: SRM401

            // Internal only: the release notes go to the staff portal.
            await _uploader.UploadAsync("internal/release-notes.md", releaseNotes, "text/markdown", S3CannedACL.Private);
            await _uploader.UploadAsync("internal/audit.log", auditLog, "text/plain", S3CannedACL.BucketOwnerFullControl);
        }

        public async Task PublishPartnerFeedAsync(Stream feed, Stream checksum)
        {
            await _uploader.UploadAsync(
                "partners/feed.xml",
                feed,
                "application/xml",
                S3CannedACL.AuthenticatedRead); // expect: SRM401

            await _uploader.UploadWithAclAsync("partners/feed.sha256", checksum, S3CannedACL.PublicReadWrite); // expect: SRM401
        }

        public Task PublishSignedManifestAsync(Stream manifest) =>
            _uploader.UploadWithAclAsync("manifest.sig", manifest, S3CannedACL.Private);

        private static string ContentTypeFor(string key) => Path.GetExtension(key) switch
        {
            ".html" => "text/html",
            ".css" => "text/css",
            ".js" => "application/javascript",
            _ => "application/octet-stream",
        };
    }
}
