// Evaluation corpus: synchronous image-resizing Lambda using TransferUtility, with one convenience overload. Sdk: v3
using System;
using System.IO;
using Amazon.S3;
using Amazon.S3.Transfer;

namespace Contoso.Images.Resize
{
    public sealed class S3ObjectCreated
    {
        public string Bucket { get; set; } = string.Empty;
        public string Key { get; set; } = string.Empty;
    }

    public class ThumbnailFunction
    {
        private readonly TransferUtility _transfer;
        private readonly string _outputBucket;

        public ThumbnailFunction()
            : this(new AmazonS3Client(), Environment.GetEnvironmentVariable("THUMBNAIL_BUCKET") ?? "contoso-thumbnails")
        {
        }

        public ThumbnailFunction(IAmazonS3 s3, string outputBucket)
        {
            _transfer = new TransferUtility(s3);
            _outputBucket = outputBucket;
        }

        public string Handler(S3ObjectCreated evt)
        {
            using var original = _transfer.OpenStream(evt.Bucket, evt.Key);
            using var small = Resize(original, 128);
            using var large = Resize(original, 1024);

            _transfer.Upload(small, _outputBucket, "128/" + evt.Key); // expect: SRM101

            _transfer.Upload(new TransferUtilityUploadRequest
            {
                BucketName = _outputBucket,
                Key = "1024/" + evt.Key,
                InputStream = large,
                ContentType = "image/webp",
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
            });

            return evt.Key;
        }

        private static Stream Resize(Stream source, int width)
        {
            var copy = new MemoryStream();
            source.CopyTo(copy);
            copy.Position = 0;
            return copy;
        }
    }
}
