// Evaluation corpus: sharing a KMS key with other accounts through key policies, once scoped and once to everybody. Sdk: v4
using System.Threading.Tasks;
using Amazon.KeyManagementService;

namespace Litware.Sharing.Kms
{
    public static class KmsCrossAccountKeyPolicy
    {
        private const string RootStatement =
            "{\"Sid\":\"Enable IAM User Permissions\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}";

        private const string OrganizationDecrypt =
            "{\"Sid\":\"OrgDecrypt\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":[\"kms:Decrypt\",\"kms:DescribeKey\"],\"Resource\":\"*\"," +
            "\"Condition\":{\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-a1b2c3d4e5\"}}}";

        private const string AnyoneDecrypt =
            "{\"Sid\":\"SharedDecrypt\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":[\"kms:Decrypt\",\"kms:DescribeKey\"],\"Resource\":\"*\"}";

        private const string ScopedPolicy = "{\"Version\":\"2012-10-17\",\"Statement\":[" + RootStatement + "," + OrganizationDecrypt + "]}";

        private const string OpenPolicy = "{\"Version\":\"2012-10-17\",\"Statement\":[" + RootStatement + "," + AnyoneDecrypt + "]}";

        public static Task ShareWithOrganizationAsync(IAmazonKeyManagementService kms, string keyId) =>
            kms.PutKeyPolicyAsync(keyId, ScopedPolicy, "default");

        public static async Task ShareWithPartnersAsync(IAmazonKeyManagementService kms, string keyId)
        {
            // The partner list changes weekly, so the principal was "simplified".
            await kms.PutKeyPolicyAsync(keyId, OpenPolicy, "default"); // expect: SRM202
        }

        public static async Task<string> CreateSharedKeyAsync(IAmazonKeyManagementService kms)
        {
            var created = await kms.CreateKeyAsync(new Amazon.KeyManagementService.Model.CreateKeyRequest // expect: SRM202
            {
                Description = "Partner exchange key",
                Policy = OpenPolicy,
            });
            await kms.EnableKeyRotationAsync(created.KeyMetadata.KeyId);
            return created.KeyMetadata.KeyId;
        }

        public static async Task<bool> IsSharedAsync(IAmazonKeyManagementService kms, string keyId)
        {
            var policy = await kms.GetKeyPolicyAsync(new Amazon.KeyManagementService.Model.GetKeyPolicyRequest
            {
                KeyId = keyId,
                PolicyName = "default",
            });
            return policy.Policy.Contains("OrgDecrypt") || policy.Policy.Contains("SharedDecrypt");
        }
    }
}
