// Evaluation corpus: CLI seeding Parameter Store for a new environment (endpoints, feature flags, and some secrets). Sdk: v4
using System;
using System.Threading.Tasks;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;

namespace Contoso.Ops.EnvironmentSeeder
{
    public static class ParameterStoreSeeder
    {
        private const string Prefix = "/orders/prod";
        private const string DatabasePasswordName = Prefix + "/db/password";

        public static async Task<int> Main(string[] args)
        {
            using var ssm = new AmazonSimpleSystemsManagementClient();
            var databasePassword = Environment.GetEnvironmentVariable("SEED_DB_PASSWORD") ?? throw new InvalidOperationException("missing SEED_DB_PASSWORD");
            var stripeKey = Environment.GetEnvironmentVariable("SEED_STRIPE_KEY") ?? string.Empty;

            await ssm.PutParameterAsync(new PutParameterRequest
            {
                Name = Prefix + "/db/host",
                Value = "orders-db.cluster-abc.eu-west-1.rds.amazonaws.com",
                Type = ParameterType.String,
                Overwrite = true,
            });

            await ssm.PutParameterAsync(new PutParameterRequest // expect: SRM104
            {
                Name = DatabasePasswordName,
                Value = databasePassword,
                Type = ParameterType.String,
                Overwrite = true,
            });

            await ssm.PutParameterAsync(new PutParameterRequest
            {
                Name = $"{Prefix}/stripe/ApiKey",
                Value = stripeKey,
                Type = ParameterType.SecureString,
                KeyId = "alias/orders-secrets",
            });

            await ssm.PutParameterAsync(new PutParameterRequest // expect: SRM104
            {
                Name = $"{Prefix}/github/deployTokens",
                Description = "Fine-grained tokens used by the release job, comma separated",
                Value = args.Length > 0 ? args[0] : string.Empty,
                Type = ParameterType.StringList,
            });

            await ssm.PutParameterAsync(new PutParameterRequest
            {
                Name = Prefix + "/features/enabled",
                Value = "new-checkout,gift-cards",
                Type = ParameterType.StringList,
                Overwrite = true,
            });

            // The name is neutral, the description says what it is.
            await ssm.PutParameterAsync(new PutParameterRequest // expect: SRM104
            {
                Name = Prefix + "/webhooks/signing",
                Description = "HMAC secret shared with the payment provider",
                Value = Guid.NewGuid().ToString("N"),
                Type = ParameterType.String,
            });

            await ssm.PutParameterAsync(new PutParameterRequest
            {
                Name = Prefix + "/ssh/deploy-public-key",
                Description = "Public half of the deploy key, published to build agents",
                Value = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOrders deploy@contoso",
                Type = ParameterType.String,
            });

            Console.WriteLine("seeded " + Prefix);
            return 0;
        }
    }
}
