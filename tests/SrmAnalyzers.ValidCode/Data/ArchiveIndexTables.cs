// ValidCode: DynamoDB tables of the archive index, protected against deletion. Sdk: v4
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Acme.ValidCode.Data
{
    /// <summary>Creates the document index table and keeps deletion protection on.</summary>
    public sealed class ArchiveIndexTables
    {
        private const string IndexTable = "archive-document-index";

        private readonly IAmazonDynamoDB _dynamo;

        public ArchiveIndexTables(IAmazonDynamoDB dynamo) => _dynamo = dynamo;

        public Task CreateIndexTableAsync(CancellationToken cancellationToken = default) =>
            _dynamo.CreateTableAsync(new CreateTableRequest
            {
                TableName = IndexTable,
                BillingMode = BillingMode.PAY_PER_REQUEST,
                AttributeDefinitions = new List<AttributeDefinition>
                {
                    new AttributeDefinition { AttributeName = "customerId", AttributeType = ScalarAttributeType.S },
                    new AttributeDefinition { AttributeName = "documentId", AttributeType = ScalarAttributeType.S },
                },
                KeySchema = new List<KeySchemaElement>
                {
                    new KeySchemaElement { AttributeName = "customerId", KeyType = KeyType.HASH },
                    new KeySchemaElement { AttributeName = "documentId", KeyType = KeyType.RANGE },
                },
                SSESpecification = new SSESpecification { Enabled = true, SSEType = SSEType.KMS, KMSMasterKeyId = "alias/archive-index" },
                DeletionProtectionEnabled = true, // compliant: SRM501
            }, cancellationToken);

        /// <summary>Turns deletion protection on for a table created before the policy existed.</summary>
        public Task ProtectExistingTableAsync(string tableName, CancellationToken cancellationToken = default) =>
            _dynamo.UpdateTableAsync(new UpdateTableRequest { TableName = tableName, DeletionProtectionEnabled = true }, cancellationToken); // compliant: SRM501

        /// <summary>Switches capacity mode; deletion protection is left as it is.</summary>
        public Task SwitchToOnDemandAsync(string tableName, CancellationToken cancellationToken = default) =>
            _dynamo.UpdateTableAsync(new UpdateTableRequest { TableName = tableName, BillingMode = BillingMode.PAY_PER_REQUEST }, cancellationToken); // compliant: SRM501
    }
}
