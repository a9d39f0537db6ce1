using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SrmAnalyzers.Tests.Infrastructure;

namespace SrmAnalyzers.Tests.ValidCode
{
    /// <summary>
    /// tests/SrmAnalyzers.ValidCode is correct AWS SDK usage: every analyzer of the package must stay
    /// silent on it (its build fails otherwise), it must keep a compliant example of every rule, and a
    /// known mistake put into one of its compliant statements must be reported, which shows the
    /// analyzers really see the project and its configuration.
    /// </summary>
    public class ValidCodeTests
    {
        /// <summary>
        /// (file, compliant text, the same text with a mistake, the rule that must then fire). The
        /// compliant text occurs exactly once in the file; ".editorconfig" mutates the project's options.
        /// </summary>
        public static readonly TheoryData<string, string, string, string> Mutations = new()
        {
            { "Storage/DocumentArchive.cs", "ServerSideEncryptionCustomerMethod = ServerSideEncryptionCustomerMethod.AES256", "ServerSideEncryptionCustomerMethod = ServerSideEncryptionCustomerMethod.None", "SRM101" },
            // AES256 is a choice, but srm.SRM101.required_encryption = kms in the project's .editorconfig rejects it.
            { "Storage/DocumentArchive.cs", "ServerSideEncryptionMethod.AWSKMSDSSE;", "ServerSideEncryptionMethod.AES256;", "SRM101" },
            { "Storage/ReportsBucketPolicy.cs", "ServerSideEncryptionMethod = \"aws:kms\"", "ServerSideEncryptionMethod = \"AES256\"", "SRM101" },
            { "Storage/SharedDatasetBucket.cs", "ServerSideEncryptionMethod.AWSKMSDSSE : ServerSideEncryptionMethod.AWSKMS", "ServerSideEncryptionMethod.AWSKMSDSSE : ServerSideEncryptionMethod.None", "SRM101" },
            { "Storage/ClassifiedUploads.cs", "request.ServerSideEncryptionMethod = DefaultEncryption;", "request.ServerSideEncryptionMethod = ServerSideEncryptionMethod.None;", "SRM101" },
            { "Storage/ClassifiedUploads.cs", "_ => ServerSideEncryptionMethod.AWSKMS,", "_ => ServerSideEncryptionMethod.None,", "SRM101" },
            { "Storage/ClassifiedUploads.cs", "ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,", "ContentType = \"application/octet-stream\",", "SRM101" },
            { "Storage/ClassifiedUploads.cs", "ServerSideEncryptionMethod = DefaultEncryption, // compliant: SRM101", "ServerSideEncryptionMethod = ServerSideEncryptionMethod.None, // compliant: SRM101", "SRM101" },
            { "Storage/DocumentArchive.cs", "Protocol = Protocol.HTTPS", "Protocol = Protocol.HTTP", "SRM102" },
            // minio.ci.internal is allowed by srm.SRM102.allowed_http_hosts; another internal host is not.
            { "Storage/LocalEmulatorStorage.cs", "\"http://minio.ci.internal:9000\"", "\"http://minio.corp.internal:9000\"", "SRM102" },
            { "Storage/LocalEmulatorStorage.cs", "\"http://host.docker.internal:4566\"", "\"http://reports.internal:4566\"", "SRM102" },
            { "Identity/AwsClientFactory.cs", "UseHttp = false", "UseHttp = true", "SRM102" },
            { "Storage/LocalEmulatorStorage.cs", "$\"http://127.0.0.1:{mappedPort}\"", "$\"http://10.0.0.5:{mappedPort}\"", "SRM102" },
            { "Compute/ArchiveWorkerLauncher.cs", "request.Encrypted = true;", "request.Encrypted = false;", "SRM103" },
            { "Data/ReportingDatabases.cs", "EncryptStorage = true;", "EncryptStorage = false;", "SRM106" },
            { "Compute/ArchiveWorkerLauncher.cs", "new CreateVolumePermission { UserId = RecoveryAccountId } }, // compliant: SRM405", "new CreateVolumePermission { Group = PermissionGroup.All } }, // compliant: SRM405", "SRM405" },
            { "Data/ReportingDatabases.cs", "PubliclyAccessible = false, // compliant: SRM406", "PubliclyAccessible = true, // compliant: SRM406", "SRM406" },
            { "Compute/ArchiveWorkerLauncher.cs", "VolumeType = VolumeType.Gp3, Encrypted = true, KmsKeyId = EbsKeyAlias", "VolumeType = VolumeType.Gp3, KmsKeyId = EbsKeyAlias", "SRM103" },
            { "Configuration/ArchiveSettingsStore.cs", "/archive/db/host\"", "/archive/db/root-token\"", "SRM104" },
            { "Configuration/ArchiveSettingsStore.cs", "/archive/db/password-min-length\"", "/archive/db/replica-password\"", "SRM104" },
            { "Configuration/ArchiveSettingsStore.cs", "/archive/session/token-ttl", "/archive/session/signing-token", "SRM104" },
            { "Configuration/ArchiveSettingsStore.cs", "Type = \"SecureString\"", "Type = \"String\"", "SRM104" },
            { "Configuration/ArchiveSettingsStore.cs", "Description = \"Minimum password length for user accounts\"", "Description = \"Password of the user accounts admin\"", "SRM104" },
            // 14 days is allowed by srm.SRM105.min_pending_days = 14.
            { "Keys/ArchiveKeyManager.cs", "PendingWindowInDays = 14", "PendingWindowInDays = 7", "SRM105" },
            { "Keys/ArchiveKeyManager.cs", "await TurnOnRotationAsync(created.KeyMetadata.KeyId, cancellationToken);", "_ = cancellationToken;", "SRM105" },
            { "Keys/ArchiveKeyManager.cs", "KeySpec = KeySpec.ECC_NIST_P256,\n                KeyUsage = KeyUsageType.SIGN_VERIFY,", "KeySpec = KeySpec.SYMMETRIC_DEFAULT,\n                KeyUsage = KeyUsageType.ENCRYPT_DECRYPT,", "SRM105" },
            { "Keys/ArchiveKeyManager.cs", "KeySpec = KeySpec.HMAC_256,\n                KeyUsage = KeyUsageType.GENERATE_VERIFY_MAC,", "KeyUsage = KeyUsageType.ENCRYPT_DECRYPT,", "SRM105" },
            { "Storage/ArchiveBucketProvisioner.cs", "\"Action\": [ \"s3:GetObject\", \"s3:ListBucket\" ],", "\"Action\": \"s3:*\",", "SRM201" },
            { "Identity/WorkloadRoleProvisioner.cs", "\"Action\": [ \"kms:Decrypt\", \"kms:GenerateDataKey\" ],", "\"Action\": \"kms:*\",", "SRM201" },
            { "Identity/WorkloadRoleProvisioner.cs", "\"Sid\": \"DenyOutsideEu\",\n                          \"Effect\": \"Deny\",", "\"Sid\": \"DenyOutsideEu\",\n                          \"Effect\": \"Allow\",", "SRM201" },
            { "Storage/ReportsBucketPolicy.cs", "new ActionIdentifier(\"s3:GetObject\"), new ActionIdentifier(\"s3:ListBucket\")", "new ActionIdentifier(\"s3:*\")", "SRM201" },
            { "Messaging/ScheduledJobsQueue.cs", "Action = \"sqs:SendMessage\",", "Action = \"sqs:*\",", "SRM201" },
            { "Keys/ArchiveKeyManager.cs", "\"kms:Create*\", \"kms:Describe*\", \"kms:Enable*\",", "\"kms:*\",", "SRM201" },
            { "Keys/ArchiveKeyManager.cs", "\"arn:aws:iam::{{accountId}}:root\" }", "\"arn:aws:iam::{{accountId}}:role/operations\" }", "SRM201" },
            { "Storage/ArchiveBucketProvisioner.cs", "\"Principal\": { \"AWS\": \"arn:aws:iam::111122223333:role/archive-reader\" },", "\"Principal\": { \"AWS\": \"*\" },", "SRM202" },
            { "Identity/WorkloadRoleProvisioner.cs", "\"Principal\": { \"Service\": \"ec2.amazonaws.com\" }", "\"Principal\": \"*\"", "SRM202" },
            { "Messaging/OrderEventsFanout.cs", "\"Principal\": { \"AWS\": \"arn:aws:iam::111122223333:role/order-service\" },", "\"Principal\": { \"AWS\": \"*\" },", "SRM202" },
            { "Storage/ReportsBucketPolicy.cs", ".WithPrincipals(new Principal(Principal.AWS_PROVIDER, \"arn:aws:iam::111122223333:role/reports-reader\", false))", ".WithPrincipals(Principal.AllUsers)", "SRM202" },
            { "Compute/ThumbnailInvokePermissions.cs", "                PrincipalOrgID = organizationId,\n", "", "SRM202" },
            { "Storage/SharedDatasetBucket.cs", ",\n                      \"Condition\": { \"StringEquals\": { \"aws:PrincipalOrgID\": \"{{organizationId}}\" } }", "", "SRM202" },
            { "Storage/ClassifiedUploads.cs", "\n                        .WithConditions(ConditionFactory.NewCondition(ConditionFactory.StringComparisonType.StringEquals, \"aws:PrincipalOrgID\", organizationId)),", ",", "SRM202" },
            { "Identity/WorkloadRoleProvisioner.cs", "\"Resource\": \"arn:aws:iam::111122223333:role/archive-service\",", "\"Resource\": \"*\",", "SRM203" },
            { "Identity/WorkloadRoleProvisioner.cs", "\"arn:aws:iam::111122223333:role/batch/*\"", "\"*\"", "SRM203" },
            { "Identity/WorkloadRoleProvisioner.cs", "\"iam:Get*\", \"iam:List*\"", "\"iam:P*\", \"iam:List*\"", "SRM203" },
            { "Identity/AwsClientFactory.cs", "new AmazonS3Client(credentials, _region)", "new AmazonS3Client(\"AKIA2OGYBAH6QXKPZK7N\", \"p3Nq8vT2xLmR5kW9aZ4cF7hJ1dS6gB0yE3uI8oQ2\", _region)", "SRM301" },
            { "Storage/SharedDatasetBucket.cs", "new AnonymousAWSCredentials()", "new BasicAWSCredentials(\"AKIA2OGYBAH6QXKPZK7N\", \"p3Nq8vT2xLmR5kW9aZ4cF7hJ1dS6gB0yE3uI8oQ2\")", "SRM301" },
            { "Storage/ArchiveBucketProvisioner.cs", "CannedACL = S3CannedACL.Private", "CannedACL = S3CannedACL.PublicRead", "SRM401" },
            { "Storage/ArchiveBucketProvisioner.cs", "\"http://acs.amazonaws.com/groups/s3/LogDelivery\"", "\"http://acs.amazonaws.com/groups/global/AllUsers\"", "SRM401" },
            { "Storage/ObjectAclMaintenance.cs", "ACL = S3CannedACL.Private", "ACL = S3CannedACL.AuthenticatedRead", "SRM401" },
            { "Storage/ObjectAclMaintenance.cs", "GrantRead = $\"id=\\\"{auditorsCanonicalId}\\\"\"", "GrantRead = \"uri=\\\"http://acs.amazonaws.com/groups/global/AllUsers\\\"\"", "SRM401" },
            { "Storage/PublicAccessRemediation.cs", "acl.RemoveGrant(grant.Grantee);", "acl.AddGrant(new S3Grantee { URI = AllUsersGroup }, S3Permission.READ);", "SRM401" },
            { "Storage/ArchiveBucketProvisioner.cs", "RestrictPublicBuckets = true,", "RestrictPublicBuckets = false,", "SRM402" },
            { "Storage/PublicAccessRemediation.cs", "request.PublicAccessBlockConfiguration.BlockPublicPolicy = true;", "request.PublicAccessBlockConfiguration.BlockPublicPolicy = false;", "SRM402" },
            // 8443 is allowed by srm.SRM403.allowed_public_ports; 8444 is not.
            { "Compute/ArchiveNetworkSetup.cs", "FromPort = 8443, ToPort = 8443", "FromPort = 8444, ToPort = 8444", "SRM403" },
            { "Compute/ArchiveNetworkSetup.cs", "Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = CorporateVpc } },", "Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = Internet } },", "SRM403" },
            { "Compute/ArchiveNetworkSetup.cs", "_ec2.RevokeSecurityGroupIngressAsync(new RevokeSecurityGroupIngressRequest", "_ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest", "SRM403" },
            { "Compute/ArchiveNetworkSetup.cs", "\"203.0.113.10/32\"", "\"0.0.0.0/0\"", "SRM403" },
            { "Compute/ArchiveNetworkSetup.cs", "\"fd12:3456:789a::/48\"", "\"::/0\"", "SRM403" },
            { "Compute/ArchiveNetworkSetup.cs", "\"10.0.0.0/8\", Description = \"corporate network\"", "\"0.0.0.0/0\", Description = \"corporate network\"", "SRM403" },
            { "Compute/ArchiveWorkerLauncher.cs", "HttpTokens = HttpTokensState.Required,", "HttpTokens = HttpTokensState.Optional,", "SRM404" },
            { "Compute/ArchiveWorkerLauncher.cs", "HttpTokens = LaunchTemplateHttpTokensState.Required", "HttpTokens = LaunchTemplateHttpTokensState.Optional", "SRM404" },
            { "Compute/ArchiveWorkerLauncher.cs", "HttpTokens = \"required\"", "HttpTokens = \"optional\"", "SRM404" },
            { "Compute/ArchiveWorkerLauncher.cs", "LaunchTemplate = new LaunchTemplateSpecification { LaunchTemplateName = \"archive-ocr-workers\", Version = \"$Latest\" },", "ImageId = WorkerImage,", "SRM404" },
            { "Compute/ArchiveWorkerLauncher.cs", "HttpEndpoint = InstanceMetadataEndpointState.Disabled", "HttpEndpoint = InstanceMetadataEndpointState.Enabled", "SRM404" },
            { "Storage/ArchiveBucketProvisioner.cs", "Status = VersionStatus.Enabled", "Status = VersionStatus.Suspended", "SRM501" },
            { "Data/ArchiveIndexTables.cs", "DeletionProtectionEnabled = true,", "DeletionProtectionEnabled = false,", "SRM501" },
            { "Monitoring/AuditTrailSetup.cs", "EnableLogFileValidation = true, // compliant: SRM502", "EnableLogFileValidation = false, // compliant: SRM502", "SRM502" },
            { "Monitoring/AuditTrailSetup.cs", "Enable = true,", "Enable = false,", "SRM502" },
            { "Monitoring/AuditTrailSetup.cs", "StartLoggingAsync(new StartLoggingRequest", "StopLoggingAsync(new StopLoggingRequest", "SRM502" },
            { "Data/ReportingDatabases.cs", "DeletionProtection = true, // compliant: SRM501", "DeletionProtection = false, // compliant: SRM501", "SRM501" },
            // Falls back to the default (any): every write chooses SSE-KMS anyway, so only SRM901 fires.
            { ValidCodeProject.EditorConfigName, "srm.SRM101.required_encryption = kms", "srm.SRM101.required_encryption = strict", "SRM901" },
        };

        private static IReadOnlyList<string> RuleIds =>
            AnalyzerCatalog.Descriptors(AnalyzerCatalog.AnalyzerAssembly).Select(d => d.Id).ToList();

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public async Task Compliant_code_raises_no_diagnostic(Sdk sdk)
        {
            Assert.Empty(ValidCodeProject.HeaderDefects());
            Assert.Contains(ValidCodeProject.Files, f => f.Sdks.Contains(sdk));

            var analysis = await ValidCodeProject.AnalyzeAsync(sdk);

            Assert.True(analysis.CompilerErrors.Count == 0, "Compile errors:\n" + Lines(analysis.CompilerErrors));
            if (sdk == Sdk.V4)
            {
                // The project's own build (v4) treats warnings as errors; v3 only has to compile.
                Assert.True(analysis.CompilerWarnings.Count == 0, "Compiler warnings:\n" + Lines(analysis.CompilerWarnings));
            }

            Assert.True(analysis.AnalyzerExceptions.Count == 0, "Analyzer exceptions:\n" + string.Join("\n", analysis.AnalyzerExceptions));
            Assert.True(analysis.Srm.Count == 0, "SRM diagnostics on compliant code (false positives):\n" + Lines(analysis.Srm));
        }

        [Fact]
        public void Every_rule_has_a_compliant_example()
        {
            var markers = new List<CompliantMarker>();
            var defects = new List<string>();
            foreach (var file in ValidCodeProject.Files)
            {
                var (fileMarkers, fileDefects) = ValidCodeProject.ReadMarkers(file.RelativePath, file.Source);
                markers.AddRange(fileMarkers);
                defects.AddRange(fileDefects);
            }

            Assert.Empty(defects);
            Assert.Empty(markers.Where(m => !RuleIds.Contains(m.RuleId)).Select(m => $"{m.File}:{m.Line}: {m.RuleId} is not a rule of the package"));
            Assert.Empty(RuleIds.Where(id => markers.All(m => m.RuleId != id)).Select(id => $"{id} has no '// compliant: {id}' statement in tests/SrmAnalyzers.ValidCode"));
        }

        [Fact]
        public void Every_rule_is_at_least_a_warning_and_warnings_are_errors()
        {
            var severities = Regex.Matches(ValidCodeProject.ReadConfig(ValidCodeProject.GlobalConfigName), @"^\s*dotnet_diagnostic\.(?<id>SRM\d{3})\.severity\s*=\s*(?<severity>\w+)\s*$", RegexOptions.Multiline)
                .ToDictionary(m => m.Groups["id"].Value, m => m.Groups["severity"].Value, StringComparer.Ordinal);
            Assert.Empty(RuleIds.Where(id => !severities.TryGetValue(id, out var severity) || severity is not ("warning" or "error"))
                .Select(id => $"{id} is not set to warning or error in tests/SrmAnalyzers.ValidCode/.globalconfig"));

            var project = File.ReadAllText(Path.Combine(ValidCodeProject.Directory, "SrmAnalyzers.ValidCode.csproj"));
            Assert.Contains("OutputItemType=\"Analyzer\"", project, StringComparison.Ordinal);
            Assert.DoesNotContain("TreatWarningsAsErrors", project, StringComparison.Ordinal);
            Assert.DoesNotContain("NoWarn", project, StringComparison.Ordinal);
            var buildProps = File.ReadAllText(Path.Combine(AwsReferences.RepositoryRoot, "Directory.Build.props"));
            Assert.Contains("<TreatWarningsAsErrors>true</TreatWarningsAsErrors>", buildProps, StringComparison.Ordinal);
            Assert.Contains("SrmAnalyzers.ValidCode.csproj", File.ReadAllText(Path.Combine(AwsReferences.RepositoryRoot, "SrmAnalyzers.sln")), StringComparison.Ordinal);

            // dotnet test builds only test projects and their references: this reference is what makes CI build the project.
            var testProject = File.ReadAllText(Path.Combine(AwsReferences.RepositoryRoot, "tests", "SrmAnalyzers.Tests", "SrmAnalyzers.Tests.csproj"));
            Assert.Contains(@"<ProjectReference Include=""..\SrmAnalyzers.ValidCode\SrmAnalyzers.ValidCode.csproj"" ReferenceOutputAssembly=""false"" />", testProject, StringComparison.Ordinal);
        }

        [Fact]
        public void Every_rule_has_a_mutation()
        {
            var mutated = Mutations.Select(row => (string)row[3]).ToHashSet(StringComparer.Ordinal);
            Assert.Empty(RuleIds.Where(id => !mutated.Contains(id)).Select(id => $"{id} has no mutation in ValidCodeTests.Mutations"));
        }

        [Theory]
        [MemberData(nameof(Mutations))]
        public async Task A_mistake_in_a_compliant_statement_is_reported(string file, string compliant, string mistake, string ruleId)
        {
            if (file == ValidCodeProject.EditorConfigName)
            {
                var config = Mutate(ValidCodeProject.ReadConfig(file), compliant, mistake, file);
                var analysis = await ValidCodeProject.AnalyzeAsync(Sdk.V4, editorConfig: config);
                AssertOnlyRule(analysis, ruleId);
                return;
            }

            var original = ValidCodeProject.Files.Single(f => f.RelativePath == file);
            var source = Mutate(original.Source, compliant, mistake, file);
            var (markers, _) = ValidCodeProject.ReadMarkers(file, source);
            foreach (var sdk in original.Sdks)
            {
                var analysis = await ValidCodeProject.AnalyzeAsync(sdk, new Dictionary<string, string> { [file] = source });
                var diagnostic = AssertOnlyRule(analysis, ruleId);

                // Reported in the file, inside a statement that claims to comply with the rule.
                Assert.Equal(original.FullPath, diagnostic.Location.SourceTree?.FilePath);
                Assert.True(
                    markers.Any(m => m.RuleId == ruleId && m.Statement.Contains(diagnostic.Location.SourceSpan)),
                    $"{diagnostic} is not inside a statement marked '// compliant: {ruleId}'.");
            }
        }

        [Fact]
        public async Task Options_of_the_project_are_applied()
        {
            // Without the project's .editorconfig, the statements that rely on its options are reported.
            var analysis = await ValidCodeProject.AnalyzeAsync(Sdk.V4, editorConfig: string.Empty);
            Assert.Empty(analysis.AnalyzerExceptions);
            Assert.Equal(
                new[] { "SRM102", "SRM105", "SRM403" },
                analysis.Srm.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal));
        }

        private static Diagnostic AssertOnlyRule(ValidCodeAnalysis analysis, string ruleId)
        {
            Assert.True(analysis.CompilerErrors.Count == 0, "Compile errors after the mutation:\n" + Lines(analysis.CompilerErrors));
            Assert.Empty(analysis.AnalyzerExceptions);
            Assert.True(
                analysis.Srm.Count == 1 && analysis.Srm[0].Id == ruleId,
                $"[{analysis.Sdk}] expected exactly one {ruleId}, got {analysis.Srm.Count}:\n{Lines(analysis.Srm)}");
            return analysis.Srm[0];
        }

        private static string Mutate(string source, string compliant, string mistake, string file)
        {
            var occurrences = Regex.Matches(source, Regex.Escape(compliant)).Count;
            Assert.True(occurrences == 1, $"'{compliant}' occurs {occurrences} times in {file}; a mutation needs exactly one.");
            return source.Replace(compliant, mistake, StringComparison.Ordinal);
        }

        private static string Lines(IEnumerable<Diagnostic> diagnostics) =>
            string.Join("\n", diagnostics.Select(d => d.ToString()));
    }
}
