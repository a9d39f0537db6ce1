// Evaluation corpus: CLI tearing down a feature environment (tables, buckets, keys, network rules) before deletion. Sdk: v4
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.EC2;
using Amazon.EC2.Model;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Amazon.S3;
using Amazon.S3.Model;

namespace Proseware.Environments.Teardown
{
    public static class EnvironmentTeardownCli
    {
        private const int KeyWindowDays = 7;

        public static async Task<int> Main(string[] args)
        {
            if (args.Length < 4)
            {
                Console.Error.WriteLine("usage: teardown <env> <bucket> <key-id> <security-group-id>");
                return 2;
            }

            var (environment, bucket, keyId, groupId) = (args[0], args[1], args[2], args[3]);
            using var dynamo = new AmazonDynamoDBClient();
            using var s3 = new AmazonS3Client();
            using var kms = new AmazonKeyManagementServiceClient();
            using var ec2 = new AmazonEC2Client();

            foreach (var table in new[] { "orders", "carts", "sessions" })
            {
                var unprotect = new UpdateTableRequest { TableName = $"{environment}-{table}", DeletionProtectionEnabled = false }; // expect: SRM501
                await dynamo.UpdateTableAsync(unprotect);
                await dynamo.DeleteTableAsync(new DeleteTableRequest { TableName = unprotect.TableName });
            }

            // Stop new versions so the emptying loop finishes.
            await s3.PutBucketVersioningAsync(new PutBucketVersioningRequest // expect: SRM501
            {
                BucketName = bucket,
                VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Suspended },
            });

            await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = KeyWindowDays }); // expect: SRM105

            await ec2.RevokeSecurityGroupIngressAsync(new RevokeSecurityGroupIngressRequest
            {
                GroupId = groupId,
                IpPermissions = new List<IpPermission>
                {
                    new() { IpProtocol = "tcp", FromPort = 22, ToPort = 22, Ipv4Ranges = new List<IpRange> { new() { CidrIp = "0.0.0.0/0" } } },
                    new() { IpProtocol = "-1", Ipv6Ranges = new List<Ipv6Range> { new() { CidrIpv6 = "::/0" } } },
                },
            });
            await ec2.DeleteSecurityGroupAsync(new DeleteSecurityGroupRequest { GroupId = groupId });

            Console.WriteLine($"{environment} torn down");
            return 0;
        }
    }
}
