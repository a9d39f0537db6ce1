using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SrmAnalyzers.Core.LeastPrivilege
{
    /// <summary>One IAM action and the resource (an ARN or ARN pattern, or <c>*</c>) it is needed on.</summary>
    internal readonly struct RequiredPermission : IEquatable<RequiredPermission>, IComparable<RequiredPermission>
    {
        /// <summary>The resource when the code does not fix it.</summary>
        public const string AnyResource = "*";

        public RequiredPermission(string action, string resource)
        {
            Action = action;
            Resource = resource;
        }

        /// <summary>The IAM action, e.g. <c>s3:GetObject</c>.</summary>
        public string Action { get; }

        /// <summary>The resource, e.g. <c>arn:aws:s3:::reports/daily/*</c>, or <c>*</c>.</summary>
        public string Resource { get; }

        /// <summary>The IAM prefix of the action (<c>s3</c> for <c>s3:GetObject</c>).</summary>
        public string ServicePrefix => Action.Substring(0, Math.Max(0, Action.IndexOf(':')));

        public bool Equals(RequiredPermission other) => Action == other.Action && Resource == other.Resource;

        public override bool Equals(object? obj) => obj is RequiredPermission other && Equals(other);

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Action) * 31 + StringComparer.Ordinal.GetHashCode(Resource);

        public int CompareTo(RequiredPermission other)
        {
            var byAction = string.CompareOrdinal(Action, other.Action);
            return byAction != 0 ? byAction : string.CompareOrdinal(Resource, other.Resource);
        }

        public override string ToString() => Action + " on " + Resource;
    }

    /// <summary>What one SDK call needs: the operation it performs and its permissions, in order.</summary>
    internal sealed class SdkCallPermissions
    {
        public SdkCallPermissions(string serviceNamespace, string operation, ImmutableArray<RequiredPermission> permissions, ImmutableArray<string> sseKmsKeysWritten, bool readsS3Objects)
        {
            ServiceNamespace = serviceNamespace;
            Operation = operation;
            Permissions = permissions;
            SseKmsKeysWritten = sseKmsKeysWritten;
            ReadsS3Objects = readsS3Objects;
            IsMapped = true;
        }

        private SdkCallPermissions(string serviceNamespace, string operation)
            : this(serviceNamespace, operation, ImmutableArray<RequiredPermission>.Empty, ImmutableArray<string>.Empty, readsS3Objects: false)
        {
            IsMapped = false;
        }

        /// <summary>
        /// A call of an SDK operation whose IAM actions are not known (<see cref="IamActionTable.IsMapped"/>): it has no
        /// permissions, and it is not in a policy. <see cref="SdkCallMapper.MapCall"/> gives it so that it can be named.
        /// </summary>
        public static SdkCallPermissions Unmapped(string serviceNamespace, string operation) => new(serviceNamespace, operation);

        /// <summary>
        /// False for a call of an operation whose actions are not known (no permissions, left out of the policy); true
        /// otherwise, also for a call that needs no identity permission (empty <see cref="Permissions"/>).
        /// </summary>
        public bool IsMapped { get; }

        /// <summary>The SDK service namespace after <c>Amazon.</c> (<c>S3</c>, <c>DynamoDBv2</c>).</summary>
        public string ServiceNamespace { get; }

        /// <summary>The operation (<c>PutObject</c>), or the helper method for a high-level helper (<c>TransferUtility.Upload</c>).</summary>
        public string Operation { get; }

        /// <summary>Sorted by action then resource, without duplicates. Empty when the call needs no identity permission.</summary>
        public ImmutableArray<RequiredPermission> Permissions { get; }

        /// <summary>
        /// KMS keys this call writes S3 objects with (SSE-KMS): a read of those objects needs
        /// <c>kms:Decrypt</c> on them (the project aggregator, ProjectPermissions, applies this). Empty for other calls.
        /// </summary>
        public ImmutableArray<string> SseKmsKeysWritten { get; }

        /// <summary>True for a call that reads S3 object content (and so decrypts an SSE-KMS object).</summary>
        public bool ReadsS3Objects { get; }
    }

    /// <summary>One permission the project needs, and the call that needs it.</summary>
    internal readonly struct PermissionUse
    {
        public PermissionUse(RequiredPermission permission, string operation, Location location)
        {
            Permission = permission;
            Operation = operation;
            Location = location;
        }

        public RequiredPermission Permission { get; }

        public string Action => Permission.Action;

        public string Resource => Permission.Resource;

        /// <summary>The SDK operation or helper of the call (<c>S3.PutObject</c>), for explanations.</summary>
        public string Operation { get; }

        /// <summary>The call's location (its invocation expression).</summary>
        public Location Location { get; }

        public override string ToString() => $"{Permission} ({Operation} at {Location.GetLineSpan()})";
    }
}
