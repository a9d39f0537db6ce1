// Evaluation corpus: promotion tool copying parameters between environments and writing a few generated values. Sdk: v4
using System;
using System.Threading.Tasks;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;

namespace Woodgrove.Release.Promotion
{
    public sealed class EnvironmentPromotionTool
    {
        private readonly IAmazonSimpleSystemsManagement _ssm;

        public EnvironmentPromotionTool(IAmazonSimpleSystemsManagement ssm) => _ssm = ssm;

        // Copies keep the source parameter's type, whatever it is.
        public async Task PromoteAsync(string from, string to)
        {
            var page = await _ssm.GetParametersByPathAsync(new GetParametersByPathRequest { Path = "/" + from, Recursive = true, WithDecryption = true });
            foreach (var parameter in page.Parameters ?? new())
            {
                await _ssm.PutParameterAsync(new PutParameterRequest
                {
                    Name = parameter.Name.Replace("/" + from + "/", "/" + to + "/", StringComparison.Ordinal),
                    Value = parameter.Value,
                    Type = parameter.Type,
                    Overwrite = true,
                });
            }
        }

        public Task WriteCacheAuthAsync(string environment, string generated) =>
            _ssm.PutParameterAsync(new PutParameterRequest // expect: SRM104
            {
                Name = $"/{environment}/redis/auth-token",
                Value = generated,
                Type = ParameterType.String,
                Overwrite = true,
            });

        public Task WriteMailRelayAsync(string environment, string relayPassword)
        {
            var request = new PutParameterRequest { Name = $"/{environment}/smtp/passwd", Value = relayPassword, Overwrite = true };
            request.Type = ParameterType.String; // expect: SRM104
            return _ssm.PutParameterAsync(request);
        }

        public Task WriteKeyReferenceAsync(string environment, string keyArn) =>
            _ssm.PutParameterAsync(new PutParameterRequest
            {
                Name = $"/{environment}/kms/data-key-id",
                Description = "ARN of the data key (not key material)",
                Value = keyArn,
                Type = ParameterType.String,
            });

        public Task WriteDatabaseCredentialAsync(string environment, string secretArn) =>
            _ssm.PutParameterAsync(new PutParameterRequest
            {
                Name = $"/{environment}/db/credentials",
                Value = secretArn,
                Type = ParameterType.SecureString,
            });

        // The vault product has its own ParameterType; this is not SSM.
        public void StageInVault(string environment, string password)
        {
            var entry = new Woodgrove.Vault.Sdk.VaultEntry { Path = $"{environment}/db/password", Secret = password, Type = Woodgrove.Vault.Sdk.ParameterType.String };
            Console.WriteLine("staged " + entry.Path + " as " + entry.Type);
        }
    }
}

namespace Woodgrove.Vault.Sdk
{
    public enum ParameterType
    {
        String,
        Sealed,
    }

    public sealed class VaultEntry
    {
        public string Path { get; set; } = string.Empty;
        public string Secret { get; set; } = string.Empty;
        public ParameterType Type { get; set; }
    }
}
