// Evaluation corpus: product catalogue sync that publishes some images directly from S3 with ACLs. Sdk: v4
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace AdventureWorks.Catalog.Sync
{
    public sealed record CatalogAsset(string Sku, string FileName, bool IsPublic, Stream Content);

    public class PublicAssetsCdnSync
    {
        private static readonly string AssetsBucket = "adventureworks-catalog-assets";
        private static readonly S3CannedACL BannerAcl = S3CannedACL.PublicRead;
        private readonly IAmazonS3 _s3;

        public PublicAssetsCdnSync(IAmazonS3 s3) => _s3 = s3;

        public async Task SyncAsync(IEnumerable<CatalogAsset> assets, CancellationToken ct)
        {
            foreach (var asset in assets)
            {
                var put = new PutObjectRequest // expect: SRM401
                {
                    BucketName = AssetsBucket,
                    Key = $"products/{asset.Sku}/{asset.FileName}",
                    InputStream = asset.Content,
                    ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256,
                    CannedACL = asset.IsPublic ? S3CannedACL.PublicRead : S3CannedACL.Private,
                };
                await _s3.PutObjectAsync(put, ct);
            }
        }

        public Task PublishAsync(string sku, string fileName, CancellationToken ct)
        {
            // Flip a single existing object to public after marketing approval.
            return _s3.PutObjectAclAsync(new PutObjectAclRequest // expect: SRM401
            {
                BucketName = AssetsBucket,
                Key = $"products/{sku}/{fileName}",
                ACL = S3CannedACL.PublicRead,
            }, ct);
        }

        public Task PublishBannerAsync(string campaign, Stream image, CancellationToken ct)
        {
            var request = new PutObjectRequest { BucketName = AssetsBucket, Key = $"banners/{campaign}.webp", InputStream = image };
            request.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256;
            request.CannedACL = BannerAcl; // expect: SRM401
            return _s3.PutObjectAsync(request, ct);
        }

        public Task UnpublishAsync(string sku, string fileName, CancellationToken ct)
        {
            return _s3.PutObjectAclAsync(new PutObjectAclRequest
            {
                BucketName = AssetsBucket,
                Key = $"products/{sku}/{fileName}",
                ACL = S3CannedACL.BucketOwnerFullControl,
            }, ct);
        }

        public async Task<int> CountAsync(string sku, CancellationToken ct)
        {
            var listing = await _s3.ListObjectsV2Async(new ListObjectsV2Request
            {
                BucketName = AssetsBucket,
                Prefix = $"products/{sku}/",
            }, ct);
            return listing.KeyCount ?? 0;
        }
    }
}
