// Evaluation corpus: download-link service issuing presigned S3 URLs for a web portal, one legacy kiosk path over HTTP. Sdk: both
using System;
using Amazon.S3;
using Amazon.S3.Model;

namespace Fabrikam.Portal.Downloads
{
    public sealed class DownloadLinkOptions
    {
        public string Bucket { get; set; } = "fabrikam-portal-downloads";
        public Protocol LinkProtocol { get; set; } = Protocol.HTTPS;
        public bool LegacyKioskMode { get; set; }
    }

    public sealed class PresignedDownloadLinks
    {
        private static readonly TimeSpan LinkLifetime = TimeSpan.FromMinutes(15);
        private readonly IAmazonS3 _s3;
        private readonly DownloadLinkOptions _options;

        public PresignedDownloadLinks(IAmazonS3 s3, DownloadLinkOptions options)
        {
            _s3 = s3;
            _options = options;
        }

        public string ForCustomer(string key)
        {
            var request = new GetPreSignedUrlRequest
            {
                BucketName = _options.Bucket,
                Key = key,
                Verb = HttpVerb.GET,
                Protocol = Protocol.HTTPS,
                Expires = DateTime.UtcNow.Add(LinkLifetime),
            };
            return _s3.GetPreSignedURL(request);
        }

        // The in-store kiosks run an old embedded browser without modern TLS support.
        public string ForKiosk(string key)
        {
            var request = new GetPreSignedUrlRequest // expect: SRM102
            {
                BucketName = _options.Bucket,
                Key = key,
                Verb = HttpVerb.GET,
                Protocol = Protocol.HTTP,
                Expires = DateTime.UtcNow.AddHours(12),
            };
            return _s3.GetPreSignedURL(request);
        }

        public string ForUpload(string key, string contentType)
        {
            var request = new GetPreSignedUrlRequest // expect: SRM101
            {
                BucketName = _options.Bucket,
                Key = "incoming/" + key,
                Verb = HttpVerb.PUT,
                ContentType = contentType,
                Expires = DateTime.UtcNow.Add(LinkLifetime),
            };

            if (_options.LegacyKioskMode)
            {
                request.Protocol = Protocol.HTTP; // expect: SRM102
            }

            return _s3.GetPreSignedURL(request);
        }

        public string ForPartner(string key, bool partnerSupportsTls)
        {
            var request = new GetPreSignedUrlRequest // expect: SRM102
            {
                BucketName = _options.Bucket,
                Key = "partners/" + key,
                Protocol = partnerSupportsTls ? Protocol.HTTPS : Protocol.HTTP,
                Expires = DateTime.UtcNow.AddDays(1),
            };
            return _s3.GetPreSignedURL(request);
        }

        // Protocol comes from configuration: nothing is known at build time.
        public string Configured(string key) =>
            _s3.GetPreSignedURL(new GetPreSignedUrlRequest
            {
                BucketName = _options.Bucket,
                Key = key,
                Protocol = _options.LinkProtocol,
                Expires = DateTime.UtcNow.Add(LinkLifetime),
            });

        // Default protocol of a presigned request is HTTPS.
        public string Thumbnail(string key) =>
            _s3.GetPreSignedURL(new GetPreSignedUrlRequest { BucketName = _options.Bucket, Key = "thumbs/" + key, Expires = DateTime.UtcNow.AddMinutes(5) });
    }
}
