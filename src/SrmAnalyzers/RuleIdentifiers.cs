namespace SrmAnalyzers
{
    /// <summary>
    /// Every rule ID of the package. The hundreds digit names the customer duty of the AWS Shared
    /// Responsibility Model that the rule enforces (see <see cref="Duties"/>).
    /// </summary>
    internal static class RuleIdentifiers
    {
        public const string S3ObjectWithoutChosenEncryption = "SRM101";
        public const string TlsDisabled = "SRM102";
        public const string UnencryptedEbsVolume = "SRM103";
        public const string PlainTextSecretParameter = "SRM104";
        public const string WeakKmsKeyManagement = "SRM105";
        public const string UnencryptedRdsStorage = "SRM106";
        public const string WildcardPolicyAction = "SRM201";
        public const string PublicPolicyPrincipal = "SRM202";
        public const string PassRoleOnAnyResource = "SRM203";
        public const string HardCodedCredentials = "SRM301";
        public const string PublicS3Acl = "SRM401";
        public const string WeakenedS3BlockPublicAccess = "SRM402";
        public const string WorldOpenSecurityGroup = "SRM403";
        public const string InstanceMetadataV1Allowed = "SRM404";
        public const string PublicSnapshotShare = "SRM405";
        public const string PublicRdsInstance = "SRM406";
        public const string ResilienceProtectionOff = "SRM501";
        public const string AuditLoggingDisabled = "SRM502";

        /// <summary>9xx: the package's own configuration, not a customer duty.</summary>
        public const string InvalidOption = "SRM901";

        public const string HelpLinkBase = "https://github.com/SrmAnalyzers/SrmAnalyzers/blob/main/docs/rules/";

        public static string HelpLink(string ruleId) => HelpLinkBase + ruleId + ".md";
    }
}
