using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SrmAnalyzers.Core;
using SrmAnalyzers.Tests.Infrastructure;

namespace SrmAnalyzers.Tests.Core
{
    /// <summary>
    /// AwsSymbols looks SDK types up in the compilation's own assembly and the referenced AWSSDK.*
    /// assemblies only (a compilation-wide lookup asks every reference). It must find exactly what
    /// <see cref="Compilation.GetTypeByMetadataName(string)"/> finds, and fall back to that lookup
    /// when the SDK comes from an assembly with another name.
    /// </summary>
    public class SdkTypeLookupTests
    {
        private const string MiniSdk = @"
namespace Amazon.Runtime
{
    public abstract class AmazonWebServiceRequest { }
    public class ConstantClass { protected ConstantClass(string value) { Value = value; } public string Value { get; } }
}
namespace Amazon.S3
{
    public sealed class ServerSideEncryptionMethod : Amazon.Runtime.ConstantClass
    {
        public static readonly ServerSideEncryptionMethod AWSKMS = new ServerSideEncryptionMethod(""aws:kms"");
        private ServerSideEncryptionMethod(string value) : base(value) { }
    }
}
namespace Amazon.S3.Model
{
    public class PutObjectRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string? BucketName { get; set; }
        public string? Key { get; set; }
        public Amazon.S3.ServerSideEncryptionMethod? ServerSideEncryptionMethod { get; set; }
    }
}";

        private const string Upload = @"
using Amazon.S3;
using Amazon.S3.Model;
class Uploader
{
    object Unencrypted() => new PutObjectRequest { BucketName = ""b"", Key = ""k"" };
    object Encrypted() => new PutObjectRequest { BucketName = ""b"", Key = ""k"", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS };
}";

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public void Finds_what_a_compilation_wide_lookup_finds(Sdk sdk)
        {
            var compilation = AnalyzerRunner.Compile(new[] { Stubs.Get("IdentityManagement.cs").Source, "namespace Amazon.S3.Model { public class DeclaredInSource { } }" }, sdk);
            Assert.True(AwsSymbols.TryCreate(compilation, out var symbols));

            // Every public SDK type of the referenced AWSSDK assemblies, the stubs declared in source,
            // and names no assembly has (a service the project does not reference, a mistyped name).
            var names = compilation.SourceModule.ReferencedAssemblySymbols
                .Where(assembly => assembly.Identity.Name.StartsWith("AWSSDK", System.StringComparison.Ordinal))
                .SelectMany(assembly => TypesOf(assembly.GlobalNamespace))
                .Concat(TypesOf(compilation.Assembly.GlobalNamespace))
                .Where(type => type.DeclaredAccessibility == Accessibility.Public)
                .Select(MetadataName)
                .Concat(new[] { "Amazon.EC2.Model.NotInAnySdk", "Amazon.S3.Model.PutObjectRequestX", "System.String", "Amazon.S3.Model.DeclaredInSource" })
                .ToList();
            Assert.True(names.Count > 1000, $"only {names.Count} names: are the SDK assemblies referenced?");

            var mismatches = names
                .Where(name => !SymbolEqualityComparer.Default.Equals(symbols.Get(name), compilation.GetTypeByMetadataName(name)))
                .Select(name => $"{name}: {symbols.Get(name)?.ContainingAssembly.Name ?? "null"} / {compilation.GetTypeByMetadataName(name)?.ContainingAssembly.Name ?? "null"}")
                .ToList();
            Assert.Empty(mismatches);
        }

        [Fact]
        public async Task An_sdk_in_an_assembly_with_another_name_is_still_found()
        {
            var vendored = Library("VendoredAws", MiniSdk);
            var compilation = AnalyzerRunner.Compile(new[] { Upload }, sdk: null).AddReferences(vendored);

            Assert.True(AwsSymbols.TryCreate(compilation, out var symbols));
            Assert.NotNull(symbols.Get("Amazon.S3.Model.PutObjectRequest"));
            var result = await AnalyzerRunner.RunAsync(compilation);
            Assert.Empty(result.Exceptions);
            Assert.Equal(new[] { ("SRM101", 5) }, result.Srm.Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line)));
        }

        [Fact]
        public void A_type_that_two_sdk_assemblies_declare_is_not_found_as_in_a_compilation_wide_lookup()
        {
            var core = Library("AWSSDK.Core", MiniSdk);
            var copy = Library("AWSSDK.Copy", "namespace Amazon.S3.Model { public class PutObjectRequest { } }");
            var compilation = AnalyzerRunner.Compile(new[] { "class C { }" }, sdk: null).AddReferences(core, copy);

            Assert.True(AwsSymbols.TryCreate(compilation, out var symbols));
            Assert.Null(compilation.GetTypeByMetadataName("Amazon.S3.Model.PutObjectRequest"));
            Assert.Null(symbols.Get("Amazon.S3.Model.PutObjectRequest"));
            Assert.NotNull(symbols.Get("Amazon.S3.ServerSideEncryptionMethod"));
        }

        [Fact]
        public void A_compilation_without_the_sdk_has_no_symbols()
        {
            var compilation = AnalyzerRunner.Compile(new[] { "namespace Amazon.S3.Model { public class PutObjectRequest { } }" }, sdk: null);
            Assert.False(AwsSymbols.TryCreate(compilation, out _));
        }

        private static MetadataReference Library(string assemblyName, string source) =>
            CSharpCompilation.Create(
                    assemblyName,
                    new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
                    AwsReferences.RuntimeOnly,
                    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
                .ToMetadataReference();

        private static IEnumerable<INamedTypeSymbol> TypesOf(INamespaceSymbol ns)
        {
            foreach (var member in ns.GetMembers())
            {
                if (member is INamespaceSymbol child)
                {
                    foreach (var type in TypesOf(child))
                    {
                        yield return type;
                    }
                }
                else if (member is INamedTypeSymbol type && (type.ContainingNamespace.ToDisplayString() + ".").StartsWith("Amazon.", System.StringComparison.Ordinal))
                {
                    yield return type;
                    foreach (var nested in type.GetTypeMembers())
                    {
                        yield return nested;
                    }
                }
            }
        }

        private static string MetadataName(INamedTypeSymbol type) =>
            type.ContainingType is { } outer ? MetadataName(outer) + "+" + type.MetadataName : type.ContainingNamespace.ToDisplayString() + "." + type.MetadataName;
    }
}
