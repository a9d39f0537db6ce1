// Evaluation corpus: credential resolution from environment, SSM Parameter Store and configuration, with one hard-coded fallback. Sdk: v4
using System;
using System.Threading.Tasks;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;
using Microsoft.Extensions.Configuration;

namespace Litware.Integration.Credentials
{
    public sealed class CredentialsProviderSetup
    {
        private readonly IConfiguration _configuration;
        private readonly IAmazonSimpleSystemsManagement _ssm;

        public CredentialsProviderSetup(IConfiguration configuration, IAmazonSimpleSystemsManagement ssm)
        {
            _configuration = configuration;
            _ssm = ssm;
        }

        public AWSCredentials FromEnvironment()
        {
            var accessKey = Environment.GetEnvironmentVariable("PARTNER_AWS_ACCESS_KEY_ID");
            var secretKey = Environment.GetEnvironmentVariable("PARTNER_AWS_SECRET_ACCESS_KEY");
            var sessionToken = Environment.GetEnvironmentVariable("PARTNER_AWS_SESSION_TOKEN");
            if (accessKey is null || secretKey is null)
            {
                throw new InvalidOperationException("Partner credentials are not configured.");
            }

            return sessionToken is null
                ? new BasicAWSCredentials(accessKey, secretKey)
                : new SessionAWSCredentials(accessKey, secretKey, sessionToken);
        }

        public async Task<IAmazonS3> FromParameterStoreAsync()
        {
            var id = await _ssm.GetParameterAsync(new GetParameterRequest { Name = "/partner/s3/access-key-id" });
            var secret = await _ssm.GetParameterAsync(new GetParameterRequest { Name = "/partner/s3/secret-access-key", WithDecryption = true });
            return new AmazonS3Client(id.Parameter.Value, secret.Parameter.Value, RegionEndpoint.EUWest1);
        }

        public IAmazonS3 FromConfiguration()
        {
            var section = _configuration.GetSection("PartnerS3");
            return new AmazonS3Client(new BasicAWSCredentials(section["AccessKeyId"]!, section["SecretAccessKey"]!), RegionEndpoint.EUWest1);
        }

        public IAmazonS3 FromConfigurationWithDeveloperFallback()
        {
            // "Temporary" fallback so the app starts on a laptop without user secrets.
            var accessKey = _configuration["PartnerS3:AccessKeyId"] ?? "AKIAMHJOHB526BX2DC6A";
            var secretKey = _configuration["PartnerS3:SecretAccessKey"] ?? "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";
            return new AmazonS3Client(accessKey, secretKey, RegionEndpoint.EUWest1); // expect: SRM301
        }
    }
}
