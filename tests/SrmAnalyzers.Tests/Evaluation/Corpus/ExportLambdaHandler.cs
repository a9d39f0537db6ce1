// Evaluation corpus: Lambda function exporting order data to S3 (payload with KMS, a status marker without a choice). Sdk: v4
using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace Northwind.Orders.ExportFunction
{
    public sealed class ExportRequest
    {
        public string TenantId { get; set; } = string.Empty;
        public DateOnly Day { get; set; }
        public List<Dictionary<string, object>> Orders { get; set; } = new();
    }

    public class Function
    {
        private static readonly IAmazonS3 S3 = new AmazonS3Client();
        private static readonly string ExportBucket = Environment.GetEnvironmentVariable("EXPORT_BUCKET") ?? "northwind-order-exports";
        private static readonly string ExportKeyArn = Environment.GetEnvironmentVariable("EXPORT_KMS_KEY_ARN") ?? string.Empty;

        public async Task<string> FunctionHandler(ExportRequest input)
        {
            var prefix = $"{input.TenantId}/{input.Day:yyyy/MM/dd}";
            var payload = JsonSerializer.Serialize(input.Orders);

            await S3.PutObjectAsync(new PutObjectRequest
            {
                BucketName = ExportBucket,
                Key = $"{prefix}/orders.json",
                ContentBody = payload,
                ContentType = "application/json",
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
                ServerSideEncryptionKeyManagementServiceKeyId = ExportKeyArn,
            });

            await WriteMarkerAsync(prefix, input.Orders.Count);
            return $"s3://{ExportBucket}/{prefix}/orders.json";
        }

        private static async Task WriteMarkerAsync(string prefix, int count)
        {
            var marker = new PutObjectRequest // expect: SRM101
            {
                BucketName = ExportBucket,
                Key = $"{prefix}/_SUCCESS",
            };
            marker.ContentBody = count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            marker.Metadata.Add("order-count", marker.ContentBody);
            await S3.PutObjectAsync(marker);
        }
    }
}
