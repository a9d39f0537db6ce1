namespace SrmAnalyzers
{
    /// <summary>
    /// The customer duties ("security IN the cloud") that rules enforce. Message suffixes are
    /// constants so descriptors stay constant expressions for release tracking.
    /// </summary>
    internal static class Duties
    {
        public const string DataProtectionTag = "duty:data-protection";
        public const string IdentityAndAccessTag = "duty:identity-and-access-management";
        public const string CredentialsTag = "duty:credentials-and-account-management";
        public const string NetworkAndAccessTag = "duty:network-and-access-configuration";
        public const string LoggingAndResilienceTag = "duty:logging-monitoring-and-resilience";

        public const string EncryptionAtRest = " (customer duty: data protection — encryption at rest)";
        public const string EncryptionInTransit = " (customer duty: data protection — encryption in transit)";
        public const string SecretsAtRest = " (customer duty: data protection — secrets at rest)";
        public const string KeyManagement = " (customer duty: data protection — key management)";
        public const string LeastPrivilege = " (customer duty: identity and access management — least privilege)";
        public const string WhoMayAct = " (customer duty: identity and access management — who may act on a resource)";
        public const string Credentials = " (customer duty: credentials and account management)";
        public const string PublicExposure = " (customer duty: network and access configuration — public exposure)";
        public const string Firewalls = " (customer duty: network and access configuration — firewalls)";
        public const string InstanceConfiguration = " (customer duty: network and access configuration — instance configuration)";
        public const string Resilience = " (customer duty: logging, monitoring and resilience — versioning and deletion protection)";
        public const string AuditLogging = " (customer duty: logging, monitoring and resilience — audit logging and threat detection)";
    }
}
