using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SrmAnalyzers.Core;
using SrmAnalyzers.Core.LeastPrivilege;
using SrmAnalyzers.Tests.Infrastructure;

namespace SrmAnalyzers.Tests.Core.LeastPrivilege
{
    /// <summary>Compiles test code against the real SDK (and stubs) and maps its calls.</summary>
    internal static class LeastPrivilegeTestCode
    {
        public static Compilation Compile(Sdk sdk, params string[] sources)
        {
            var compilation = AnalyzerRunner.Compile(sources, sdk);
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, "The test code does not compile: " + string.Join("\n", errors));
            return compilation;
        }

        /// <summary>Every mapped call of the compilation, in source order.</summary>
        public static List<SdkCallPermissions> Calls(Compilation compilation)
        {
            Assert.True(AwsSymbols.TryCreate(compilation, out var symbols));
            var calls = new List<SdkCallPermissions>();
            foreach (var tree in compilation.SyntaxTrees)
            {
                var model = compilation.GetSemanticModel(tree);
                foreach (var node in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
                {
                    if (model.GetOperation(node) is IInvocationOperation invocation && SdkCallMapper.Map(invocation, symbols) is { } call)
                    {
                        calls.Add(call);
                    }
                }
            }

            return calls;
        }

        /// <summary>The permissions of the one SDK call in <paramref name="body"/> (a method body using <c>client</c>), as "action resource" lines.</summary>
        public static string[] PermissionsOf(Sdk sdk, string usings, string clientType, string body, params string[] extraSources)
        {
            var source = usings + @"
using System.Threading.Tasks;
class Caller
{
    async Task Run(" + clientType + @" client)
    {
        " + body + @"
    }
}";
            var calls = Calls(Compile(sdk, new[] { source }.Concat(extraSources).ToArray()));
            var call = Assert.Single(calls);
            return Lines(call);
        }

        public static string[] Lines(SdkCallPermissions call) => call.Permissions.Select(p => p.Action + " " + p.Resource).ToArray();
    }
}
