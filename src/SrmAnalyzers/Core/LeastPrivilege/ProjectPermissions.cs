using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SrmAnalyzers.Core.LeastPrivilege
{
    /// <summary>
    /// The IAM permissions a project's own code needs: every AWS SDK call of a compilation mapped by
    /// <see cref="SdkCallMapper"/>. Used by SRM201's fix ("use the actions this project calls") and by
    /// the <c>srm iam-policy</c> command.
    /// </summary>
    internal static class ProjectPermissions
    {
        /// <summary>
        /// Every (action, resource, call) of the compilation's SDK calls, sorted by action, resource,
        /// file and position, so the same code always gives the same list. Empty when the compilation
        /// does not reference the AWS SDK.
        /// </summary>
        /// <remarks>
        /// One fact crosses calls: S3 objects the project writes with SSE-KMS are decrypted when it
        /// reads S3 objects, so every S3 object read also needs <c>kms:Decrypt</c> on the keys those
        /// writes use. A read of an object encrypted by someone else's key is not visible in the code.
        /// </remarks>
        public static ImmutableArray<PermissionUse> Collect(Compilation compilation, CancellationToken cancellationToken = default)
        {
            if (!AwsSymbols.TryCreate(compilation, out var symbols))
            {
                return ImmutableArray<PermissionUse>.Empty;
            }

            var calls = new List<(SdkCallPermissions Call, Location Location)>();
            foreach (var tree in compilation.SyntaxTrees)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var model = compilation.GetSemanticModel(tree);
                foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes().OfType<InvocationExpressionSyntax>())
                {
                    if (model.GetOperation(node, cancellationToken) is IInvocationOperation invocation
                        && SdkCallMapper.Map(invocation, symbols) is { } call)
                    {
                        calls.Add((call, node.GetLocation()));
                    }
                }
            }

            var sseKmsKeys = calls.SelectMany(c => c.Call.SseKmsKeysWritten).Distinct().ToList();
            var uses = new List<PermissionUse>();
            foreach (var (call, location) in calls)
            {
                var operation = call.ServiceNamespace + "." + call.Operation;
                foreach (var permission in call.Permissions)
                {
                    uses.Add(new PermissionUse(permission, operation, location));
                }

                if (call.ReadsS3Objects)
                {
                    foreach (var key in sseKmsKeys)
                    {
                        foreach (var action in IamActionTable.Dependent.SseKmsRead)
                        {
                            uses.Add(new PermissionUse(new RequiredPermission(action, key), operation, location));
                        }
                    }
                }
            }

            return uses
                .Distinct(UseComparer.Instance)
                .OrderBy(u => u.Permission)
                .ThenBy(u => u.Location.SourceTree?.FilePath ?? "", System.StringComparer.Ordinal)
                .ThenBy(u => u.Location.SourceSpan.Start)
                .ToImmutableArray();
        }

        /// <summary>The distinct actions of <paramref name="uses"/>, sorted; only those of one IAM prefix (<c>s3</c>) when given.</summary>
        public static ImmutableArray<string> Actions(IEnumerable<PermissionUse> uses, string? servicePrefix = null) =>
            uses.Select(u => u.Permission)
                .Where(p => servicePrefix is null || p.ServicePrefix == servicePrefix)
                .Select(p => p.Action)
                .Distinct()
                .OrderBy(a => a, System.StringComparer.Ordinal)
                .ToImmutableArray();

        private sealed class UseComparer : IEqualityComparer<PermissionUse>
        {
            public static readonly UseComparer Instance = new();

            public bool Equals(PermissionUse x, PermissionUse y) => x.Permission.Equals(y.Permission) && x.Location == y.Location;

            public int GetHashCode(PermissionUse use) => use.Permission.GetHashCode() ^ use.Location.GetHashCode();
        }
    }
}
