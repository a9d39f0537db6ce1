using System.Linq;
using Microsoft.CodeAnalysis;
using SrmAnalyzers.Core;
using SrmAnalyzers.Tests.Infrastructure;

namespace SrmAnalyzers.Tests.Core
{
    /// <summary>
    /// Only types whose code can call a method of the compilation that takes parameters get the
    /// wrapper check (WrapperCallers); a type left out must really call none.
    /// </summary>
    public class WrapperCallersTests
    {
        private const string Wrapper = @"
using Amazon.S3;
using Amazon.S3.Model;
public class Storage
{
    private readonly IAmazonS3 _s3;
    public Storage(IAmazonS3 s3) { _s3 = s3; }
    public void Upload(string key, S3CannedACL acl) => _s3.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", Key = key, CannedACL = acl });
    public void Generic<T>(T value) { }
    public static void Helper() { }
}";

        [Theory]
        [InlineData("class Caller { void M(Storage s) => s.Upload(\"k\", Amazon.S3.S3CannedACL.PublicRead); }", true)]
        [InlineData("class Caller { void M(Storage? s) => s?.Upload(\"k\", Amazon.S3.S3CannedACL.PublicRead); }", true)]
        [InlineData("class Caller { void M(Storage s) => s.Generic<int>(1); }", true)]
        [InlineData("class Caller { void M(Storage s) => s.Upload (\"k\", Amazon.S3.S3CannedACL.PublicRead); }", true)]
        [InlineData("class Caller { void M(Storage s) => s.Generic < System.Collections.Generic.List<int> >\n (null!); }", true)]
        [InlineData("class Caller { void M() => System.Console.WriteLine(\"Upload\".Length); }", false)]
        [InlineData("class Caller { void M() => Storage.Helper(); }", false)]
        [InlineData("class Caller { int Total(int[] values) => values.Sum(); int Sum() => 0; }", false)]
        public void A_type_gets_the_check_when_its_code_may_call_such_a_method(string caller, bool expected)
        {
            var compilation = AnalyzerRunner.Compile(new[] { Wrapper, "using System.Linq;\n" + caller }, Sdk.V4);
            Assert.True(AwsSymbols.TryCreate(compilation, out var symbols));

            Assert.Equal(expected, symbols.CrossMember.Callers.MayCallWrapper(TypeNamed(compilation, "Caller")));
        }

        [Fact]
        public void A_type_that_calls_its_own_wrapper_gets_the_check_and_one_that_only_declares_it_does_not()
        {
            var compilation = AnalyzerRunner.Compile(new[] { Wrapper, "class SelfCaller { void Upload(int x) { } void M() => Upload(1); }" }, Sdk.V4);
            Assert.True(AwsSymbols.TryCreate(compilation, out var symbols));

            Assert.True(symbols.CrossMember.Callers.MayCallWrapper(TypeNamed(compilation, "SelfCaller")));
            Assert.False(symbols.CrossMember.Callers.MayCallWrapper(TypeNamed(compilation, "Storage")));
        }

        [Fact]
        public void A_declared_Add_with_parameters_keeps_the_check_everywhere_because_collection_initializers_call_it_unnamed()
        {
            var compilation = AnalyzerRunner.Compile(new[] { Wrapper, "using System.Collections;\nclass Grants : IEnumerable { public void Add(string grant) { } public IEnumerator GetEnumerator() => null!; }\nclass Caller { object M() => new Grants { \"public\" }; }" }, Sdk.V4);
            Assert.True(AwsSymbols.TryCreate(compilation, out var symbols));

            Assert.True(symbols.CrossMember.Callers.MayCallWrapper(TypeNamed(compilation, "Caller")));
        }

        private static INamedTypeSymbol TypeNamed(Compilation compilation, string name) =>
            compilation.GetSymbolsWithName(name, SymbolFilter.Type).OfType<INamedTypeSymbol>().Single();
    }
}
