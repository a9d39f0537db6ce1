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
        /// <summary>A minimal exact-shape Lambda client (the package is not in the mirror): names as in AWSSDK.Lambda.</summary>
        public const string LambdaStub = @"
namespace Amazon.Lambda
{
    using System.Threading;
    using System.Threading.Tasks;
    using Amazon.Lambda.Model;
    public partial interface IAmazonLambda : System.IDisposable
    {
        Task<InvokeResponse> InvokeAsync(InvokeRequest request, CancellationToken cancellationToken = default);
        Task<CreateFunctionResponse> CreateFunctionAsync(CreateFunctionRequest request, CancellationToken cancellationToken = default);
    }
}
namespace Amazon.Lambda.Model
{
    public class InvokeRequest : Amazon.Runtime.AmazonWebServiceRequest { public string FunctionName { get; set; } = """"; }
    public class InvokeResponse : Amazon.Runtime.AmazonWebServiceResponse { }
    public class CreateFunctionRequest : Amazon.Runtime.AmazonWebServiceRequest { public string FunctionName { get; set; } = """"; public string Role { get; set; } = """"; }
    public class CreateFunctionResponse : Amazon.Runtime.AmazonWebServiceResponse { }
}";

        /// <summary>SNS publishing, added to the SNS stub (same names as AWSSDK.SimpleNotificationService).</summary>
        public const string SnsPublishStub = @"
namespace Amazon.SimpleNotificationService
{
    using System.Threading;
    using System.Threading.Tasks;
    using Amazon.SimpleNotificationService.Model;
    public partial interface IAmazonSimpleNotificationService
    {
        Task<PublishResponse> PublishAsync(string topicArn, string message, CancellationToken cancellationToken = default);
        Task<PublishResponse> PublishAsync(PublishRequest request, CancellationToken cancellationToken = default);
    }
}
namespace Amazon.SimpleNotificationService.Model
{
    public class PublishRequest : AmazonSimpleNotificationServiceRequest { public string TopicArn { get; set; } = """"; public string Message { get; set; } = """"; }
    public class PublishResponse : Amazon.Runtime.AmazonWebServiceResponse { }
}";

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
