using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SrmAnalyzers.Rules;
using SrmAnalyzers.Tests.Infrastructure;
using VerifyS3Encryption = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.S3ObjectEncryptionAnalyzer>;

namespace SrmAnalyzers.Tests.Robustness
{
    /// <summary>
    /// SDK creations, calls, writes and literals are analysed wherever C# lets code live (nested and
    /// generic types, partial types, initializers, accessors, local functions, lambdas, top-level
    /// statements), each exactly once: how rules subscribe (per type, SrmAnalyzer) must neither miss a
    /// member kind nor visit one twice. What the IDE shows when it analyses only a span is checked
    /// for every rule in SpanAnalysisTests.
    /// </summary>
    public class CodePlacementTests
    {
        private const string Usings = "using System;\nusing System.Threading.Tasks;\nusing Amazon.S3;\nusing Amazon.S3.Model;\n";

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task A_creation_is_reported_once_in_every_kind_of_member(Sdk sdk) => VerifyS3Encryption.AnalyzerAsync(Usings + @"
class Outer
{
    static readonly IAmazonS3 S3 = new AmazonS3Client();
    static readonly Task Field = S3.PutObjectAsync({|SRM101:new PutObjectRequest|} { BucketName = ""b"" });
    Task Property { get; } = S3.PutObjectAsync({|SRM101:new PutObjectRequest|} { BucketName = ""b"" });
    Task Getter => S3.PutObjectAsync({|SRM101:new PutObjectRequest|} { BucketName = ""b"" });
    static Outer() { S3.PutObjectAsync({|SRM101:new PutObjectRequest()|}); }
    Outer() { S3.PutObjectAsync({|SRM101:new PutObjectRequest()|}); }

    Task Accessor
    {
        get { return S3.PutObjectAsync({|SRM101:new PutObjectRequest()|}); }
    }

    void Method()
    {
        Task Local() => S3.PutObjectAsync({|SRM101:new PutObjectRequest()|});
        Func<Task> lambda = () => S3.PutObjectAsync({|SRM101:new PutObjectRequest()|});
    }

    class Nested
    {
        void Method() { S3.PutObjectAsync({|SRM101:new PutObjectRequest()|}); }

        struct DeeperStruct
        {
            void Method() { S3.PutObjectAsync({|SRM101:new PutObjectRequest()|}); }
        }
    }

    record Record(string Key)
    {
        public Task Upload { get; } = S3.PutObjectAsync({|SRM101:new PutObjectRequest|} { Key = Key });
    }
}

class Generic<T>
{
    Task Method(IAmazonS3 s3) => s3.PutObjectAsync({|SRM101:new PutObjectRequest()|});
}

interface IUploader
{
    Task Upload(IAmazonS3 s3) => s3.PutObjectAsync({|SRM101:new PutObjectRequest()|});
}

partial class Split
{
    void First(IAmazonS3 s3) { s3.PutObjectAsync({|SRM101:new PutObjectRequest()|}); }
}

partial class Split
{
    void Second(IAmazonS3 s3) { s3.PutObjectAsync({|SRM101:new PutObjectRequest()|}); }
}", sdk);

        /// <summary>
        /// Invocation, assignment and literal actions are registered per type like creation actions
        /// (SrmAnalyzer): each must see every kind of member, once. $X$ is an expression of type Task.
        /// </summary>
        [Theory]
        [InlineData(Sdk.V3, "invocation")]
        [InlineData(Sdk.V4, "invocation")]
        [InlineData(Sdk.V3, "assignment")]
        [InlineData(Sdk.V4, "assignment")]
        [InlineData(Sdk.V3, "literal")]
        [InlineData(Sdk.V4, "literal")]
        public Task Every_operation_kind_is_seen_once_in_every_kind_of_member(Sdk sdk, string kind)
        {
            const string Template = @"
static class Shared
{
    public static readonly IAmazonS3 S3 = new AmazonS3Client();
    public static readonly TransferUtility Transfer = new TransferUtility(S3);
}

class Outer
{
    static readonly Task Field = $X$;
    Task Property { get; } = $X$;
    Task Getter => $X$;
    static Outer() { _ = $X$; }
    Outer() { _ = $X$; }

    Task Accessor
    {
        get { return $X$; }
    }

    void Method()
    {
        Task Local() => $X$;
        Func<Task> lambda = () => $X$;
    }

    class Nested
    {
        void Method() { _ = $X$; }

        struct DeeperStruct
        {
            void Method() { _ = $X$; }
        }
    }

    record Record(string Key)
    {
        public Task Upload { get; } = $X$;
    }
}

class Generic<T>
{
    Task Method() => $X$;
}

interface IUploader
{
    Task Upload() => $X$;
}

partial class Split
{
    void First() { _ = $X$; }
}

partial class Split
{
    void Second() { _ = $X$; }
}";
            var usings = Usings + "using Amazon.S3.Transfer;\n";
            switch (kind)
            {
                case "invocation":
                    return VerifyS3Encryption.AnalyzerAsync(usings + Template.Replace("$X$", @"Shared.Transfer.{|SRM101:UploadAsync(""f"", ""b"")|}", StringComparison.Ordinal), sdk);
                case "assignment":
                    return Verify<PublicS3AclAnalyzer>.AnalyzerAsync(usings + Template.Replace("$X$", @"Shared.S3.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", CannedACL = {|SRM401:S3CannedACL.PublicRead|} })", StringComparison.Ordinal), sdk);
                default:
                    // Built in pieces so that no complete key sits in this file (secret scanners).
                    var keyId = "AK" + "IA" + "Q3MZ7WRN5KTXPY2B";
                    return Verify<HardCodedCredentialsAnalyzer>.AnalyzerAsync(usings + Template.Replace("$X$", "Task.FromResult({|SRM301:\"" + keyId + "\"|})", StringComparison.Ordinal), sdk);
            }
        }

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task A_later_write_in_a_nested_type_is_reported_at_the_write(Sdk sdk) => VerifyS3Encryption.AnalyzerAsync(Usings + @"
class Outer
{
    class Nested
    {
        async Task Write(IAmazonS3 s3)
        {
            var request = new PutObjectRequest { BucketName = ""b"", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS };
            request.ServerSideEncryptionMethod = {|SRM101:ServerSideEncryptionMethod.None|};
            await s3.PutObjectAsync(request);
        }
    }
}", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public async Task A_finding_at_a_later_write_is_found_when_the_IDE_analyses_only_that_line(Sdk sdk)
        {
            // The IDE analyses the span being edited or asked for fixes; a diagnostic is kept there
            // only if Roslyn counts it local to the analysed member, not just to the creation's span.
            var source = Usings + @"
class Storage
{
    async Task Write(IAmazonS3 s3)
    {
        var request = new PutObjectRequest { BucketName = ""b"", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS };
        request.ServerSideEncryptionMethod = ServerSideEncryptionMethod.None;
        await s3.PutObjectAsync(request);
    }
}";
            var write = source.IndexOf("ServerSideEncryptionMethod.None", System.StringComparison.Ordinal);
            var found = await SemanticDiagnosticsOfLineAsync(source, sdk, "ServerSideEncryptionMethod.None", new S3ObjectEncryptionAnalyzer());

            var finding = Assert.Single(found, d => d.Id == "SRM101");
            Assert.Equal(write, finding.Location.SourceSpan.Start);
        }

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public async Task A_key_built_by_concatenation_is_found_when_the_IDE_analyses_only_that_line(Sdk sdk)
        {
            // Reported at the whole concatenation from the callback of one of its literal parts:
            // Roslyn keeps it local because the reported span contains that part.
            var source = Usings + @"
class Settings
{
    string Key(string suffix) => ""id="" + ""AKIAQWERTYUI"" + ""OPASDFGH"" + "";"" + suffix;
}";
            var found = await SemanticDiagnosticsOfLineAsync(source, sdk, "\"id=", new HardCodedCredentialsAnalyzer());

            var finding = Assert.Single(found, d => d.Id == "SRM301");
            Assert.Equal(source.IndexOf("\"id=", System.StringComparison.Ordinal), finding.Location.SourceSpan.Start);
            Assert.EndsWith("+ suffix", finding.Location.SourceTree!.GetText().ToString(finding.Location.SourceSpan), System.StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public async Task Top_level_statements_are_analysed_once(Sdk sdk)
        {
            var source = Usings + @"
var s3 = new AmazonS3Client();
await s3.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", Key = ""k"" });
static PutObjectRequest Local() => new PutObjectRequest();
";
            var compilation = AnalyzerRunner.Compile(new[] { source }, sdk).WithOptions(new CSharpCompilationOptions(OutputKind.ConsoleApplication));
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

            var result = await AnalyzerRunner.RunAsync(compilation);

            Assert.Empty(result.Exceptions);
            var lines = result.Srm.Where(d => d.Id == "SRM101").Select(d => d.Location.GetLineSpan().StartLinePosition.Line).OrderBy(line => line).ToList();
            Assert.Equal(new[] { 6, 7 }, lines);
        }

        /// <summary>What the IDE shows for one line: local semantic diagnostics of an analysis limited to that line's span.</summary>
        private static async Task<List<Diagnostic>> SemanticDiagnosticsOfLineAsync(string source, Sdk sdk, string lineMarker, DiagnosticAnalyzer analyzer)
        {
            var compilation = AnalyzerRunner.Compile(new[] { source }, sdk);
            var tree = compilation.SyntaxTrees.Single();
            var line = tree.GetText().Lines.GetLineFromPosition(source.IndexOf(lineMarker, System.StringComparison.Ordinal)).Span;
            var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create(analyzer));

            var result = await withAnalyzers.GetAnalysisResultAsync(compilation.GetSemanticModel(tree), line, CancellationToken.None);

            return result.SemanticDiagnostics.TryGetValue(tree, out var byAnalyzer) ? byAnalyzer.Values.SelectMany(d => d).ToList() : new List<Diagnostic>();
        }
    }
}
