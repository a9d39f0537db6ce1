using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SrmAnalyzers.Core;
using SrmAnalyzers.Tests.Infrastructure;

namespace SrmAnalyzers.Tests.Core
{
    /// <summary>
    /// The analyzers read a string literal's text from its token instead of the operation's
    /// constant (which allocates on first read): the two must be the same string for every form of
    /// literal the language has.
    /// </summary>
    public class StringLiteralTextTests
    {
        private const string EveryForm = """"
            class C
            {
                string M(string x = "default")
                {
                    var plain = "tab\t quote\" \u0041KIA \U00000042 \x41 \\ end";
                    var verbatim = @"verbatim ""quoted"" \n not an escape
            second line";
                    var raw = """raw "quoted" {not a hole}""";
                    var multiLineRaw = """
                        first
                          indented "quoted"
                        """;
                    var interpolated = $"{{braces}} {x} \u0041 \n end";
                    var verbatimInterpolated = $@"verbatim ""quoted"" {{ {x} }} \n";
                    var rawInterpolated = $$"""
                        raw {not a hole} {{x}} "quoted"
                          indented
                        """;
                    var singleLineRawInterpolated = $"""one {x} line""";
                    var nested = $"outer {$"inner {x} text"} tail";
                    var concatenated = "left " + x + " right";
                    return M();
                }
            }
            """";

        [Fact]
        public void Token_text_is_the_constant_for_every_form_of_string_literal()
        {
            var compared = CompareTokenTextWithConstants(AnalyzerRunner.Compile(new[] { EveryForm }, sdk: null));

            // Seven literals (the default value, plain, verbatim, two raw, the two of `concatenated`)
            // and twelve text parts (two in each interpolation, the inner one of `nested` included).
            Assert.Equal(19, compared);
        }

        [Fact]
        public void Token_text_is_the_constant_in_every_test_source()
        {
            var compared = CompareTokenTextWithConstants(AnalyzerRunner.Compile(TestSources.Sources, Sdk.V4));

            Assert.True(compared >= 500, $"Only {compared} string literals were compared.");
        }

        [Fact]
        public void A_default_argument_filled_in_at_a_call_is_not_read_from_syntax()
        {
            var compilation = AnalyzerRunner.Compile(new[] { EveryForm }, sdk: null);
            var tree = compilation.SyntaxTrees.Single();
            var call = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>().Single();
            var invocation = (IInvocationOperation)compilation.GetSemanticModel(tree).GetOperation(call)!;
            var implicitLiteral = (ILiteralOperation)invocation.Arguments.Single().Value;

            Assert.True(implicitLiteral.IsImplicit);
            Assert.Equal("default", implicitLiteral.ConstantValue.Value);
            Assert.False(StringLiterals.TryGetText(implicitLiteral, out _));
        }

        /// <summary>Compares both readings for every string literal and interpolation text part; returns how many were compared.</summary>
        private static int CompareTokenTextWithConstants(Compilation compilation)
        {
            var compared = 0;
            foreach (var tree in compilation.SyntaxTrees)
            {
                var model = compilation.GetSemanticModel(tree);
                foreach (var node in tree.GetRoot().DescendantNodes())
                {
                    var operation = node switch
                    {
                        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => model.GetOperation(literal),
                        InterpolatedStringTextSyntax part => (model.GetOperation(part) as IInterpolatedStringTextOperation)?.Text,
                        _ => null,
                    };
                    if (operation is not ILiteralOperation { ConstantValue: { HasValue: true, Value: string constant } } literalOperation)
                    {
                        continue;
                    }

                    Assert.True(StringLiterals.TryGetText(literalOperation, out var text), $"Not read from syntax: {node}");
                    Assert.Equal(constant, text);
                    compared++;
                }
            }

            return compared;
        }
    }
}
