// Evaluation corpus: Lambda ingesting clickstream batches into DynamoDB and S3, handing out report links to a dashboard. Sdk: v4
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Amazon;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.S3;
using Amazon.S3.Model;

namespace Litware.Analytics.Ingest
{
    public sealed class ClickstreamIngestFunction
    {
        private const string RawBucket = "litware-clickstream-raw";
        private const string ReportBucket = "litware-clickstream-reports";
        private static readonly AmazonDynamoDBConfig DynamoConfig = new() { RegionEndpoint = RegionEndpoint.USWest2, UseHttp = true }; // expect: SRM102
        private readonly IAmazonDynamoDB _dynamo;
        private readonly IAmazonS3 _s3;

        public ClickstreamIngestFunction()
        {
            // "HTTP saves a TLS handshake per cold start" (from a performance ticket).
            _dynamo = new AmazonDynamoDBClient(DynamoConfig);
            _s3 = new AmazonS3Client(RegionEndpoint.USWest2);
        }

        public async Task<string> HandleAsync(IReadOnlyList<string> events)
        {
            var batchId = Guid.NewGuid().ToString("N");
            var body = string.Join("\n", events);

            await _s3.PutObjectAsync(new PutObjectRequest // expect: SRM101
            {
                BucketName = RawBucket,
                Key = $"raw/{DateTime.UtcNow:yyyy/MM/dd}/{batchId}.jsonl",
                InputStream = new MemoryStream(Encoding.UTF8.GetBytes(body)),
            });

            await _s3.PutObjectAsync(new PutObjectRequest
            {
                BucketName = ReportBucket,
                Key = $"summaries/{batchId}.json",
                ContentBody = $"{{\"events\":{events.Count}}}",
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
            });

            await _dynamo.PutItemAsync(new PutItemRequest
            {
                TableName = "clickstream-batches",
                Item = new Dictionary<string, AttributeValue> { ["id"] = new AttributeValue { S = batchId }, ["count"] = new AttributeValue { N = events.Count.ToString() } },
            });

            // The wallboard dashboard embeds the link in a plain-HTTP iframe.
            var link = new GetPreSignedUrlRequest { BucketName = ReportBucket, Key = $"summaries/{batchId}.json", Expires = DateTime.UtcNow.AddHours(1) };
            link.Protocol = Protocol.HTTP; // expect: SRM102
            return _s3.GetPreSignedURL(link);
        }
    }
}
