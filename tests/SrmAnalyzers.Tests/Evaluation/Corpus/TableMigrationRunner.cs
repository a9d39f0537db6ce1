// Evaluation corpus: schema migration runner for DynamoDB (local and AWS) beside a look-alike Cassandra migration API. Sdk: v4
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Microsoft.Extensions.Configuration;

namespace Tailspin.Migrations
{
    public sealed class TableMigrationRunner
    {
        private readonly IAmazonDynamoDB _dynamo;
        private readonly IConfiguration _configuration;

        public TableMigrationRunner(IConfiguration configuration)
        {
            _configuration = configuration;
            var local = configuration["Dynamo:Local"] == "true";
            _dynamo = local
                ? new AmazonDynamoDBClient(new AmazonDynamoDBConfig { ServiceURL = "http://localhost:8000" })
                : new AmazonDynamoDBClient();
        }

        public async Task MigrateAsync()
        {
            await _dynamo.CreateTableAsync(new CreateTableRequest
            {
                TableName = "sessions",
                KeySchema = new List<KeySchemaElement> { new("id", KeyType.HASH) },
                AttributeDefinitions = new List<AttributeDefinition> { new("id", ScalarAttributeType.S) },
                BillingMode = BillingMode.PAY_PER_REQUEST,
                DeletionProtectionEnabled = _configuration.GetValue<bool>("Dynamo:Protect"),
            });

            await _dynamo.UpdateTableAsync(DropProtectionForBackfill("events"));
            await _dynamo.UpdateTableAsync(RestoreProtection("events"));
        }

        // Backfill job recreates the table from S3; the migration drops protection first.
        private static UpdateTableRequest DropProtectionForBackfill(string table) =>
            new UpdateTableRequest { TableName = table, DeletionProtectionEnabled = false }; // expect: SRM501

        private static UpdateTableRequest RestoreProtection(string table) =>
            new UpdateTableRequest { TableName = table, DeletionProtectionEnabled = true };

        // Cassandra side of the dual-write migration: its own CreateTableRequest type.
        public void MigrateCassandra()
        {
            var table = new Tailspin.Cassandra.Admin.CreateTableRequest { Keyspace = "events", Name = "by_day", DeletionProtectionEnabled = false };
            Console.WriteLine($"cassandra table {table.Keyspace}.{table.Name}");
        }
    }
}

namespace Tailspin.Cassandra.Admin
{
    public sealed class CreateTableRequest
    {
        public string Keyspace { get; set; } = string.Empty;
        public string Name { get; set; } = string.Empty;
        public bool DeletionProtectionEnabled { get; set; }
    }
}
