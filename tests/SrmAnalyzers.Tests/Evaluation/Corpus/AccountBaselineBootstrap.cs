// Evaluation corpus: new-account baseline applying compliant defaults across S3, DynamoDB, KMS, SSM, EC2 and IAM. Sdk: v4
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.EC2;
using Amazon.EC2.Model;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;

namespace Contoso.Landing.Baseline
{
    public sealed record BaselineClients(IAmazonS3 S3, IAmazonDynamoDB Dynamo, IAmazonKeyManagementService Kms, IAmazonSimpleSystemsManagement Ssm, IAmazonEC2 Ec2, IAmazonIdentityManagementService Iam);

    public sealed class AccountBaselineBootstrap
    {
        private readonly BaselineClients _c;

        public AccountBaselineBootstrap(BaselineClients clients) => _c = clients;

        public async Task ApplyAsync(string accountId, string logBucket, string ingressGroupId, string slackWebhook, string dbPassword)
        {
            await _c.S3.PutBucketVersioningAsync(new PutBucketVersioningRequest { BucketName = logBucket, VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled } });

            await _c.Dynamo.CreateTableAsync(new CreateTableRequest
            {
                TableName = "baseline-state",
                KeySchema = new List<KeySchemaElement> { new("id", Amazon.DynamoDBv2.KeyType.HASH) },
                AttributeDefinitions = new List<AttributeDefinition> { new("id", ScalarAttributeType.S) },
                BillingMode = BillingMode.PAY_PER_REQUEST,
                DeletionProtectionEnabled = true,
            });

            var key = await _c.Kms.CreateKeyAsync(new CreateKeyRequest { Description = "baseline default key" });
            await _c.Kms.EnableKeyRotationAsync(new EnableKeyRotationRequest { KeyId = key.KeyMetadata.KeyId });

            await _c.Ssm.PutParameterAsync(new PutParameterRequest { Name = "/baseline/db/password", Value = dbPassword, Type = ParameterType.SecureString, KeyId = key.KeyMetadata.KeyId });
            await _c.Ssm.PutParameterAsync(new PutParameterRequest { Name = "/baseline/kms/default-key", Value = key.KeyMetadata.Arn, Type = ParameterType.String });
            await _c.Ssm.PutParameterAsync(new PutParameterRequest { Name = "/baseline/slack/webhook-token", Value = slackWebhook, Type = ParameterType.String }); // expect: SRM104

            await _c.Ec2.EnableEbsEncryptionByDefaultAsync(new EnableEbsEncryptionByDefaultRequest());
            await _c.Ec2.ModifyInstanceMetadataDefaultsAsync(new ModifyInstanceMetadataDefaultsRequest { HttpTokens = MetadataDefaultHttpTokensState.Required });

            await _c.Ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
            {
                GroupId = ingressGroupId,
                IpPermissions = new List<IpPermission>
                {
                    new() { IpProtocol = "tcp", FromPort = 443, ToPort = 443, Ipv4Ranges = new List<IpRange> { new() { CidrIp = "0.0.0.0/0" } }, Ipv6Ranges = new List<Ipv6Range> { new() { CidrIpv6 = "::/0" } } },
                },
            });

            await _c.Iam.PutRolePolicyAsync(new PutRolePolicyRequest
            {
                RoleName = "baseline-automation",
                PolicyName = "pass-baseline-roles",
                PolicyDocument = $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:PassRole","Resource":"arn:aws:iam::{{accountId}}:role/baseline-*"}]}""",
            });
        }

        // Region-pinned client for the log archive; the endpoint was pasted from an old runbook.
        public static IAmazonS3 LogArchiveClient() =>
            new AmazonS3Client(new AmazonS3Config { ServiceURL = "http://s3.us-east-1.amazonaws.com" }); // expect: SRM102
    }
}
