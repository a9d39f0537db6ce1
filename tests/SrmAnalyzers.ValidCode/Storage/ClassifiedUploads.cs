// ValidCode: uploads whose encryption depends on the data classification, decided in code paths that all choose KMS. Sdk: both
using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Auth.AccessControlPolicy;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.S3.Transfer;

namespace Acme.ValidCode.Storage
{
    public enum Classification
    {
        Internal,
        Confidential,
        Secret,
    }

    /// <summary>Every path chooses SSE-KMS or DSSE-KMS; the classification only picks which.</summary>
    public sealed class ClassifiedUploads
    {
        private const string UploadsBucket = "acme-classified-uploads";
        private static readonly ServerSideEncryptionMethod DefaultEncryption = ServerSideEncryptionMethod.AWSKMS;

        private readonly IAmazonS3 _s3;

        public ClassifiedUploads(IAmazonS3 s3) => _s3 = s3;

        public async Task UploadAsync(string key, Stream content, Classification classification, CancellationToken cancellationToken = default)
        {
            var request = new PutObjectRequest { BucketName = UploadsBucket, Key = key, InputStream = content }; // compliant: SRM101
            if (classification == Classification.Secret)
            {
                request.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMSDSSE; // compliant: SRM101
            }
            else
            {
                request.ServerSideEncryptionMethod = DefaultEncryption; // compliant: SRM101
            }

            await _s3.PutObjectAsync(request, cancellationToken);
        }

        public async Task UploadLargeAsync(string key, string filePath, Classification classification, CancellationToken cancellationToken = default)
        {
            using var transfer = new TransferUtility(_s3);
            var request = new TransferUtilityUploadRequest
            {
                BucketName = UploadsBucket,
                Key = key,
                FilePath = filePath,
                PartSize = 64 * 1024 * 1024,
                ServerSideEncryptionMethod = classification switch
                {
                    Classification.Secret => ServerSideEncryptionMethod.AWSKMSDSSE,
                    _ => ServerSideEncryptionMethod.AWSKMS,
                }, // compliant: SRM101
                CannedACL = S3CannedACL.BucketOwnerFullControl, // compliant: SRM401
            };
            await transfer.UploadAsync(request, cancellationToken);
        }

        /// <summary>Re-encrypts an object under the uploads key, decrypting a customer-key (SSE-C) source.</summary>
        public Task ReEncryptAsync(string key, string sourceCustomerKey, string sourceCustomerKeyMd5, CancellationToken cancellationToken = default) =>
            _s3.CopyObjectAsync(new CopyObjectRequest
            {
                SourceBucket = UploadsBucket,
                SourceKey = key,
                DestinationBucket = UploadsBucket,
                DestinationKey = key,
                CopySourceServerSideEncryptionCustomerMethod = ServerSideEncryptionCustomerMethod.AES256,
                CopySourceServerSideEncryptionCustomerProvidedKey = sourceCustomerKey,
                CopySourceServerSideEncryptionCustomerProvidedKeyMD5 = sourceCustomerKeyMd5,
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS, // compliant: SRM101
            }, cancellationToken);

        /// <summary>
        /// A URL a browser uploads to directly: the encryption is signed into it, so the upload must send the
        /// KMS header the URL was made for.
        /// </summary>
        public string CreateUploadUrl(string key, TimeSpan lifetime) =>
            _s3.GetPreSignedURL(new GetPreSignedUrlRequest
            {
                BucketName = UploadsBucket,
                Key = key,
                Verb = HttpVerb.PUT,
                Expires = DateTime.UtcNow.Add(lifetime),
                ServerSideEncryptionMethod = DefaultEncryption, // compliant: SRM101
            });

        /// <summary>Downloads and multipart parts are not object writes that choose encryption: the upload's initiation did.</summary>
        public async Task<string> UploadPartAsync(string key, string uploadId, int partNumber, Stream part, CancellationToken cancellationToken = default)
        {
            var response = await _s3.UploadPartAsync(new UploadPartRequest { BucketName = UploadsBucket, Key = key, UploadId = uploadId, PartNumber = partNumber, InputStream = part }, cancellationToken); // compliant: SRM101
            return response.ETag;
        }

        /// <summary>The uploads bucket accepts only SSE-KMS writes from the organization, over TLS.</summary>
        public Task EnforceKmsAsync(string organizationId, CancellationToken cancellationToken = default)
        {
            var objects = new Resource("arn:aws:s3:::acme-classified-uploads/*");
            var policy = new Policy()
                .WithStatements(
                    new Statement(Statement.StatementEffect.Allow)
                        .WithPrincipals(Principal.AllUsers)
                        .WithActionIdentifiers(new ActionIdentifier("s3:PutObject"))
                        .WithResources(objects)
                        .WithConditions(ConditionFactory.NewCondition(ConditionFactory.StringComparisonType.StringEquals, "aws:PrincipalOrgID", organizationId)),
                    new Statement(Statement.StatementEffect.Deny)
                        .WithPrincipals(Principal.AllUsers)
                        .WithActionIdentifiers(new ActionIdentifier("s3:PutObject"))
                        .WithResources(objects)
                        .WithConditions(ConditionFactory.NewCondition(ConditionFactory.StringComparisonType.StringNotEquals, "s3:x-amz-server-side-encryption", "aws:kms")));
            return _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest { BucketName = UploadsBucket, Policy = policy.ToJson() }, cancellationToken); // compliant: SRM201, SRM202
        }

        public static string Describe(Classification classification) => classification.ToString().ToUpperInvariant() + (classification == Classification.Internal ? string.Empty : " (KMS)");
    }
}
