// Evaluation corpus: worker that rotates a partner's access key stored in SSM and validates key formats. Sdk: v4
using System;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Amazon;
using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;
using Microsoft.Extensions.Hosting;

namespace Contoso.Partners.Rotation
{
    public sealed class AccessKeyRotationWorker : BackgroundService
    {
        private const string AccessKeyPrefix = "AKIA";
        private const string TemporaryKeyPrefix = "ASIA";
        private static readonly Regex AccessKeyShape = new("^(AKIA|ASIA)[A-Z2-7]{16}$", RegexOptions.Compiled);

        private readonly IAmazonSimpleSystemsManagement _ssm;

        public AccessKeyRotationWorker(IAmazonSimpleSystemsManagement ssm) => _ssm = ssm;

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            using var timer = new PeriodicTimer(TimeSpan.FromHours(12));
            do
            {
                await VerifyCurrentKeyAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }

        private async Task VerifyCurrentKeyAsync(CancellationToken ct)
        {
            var idParameter = await _ssm.GetParameterAsync(new GetParameterRequest { Name = "/partners/acme/access-key-id" }, ct);
            var secretParameter = await _ssm.GetParameterAsync(new GetParameterRequest { Name = "/partners/acme/secret-access-key", WithDecryption = true }, ct);
            var keyId = idParameter.Parameter.Value;

            if (!AccessKeyShape.IsMatch(keyId))
            {
                throw new InvalidOperationException("Stored access key id is malformed.");
            }

            if (keyId.StartsWith(TemporaryKeyPrefix, StringComparison.Ordinal))
            {
                throw new InvalidOperationException("A temporary key was stored where a long-term key is expected.");
            }

            var credentials = new BasicAWSCredentials(keyId, secretParameter.Parameter.Value);
            using var sts = new AmazonSecurityTokenServiceClient(credentials, RegionEndpoint.EUWest1);
            var identity = await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest(), ct);
            Console.WriteLine($"{AccessKeyPrefix}…{keyId[^4..]} belongs to {identity.Arn}");
        }
    }
}
