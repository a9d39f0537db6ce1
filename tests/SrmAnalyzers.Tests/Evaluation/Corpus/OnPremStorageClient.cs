// Evaluation corpus: in-house Ceph/on-prem storage SDK whose types mimic S3 and IAM names (look-alikes, not the AWS SDK). Sdk: v4
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace Contoso.OnPrem.Storage
{
    public sealed class S3CannedACL
    {
        public static readonly S3CannedACL Private = new("private");
        public static readonly S3CannedACL PublicRead = new("public-read");

        private S3CannedACL(string value) => Value = value;

        public string Value { get; }
    }

    public sealed class ServerSideEncryptionMethod
    {
        public static readonly ServerSideEncryptionMethod None = new();
    }

    public sealed class PutObjectRequest
    {
        public string BucketName { get; set; } = string.Empty;
        public string Key { get; set; } = string.Empty;
        public Stream? InputStream { get; set; }
        public S3CannedACL CannedACL { get; set; } = S3CannedACL.Private;
        public ServerSideEncryptionMethod? ServerSideEncryptionMethod { get; set; }
    }

    public sealed class DeletePublicAccessBlockRequest
    {
        public string BucketName { get; set; } = string.Empty;
    }

    public sealed class BasicAWSCredentials
    {
        public BasicAWSCredentials(string accessKey, string secretKey) => (AccessKey, SecretKey) = (accessKey, secretKey);

        public string AccessKey { get; }
        public string SecretKey { get; }
    }

    public sealed class CreatePolicyRequest
    {
        public string PolicyName { get; set; } = string.Empty;
        public string PolicyDocument { get; set; } = string.Empty;
    }

    public sealed class OnPremStorageClient
    {
        private readonly List<string> _journal = new();

        public OnPremStorageClient(BasicAWSCredentials credentials) => _journal.Add("login " + credentials.AccessKey.Length);

        public Task PutObjectAsync(PutObjectRequest request) { _journal.Add("put " + request.Key); return Task.CompletedTask; }

        public Task DeletePublicAccessBlockAsync(DeletePublicAccessBlockRequest request) { _journal.Add("unblock " + request.BucketName); return Task.CompletedTask; }

        public Task CreatePolicyAsync(CreatePolicyRequest request) { _journal.Add("policy " + request.PolicyName); return Task.CompletedTask; }
    }

    public static class ArchiveGateway
    {
        public static async Task MirrorAsync(Stream content, string key)
        {
            // The on-prem gateway's local service account (Ceph RGW, not AWS).
            var client = new OnPremStorageClient(new BasicAWSCredentials("archive-gateway", "Xk9pL2mQ7vR4tY8wZ1nB5cD3fG6hJ0sA2eU4iO7q"));
            await client.PutObjectAsync(new PutObjectRequest
            {
                BucketName = "archive",
                Key = key,
                InputStream = content,
                CannedACL = S3CannedACL.PublicRead,
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.None,
            });
            await client.DeletePublicAccessBlockAsync(new DeletePublicAccessBlockRequest { BucketName = "archive" });
            await client.CreatePolicyAsync(new CreatePolicyRequest
            {
                PolicyName = "gateway-admin",
                PolicyDocument = "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"}]}",
            });
            Console.WriteLine("mirrored " + key);
        }
    }
}
