using Microsoft.CodeAnalysis;

namespace SrmAnalyzers
{
    /// <summary>
    /// The one place where descriptors are built: every rule gets its help link, the Security
    /// category and its duty/CWE/FSBP tags (they reach SARIF as properties.tags) from here.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        public const string Category = "Security";

        /// <summary>Category of the package's own configuration diagnostics (SRM9xx).</summary>
        public const string ConfigurationCategory = "Configuration";

        public static readonly DiagnosticDescriptor S3ObjectWithoutChosenEncryption = new(
            RuleIdentifiers.S3ObjectWithoutChosenEncryption,
            title: "S3 object write does not choose server-side encryption",
            messageFormat: "{0}" + Duties.EncryptionAtRest,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "S3 object writes, and presigned PUT URLs, should choose their server-side encryption (SSE-KMS for data that needs key control and audit). S3 applies SSE-S3 by default since January 2023; choosing encryption explicitly keeps key control with the customer, and a presigned PUT URL that signs no choice leaves it to whoever uploads.",
            helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.S3ObjectWithoutChosenEncryption),
            customTags: Tags(Duties.DataProtectionTag, "CWE-311", "FSBP:S3.17"));

        public static readonly DiagnosticDescriptor TlsDisabled = new(
            RuleIdentifiers.TlsDisabled,
            title: "TLS is turned off for AWS traffic",
            messageFormat: "{0}" + Duties.EncryptionInTransit,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "UseHttp, http:// service URLs to non-local hosts and HTTP presigned URLs send requests, data and signatures over the network unencrypted.",
            helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.TlsDisabled),
            customTags: Tags(Duties.DataProtectionTag, "CWE-319", "FSBP:S3.5"));

        public static readonly DiagnosticDescriptor UnencryptedEbsVolume = new(
            RuleIdentifiers.UnencryptedEbsVolume,
            title: "EBS volume is not encrypted",
            messageFormat: "{0}" + Duties.EncryptionAtRest,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "EBS volumes and launch block devices should set Encrypted = true (or rely on account-level EBS encryption by default, which the code cannot show).",
            helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.UnencryptedEbsVolume),
            customTags: Tags(Duties.DataProtectionTag, "CWE-311", "FSBP:EC2.3", "FSBP:EC2.7"));

        public static readonly DiagnosticDescriptor UnencryptedRdsStorage = new(
            RuleIdentifiers.UnencryptedRdsStorage,
            title: "RDS storage is not encrypted",
            messageFormat: "{0}" + Duties.EncryptionAtRest,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "An RDS DB instance or cluster should be created with StorageEncrypted = true: its storage, automated backups, snapshots and read replicas are encrypted only then, and encryption cannot be turned on later without copying a snapshot.",
            helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.UnencryptedRdsStorage),
            customTags: Tags(Duties.DataProtectionTag, "CWE-311", "FSBP:RDS.3", "FSBP:RDS.27"));

        public static readonly DiagnosticDescriptor PlainTextSecretParameter = new(
            RuleIdentifiers.PlainTextSecretParameter,
            title: "Secret stored as a plain-text SSM parameter",
            messageFormat: "{0}" + Duties.SecretsAtRest,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A parameter whose name or description says it holds a secret should be a SecureString, encrypted with KMS.",
            helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.PlainTextSecretParameter),
            customTags: Tags(Duties.DataProtectionTag, "CWE-312"));

        public static readonly DiagnosticDescriptor WeakKmsKeyManagement = new(
            RuleIdentifiers.WeakKmsKeyManagement,
            title: "KMS key management is weakened",
            messageFormat: "{0}" + Duties.KeyManagement,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Keys scheduled for deletion need a waiting period long enough to notice a mistake; symmetric encryption keys should rotate automatically.",
            helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.WeakKmsKeyManagement),
            customTags: Tags(Duties.DataProtectionTag, "FSBP:KMS.3", "FSBP:KMS.4"));

        public static readonly DiagnosticDescriptor WildcardPolicyAction = new(
            RuleIdentifiers.WildcardPolicyAction,
            title: "Policy allows wildcard actions",
            messageFormat: "{0}" + Duties.LeastPrivilege,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "An Allow statement whose Action is '*' or 'service:*', or that combines Allow with NotAction/NotResource, grants far more than the code needs.",
            helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.WildcardPolicyAction),
            customTags: Tags(Duties.IdentityAndAccessTag, "CWE-732", "FSBP:IAM.1", "FSBP:IAM.21"));

        public static readonly DiagnosticDescriptor PublicPolicyPrincipal = new(
            RuleIdentifiers.PublicPolicyPrincipal,
            title: "Policy allows any principal without a condition",
            messageFormat: "{0}" + Duties.WhoMayAct,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "An Allow statement for principal '*' without a Condition lets anyone, in any account or none, act on the resource.",
            helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.PublicPolicyPrincipal),
            customTags: Tags(Duties.IdentityAndAccessTag, "CWE-284", "FSBP:S3.2", "FSBP:S3.3", "FSBP:SNS.4", "FSBP:Lambda.1"));

        public static readonly DiagnosticDescriptor PassRoleOnAnyResource = new(
            RuleIdentifiers.PassRoleOnAnyResource,
            title: "Policy allows passing any role",
            messageFormat: "{0}" + Duties.LeastPrivilege,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "iam:PassRole on Resource '*' lets the holder hand any role, including administrator roles, to a service: a privilege-escalation path.",
            helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.PassRoleOnAnyResource),
            customTags: Tags(Duties.IdentityAndAccessTag, "CWE-269"));

        public static readonly DiagnosticDescriptor HardCodedCredentials = new(
            RuleIdentifiers.HardCodedCredentials,
            title: "AWS credentials are hard-coded",
            messageFormat: "{0}" + Duties.Credentials,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Access keys in source code leak through source control, build logs and binaries. Use the SDK's default credential chain (environment, profile, IAM role).",
            helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.HardCodedCredentials),
            customTags: Tags(Duties.CredentialsTag, "CWE-798"));

        public static readonly DiagnosticDescriptor PublicS3Acl = new(
            RuleIdentifiers.PublicS3Acl,
            title: "S3 ACL grants public access",
            messageFormat: "{0}" + Duties.PublicExposure,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Canned ACLs public-read, public-read-write and authenticated-read, and grants to the AllUsers or AuthenticatedUsers groups, expose objects or buckets to everyone.",
            helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.PublicS3Acl),
            customTags: Tags(Duties.NetworkAndAccessTag, "CWE-732", "FSBP:S3.2", "FSBP:S3.3", "FSBP:S3.12"));

        public static readonly DiagnosticDescriptor WeakenedS3BlockPublicAccess = new(
            RuleIdentifiers.WeakenedS3BlockPublicAccess,
            title: "S3 Block Public Access is weakened",
            messageFormat: "{0}" + Duties.PublicExposure,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Block Public Access should keep BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets all true; deleting the configuration removes the guard entirely.",
            helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.WeakenedS3BlockPublicAccess),
            customTags: Tags(Duties.NetworkAndAccessTag, "FSBP:S3.1", "FSBP:S3.8"));

        public static readonly DiagnosticDescriptor WorldOpenSecurityGroup = new(
            RuleIdentifiers.WorldOpenSecurityGroup,
            title: "Security group is open to the internet",
            messageFormat: "{0}" + Duties.Firewalls,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Ingress from 0.0.0.0/0 or ::/0 exposes the port to every host on the internet; administration and database ports are reported as errors.",
            helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.WorldOpenSecurityGroup),
            customTags: Tags(Duties.NetworkAndAccessTag, "CWE-284", "FSBP:EC2.13", "FSBP:EC2.14", "FSBP:EC2.18", "FSBP:EC2.19"));

        public static readonly DiagnosticDescriptor InstanceMetadataV1Allowed = new(
            RuleIdentifiers.InstanceMetadataV1Allowed,
            title: "EC2 instance allows IMDSv1",
            messageFormat: "{0}" + Duties.InstanceConfiguration,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "IMDSv1 answers unauthenticated GET requests, so an SSRF bug can steal the instance role's credentials; require IMDSv2 session tokens.",
            helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.InstanceMetadataV1Allowed),
            customTags: Tags(Duties.NetworkAndAccessTag, "FSBP:EC2.8"));

        public static readonly DiagnosticDescriptor PublicSnapshotShare = new(
            RuleIdentifiers.PublicSnapshotShare,
            title: "Snapshot or image shared with everyone",
            messageFormat: "{0}" + Duties.PublicExposure,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "An EBS snapshot, AMI, or RDS DB (cluster) snapshot should not be shared with the group 'all': every AWS account can then copy it, and create a volume, launch an instance or restore a database from it, so the data it holds is public.",
            helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.PublicSnapshotShare),
            customTags: Tags(Duties.NetworkAndAccessTag, "CWE-200", "FSBP:EC2.1", "FSBP:RDS.1"));

        public static readonly DiagnosticDescriptor PublicRdsInstance = new(
            RuleIdentifiers.PublicRdsInstance,
            title: "RDS instance is publicly accessible",
            messageFormat: "{0}" + Duties.PublicExposure,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "An RDS DB instance should not be created or modified with PubliclyAccessible = true: it then gets a DNS name that resolves to a public IP address, and only its security groups and password stand between the database and the internet.",
            helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.PublicRdsInstance),
            customTags: Tags(Duties.NetworkAndAccessTag, "CWE-284", "FSBP:RDS.2"));

        public static readonly DiagnosticDescriptor ResilienceProtectionOff = new(
            RuleIdentifiers.ResilienceProtectionOff,
            title: "Resilience protection is turned off",
            messageFormat: "{0}" + Duties.Resilience,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Suspending S3 versioning or turning off DynamoDB or RDS deletion protection removes the customer's protection against accidental or malicious deletion.",
            helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.ResilienceProtectionOff),
            customTags: Tags(Duties.LoggingAndResilienceTag, "FSBP:S3.14", "FSBP:DynamoDB.6", "FSBP:RDS.7", "FSBP:RDS.8"));

        public static readonly DiagnosticDescriptor AuditLoggingDisabled = new(
            RuleIdentifiers.AuditLoggingDisabled,
            title: "Audit logging or threat detection is turned off",
            messageFormat: "{0}" + Duties.AuditLogging,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Stopping or deleting a CloudTrail trail, an AWS Config recorder, a GuardDuty detector or VPC flow logs, or turning off CloudTrail log file validation, loses the record of who did what in the account, or the detection of threats in it.",
            helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.AuditLoggingDisabled),
            customTags: Tags(Duties.LoggingAndResilienceTag, "CWE-778", "FSBP:CloudTrail.1", "FSBP:CloudTrail.4", "FSBP:GuardDuty.1", "FSBP:Config.1", "FSBP:EC2.6"));

        public static readonly DiagnosticDescriptor InvalidOption = new(
            RuleIdentifiers.InvalidOption,
            title: "SrmAnalyzers option is not valid",
            messageFormat: "{0}",
            ConfigurationCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "An srm.* option in .editorconfig or .globalconfig has a value the rule does not accept; the rule uses its default instead.",
            helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.InvalidOption),
            customTags: Tags("Configuration", WellKnownDiagnosticTags.CompilationEnd));

        private static string[] Tags(params string[] tags) => tags;
    }
}
