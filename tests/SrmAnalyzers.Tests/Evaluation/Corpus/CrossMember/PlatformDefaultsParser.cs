// Evaluation corpus: platform team's environment-variable parser feeding instance and table provisioning through fields. Sdk: v4
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.EC2;
using Amazon.EC2.Model;
using KeyType = Amazon.DynamoDBv2.KeyType;

namespace Litware.Platform.Provisioning
{
    internal static class PlatformDefaults
    {
        public static HttpTokensState MetadataTokens(string? value)
        {
            if (value == "required")
            {
                return HttpTokensState.Required;
            }

            // Older AMIs ship an agent that only speaks IMDSv1.
            return HttpTokensState.Optional; // expect: SRM404
        }

        public static bool TableDeletionProtection(string? value) =>
            bool.TryParse(value, out var parsed) ? parsed : false; // expect: SRM501

        public static bool CacheTableDeletionProtection(string? value) =>
            bool.TryParse(value, out var parsed) ? parsed : true;

        public static HttpTokensState BuildAgentTokens(string? value) =>
            value is null ? HttpTokensState.Required : HttpTokensState.FindValue(value);
    }

    public sealed class EnvironmentProvisioner
    {
        private readonly IAmazonEC2 _ec2;
        private readonly IAmazonDynamoDB _dynamo;
        private readonly HttpTokensState _tokens = PlatformDefaults.MetadataTokens(Environment.GetEnvironmentVariable("PLATFORM_IMDS"));
        private readonly HttpTokensState _agentTokens = PlatformDefaults.BuildAgentTokens(Environment.GetEnvironmentVariable("AGENT_IMDS"));
        private readonly bool _protectTables;
        private readonly bool _protectCaches;

        public EnvironmentProvisioner(IAmazonEC2 ec2, IAmazonDynamoDB dynamo)
        {
            _ec2 = ec2;
            _dynamo = dynamo;
            _protectTables = PlatformDefaults.TableDeletionProtection(Environment.GetEnvironmentVariable("PLATFORM_TABLE_PROTECTION"));
            _protectCaches = PlatformDefaults.CacheTableDeletionProtection(Environment.GetEnvironmentVariable("PLATFORM_CACHE_PROTECTION"));
        }

        public async Task<string> LaunchAppServerAsync(string imageId, string subnetId)
        {
            var response = await _ec2.RunInstancesAsync(new RunInstancesRequest
            {
                ImageId = imageId,
                SubnetId = subnetId,
                InstanceType = InstanceType.M6iLarge,
                MinCount = 1,
                MaxCount = 1,
                MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = _tokens, HttpPutResponseHopLimit = 1 },
            });
            return response.Reservation.Instances[0].InstanceId;
        }

        public async Task<string> LaunchBuildAgentAsync(string imageId)
        {
            var request = new RunInstancesRequest { ImageId = imageId, MinCount = 1, MaxCount = 1 };
            request.MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = _agentTokens };
            var response = await _ec2.RunInstancesAsync(request);
            return response.Reservation.Instances[0].InstanceId;
        }

        public Task CreateOrdersTableAsync(string environment) =>
            _dynamo.CreateTableAsync(new CreateTableRequest
            {
                TableName = $"{environment}-orders",
                BillingMode = BillingMode.PAY_PER_REQUEST,
                AttributeDefinitions = new List<AttributeDefinition> { new("pk", ScalarAttributeType.S) },
                KeySchema = new List<KeySchemaElement> { new("pk", KeyType.HASH) },
                DeletionProtectionEnabled = _protectTables,
            });

        public Task CreateSessionCacheTableAsync(string environment) =>
            _dynamo.CreateTableAsync(new CreateTableRequest
            {
                TableName = $"{environment}-sessions",
                BillingMode = BillingMode.PAY_PER_REQUEST,
                AttributeDefinitions = new List<AttributeDefinition> { new("id", ScalarAttributeType.S) },
                KeySchema = new List<KeySchemaElement> { new("id", KeyType.HASH) },
                DeletionProtectionEnabled = _protectCaches,
            });
    }
}
