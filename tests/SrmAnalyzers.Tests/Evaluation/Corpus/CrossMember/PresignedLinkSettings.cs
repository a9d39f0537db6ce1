// Evaluation corpus: download-link service whose presigned URL scheme comes from a settings helper with an HTTP fallback. Sdk: both
using System;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Configuration;

namespace Adatum.Portal.Downloads
{
    public static class LinkSettings
    {
        // The on-prem proxy in front of the portal terminated TLS itself, so "http" was the default.
        public static Protocol SchemeFor(string? configured)
        {
            switch (configured)
            {
                case "https":
                    return Protocol.HTTPS;
                default:
                    return Protocol.HTTP; // expect: SRM102
            }
        }

        public static Protocol UploadScheme(string? configured) =>
            configured is null ? Protocol.HTTPS : Enum.Parse<Protocol>(configured, ignoreCase: true);

        public static TimeSpan LinkLifetime(string? configured) =>
            int.TryParse(configured, out var minutes) ? TimeSpan.FromMinutes(minutes) : TimeSpan.FromMinutes(15);
    }

    public sealed class DownloadLinkService
    {
        private readonly IAmazonS3 _s3;
        private readonly Protocol _downloadScheme;
        private readonly Protocol _uploadScheme;
        private readonly TimeSpan _lifetime;

        public DownloadLinkService(IAmazonS3 s3, IConfiguration configuration)
        {
            _s3 = s3;
            _downloadScheme = LinkSettings.SchemeFor(configuration["Links:Scheme"]);
            _uploadScheme = LinkSettings.UploadScheme(configuration["Links:UploadScheme"]);
            _lifetime = LinkSettings.LinkLifetime(configuration["Links:LifetimeMinutes"]);
        }

        public string CreateDownloadLink(string bucket, string key)
        {
            var request = new GetPreSignedUrlRequest
            {
                BucketName = bucket,
                Key = key,
                Verb = HttpVerb.GET,
                Expires = DateTime.UtcNow.Add(_lifetime),
            };
            request.Protocol = _downloadScheme;
            return _s3.GetPreSignedURL(request);
        }

        public string CreateUploadLink(string bucket, string key)
        {
            return _s3.GetPreSignedURL(new GetPreSignedUrlRequest
            {
                BucketName = bucket,
                Key = key,
                Verb = HttpVerb.PUT,
                Expires = DateTime.UtcNow.Add(_lifetime),
                Protocol = _uploadScheme,
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
            });
        }
    }
}
