// Evaluation corpus: configuration seeding tool with a Parameter Store wrapper taking name and type, called for secrets and plain settings. Sdk: v4
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;

namespace Adatum.Config.Seeding
{
    public sealed class ParameterWriter
    {
        private readonly IAmazonSimpleSystemsManagement _ssm;

        public ParameterWriter(IAmazonSimpleSystemsManagement ssm) => _ssm = ssm;

        public Task WriteAsync(string name, string value, ParameterType type, string? description = null) =>
            _ssm.PutParameterAsync(new PutParameterRequest
            {
                Name = name,
                Value = value,
                Type = type,
                Description = description,
                Overwrite = true,
            });

        // Most of what we store is plain configuration.
        public Task WritePlainAsync(string name, string value, ParameterType? type = null) =>
            WriteAsync(name, value, type ?? ParameterType.String);
    }

    public sealed class EnvironmentSeeder
    {
        private readonly ParameterWriter _writer;

        public EnvironmentSeeder(ParameterWriter writer) => _writer = writer;

        public async Task SeedAsync(string environment, IReadOnlyDictionary<string, string> values)
        {
            var prefix = $"/adatum/{environment}";
            await _writer.WriteAsync($"{prefix}/feature-flags", values["flags"], ParameterType.String);
            await _writer.WriteAsync($"{prefix}/allowed-origins", values["origins"], ParameterType.StringList);
            await _writer.WriteAsync($"{prefix}/db/password", values["dbPassword"], ParameterType.SecureString);
            await _writer.WriteAsync($"{prefix}/payments/api-key", values["paymentsKey"], ParameterType.String); // expect: SRM104
            await _writer.WriteAsync(
                $"{prefix}/reporting/ConnectionString", // expect: SRM104
                values["reportingDb"],
                ParameterType.String,
                "reporting replica");
            await _writer.WriteAsync($"{prefix}/smtp/host", values["smtpHost"], ParameterType.String, "outbound mail relay");

            await _writer.WritePlainAsync($"{prefix}/cache/ttl-seconds", values["cacheTtl"]);
            await _writer.WritePlainAsync($"{prefix}/webhooks/signing-secret", values["webhookSecret"]); // expect: SRM104
            await _writer.WritePlainAsync($"{prefix}/queue/token", values["queueToken"], ParameterType.SecureString);
        }
    }
}
