// ValidCode: provisioning of the private, versioned archive bucket and its access policy. Sdk: both
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace Acme.ValidCode.Storage
{
    /// <summary>Creates the archive bucket: private, versioned, Block Public Access on, readable by two named principals only.</summary>
    public sealed class ArchiveBucketProvisioner
    {
        private const string AccessLogBucket = "acme-access-logs";
        private const string ArchivePolicy = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Sid": "DenyInsecureTransport",
                  "Effect": "Deny",
                  "Principal": "*",
                  "Action": "s3:*",
                  "Resource": [ "arn:aws:s3:::acme-document-archive", "arn:aws:s3:::acme-document-archive/*" ],
                  "Condition": { "Bool": { "aws:SecureTransport": "false" } }
                },
                {
                  "Sid": "ArchiveReader",
                  "Effect": "Allow",
                  "Principal": { "AWS": "arn:aws:iam::111122223333:role/archive-reader" },
                  "Action": [ "s3:GetObject", "s3:ListBucket" ],
                  "Resource": [ "arn:aws:s3:::acme-document-archive", "arn:aws:s3:::acme-document-archive/*" ]
                },
                {
                  "Sid": "CloudFrontPreviews",
                  "Effect": "Allow",
                  "Principal": { "Service": "cloudfront.amazonaws.com" },
                  "Action": "s3:GetObject",
                  "Resource": "arn:aws:s3:::acme-document-archive/previews/*",
                  "Condition": { "StringEquals": { "AWS:SourceArn": "arn:aws:cloudfront::111122223333:distribution/E2QWRUHEXAMPLE" } }
                }
              ]
            }
            """;

        private readonly IAmazonS3 _s3;

        public ArchiveBucketProvisioner(IAmazonS3 s3) => _s3 = s3;

        public async Task ProvisionAsync(CancellationToken cancellationToken = default)
        {
            await _s3.PutBucketAsync(new PutBucketRequest
            {
                BucketName = DocumentArchive.ArchiveBucket,
                CannedACL = S3CannedACL.Private, // compliant: SRM401
            }, cancellationToken);

            await _s3.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest // compliant: SRM402
            {
                BucketName = DocumentArchive.ArchiveBucket,
                PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
                {
                    BlockPublicAcls = true,
                    IgnorePublicAcls = true,
                    BlockPublicPolicy = true,
                    RestrictPublicBuckets = true,
                },
            }, cancellationToken);

            await _s3.PutBucketVersioningAsync(new PutBucketVersioningRequest
            {
                BucketName = DocumentArchive.ArchiveBucket,
                VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled }, // compliant: SRM501
            }, cancellationToken);

            // Deny without TLS for everyone, Allow for one role and for CloudFront on one distribution.
            await _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest // compliant: SRM201, SRM202, SRM203
            {
                BucketName = DocumentArchive.ArchiveBucket,
                Policy = ArchivePolicy,
            }, cancellationToken);
        }

        /// <summary>Access logs of the archive go to the log bucket; the security team's account may read them, nobody else.</summary>
        public async Task EnableAccessLoggingAsync(string securityTeamCanonicalId, CancellationToken cancellationToken = default)
        {
            var logging = new S3BucketLoggingConfig
            {
                TargetBucketName = AccessLogBucket,
                TargetPrefix = "document-archive/",
                Grants = new List<S3Grant>
                {
                    new S3Grant { Grantee = new S3Grantee { CanonicalUser = securityTeamCanonicalId }, Permission = S3Permission.READ }, // compliant: SRM401
                },
            };
            logging.AddGrant(new S3Grantee { URI = "http://acs.amazonaws.com/groups/s3/LogDelivery" }, S3Permission.WRITE); // compliant: SRM401
            await _s3.PutBucketLoggingAsync(new PutBucketLoggingRequest { BucketName = DocumentArchive.ArchiveBucket, LoggingConfig = logging }, cancellationToken);
        }
    }
}
