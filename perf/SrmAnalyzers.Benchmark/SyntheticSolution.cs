using System.Text;

namespace SrmAnalyzers.Benchmark
{
    /// <summary>How much of the generated code uses the AWS SDK.</summary>
    internal enum CodeMix
    {
        /// <summary>
        /// An application that uses AWS in places: every file is business logic; one in four also
        /// stores objects in S3, one in eight configures a client, one in twenty sets a bucket policy.
        /// A few of those are mistakes the rules report.
        /// </summary>
        Typical,

        /// <summary>A stress case: every file writes S3 objects, publishes one and sets a bucket policy.</summary>
        Dense,

        /// <summary>The same business logic in a project that does not reference the AWS SDK.</summary>
        None,
    }

    /// <summary>Generates the source files of a synthetic solution; deterministic for a given file index.</summary>
    internal static class SyntheticSolution
    {
        public static string File(int index, CodeMix mix)
        {
            var dense = mix == CodeMix.Dense;
            var storesObjects = dense || mix == CodeMix.Typical && index % 4 == 0;
            var configuresClient = mix == CodeMix.Typical && index % 8 == 1;
            var setsPolicy = dense || mix == CodeMix.Typical && index % 20 == 2;
            var usesAws = storesObjects || configuresClient || setsPolicy;

            var code = new StringBuilder();
            code.AppendLine("using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing System.Threading.Tasks;");
            if (mix != CodeMix.None)
            {
                code.AppendLine("using Amazon;\nusing Amazon.S3;\nusing Amazon.S3.Model;");
            }

            code.AppendLine($"namespace Shop.Module{index % 40}\n{{");
            code.AppendLine($"    public sealed class Service{index}\n    {{");
            if (usesAws)
            {
                code.AppendLine("        private readonly IAmazonS3 _s3;\n        private const string Bucket = \"orders-archive\";");
                code.AppendLine($"        public Service{index}(IAmazonS3 s3) {{ _s3 = s3; }}");
            }

            for (var m = 0; m < 6; m++)
            {
                // Business logic: the bulk of every real code base.
                code.AppendLine($@"        public decimal Total{m}(IEnumerable<(string Sku, int Quantity, decimal Price)> lines, string? coupon)
        {{
            var total = 0m;
            foreach (var line in lines.Where(l => l.Quantity > 0))
            {{
                total += line.Quantity * line.Price;
                if (line.Sku.StartsWith(""GIFT"", StringComparison.Ordinal)) total -= 1.5m;
            }}
            var discount = coupon switch {{ ""TEN"" => 0.10m, ""FIVE"" => 0.05m, _ => 0m }};
            var label = $""{{lines.Count()}} lines, coupon {{coupon ?? ""none""}}"";
            return label.Length > 0 ? Math.Round(total * (1 - discount), 2) : 0m;
        }}");
            }

            if (storesObjects)
            {
                var missingEncryption = dense ? index % 3 == 0 : index % 12 == 0;
                var encryption = missingEncryption ? string.Empty : ", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS";
                code.AppendLine($@"        public async Task ArchiveAsync(string orderId, string json)
        {{
            var request = new PutObjectRequest {{ BucketName = Bucket, Key = $""orders/{{orderId}}.json"", ContentBody = json{encryption} }};
            request.Metadata.Add(""order-id"", orderId);
            await _s3.PutObjectAsync(request);
        }}");
                var publicAcl = dense ? index % 7 == 0 : index % 28 == 0;
                code.AppendLine($@"        public Task PublishAsync(string key) =>
            _s3.PutObjectAsync(new PutObjectRequest {{ BucketName = Bucket, Key = key, CannedACL = {(publicAcl ? "S3CannedACL.PublicRead" : "S3CannedACL.Private")}, ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 }});");
            }

            if (setsPolicy)
            {
                var action = (dense ? index % 10 == 0 : index % 100 == 2) ? "s3:*" : "s3:GetObject";
                code.AppendLine($@"        public Task ShareAsync(string bucket) =>
            _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest
            {{
                BucketName = bucket,
                Policy = @""{{""""Version"""":""""2012-10-17"""",""""Statement"""":[{{""""Effect"""":""""Allow"""",""""Principal"""":{{""""AWS"""":""""arn:aws:iam::123456789012:role/reader""""}},""""Action"""":""""{action}"""",""""Resource"""":""""arn:aws:s3:::"" + bucket + @""/*""""}}]}}"",
            }});");
            }

            if (configuresClient)
            {
                code.AppendLine($@"        public static IAmazonS3 CreateClient(string serviceUrl) =>
            new AmazonS3Client(new AmazonS3Config {{ RegionEndpoint = RegionEndpoint.EUWest1, ServiceURL = serviceUrl, ForcePathStyle = true }});");
            }

            code.AppendLine("    }\n}");
            return code.ToString();
        }
    }
}
