// Evaluation corpus: service syncing appsettings sections into SSM Parameter Store, with per-key sensitivity. Sdk: v4
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;

namespace Fabrikam.Config.Sync
{
    public sealed class AppSettingsParameterSync
    {
        private const string ConnectionStringName = "/billing/ConnectionStrings/BillingDb";
        private static readonly ParameterType PlainType = ParameterType.String;
        private readonly IAmazonSimpleSystemsManagement _ssm;

        public AppSettingsParameterSync(IAmazonSimpleSystemsManagement ssm) => _ssm = ssm;

        // Keys come from the file: nothing known at analysis time.
        public async Task SyncSectionAsync(string prefix, IReadOnlyDictionary<string, string> values, CancellationToken ct)
        {
            foreach (var (key, value) in values)
            {
                await _ssm.PutParameterAsync(new PutParameterRequest { Name = $"{prefix}/{key}", Value = value, Type = ParameterType.String, Overwrite = true }, ct);
            }
        }

        public Task SyncConnectionStringAsync(string connectionString, CancellationToken ct) =>
            _ssm.PutParameterAsync(new PutParameterRequest // expect: SRM104
            {
                Name = ConnectionStringName,
                Value = connectionString,
                Type = PlainType,
                Overwrite = true,
            }, ct);

        public Task SyncSigningKeyAsync(string pem, bool encryptAtRest, CancellationToken ct)
        {
            var request = new PutParameterRequest // expect: SRM104
            {
                Name = "/billing/signing/private_key",
                Value = pem,
                Type = encryptAtRest ? ParameterType.SecureString : ParameterType.String,
                Tier = ParameterTier.Advanced,
            };
            return _ssm.PutParameterAsync(request, ct);
        }

        // The caller decides the type (the admin UI has a "sensitive" checkbox).
        public Task SyncWithTypeAsync(string name, string value, ParameterType type, CancellationToken ct) =>
            _ssm.PutParameterAsync(new PutParameterRequest { Name = name, Value = value, Type = type, Overwrite = true }, ct);

        public Task SyncSmtpAsync(string host, string password, CancellationToken ct)
        {
            var hostRequest = new PutParameterRequest { Name = "/billing/smtp/host", Value = host, Type = ParameterType.String };
            var passwordRequest = new PutParameterRequest { Name = "/billing/smtp/password", Value = password, Type = ParameterType.SecureString };
            return Task.WhenAll(_ssm.PutParameterAsync(hostRequest, ct), _ssm.PutParameterAsync(passwordRequest, ct));
        }

        public Task SyncOAuthAsync(string clientId, string clientSecret, CancellationToken ct)
        {
            var idRequest = new PutParameterRequest { Name = "/billing/oauth/ClientId", Value = clientId, Type = ParameterType.String };
            var secretRequest = new PutParameterRequest { Name = "/billing/oauth/ClientSecret", Value = clientSecret, Overwrite = true };
            secretRequest.Type = ParameterType.String; // expect: SRM104
            return Task.WhenAll(_ssm.PutParameterAsync(idRequest, ct), _ssm.PutParameterAsync(secretRequest, ct));
        }
    }
}
