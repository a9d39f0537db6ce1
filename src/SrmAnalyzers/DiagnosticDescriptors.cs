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

        public static readonly DiagnosticDescriptor S3ObjectWithoutChosenEncryption = new(
            RuleIdentifiers.S3ObjectWithoutChosenEncryption,
            title: "S3 object write does not choose server-side encryption",
            messageFormat: "{0}" + Duties.EncryptionAtRest,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "S3 object writes should choose their server-side encryption (SSE-KMS for data that needs key control and audit). S3 applies SSE-S3 by default since January 2023; choosing encryption explicitly keeps key control with the customer.",
            helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.S3ObjectWithoutChosenEncryption),
            customTags: Tags(Duties.DataProtectionTag, "CWE-311", "FSBP:S3.17"));

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
            customTags: Tags(Duties.IdentityAndAccessTag, "CWE-284", "FSBP:S3.2", "FSBP:S3.3", "FSBP:SNS.4"));

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

        private static string[] Tags(params string[] tags) => tags;
    }
}
