using System;
using System.Collections.Generic;
using System.Linq;
using SrmAnalyzers.Tests.Infrastructure;

namespace SrmAnalyzers.Tests.Package
{
    /// <summary>One mistake of a generated consumer source: a member on one line, and the rule that reports it.</summary>
    public sealed record SourceFinding(string Name, string RuleId, string Member);

    /// <summary>A generated source file and the line of each of its findings (1-based).</summary>
    public sealed record GeneratedSource(string Text, IReadOnlyDictionary<string, int> Lines);

    /// <summary>
    /// Members with one mistake each, written against the AWS SDK for .NET v4, for the consumer projects
    /// of <see cref="DocsWorkspace"/>. Credentials are generated (FakeCredentials), never stored.
    /// </summary>
    public static class ConsumerSources
    {
        public static readonly SourceFinding Unencrypted = new(
            nameof(Unencrypted), "SRM101", """public Task Unencrypted(IAmazonS3 s3) => s3.PutObjectAsync(new PutObjectRequest { BucketName = "acme-reports", Key = "report.csv" });""");

        /// <summary>SSE-S3: reported only when KMS is required (<c>srm.SRM101.required_encryption = kms</c>).</summary>
        public static readonly SourceFinding SseS3 = new(
            nameof(SseS3), "SRM101", """public Task SseS3(IAmazonS3 s3) => s3.PutObjectAsync(new PutObjectRequest { BucketName = "acme-reports", Key = "summary.csv", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 });""");

        public static readonly SourceFinding HardCodedKey = new(
            nameof(HardCodedKey), "SRM301", $$"""public IAmazonS3 HardCodedKey() => new AmazonS3Client("{{FakeCredentials.AccessKeyId}}", "{{FakeCredentials.SecretAccessKey}}", RegionEndpoint.EUWest1);""");

        public static readonly SourceFinding OpenBucket = new(
            nameof(OpenBucket), "SRM402", """public Task OpenBucket(IAmazonS3 s3) => s3.DeletePublicAccessBlockAsync(new DeletePublicAccessBlockRequest { BucketName = "acme-site" });""");

        public static readonly SourceFinding PublicAcl = new(
            nameof(PublicAcl), "SRM401", """public Task PublicAcl(IAmazonS3 s3) => s3.PutObjectAsync(new PutObjectRequest { BucketName = "acme-site", Key = "index.html", CannedACL = S3CannedACL.PublicRead, ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS });""");

        public static readonly SourceFinding ShortKeyDeletion = new(
            nameof(ShortKeyDeletion), "SRM105", """public Task ShortKeyDeletion(IAmazonKeyManagementService kms, string keyId) => kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = 14 });""");

        private const string Usings = """
            using System.Collections.Generic;
            using System.Diagnostics.CodeAnalysis;
            using System.Threading.Tasks;
            using Amazon;
            using Amazon.EC2;
            using Amazon.EC2.Model;
            using Amazon.KeyManagementService;
            using Amazon.KeyManagementService.Model;
            using Amazon.S3;
            using Amazon.S3.Model;

            """;

        /// <summary>A class <paramref name="className"/> with one member per finding, one per line.</summary>
        public static GeneratedSource Class(string nameSpace, string className, params SourceFinding[] findings)
        {
            var lines = new List<string>(Usings.Split('\n')) { $"namespace {nameSpace}", "{", $"    public sealed class {className}", "    {" };
            var positions = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var finding in findings)
            {
                lines.Add("        " + finding.Member);
                positions.Add(finding.Name, lines.Count);
            }

            lines.AddRange(new[] { "    }", "}", string.Empty });
            return new GeneratedSource(string.Join("\n", lines), positions);
        }

        /// <summary>Members (documentation snippets) inside a class that has an <c>IAmazonS3 s3</c> field, as the snippets assume.</summary>
        public static string Wrap(string nameSpace, string className, string members) =>
            Usings + $$"""
            namespace {{nameSpace}}
            {
                public sealed class {{className}}
                {
                    private readonly IAmazonS3 s3;

                    public {{className}}(IAmazonS3 s3) => this.s3 = s3;

            {{string.Join("\n", members.Split('\n').Select(line => line.Length == 0 || line.StartsWith('#') ? line : "        " + line))}}
                }
            }

            """;
    }
}
