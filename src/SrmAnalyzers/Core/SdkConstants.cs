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
