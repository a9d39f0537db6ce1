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
        /// does not reference the AWS SDK. Calls of operations whose actions are not known are not in it
        /// (<see cref="CollectCalls"/> names them).
        /// </summary>
        /// <remarks>
        /// One fact crosses calls: S3 objects the project writes with SSE-KMS are decrypted when it
        /// reads S3 objects, so every S3 object read also needs <c>kms:Decrypt</c> on the keys those
        /// writes use. A read of an object encrypted by someone else's key is not visible in the code.
        /// </remarks>
        public static ImmutableArray<PermissionUse> Collect(Compilation compilation, CancellationToken cancellationToken = default) =>
            CollectCalls(compilation, cancellationToken).Uses;

        /// <summary>
        /// <see cref="Collect"/>'s permission uses, and the calls left out of them: each call of an SDK operation
        /// whose IAM actions are not known (<see cref="IamActionTable.IsMapped"/>), sorted by file and position.
        /// </summary>
        public static ProjectCalls CollectCalls(Compilation compilation, CancellationToken cancellationToken = default)
        {
            if (!AwsSymbols.TryCreate(compilation, out var symbols))
            {
                return ProjectCalls.Empty;
            }

            var calls = new List<(SdkCallPermissions Call, Location Location)>();
            var unmapped = new List<UnmappedCall>();
            foreach (var tree in compilation.SyntaxTrees)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var model = compilation.GetSemanticModel(tree);
                foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes().OfType<InvocationExpressionSyntax>())
                {
                    if (model.GetOperation(node, cancellationToken) is IInvocationOperation invocation
                        && SdkCallMapper.MapCall(invocation, symbols) is { } call)
                    {
                        if (call.IsMapped)
                        {
                            calls.Add((call, node.GetLocation()));
                        }
                        else
                        {
                            unmapped.Add(new UnmappedCall(call.ServiceNamespace + "." + call.Operation, node.GetLocation()));
                        }
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

            return new ProjectCalls(
                uses
                    .Distinct(UseComparer.Instance)
                    .OrderBy(u => u.Permission)
                    .ThenBy(u => u.Location.SourceTree?.FilePath ?? "", System.StringComparer.Ordinal)
                    .ThenBy(u => u.Location.SourceSpan.Start)
                    .ToImmutableArray(),
                unmapped
                    .OrderBy(u => u.Location.SourceTree?.FilePath ?? "", System.StringComparer.Ordinal)
                    .ThenBy(u => u.Location.SourceSpan.Start)
                    .ToImmutableArray());
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

    /// <summary>What <see cref="ProjectPermissions.CollectCalls"/> finds in a compilation.</summary>
    internal sealed class ProjectCalls
    {
        public static readonly ProjectCalls Empty = new(ImmutableArray<PermissionUse>.Empty, ImmutableArray<UnmappedCall>.Empty);

        public ProjectCalls(ImmutableArray<PermissionUse> uses, ImmutableArray<UnmappedCall> unmapped)
        {
            Uses = uses;
            Unmapped = unmapped;
        }

        /// <summary>The permissions of the calls whose actions are known (<see cref="ProjectPermissions.Collect"/>).</summary>
        public ImmutableArray<PermissionUse> Uses { get; }

        /// <summary>The calls left out of <see cref="Uses"/>: their operation's IAM actions are not known. Sorted by file and position.</summary>
        public ImmutableArray<UnmappedCall> Unmapped { get; }
    }

    /// <summary>A call of an SDK operation whose IAM actions are not known, so it is in no policy.</summary>
    internal readonly struct UnmappedCall
    {
        public UnmappedCall(string operation, Location location)
        {
            Operation = operation;
            Location = location;
        }

        /// <summary>The SDK operation of the call (<c>ApiGatewayV2.CreatePortal</c>).</summary>
        public string Operation { get; }

        /// <summary>The call's location (its invocation expression).</summary>
        public Location Location { get; }

        public override string ToString() => $"{Operation} at {Location.GetLineSpan()}";
    }
}
