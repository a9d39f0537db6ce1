using System.Text;

namespace SrmAnalyzers.Benchmark
{
    /// <summary>
    /// Generates source files that look like an application using the AWS SDK: most code is plain
    /// business logic, some of it writes S3 objects, builds policies and clients, a few lines are
    /// mistakes the rules report. Deterministic for a given file index.
    /// </summary>
    internal static class SyntheticSolution
    {
        public static string File(int index, bool withAws)
        {
            var code = new StringBuilder();
            code.AppendLine("using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing System.Threading.Tasks;");
            if (withAws)
            {
                code.AppendLine("using Amazon.S3;\nusing Amazon.S3.Model;");
            }

            code.AppendLine($"namespace Shop.Module{index % 40}\n{{");
            code.AppendLine($"    public sealed class Service{index}\n    {{");
            if (withAws)
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
            return Math.Round(total * (1 - discount), 2);
        }}");
            }

            if (withAws)
            {
                var encryption = index % 3 == 0 ? string.Empty : ", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS";
                code.AppendLine($@"        public async Task ArchiveAsync(string orderId, string json)
        {{
            var request = new PutObjectRequest {{ BucketName = Bucket, Key = $""orders/{{orderId}}.json"", ContentBody = json{encryption} }};
            request.Metadata.Add(""order-id"", orderId);
            await _s3.PutObjectAsync(request);
        }}");
                var action = index % 10 == 0 ? "s3:*" : "s3:GetObject";
                code.AppendLine($@"        public Task ShareAsync(string bucket) =>
            _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest
            {{
                BucketName = bucket,
                Policy = @""{{""""Version"""":""""2012-10-17"""",""""Statement"""":[{{""""Effect"""":""""Allow"""",""""Principal"""":{{""""AWS"""":""""arn:aws:iam::123456789012:role/reader""""}},""""Action"""":""""{action}"""",""""Resource"""":""""arn:aws:s3:::"" + bucket + @""/*""""}}]}}"",
            }});");
                code.AppendLine($@"        public Task PublishAsync(string key) =>
            _s3.PutObjectAsync(new PutObjectRequest {{ BucketName = Bucket, Key = key, CannedACL = {(index % 7 == 0 ? "S3CannedACL.PublicRead" : "S3CannedACL.Private")}, ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 }});");
            }

            code.AppendLine("    }\n}");
            return code.ToString();
        }
    }
}
