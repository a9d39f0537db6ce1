// Evaluation corpus: document archive (older v3 code base) issuing presigned links and managing archive bucket versioning. Sdk: v3
using System;
using System.Threading.Tasks;
using Amazon;
using Amazon.S3;
using Amazon.S3.Model;

namespace Woodgrove.Archive.Web
{
    public sealed class DocumentArchiveLinks
    {
        private const Protocol IntranetProtocol = Protocol.HTTP;
        private const Protocol ExternalProtocol = Protocol.HTTPS;
        private const string ArchiveBucket = "woodgrove-document-archive";
        private readonly IAmazonS3 _s3;

        public DocumentArchiveLinks(IAmazonS3 s3) => _s3 = s3;

        public static IAmazonS3 CreateClient(bool intranetProxy)
        {
            var config = new AmazonS3Config { RegionEndpoint = RegionEndpoint.EUWest2 };
            if (intranetProxy)
            {
                // The intranet proxy cannot inspect TLS, so clients go through it in clear text.
                config.UseHttp = true; // expect: SRM102
                config.ProxyHost = "proxy.woodgrove.local";
                config.ProxyPort = 3128;
            }

            return new AmazonS3Client(config);
        }

        public string IntranetLink(string key) =>
            _s3.GetPreSignedURL(new GetPreSignedUrlRequest { BucketName = ArchiveBucket, Key = key, Protocol = IntranetProtocol, Expires = DateTime.UtcNow.AddHours(8) }); // expect: SRM102

        public string ExternalLink(string key) =>
            _s3.GetPreSignedURL(new GetPreSignedUrlRequest { BucketName = ArchiveBucket, Key = key, Protocol = ExternalProtocol, Expires = DateTime.UtcNow.AddMinutes(30) });

        public Task EnsureVersionedAsync() =>
            _s3.PutBucketVersioningAsync(new PutBucketVersioningRequest
            {
                BucketName = ArchiveBucket,
                VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled, EnableMfaDelete = false },
            });

        // Retention is handled by the records system; versions only cost money here.
        public Task DisableVersionsForScansAsync(string scansBucket)
        {
            var request = new PutBucketVersioningRequest { BucketName = scansBucket };
            request.VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Suspended }; // expect: SRM501
            return _s3.PutBucketVersioningAsync(request);
        }
    }
}
