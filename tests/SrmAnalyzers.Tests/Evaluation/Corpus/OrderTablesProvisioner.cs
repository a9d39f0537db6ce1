// Evaluation corpus: provisioning tool creating and updating the order service's DynamoDB tables per environment. Sdk: v4
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Northwind.Orders.Provisioning
{
    public sealed class OrderTablesProvisioner
    {
        private static readonly bool ProtectEphemeralTables = false;
        private readonly IAmazonDynamoDB _dynamo;

        public OrderTablesProvisioner(IAmazonDynamoDB dynamo) => _dynamo = dynamo;

        private static List<KeySchemaElement> OrderKey() => new() { new("pk", KeyType.HASH), new("sk", KeyType.RANGE) };

        private static List<AttributeDefinition> OrderAttributes() => new() { new("pk", ScalarAttributeType.S), new("sk", ScalarAttributeType.S) };

        public Task CreateOrdersAsync(string environment, CancellationToken ct) =>
            _dynamo.CreateTableAsync(new CreateTableRequest
            {
                TableName = $"{environment}-orders",
                KeySchema = OrderKey(),
                AttributeDefinitions = OrderAttributes(),
                BillingMode = BillingMode.PAY_PER_REQUEST,
                DeletionProtectionEnabled = true,
                SSESpecification = new SSESpecification { Enabled = true, SSEType = SSEType.KMS },
            }, ct);

        // Not setting the flag is not a finding for this rule: only an explicit false is.
        public Task CreateIdempotencyKeysAsync(string environment, CancellationToken ct) =>
            _dynamo.CreateTableAsync(new CreateTableRequest
            {
                TableName = $"{environment}-idempotency",
                KeySchema = new List<KeySchemaElement> { new("pk", KeyType.HASH) },
                AttributeDefinitions = new List<AttributeDefinition> { new("pk", ScalarAttributeType.S) },
                BillingMode = BillingMode.PAY_PER_REQUEST,
            }, ct);

        // Per-PR preview environments are torn down daily.
        public Task CreatePreviewOrdersAsync(string pullRequest, CancellationToken ct) =>
            _dynamo.CreateTableAsync(new CreateTableRequest // expect: SRM501
            {
                TableName = $"preview-{pullRequest}-orders",
                KeySchema = OrderKey(),
                AttributeDefinitions = OrderAttributes(),
                BillingMode = BillingMode.PAY_PER_REQUEST,
                DeletionProtectionEnabled = ProtectEphemeralTables,
            }, ct);

        public Task CreateAuditTrailAsync(string environment, bool production, CancellationToken ct)
        {
            var request = new CreateTableRequest($"{environment}-audit", OrderKey(), OrderAttributes(), new ProvisionedThroughput(5, 5)) // expect: SRM501
            {
                DeletionProtectionEnabled = production ? true : false,
            };
            return _dynamo.CreateTableAsync(request, ct);
        }

        public Task ScaleOrdersAsync(string environment, long readUnits, long writeUnits, CancellationToken ct) =>
            _dynamo.UpdateTableAsync(new UpdateTableRequest($"{environment}-orders", new ProvisionedThroughput(readUnits, writeUnits)) { DeletionProtectionEnabled = true }, ct);

        // Step 1 of the "rename table" runbook: drop protection, then export, then delete.
        public Task PrepareRenameAsync(string environment, string table, CancellationToken ct)
        {
            var request = new UpdateTableRequest { TableName = $"{environment}-{table}" };
            request.DeletionProtectionEnabled = false; // expect: SRM501
            return _dynamo.UpdateTableAsync(request, ct);
        }
    }
}
