using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SrmAnalyzers.Core;

namespace SrmAnalyzers.Tests.Core
{
    public class SrmOptionsTests
    {
        public enum Mode
        {
            Any,
            Kms,
        }

        private static readonly SyntaxTree Tree = CSharpSyntaxTree.ParseText("class C { }", path: "/C.cs");

        [Theory]
        [InlineData(null, Mode.Any, null, false)]
        [InlineData("any", Mode.Any, "any", false)]
        [InlineData("kms", Mode.Kms, "kms", false)]
        [InlineData("KMS", Mode.Kms, "KMS", false)]
        [InlineData("  Kms ", Mode.Kms, "Kms", false)]
        [InlineData("   ", Mode.Any, null, false)]
        [InlineData("strict", Mode.Any, "strict", true)]
        [InlineData("1", Mode.Any, "1", true)]
        [InlineData("Any,Kms", Mode.Any, "Any,Kms", true)]
        [InlineData("kms # comment", Mode.Any, "kms # comment", true)]
        public void Enum_options_parse_case_insensitively_and_fall_back_to_the_default(string? configured, Mode expected, string? raw, bool malformed)
        {
            var values = new Dictionary<string, string>();
            if (configured is not null)
            {
                values["srm.SRM999.mode"] = configured;
            }

            var option = SrmOptions.GetEnum(Options(values), Tree, "SRM999", "mode", Mode.Any);

            Assert.Equal("srm.SRM999.mode", option.Key);
            Assert.Equal(expected, option.Value);
            Assert.Equal(raw, option.RawValue);
            Assert.Equal(malformed, option.IsMalformed);
        }

        [Fact]
        public void Other_rules_options_are_not_read()
        {
            var option = SrmOptions.GetEnum(Options(new Dictionary<string, string> { ["srm.SRM998.mode"] = "kms" }), Tree, "SRM999", "mode", Mode.Any);
            Assert.Equal(Mode.Any, option.Value);
            Assert.Null(option.RawValue);
        }

        private static AnalyzerOptions Options(Dictionary<string, string> values) =>
            new(ImmutableArray<AdditionalText>.Empty, new Provider(values));

        private sealed class Provider : AnalyzerConfigOptionsProvider
        {
            private readonly TreeOptions _options;

            public Provider(Dictionary<string, string> values) => _options = new TreeOptions(values);

            public override AnalyzerConfigOptions GlobalOptions => _options;

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;
        }

        private sealed class TreeOptions : AnalyzerConfigOptions
        {
            private readonly Dictionary<string, string> _values;

            public TreeOptions(Dictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
