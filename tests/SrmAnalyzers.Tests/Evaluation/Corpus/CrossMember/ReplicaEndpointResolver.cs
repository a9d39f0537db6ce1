// Evaluation corpus: replication worker resolving S3-compatible endpoints from configuration with hard-coded fallbacks. Sdk: both
using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Configuration;

namespace Fabrikam.Replication
{
    internal static class EndpointDefaults
    {
        public static string PrimaryEndpoint(IConfiguration configuration) =>
            configuration["Replication:PrimaryEndpoint"] ?? "https://s3.eu-central-1.amazonaws.com";

        // The DR site's gateway never had a certificate installed.
        public static string DisasterRecoveryEndpoint(IConfiguration configuration) =>
            configuration["Replication:DrEndpoint"] ?? "http://s3-gw.dr.fabrikam-corp.example:7480"; // expect: SRM102

        // Developers run MinIO beside the worker.
        public static string LocalEndpoint(IConfiguration configuration)
        {
            var configured = configuration["Replication:LocalEndpoint"];
            return string.IsNullOrEmpty(configured) ? "http://localhost:9000" : configured;
        }
    }

    public sealed class ReplicationWorker : IDisposable
    {
        private readonly string _primaryUrl;
        private readonly string _drUrl;
        private readonly string _localUrl;
        private readonly IAmazonS3 _primary;

        public ReplicationWorker(IConfiguration configuration)
        {
            _primaryUrl = EndpointDefaults.PrimaryEndpoint(configuration);
            _drUrl = EndpointDefaults.DisasterRecoveryEndpoint(configuration);
            _localUrl = EndpointDefaults.LocalEndpoint(configuration);
            _primary = new AmazonS3Client(new AmazonS3Config { ServiceURL = _primaryUrl });
        }

        private IAmazonS3 CreateDrClient()
        {
            var config = new AmazonS3Config { ForcePathStyle = true, AuthenticationRegion = "us-east-1" };
            config.ServiceURL = _drUrl;
            return new AmazonS3Client(config);
        }

        private IAmazonS3 CreateLocalClient() =>
            new AmazonS3Client(new AmazonS3Config { ServiceURL = _localUrl, ForcePathStyle = true });

        public async Task ReplicateAsync(string bucket, string key, bool developerMode, CancellationToken ct)
        {
            using var target = developerMode ? CreateLocalClient() : CreateDrClient();
            using var source = await _primary.GetObjectAsync(bucket, key, ct);
            await target.PutObjectAsync(new PutObjectRequest
            {
                BucketName = bucket,
                Key = key,
                InputStream = source.ResponseStream,
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256,
            }, ct);
        }

        public void Dispose() => _primary.Dispose();
    }
}
