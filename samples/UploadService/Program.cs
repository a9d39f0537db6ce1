// The SrmAnalyzers demo: a small upload service with one deliberate instance of each mistake the
// package finds. A trailing "expect" comment names the rule a build reports on that statement; the
// package tests build this project from the packed package and hold it to those comments.
using System;
using System.IO;
using System.Threading.Tasks;
using Amazon;
using Amazon.S3;

namespace Acme.Uploads
{
    public static class Program
    {
        public static async Task<int> Main(string[] args)
        {
            if (args.Length != 1)
            {
                Console.Error.WriteLine("usage: UploadService <file>");
                return 2;
            }

            // Keys pasted in "just for the prototype" (fake, but shaped like real ones).
            using var s3 = new AmazonS3Client("AKIA6KZEZIAXRI524CHZ", "Jlafea6uaPQVqb9EaBrzq4wjgmGkTA/tvhRr9t2w", RegionEndpoint.EUWest1); // expect: SRM301

            await new BucketSetup(s3).ConfigureAsync();

            var uploads = new UploadHandler(s3);
            var path = args[0];
            await using (var file = File.OpenRead(path))
            {
                var key = await uploads.StoreOriginalAsync(Path.GetFileName(path), file, "image/jpeg");
                Console.WriteLine($"stored s3://{BucketSetup.UploadsBucket}/{key}");

                file.Position = 0;
                var url = await uploads.PublishPreviewAsync(key, file);
                Console.WriteLine($"preview at {url}");
            }

            return 0;
        }
    }
}
