using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SrmAnalyzers.Tests.Infrastructure;

namespace SrmAnalyzers.Tests.CodeFixes
{
    /// <summary>
    /// Fix All as <c>dotnet format analyzers</c> asks for it (dotnet/sdk, src/BuiltInTools/dotnet-format:
    /// AnalyzerFormatter.FixDiagnosticsAsync and SolutionCodeFixApplier): for each reported rule, one
    /// Fix All request in Solution scope, with the equivalence key of the first code action the fixer
    /// registers for the first finding of the analysis results (the analyzer driver's order, not source
    /// order), or no key when that finding has no fix. Whichever finding comes first, every finding
    /// that has a fix must be fixed, by the fix it offers first, and only those without one remain.
    /// Package/DotnetFormatTests runs the real tool over the packed package.
    /// </summary>
    public class FixAllTests
    {
        public const string Usings = """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Amazon;
            using Amazon.CloudTrail;
            using Amazon.CloudTrail.Model;
            using Amazon.DynamoDBv2;
            using Amazon.DynamoDBv2.Model;
            using Amazon.EC2;
            using Amazon.EC2.Model;
            using Amazon.KeyManagementService;
            using Amazon.KeyManagementService.Model;
            using Amazon.RDS;
            using Amazon.RDS.Model;
            using Amazon.Runtime;
            using Amazon.S3;
            using Amazon.S3.Model;
            using Amazon.S3.Transfer;
            using Amazon.SimpleSystemsManagement;
            using Amazon.SimpleSystemsManagement.Model;

            """;

        /// <summary>
        /// Per fixable rule: findings without a fix first (where the rule has such findings) and
        /// findings with each kind of fix the fixer has.
        /// </summary>
        public static readonly IReadOnlyDictionary<string, string> Sources = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["SRM101"] = """
                class Uploads
                {
                    Task Call(TransferUtility transfer) => transfer.UploadAsync("report.csv", "acme-reports");
                    Task Add(IAmazonS3 s3) => s3.PutObjectAsync(new PutObjectRequest { BucketName = "acme-reports", Key = "a.csv" });
                    Task Replace(IAmazonS3 s3)
                    {
                        var copy = new CopyObjectRequest { SourceBucket = "acme-reports", SourceKey = "a.csv", DestinationBucket = "acme-archive", DestinationKey = "a.csv" };
                        copy.ServerSideEncryptionMethod = ServerSideEncryptionMethod.None;
                        return s3.CopyObjectAsync(copy);
                    }
                    string UploadUrl(IAmazonS3 s3) => s3.GetPreSignedURL(new GetPreSignedUrlRequest { BucketName = "acme-reports", Key = "b.csv", Verb = HttpVerb.PUT });
                    string ReplacedUploadUrl(IAmazonS3 s3) => s3.GetPreSignedURL(new GetPreSignedUrlRequest { BucketName = "acme-reports", Key = "c.csv", Verb = HttpVerb.PUT, ServerSideEncryptionMethod = ServerSideEncryptionMethod.None });
                }
                """,
            ["SRM102"] = """
                class Endpoints
                {
                    const string Backup = "http://backup.corp.internal:9000";
                    AmazonS3Config Constant() => new AmazonS3Config { ServiceURL = Backup };
                    AmazonS3Config Literal() => new AmazonS3Config { ServiceURL = "http://s3.corp.internal" };
                    AmazonS3Config Flag() => new AmazonS3Config { RegionEndpoint = RegionEndpoint.EUWest1, UseHttp = true };
                    GetPreSignedUrlRequest Presign() => new GetPreSignedUrlRequest { BucketName = "acme-reports", Key = "a.csv", Protocol = Amazon.S3.Protocol.HTTP };
                }
                """,
            ["SRM103"] = """
                class Volumes
                {
                    Task Add(IAmazonEC2 ec2) => ec2.CreateVolumeAsync(new CreateVolumeRequest { AvailabilityZone = "eu-west-1a", Size = 100 });
                    Task Replace(IAmazonEC2 ec2) => ec2.CreateVolumeAsync(new CreateVolumeRequest { AvailabilityZone = "eu-west-1b", Size = 50, Encrypted = false });
                }
                """,
            ["SRM106"] = """
                class Databases
                {
                    Task Add(IAmazonRDS rds) => rds.CreateDBInstanceAsync(new CreateDBInstanceRequest { DBInstanceIdentifier = "orders", Engine = "postgres" });
                    Task Replace(IAmazonRDS rds) => rds.CreateDBClusterAsync(new CreateDBClusterRequest { DBClusterIdentifier = "ledger", StorageEncrypted = false });
                }
                """,
            ["SRM201"] = """
                class Policies
                {
                    Task Read(IAmazonS3 s3) => s3.GetObjectAsync("acme-reports", "a.csv");
                    Task NotAction(IAmazonS3 s3) => s3.PutBucketPolicyAsync("acme-logs", "{ \"Statement\": [ { \"Effect\": \"Allow\", \"Principal\": { \"AWS\": \"arn:aws:iam::111122223333:role/app\" }, \"NotAction\": \"s3:*\", \"Resource\": \"*\" } ] }");
                    Task Service(IAmazonS3 s3) => s3.PutBucketPolicyAsync("acme-reports", "{ \"Statement\": [ { \"Effect\": \"Allow\", \"Principal\": { \"AWS\": \"arn:aws:iam::111122223333:role/app\" }, \"Action\": \"s3:*\", \"Resource\": \"arn:aws:s3:::acme-reports/*\" } ] }");
                    Task Everything(IAmazonKeyManagementService kms) => kms.PutKeyPolicyAsync("alias/app", @"{ ""Statement"": [ { ""Effect"": ""Allow"", ""Principal"": { ""AWS"": ""arn:aws:iam::111122223333:role/app"" }, ""Action"": [""*""], ""Resource"": ""*"" } ] }", "default");
                    static readonly string Shared = "{ \"Statement\": [ { \"Effect\": \"Allow\", \"Principal\": { \"AWS\": \"arn:aws:iam::111122223333:role/app\" }, \"Action\": \"s3:*\", \"Resource\": \"*\" }, { \"Effect\": \"Allow\", \"Principal\": { \"AWS\": \"arn:aws:iam::111122223333:role/app\" }, \"Action\": \"kms:*\", \"Resource\": \"*\" } ] }";
                    Task ShareReports(IAmazonS3 s3) => s3.PutBucketPolicyAsync("acme-reports", Shared);
                    Task ShareExports(IAmazonS3 s3) => s3.PutBucketPolicyAsync("acme-exports", Shared);
                }
                """,
            ["SRM406"] = """
                class PublicDatabases
                {
                    Task Create(IAmazonRDS rds) => rds.CreateDBInstanceAsync(new CreateDBInstanceRequest { DBInstanceIdentifier = "bi", StorageEncrypted = true, PubliclyAccessible = true });
                    Task Modify(IAmazonRDS rds) => rds.ModifyDBInstanceAsync(new ModifyDBInstanceRequest { DBInstanceIdentifier = "ops", PubliclyAccessible = true });
                }
                """,
            ["SRM502"] = """
                class AuditTrails
                {
                    Task Stop(IAmazonCloudTrail cloudTrail) => cloudTrail.StopLoggingAsync(new StopLoggingRequest { Name = "org-trail" });
                    Task Create(IAmazonCloudTrail cloudTrail) => cloudTrail.CreateTrailAsync(new CreateTrailRequest { Name = "org-trail", S3BucketName = "acme-trail", EnableLogFileValidation = false });
                    Task Update(IAmazonCloudTrail cloudTrail, bool quiet) => cloudTrail.UpdateTrailAsync(new UpdateTrailRequest { Name = "org-trail", EnableLogFileValidation = quiet ? false : true });
                }
                """,
            ["SRM104"] = """
                class Parameters
                {
                    Task First(IAmazonSimpleSystemsManagement ssm, string value) => ssm.PutParameterAsync(new PutParameterRequest { Name = "/db/password", Value = value, Type = ParameterType.String });
                    Task Second(IAmazonSimpleSystemsManagement ssm, string value) => ssm.PutParameterAsync(new PutParameterRequest { Name = "/api/token", Value = value, Type = ParameterType.StringList });
                }
                """,
            ["SRM105"] = """
                class Keys
                {
                    Task Create(IAmazonKeyManagementService kms) => kms.CreateKeyAsync(new CreateKeyRequest { Description = "reports" });
                    Task Delete(IAmazonKeyManagementService kms, string keyId) => kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = 7 });
                    Task Retire(IAmazonKeyManagementService kms, string keyId)
                    {
                        var request = new ScheduleKeyDeletionRequest { KeyId = keyId };
                        request.PendingWindowInDays = 10;
                        return kms.ScheduleKeyDeletionAsync(request);
                    }
                }
                """,
            ["SRM301"] = $$"""
                class Credentials
                {
                    Dictionary<string, string> Settings() => new() { ["AWS:AccessKey"] = "{{FakeCredentials.OtherAccessKeyId}}" };
                    IAmazonS3 Client() => new AmazonS3Client("{{FakeCredentials.AccessKeyId}}", "{{FakeCredentials.SecretAccessKey}}", RegionEndpoint.EUWest1);
                    IAmazonS3 Configured() => new AmazonS3Client(new BasicAWSCredentials("{{FakeCredentials.OtherAccessKeyId}}", "{{FakeCredentials.OtherSecretAccessKey}}"), new AmazonS3Config { RegionEndpoint = RegionEndpoint.EUWest1 });
                }
                """,
            ["SRM401"] = """
                class Acls
                {
                    Task Grant(IAmazonS3 s3) => s3.PutACLAsync(new PutACLRequest
                    {
                        BucketName = "acme-site",
                        Key = "index.html",
                        AccessControlList = new S3AccessControlList { Grants = new List<S3Grant> { new S3Grant { Grantee = new S3Grantee { URI = "http://acs.amazonaws.com/groups/global/AllUsers" }, Permission = S3Permission.READ } } },
                    });
                    Task Canned(IAmazonS3 s3) => s3.PutObjectAsync(new PutObjectRequest { BucketName = "acme-site", Key = "index.html", CannedACL = S3CannedACL.PublicRead, ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 });
                    Task Bucket(IAmazonS3 s3) => s3.PutBucketAsync(new PutBucketRequest { BucketName = "acme-press", CannedACL = S3CannedACL.PublicReadWrite });
                }
                """,
            ["SRM402"] = """
                class Blocks
                {
                    Task Delete(IAmazonS3 s3) => s3.DeletePublicAccessBlockAsync(new DeletePublicAccessBlockRequest { BucketName = "acme-site" });
                    Task Weaken(IAmazonS3 s3) => s3.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest
                    {
                        BucketName = "acme-site",
                        PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration { BlockPublicAcls = true, IgnorePublicAcls = true, BlockPublicPolicy = false, RestrictPublicBuckets = false },
                    });
                    Task Partial(IAmazonS3 s3) => s3.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest
                    {
                        BucketName = "acme-press",
                        PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration { BlockPublicAcls = true },
                    });
                }
                """,
            ["SRM404"] = """
                class Instances
                {
                    Task Add(IAmazonEC2 ec2) => ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = "ami-0abcdef1234567890", MinCount = 1, MaxCount = 1 });
                    Task Replace(IAmazonEC2 ec2) => ec2.RunInstancesAsync(new RunInstancesRequest
                    {
                        ImageId = "ami-0abcdef1234567890",
                        MinCount = 1,
                        MaxCount = 1,
                        MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Optional },
                    });
                }
                """,
            ["SRM501"] = """
                class Protection
                {
                    Task Versioning(IAmazonS3 s3) => s3.PutBucketVersioningAsync(new PutBucketVersioningRequest { BucketName = "acme-reports", VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Suspended } });
                    Task Table(IAmazonDynamoDB dynamo) => dynamo.UpdateTableAsync(new UpdateTableRequest { TableName = "orders", DeletionProtectionEnabled = false });
                    Task Instance(IAmazonRDS rds) => rds.ModifyDBInstanceAsync(new ModifyDBInstanceRequest { DBInstanceIdentifier = "orders", DeletionProtection = false });
                    Task Cluster(IAmazonRDS rds) => rds.CreateDBClusterAsync(new CreateDBClusterRequest { DBClusterIdentifier = "ledger", StorageEncrypted = true, DeletionProtection = false });
                }
                """,
        };

        public static TheoryData<string> FixableRules()
        {
            var data = new TheoryData<string>();
            foreach (var id in AnalyzerCatalog.FixableIds(AnalyzerCatalog.CodeFixAssembly).OrderBy(id => id, StringComparer.Ordinal))
            {
                data.Add(id);
            }

            return data;
        }

        [Fact]
        public void Every_fixable_rule_has_a_source_here()
        {
            Assert.Equal(
                AnalyzerCatalog.FixableIds(AnalyzerCatalog.CodeFixAssembly).OrderBy(id => id, StringComparer.Ordinal),
                Sources.Keys.OrderBy(id => id, StringComparer.Ordinal));
        }

        [Theory]
        [MemberData(nameof(FixableRules))]
        public async Task Dotnet_format_fixes_every_finding_that_has_a_fix_whichever_finding_it_starts_from(string ruleId)
        {
            var fixer = Fixer(ruleId);
            var document = CreateDocument(Usings + Sources[ruleId]);
            var findings = await FindingsAsync(document, ruleId);
            var offered = new List<(Diagnostic Finding, IReadOnlyList<CodeAction> Actions)>();
            foreach (var finding in findings)
            {
                offered.Add((finding, await ActionsAsync(fixer, document, finding)));
            }

            // The source has at least two findings with a fix, so one Fix All has more than one to apply.
            var fixable = offered.Count(o => o.Actions.Count > 0);
            Assert.True(fixable >= 2, $"{ruleId}: {fixable} finding(s) with a fix in:\n{Describe(offered)}");

            foreach (var (first, actions) in offered)
            {
                var key = actions.FirstOrDefault()?.EquivalenceKey;
                var context = new FixAllContext(document, fixer, FixAllScope.Solution, key!, new[] { ruleId }, new Findings(findings), CancellationToken.None);
                var fixAll = await fixer.GetFixAllProvider()!.GetFixAsync(context);
                var start = first.Location.GetLineSpan().StartLinePosition;
                Assert.True(fixAll is not null, $"{ruleId}: no Fix All action when the first finding is line {start.Line + 1} (key '{key ?? "(none)"}').\n{Describe(offered)}");

                var operation = (await fixAll!.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
                var fixedDocument = operation.ChangedSolution.GetDocument(document.Id)!;
                var fixedText = (await fixedDocument.GetTextAsync()).ToString();
                var errors = (await fixedDocument.Project.GetCompilationAsync())!.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                Assert.True(errors.Count == 0, $"{ruleId}: the fixed source does not compile:\n{string.Join("\n", errors)}\n{fixedText}");

                var remaining = await FindingsAsync(fixedDocument, ruleId);
                Assert.True(
                    remaining.Count == findings.Count - fixable,
                    $"{ruleId}, starting from line {start.Line + 1} (key '{key ?? "(none)"}'): {remaining.Count} findings remain, expected the {findings.Count - fixable} without a fix.\n{fixedText}");
                foreach (var finding in remaining)
                {
                    Assert.Empty(await ActionsAsync(fixer, fixedDocument, finding));
                }
            }
        }

        /// <summary>How many findings of <paramref name="ruleId"/> its source here has, and how many of them have no fix.</summary>
        public static async Task<(int Findings, int WithoutFix)> CountAsync(string ruleId)
        {
            var fixer = Fixer(ruleId);
            var document = CreateDocument(Usings + Sources[ruleId]);
            var findings = await FindingsAsync(document, ruleId);
            var withoutFix = 0;
            foreach (var finding in findings)
            {
                withoutFix += (await ActionsAsync(fixer, document, finding)).Count == 0 ? 1 : 0;
            }

            return (findings.Count, withoutFix);
        }

        private static CodeFixProvider Fixer(string ruleId) =>
            AnalyzerCatalog.CodeFixAssembly.GetTypes()
                .Where(type => !type.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(type))
                .Select(type => (CodeFixProvider)Activator.CreateInstance(type)!)
                .Single(fixer => fixer.FixableDiagnosticIds.Contains(ruleId));

        private static Document CreateDocument(string source)
        {
            var workspace = new AdhocWorkspace();
            var projectId = ProjectId.CreateNewId();
            var documentId = DocumentId.CreateNewId(projectId);
            return workspace.CurrentSolution
                .AddProject(ProjectInfo.Create(
                    projectId,
                    VersionStamp.Create(),
                    "Consumer",
                    "Consumer",
                    LanguageNames.CSharp,
                    compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                    parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                    metadataReferences: AwsReferences.For(Sdk.V4)))
                .AddDocument(documentId, "Consumer.cs", SourceText.From(source), filePath: "/src/Consumer.cs")
                // RDS, Lambda and CloudTrail are not on the mirror: their exact-shape stubs join every project.
                .AddDocument(DocumentId.CreateNewId(projectId), "RDS.cs", SourceText.From(Stubs.Get("RDS.cs").Source), filePath: "/src/Stubs/RDS.cs")
                .AddDocument(DocumentId.CreateNewId(projectId), "Lambda.cs", SourceText.From(Stubs.Get("Lambda.cs").Source), filePath: "/src/Stubs/Lambda.cs")
                .AddDocument(DocumentId.CreateNewId(projectId), "CloudTrail.cs", SourceText.From(Stubs.Get("CloudTrail.cs").Source), filePath: "/src/Stubs/CloudTrail.cs")
                .GetDocument(documentId)!;
        }

        private static async Task<IReadOnlyList<Diagnostic>> FindingsAsync(Document document, string ruleId)
        {
            var compilation = (await document.Project.GetCompilationAsync())!;
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            var analyzers = AnalyzerRunner.AllAnalyzers.Where(a => a.SupportedDiagnostics.Any(d => d.Id == ruleId)).ToImmutableArray();
            var result = await AnalyzerRunner.RunAsync(compilation, analyzers);
            Assert.Empty(result.Exceptions);
            return result.Diagnostics.Where(d => d.Id == ruleId).OrderBy(d => d.Location.SourceSpan.Start).ToList();
        }

        private static async Task<IReadOnlyList<CodeAction>> ActionsAsync(CodeFixProvider fixer, Document document, Diagnostic finding)
        {
            var actions = new List<CodeAction>();
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, finding, (action, _) => actions.Add(action), CancellationToken.None));
            return actions;
        }

        private static string Describe(IEnumerable<(Diagnostic Finding, IReadOnlyList<CodeAction> Actions)> offered) =>
            string.Join("\n", offered.Select(o => $"  line {o.Finding.Location.GetLineSpan().StartLinePosition.Line + 1}: {(o.Actions.Count == 0 ? "no fix" : string.Join(", ", o.Actions.Select(a => a.EquivalenceKey)))}"));

        /// <summary>What dotnet format hands Fix All: the findings of its analysis, whatever the document.</summary>
        private sealed class Findings : FixAllContext.DiagnosticProvider
        {
            private readonly IReadOnlyList<Diagnostic> _findings;

            public Findings(IReadOnlyList<Diagnostic> findings) => _findings = findings;

            public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(_findings);

            public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
                Task.FromResult(_findings.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

            public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(_findings);
        }
    }
}
