// Evaluation corpus: repository for HR documents built with later property assignments. Sdk: v3
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace Adatum.People.Data
{
    public interface IDocumentRepository
    {
        Task SaveContractAsync(string employeeId, Stream pdf, CancellationToken ct = default);
        Task SavePublicHandbookAsync(string version, Stream pdf, CancellationToken ct = default);
    }

    public class S3DocumentRepository : IDocumentRepository
    {
        private readonly IAmazonS3 client;
        private readonly string bucketName;

        public S3DocumentRepository(IAmazonS3 client, string bucketName)
        {
            this.client = client;
            this.bucketName = bucketName;
        }

        public async Task SaveContractAsync(string employeeId, Stream pdf, CancellationToken ct = default)
        {
            var request = new PutObjectRequest();
            request.BucketName = bucketName;
            request.Key = "contracts/" + employeeId + ".pdf";
            request.InputStream = pdf;
            request.ContentType = "application/pdf";
            request.Metadata.Add("x-amz-meta-classification", "confidential");
            request.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS;
            request.ServerSideEncryptionKeyManagementServiceKeyId = "alias/hr-documents";

            await client.PutObjectAsync(request, ct).ConfigureAwait(false);
        }

        public async Task SavePublicHandbookAsync(string version, Stream pdf, CancellationToken ct = default)
        {
            var request = new PutObjectRequest();
            request.BucketName = bucketName;
            request.Key = "handbook/" + version + ".pdf";
            request.InputStream = pdf;
            // The handbook is not confidential; someone switched encryption off "to make it faster".
            request.ServerSideEncryptionMethod = ServerSideEncryptionMethod.None; // expect: SRM101

            await client.PutObjectAsync(request, ct).ConfigureAwait(false);
        }

        public async Task SaveReviewAsync(string employeeId, int year, Stream pdf, bool confidential, CancellationToken ct = default)
        {
            // Copied from the handbook snippet above, then "fixed" only for confidential reviews.
            var request = new PutObjectRequest { BucketName = bucketName, Key = $"reviews/{year}/{employeeId}.pdf", InputStream = pdf, ServerSideEncryptionMethod = ServerSideEncryptionMethod.None }; // expect: SRM101
            if (confidential)
            {
                request.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS;
            }

            await client.PutObjectAsync(request, ct).ConfigureAwait(false);
        }

        public async Task SaveOfferLetterAsync(string candidateId, Stream pdf, CancellationToken ct = default)
        {
            var request = new PutObjectRequest { BucketName = bucketName, Key = $"offers/{candidateId}.pdf", InputStream = pdf, ServerSideEncryptionMethod = ServerSideEncryptionMethod.None };
            // Security review finding HR-14: offer letters must use the HR key.
            request.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS;
            request.ServerSideEncryptionKeyManagementServiceKeyId = "alias/hr-documents";

            await client.PutObjectAsync(request, ct).ConfigureAwait(false);
        }

        public async Task<IReadOnlyList<string>> ListContractsAsync(CancellationToken ct = default)
        {
            var keys = new List<string>();
            var listing = new ListObjectsV2Request { BucketName = bucketName, Prefix = "contracts/" };
            ListObjectsV2Response page;
            do
            {
                page = await client.ListObjectsV2Async(listing, ct).ConfigureAwait(false);
                foreach (var entry in page.S3Objects)
                {
                    keys.Add(entry.Key);
                }

                listing.ContinuationToken = page.NextContinuationToken;
            }
            while (page.IsTruncated);

            return keys;
        }
    }
}
