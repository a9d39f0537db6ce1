// Evaluation corpus: upload service whose canned ACL and encryption come from config parsers with fallbacks, stored by the constructor. Sdk: both
using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Configuration;

namespace Contoso.Media.Uploads
{
    public static class UploadSettingsParser
    {
        // Ops asked for "whatever the CDN needs" when the setting is missing.
        public static S3CannedACL ParseAcl(string? configured)
        {
            return configured?.Trim().ToLowerInvariant() switch
            {
                "private" => S3CannedACL.Private,
                "bucket-owner-full-control" => S3CannedACL.BucketOwnerFullControl,
                _ => S3CannedACL.PublicRead, // expect: SRM401
            };
        }

        public static ServerSideEncryptionMethod ParseEncryption(string? configured)
        {
            if (string.Equals(configured, "kms", StringComparison.OrdinalIgnoreCase))
            {
                return ServerSideEncryptionMethod.AWSKMS;
            }

            return ServerSideEncryptionMethod.AES256;
        }

        public static S3CannedACL ParseThumbnailAcl(string? configured) =>
            configured == "owner" ? S3CannedACL.BucketOwnerFullControl : S3CannedACL.Private;
    }

    public sealed class MediaUploadService
    {
        private readonly IAmazonS3 _s3;
        private readonly string _bucket;
        private readonly S3CannedACL _acl;
        private readonly S3CannedACL _thumbnailAcl;
        private readonly ServerSideEncryptionMethod _encryption;

        public MediaUploadService(IAmazonS3 s3, IConfiguration configuration)
        {
            _s3 = s3;
            _bucket = configuration["Media:Bucket"] ?? "contoso-media";
            _acl = UploadSettingsParser.ParseAcl(configuration["Media:Acl"]);
            _thumbnailAcl = UploadSettingsParser.ParseThumbnailAcl(configuration["Media:ThumbnailAcl"]);
            _encryption = UploadSettingsParser.ParseEncryption(configuration["Media:Encryption"]);
        }

        public async Task<string> UploadOriginalAsync(string mediaId, Stream content, CancellationToken ct)
        {
            var key = $"originals/{mediaId}";
            await _s3.PutObjectAsync(new PutObjectRequest
            {
                BucketName = _bucket,
                Key = key,
                InputStream = content,
                CannedACL = _acl,
                ServerSideEncryptionMethod = _encryption,
            }, ct);
            return key;
        }

        public async Task<string> UploadThumbnailAsync(string mediaId, Stream content, CancellationToken ct)
        {
            var request = new PutObjectRequest
            {
                BucketName = _bucket,
                Key = $"thumbnails/{mediaId}.webp",
                InputStream = content,
                ServerSideEncryptionMethod = _encryption,
            };
            request.CannedACL = _thumbnailAcl;
            await _s3.PutObjectAsync(request, ct);
            return request.Key;
        }
    }
}
