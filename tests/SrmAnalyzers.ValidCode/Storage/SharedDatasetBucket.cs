// ValidCode: a dataset bucket shared with the whole AWS organization and reachable only through the VPC endpoint. Sdk: both
using System;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace Acme.ValidCode.Storage
{
    /// <summary>Organization-wide read access through a condition, network restriction through a Deny.</summary>
    public sealed class SharedDatasetBucket
    {
        private const string DatasetBucket = "acme-shared-datasets";

        private readonly IAmazonS3 _s3;

        public SharedDatasetBucket(IAmazonS3 s3) => _s3 = s3;

        public Task ShareWithOrganizationAsync(string organizationId, CancellationToken cancellationToken = default) =>
            _s3.PutBucketPolicyAsync(DatasetBucket, $$"""
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Sid": "OrganizationRead",
                      "Effect": "Allow",
                      "Principal": "*",
                      "Action": [ "s3:GetObject", "s3:ListBucket" ],
                      "Resource": [ "arn:aws:s3:::acme-shared-datasets", "arn:aws:s3:::acme-shared-datasets/*" ],
                      "Condition": { "StringEquals": { "aws:PrincipalOrgID": "{{organizationId}}" } }
                    },
                    {
                      "Sid": "OnlyThroughVpcEndpoint",
                      "Effect": "Deny",
                      "Principal": "*",
                      "Action": "s3:*",
                      "Resource": [ "arn:aws:s3:::acme-shared-datasets", "arn:aws:s3:::acme-shared-datasets/*" ],
                      "Condition": { "StringNotEquals": { "aws:SourceVpce": "vpce-0a1b2c3d4e5f67890" } }
                    }
                  ]
                }
                """, cancellationToken); // compliant: SRM201, SRM202

        /// <summary>Publishes a dataset version; the datasets key is chosen per object.</summary>
        public async Task PublishAsync(string name, string version, Stream content, bool restricted, CancellationToken cancellationToken = default)
        {
            var request = new PutObjectRequest { BucketName = DatasetBucket, Key = $"{name}/{version}/data.parquet", InputStream = content };
            request.ServerSideEncryptionMethod = restricted ? ServerSideEncryptionMethod.AWSKMSDSSE : ServerSideEncryptionMethod.AWSKMS; // compliant: SRM101
            await _s3.PutObjectAsync(request, cancellationToken);
        }

        /// <summary>Reads a public open-data set (AWS Open Data registry) without any credentials.</summary>
        public static IAmazonS3 OpenDataClient() => new AmazonS3Client(new AnonymousAWSCredentials(), RegionEndpoint.USEast1); // compliant: SRM301
    }

    /// <summary>Removes access key IDs from log lines before they are shipped.</summary>
    public static class AccessKeyScrubber
    {
        private static readonly Regex AccessKeyId = new(@"\b(AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b", RegexOptions.Compiled); // compliant: SRM301

        public static string Scrub(string line) => AccessKeyId.Replace(line, m => m.Value.Substring(0, 4) + "****************");

        /// <summary>The AWS documentation's example key, used in the scrubber's self-check.</summary>
        public static bool SelfCheck() => Scrub("key=AKIAIOSFODNN7EXAMPLE") == "key=AKIA****************"; // compliant: SRM301
    }
}
