namespace SrmAnalyzers.Benchmark
{
    /// <summary>
    /// Sources of the "many small projects" mode: each project is its own compilation, as in a
    /// solution of samples or microservices (the AWS .NET code examples are 1-4 files a project).
    /// Deterministic for a given project index.
    /// </summary>
    internal static class SmallProjects
    {
        /// <summary>A two-file project: an S3 wrapper (client, a few calls, one request object) and its entry point.</summary>
        public static (string Wrapper, string Program) AwsProject(int index)
        {
            var encryption = index % 5 == 0 ? string.Empty : ", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS";
            var wrapper = $@"using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon;
using Amazon.S3;
using Amazon.S3.Model;

namespace Sample{index}
{{
    public sealed class BucketWrapper
    {{
        private readonly IAmazonS3 _s3;

        public BucketWrapper(IAmazonS3 s3) {{ _s3 = s3; }}

        public static IAmazonS3 CreateClient() => new AmazonS3Client(RegionEndpoint.USEast1);

        public async Task<bool> UploadAsync(string bucket, string key, string path)
        {{
            var request = new PutObjectRequest {{ BucketName = bucket, Key = key, FilePath = path{encryption} }};
            var response = await _s3.PutObjectAsync(request);
            return response.HttpStatusCode == System.Net.HttpStatusCode.OK;
        }}

        public async Task<List<string>> ListAsync(string bucket)
        {{
            var keys = new List<string>();
            var response = await _s3.ListObjectsV2Async(new ListObjectsV2Request {{ BucketName = bucket, MaxKeys = 100 }});
            foreach (var item in response.S3Objects ?? new List<S3Object>())
            {{
                keys.Add($""{{item.Key}} ({{item.Size}} bytes)"");
            }}

            return keys;
        }}

        public async Task DeleteAsync(string bucket, string key) =>
            await _s3.DeleteObjectAsync(new DeleteObjectRequest {{ BucketName = bucket, Key = key }});
    }}
}}
";
            var program = $@"using System;
using System.Threading.Tasks;

namespace Sample{index}
{{
    public static class Program
    {{
        public static async Task<int> Main(string[] args)
        {{
            if (args.Length < 3)
            {{
                Console.WriteLine(""usage: bucket key path"");
                return 1;
            }}

            var wrapper = new BucketWrapper(BucketWrapper.CreateClient());
            var uploaded = await wrapper.UploadAsync(args[0], args[1], args[2]);
            foreach (var key in await wrapper.ListAsync(args[0]))
            {{
                Console.WriteLine(key);
            }}

            return uploaded ? 0 : 2;
        }}
    }}
}}
";
            return (wrapper, program);
        }

        /// <summary>A one-file project that references the SDK but uses none of it: what the analyzers cost before any code.</summary>
        public static string ReferencingOnly(int index) => $@"namespace Sample{index}
{{
    public static class Program
    {{
        public static int Main(string[] args) => args.Length;
    }}
}}
";
    }
}
