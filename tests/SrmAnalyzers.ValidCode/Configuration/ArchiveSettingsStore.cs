// ValidCode: SSM Parameter Store: secrets as SecureString with a KMS key, plain settings as String. Sdk: v4
using System.Threading;
using System.Threading.Tasks;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;

namespace Acme.ValidCode.Configuration
{
    /// <summary>Writes the archive's configuration for an environment.</summary>
    public sealed class ArchiveSettingsStore
    {
        private const string ConfigKey = "alias/archive-config";

        private readonly IAmazonSimpleSystemsManagement _ssm;

        public ArchiveSettingsStore(IAmazonSimpleSystemsManagement ssm) => _ssm = ssm;

        public async Task StoreDatabaseSettingsAsync(string environment, string host, string password, CancellationToken cancellationToken = default)
        {
            await _ssm.PutParameterAsync(new PutParameterRequest
            {
                Name = $"/{environment}/archive/db/password",
                Value = password,
                Type = ParameterType.SecureString, // compliant: SRM104
                KeyId = ConfigKey,
                Overwrite = true,
            }, cancellationToken);

            await _ssm.PutParameterAsync(new PutParameterRequest
            {
                Name = $"/{environment}/archive/db/host",
                Value = host,
                Type = ParameterType.String, // compliant: SRM104
                Overwrite = true,
            }, cancellationToken);

            // A policy about the secret, not the secret: a plain setting.
            await _ssm.PutParameterAsync(new PutParameterRequest
            {
                Name = $"/{environment}/archive/db/password-min-length",
                Value = "16",
                Type = ParameterType.String, // compliant: SRM104
                Overwrite = true,
            }, cancellationToken);
        }

        /// <summary>Settings about secrets, not secrets: token lifetime, where the database secret lives, which features are on.</summary>
        public async Task StoreSessionSettingsAsync(string environment, string databaseSecretArn, CancellationToken cancellationToken = default)
        {
            await _ssm.PutParameterAsync(new PutParameterRequest { Name = $"/{environment}/archive/session/token-ttl", Value = "900", Type = ParameterType.String, Overwrite = true }, cancellationToken); // compliant: SRM104
            await _ssm.PutParameterAsync(new PutParameterRequest { Name = $"/{environment}/archive/db/secret-arn", Value = databaseSecretArn, Type = ParameterType.String, Overwrite = true }, cancellationToken); // compliant: SRM104
            await _ssm.PutParameterAsync(new PutParameterRequest { Name = $"/{environment}/archive/users/min-length", Description = "Minimum password length for user accounts", Value = "14", Type = ParameterType.String, Overwrite = true }, cancellationToken); // compliant: SRM104
            await _ssm.PutParameterAsync(new PutParameterRequest { Name = $"/{environment}/archive/features", Value = "ocr,previews", Type = ParameterType.StringList, Overwrite = true }, cancellationToken); // compliant: SRM104
            await _ssm.PutParameterAsync(new PutParameterRequest { Name = $"/{environment}/archive/reporting/ConnectionString", Value = "set-by-pipeline", Type = "SecureString", KeyId = ConfigKey }, cancellationToken); // compliant: SRM104
        }

        public Task StorePartnerApiKeyAsync(string environment, string apiKey, CancellationToken cancellationToken = default) =>
            _ssm.PutParameterAsync(new PutParameterRequest
            {
                Name = $"/{environment}/archive/partner/ApiKey",
                Description = "API key of the partner ingest endpoint",
                Value = apiKey,
                Type = ParameterType.SecureString, // compliant: SRM104
                KeyId = ConfigKey,
            }, cancellationToken);
    }
}
