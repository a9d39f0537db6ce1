// ValidCode: clients created with credentials from the default chain, a named profile or an assumed role. Sdk: both
using System;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.S3;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;

namespace Acme.ValidCode.Identity
{
    /// <summary>No key in the code: the SDK finds credentials in the environment, a profile or the compute's IAM role.</summary>
    public sealed class AwsClientFactory
    {
        private readonly RegionEndpoint _region;

        public AwsClientFactory(RegionEndpoint region) => _region = region;

        /// <summary>The default credential chain: environment, shared profile, container or instance role.</summary>
        public IAmazonS3 Storage() => new AmazonS3Client(_region); // compliant: SRM301

        public IAmazonSecurityTokenService SecurityTokens() =>
            new AmazonSecurityTokenServiceClient(new AmazonSecurityTokenServiceConfig { RegionEndpoint = _region }); // compliant: SRM102, SRM301

        /// <summary>S3 through the VPC's interface endpoint: a custom URL, still HTTPS.</summary>
        public IAmazonS3 StorageThroughVpcEndpoint() =>
            new AmazonS3Client(new AmazonS3Config
            {
                ServiceURL = "https://bucket.vpce-0a1b2c3d4e5f67890-abcdefgh.s3.eu-west-1.vpce.amazonaws.com", // compliant: SRM102
                UseHttp = false, // compliant: SRM102
            }); // compliant: SRM301

        /// <summary>A named profile of the developer's shared credentials file, for the operations console.</summary>
        public IAmazonS3 StorageForProfile(string profileName)
        {
            var profiles = new CredentialProfileStoreChain();
            if (!profiles.TryGetAWSCredentials(profileName, out var credentials))
            {
                throw new InvalidOperationException($"AWS profile '{profileName}' was not found.");
            }

            return new AmazonS3Client(credentials, _region); // compliant: SRM301
        }

        /// <summary>Cross-account access: a role of the data account, assumed with the caller's own credentials.</summary>
        public IAmazonS3 StorageInDataAccount(AWSCredentials callerCredentials, string externalId)
        {
            var assumed = new AssumeRoleAWSCredentials( // compliant: SRM301
                callerCredentials,
                "arn:aws:iam::444455556666:role/archive-reader",
                "document-archive",
                new AssumeRoleAWSCredentialsOptions { ExternalId = externalId, DurationSeconds = 900 });
            return new AmazonS3Client(assumed, _region);
        }

        /// <summary>Short-lived session credentials from STS, handed to a client (never written down).</summary>
        public static AWSCredentials ToCredentials(Credentials session) =>
            new SessionAWSCredentials(session.AccessKeyId, session.SecretAccessKey, session.SessionToken); // compliant: SRM301
    }
}
