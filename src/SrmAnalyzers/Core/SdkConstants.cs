using System.Collections.Generic;

namespace SrmAnalyzers.Core
{
    /// <summary>
    /// Wire values of the SDK constant-class members the rules reason about. The analyzer never
    /// loads the SDK, so it cannot read a static readonly field's value; this table says what
    /// <c>S3CannedACL.PublicRead</c> means ("public-read"). A member missing here resolves to unknown.
    /// </summary>
    internal static class SdkConstants
    {
        private static readonly Dictionary<string, Dictionary<string, string>> WireValues = new()
        {
            ["Amazon.SQS.QueueAttributeName"] = new()
            {
                ["Policy"] = "Policy",
            },
            ["Amazon.S3.S3CannedACL"] = new()
            {
                ["NoACL"] = "",
                ["Private"] = "private",
                ["PublicRead"] = "public-read",
                ["PublicReadWrite"] = "public-read-write",
                ["AuthenticatedRead"] = "authenticated-read",
                ["AWSExecRead"] = "aws-exec-read",
                ["BucketOwnerRead"] = "bucket-owner-read",
                ["BucketOwnerFullControl"] = "bucket-owner-full-control",
                ["LogDeliveryWrite"] = "log-delivery-write",
            },
            ["Amazon.S3.ServerSideEncryptionMethod"] = new()
            {
                ["None"] = "",
                ["AES256"] = "AES256",
                ["AWSKMS"] = "aws:kms",
                ["AWSKMSDSSE"] = "aws:kms:dsse",
                ["AwsBackup"] = "aws:backup",
                ["AWSFSX"] = "aws:fsx",
            },
            ["Amazon.S3.ServerSideEncryptionCustomerMethod"] = new()
            {
                ["None"] = "",
                ["AES256"] = "AES256",
            },
            ["Amazon.S3.S3Permission"] = new()
            {
                ["READ"] = "READ",
                ["WRITE"] = "WRITE",
                ["READ_ACP"] = "READ_ACP",
                ["WRITE_ACP"] = "WRITE_ACP",
                ["FULL_CONTROL"] = "FULL_CONTROL",
                ["RESTORE_OBJECT"] = "RESTORE",
            },
            ["Amazon.S3.GranteeType"] = new()
            {
                ["CanonicalUser"] = "CanonicalUser",
                ["Email"] = "AmazonCustomerByEmail",
                ["Group"] = "Group",
            },
            ["Amazon.SimpleSystemsManagement.ParameterType"] = new()
            {
                ["String"] = "String",
                ["StringList"] = "StringList",
                ["SecureString"] = "SecureString",
            },
            ["Amazon.KeyManagementService.KeySpec"] = new()
            {
                ["SYMMETRIC_DEFAULT"] = "SYMMETRIC_DEFAULT",
                ["RSA_2048"] = "RSA_2048",
                ["RSA_3072"] = "RSA_3072",
                ["RSA_4096"] = "RSA_4096",
                ["ECC_NIST_P256"] = "ECC_NIST_P256",
                ["ECC_NIST_P384"] = "ECC_NIST_P384",
                ["ECC_NIST_P521"] = "ECC_NIST_P521",
                ["ECC_SECG_P256K1"] = "ECC_SECG_P256K1",
                ["ECC_NIST_EDWARDS25519"] = "ECC_NIST_EDWARDS25519",
                ["HMAC_224"] = "HMAC_224",
                ["HMAC_256"] = "HMAC_256",
                ["HMAC_384"] = "HMAC_384",
                ["HMAC_512"] = "HMAC_512",
                ["ML_DSA_44"] = "ML_DSA_44",
                ["ML_DSA_65"] = "ML_DSA_65",
                ["ML_DSA_87"] = "ML_DSA_87",
                ["ML_KEM_512"] = "ML_KEM_512",
                ["ML_KEM_768"] = "ML_KEM_768",
                ["ML_KEM_1024"] = "ML_KEM_1024",
                ["SM2"] = "SM2",
            },
            ["Amazon.KeyManagementService.CustomerMasterKeySpec"] = new()
            {
                ["SYMMETRIC_DEFAULT"] = "SYMMETRIC_DEFAULT",
                ["RSA_2048"] = "RSA_2048",
                ["RSA_3072"] = "RSA_3072",
                ["RSA_4096"] = "RSA_4096",
                ["ECC_NIST_P256"] = "ECC_NIST_P256",
                ["ECC_NIST_P384"] = "ECC_NIST_P384",
                ["ECC_NIST_P521"] = "ECC_NIST_P521",
                ["ECC_SECG_P256K1"] = "ECC_SECG_P256K1",
                ["HMAC_224"] = "HMAC_224",
                ["HMAC_256"] = "HMAC_256",
                ["HMAC_384"] = "HMAC_384",
                ["HMAC_512"] = "HMAC_512",
                ["SM2"] = "SM2",
            },
            ["Amazon.KeyManagementService.KeyUsageType"] = new()
            {
                ["ENCRYPT_DECRYPT"] = "ENCRYPT_DECRYPT",
                ["SIGN_VERIFY"] = "SIGN_VERIFY",
                ["GENERATE_VERIFY_MAC"] = "GENERATE_VERIFY_MAC",
                ["KEY_AGREEMENT"] = "KEY_AGREEMENT",
                ["ENCAPSULATE_DECAPSULATE"] = "ENCAPSULATE_DECAPSULATE",
            },
            ["Amazon.KeyManagementService.OriginType"] = new()
            {
                ["AWS_KMS"] = "AWS_KMS",
                ["EXTERNAL"] = "EXTERNAL",
                ["AWS_CLOUDHSM"] = "AWS_CLOUDHSM",
                ["EXTERNAL_KEY_STORE"] = "EXTERNAL_KEY_STORE",
            },
            ["Amazon.EC2.HttpTokensState"] = new()
            {
                ["Optional"] = "optional",
                ["Required"] = "required",
            },
            ["Amazon.EC2.LaunchTemplateHttpTokensState"] = new()
            {
                ["Optional"] = "optional",
                ["Required"] = "required",
            },
            ["Amazon.EC2.InstanceMetadataEndpointState"] = new()
            {
                ["Disabled"] = "disabled",
                ["Enabled"] = "enabled",
            },
            ["Amazon.EC2.LaunchTemplateInstanceMetadataEndpointState"] = new()
            {
                ["Disabled"] = "disabled",
                ["Enabled"] = "enabled",
            },
            ["Amazon.EC2.PermissionGroup"] = new()
            {
                ["All"] = "all",
            },
            ["Amazon.EC2.OperationType"] = new()
            {
                ["Add"] = "add",
                ["Remove"] = "remove",
            },
            ["Amazon.EC2.SnapshotAttributeName"] = new()
            {
                ["CreateVolumePermission"] = "createVolumePermission",
                ["ProductCodes"] = "productCodes",
            },
            ["Amazon.EC2.ImageAttributeName"] = new()
            {
                ["Description"] = "description",
                ["LaunchPermission"] = "launchPermission",
                ["ProductCodes"] = "productCodes",
            },
            ["Amazon.Lambda.FunctionUrlAuthType"] = new()
            {
                ["AWS_IAM"] = "AWS_IAM",
                ["NONE"] = "NONE",
            },
            ["Amazon.S3.VersionStatus"] = new()
            {
                ["Off"] = "Off",
                ["Enabled"] = "Enabled",
                ["Suspended"] = "Suspended",
            },
        };

        public static bool TryGetWireValue(string constantClassMetadataName, string memberName, out string value)
        {
            value = string.Empty;
            return WireValues.TryGetValue(constantClassMetadataName, out var members) && members.TryGetValue(memberName, out value!);
        }
    }
}
