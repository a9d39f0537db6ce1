// Evaluation corpus: per-tenant DynamoDB table factory whose deletion protection is a wrapper parameter, with an optional default of false. Sdk: v4
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Litware.Saas.Data
{
    public sealed class TableFactory
    {
        private readonly IAmazonDynamoDB _dynamo;

        public TableFactory(IAmazonDynamoDB dynamo) => _dynamo = dynamo;

        public Task CreateAsync(string tableName, bool deletionProtection, CancellationToken ct = default)
        {
            var request = new CreateTableRequest
            {
                TableName = tableName,
                BillingMode = BillingMode.PAY_PER_REQUEST,
                AttributeDefinitions = new List<AttributeDefinition> { new("pk", ScalarAttributeType.S), new("sk", ScalarAttributeType.S) },
                KeySchema = new List<KeySchemaElement> { new("pk", KeyType.HASH), new("sk", KeyType.RANGE) },
            };
            request.DeletionProtectionEnabled = deletionProtection;
            return _dynamo.CreateTableAsync(request, ct);
        }

        // Preview tenants are deleted by the nightly sweeper; protection would block it.
        public Task CreatePreviewAsync(string tenantId, bool protect = false) =>
            CreateAsync($"preview-{tenantId}", protect);

        public Task SetProtectionAsync(string tableName, bool enabled) =>
            _dynamo.UpdateTableAsync(new UpdateTableRequest { TableName = tableName, DeletionProtectionEnabled = enabled });
    }

    public sealed class TenantLifecycle
    {
        private const bool Protected = true;
        private readonly TableFactory _tables;

        public TenantLifecycle(TableFactory tables) => _tables = tables;

        public async Task OnboardAsync(string tenantId, bool isPreview)
        {
            await _tables.CreateAsync($"{tenantId}-orders", true);
            await _tables.CreateAsync($"{tenantId}-invoices", Protected);
            await _tables.CreateAsync($"{tenantId}-audit", deletionProtection: !isPreview);
            await _tables.CreateAsync($"{tenantId}-events", false); // expect: SRM501

            if (isPreview)
            {
                await _tables.CreatePreviewAsync(tenantId); // expect: SRM501
            }
            else
            {
                await _tables.CreatePreviewAsync(tenantId, protect: true);
            }
        }

        public async Task OffboardAsync(string tenantId)
        {
            // The offboarding runbook deletes the tables right after this.
            await _tables.SetProtectionAsync($"{tenantId}-orders", false); // expect: SRM501
            await _tables.SetProtectionAsync($"{tenantId}-invoices", enabled: false); // expect: SRM501
        }

        public Task ReactivateAsync(string tenantId) => _tables.SetProtectionAsync($"{tenantId}-orders", true);
    }
}
