// Evaluation corpus: session credential handling — assumed-role credentials, a pasted session and a custom credentials class. Sdk: v4
using System;
using System.Threading.Tasks;
using Amazon;
using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;

namespace Northwind.Security.Sessions
{
    public sealed class SessionCredentialsCache
    {
        private readonly IAmazonSecurityTokenService _sts;
        private AWSCredentials? _cached;
        private DateTime _expiresUtc;

        public SessionCredentialsCache(IAmazonSecurityTokenService sts) => _sts = sts;

        public async Task<AWSCredentials> GetAsync(string roleArn)
        {
            if (_cached is not null && DateTime.UtcNow < _expiresUtc.AddMinutes(-5))
            {
                return _cached;
            }

            var response = await _sts.AssumeRoleAsync(new AssumeRoleRequest
            {
                RoleArn = roleArn,
                RoleSessionName = "northwind-" + Environment.MachineName,
                DurationSeconds = 3600,
            });

            _expiresUtc = response.Credentials.Expiration ?? DateTime.UtcNow.AddMinutes(55);
            _cached = new SessionAWSCredentials(response.Credentials.AccessKeyId, response.Credentials.SecretAccessKey, response.Credentials.SessionToken);
            return _cached;
        }

        public static AWSCredentials DebugSession()
        {
            // Pasted from the console for a demo and never removed.
            return new SessionAWSCredentials( // expect: SRM301
                "ASIAKUR7AFCIKZXN2MAE",
                "InYMAgL2r+2o3edeH2q4x4ReZIpeZG6EwvxwOaEk",
                "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQDdemoTokenForDebuggingOnly");
        }
    }

    /// <summary>Credentials for the batch agent; "just for the pilot".</summary>
    public sealed class PilotBatchCredentials : AWSCredentials
    {
        private const string KeyId = "AKIA7Y4ZDCHCJGMERX2T";
        private const string Secret = "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";

        public override ImmutableCredentials GetCredentials() => new ImmutableCredentials(KeyId, Secret, null); // expect: SRM301
    }
}
