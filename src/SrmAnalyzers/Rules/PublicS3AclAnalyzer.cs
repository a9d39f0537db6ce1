using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SrmAnalyzers.Core;

namespace SrmAnalyzers.Rules
{
    /// <summary>
    /// SRM401: public S3 ACLs. Canned ACLs public-read, public-read-write and authenticated-read
    /// written to any SDK property of type <c>S3CannedACL</c>; grants (<c>S3Grant</c>,
    /// <c>AddGrant</c>, v4 <c>GrantRead</c>-style header properties) to the AllUsers or
    /// AuthenticatedUsers group.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PublicS3AclAnalyzer : SrmAnalyzer
    {
        /// <summary>Diagnostic property telling the fixer the diagnostic sits on a canned ACL value it may replace with Private.</summary>
        public const string FixableProperty = "ReplaceWithPrivate";

        internal const string CannedAclTypeName = "Amazon.S3.S3CannedACL";

        private const string GrantTypeName = "Amazon.S3.Model.S3Grant";
        private const string GranteeTypeName = "Amazon.S3.Model.S3Grantee";

        /// <summary>v4 header-style grants ("uri=\"http://acs.amazonaws.com/groups/global/AllUsers\"") and the permission each gives.</summary>
        private static readonly ImmutableDictionary<string, string> GrantHeaderPermissions = ImmutableDictionary.CreateRange(new[]
        {
            new KeyValuePair<string, string>("GrantRead", "READ"),
            new KeyValuePair<string, string>("GrantWrite", "WRITE"),
            new KeyValuePair<string, string>("GrantReadACP", "READ_ACP"),
            new KeyValuePair<string, string>("GrantWriteACP", "WRITE_ACP"),
            new KeyValuePair<string, string>("GrantFullControl", "FULL_CONTROL"),
        });

        // S3's group grantee URIs; http is what S3 documents, https and a trailing slash are tolerated here
        // because the intent (a public grant) is the same.
        private const string GroupUriPattern = @"https?://acs\.amazonaws\.com/groups/global/(?<group>AllUsers|AuthenticatedUsers)/?";

        private static readonly Regex GroupUri = new("^\\s*" + GroupUriPattern + "\\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        private static readonly Regex GroupUriInHeader = new(GroupUriPattern + "(?![A-Za-z0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        private static readonly ImmutableDictionary<string, string?> Fixable = ImmutableDictionary<string, string?>.Empty.Add(FixableProperty, "true");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.PublicS3Acl);

        private enum PublicGroup
        {
            None,
            AuthenticatedUsers,
            AllUsers,
        }

        private protected override void OnAwsCompilationStart(SrmRegistrar context, AwsSymbols symbols)
        {
            if (symbols.Get(CannedAclTypeName) is not { } cannedAcl)
            {
                return;
            }

            context.RegisterOperationAction(
                operationContext => AnalyzePropertyWrite(operationContext, symbols, cannedAcl),
                OperationKind.SimpleAssignment,
                OperationKind.CoalesceAssignment);

            if (symbols.Get(GranteeTypeName) is { } grantee)
            {
                context.RegisterCreationAction(symbols.GetAll(GrantTypeName), AnalyzeGrant);
                context.RegisterOperationAction(operationContext => AnalyzeAddGrant(operationContext, symbols, grantee), OperationKind.Invocation);
            }
        }

        /// <summary><c>CannedACL = S3CannedACL.PublicRead</c> (initializer or later) and v4 <c>GrantRead = "uri=..."</c>.</summary>
        private static void AnalyzePropertyWrite(OperationAnalysisContext context, AwsSymbols symbols, INamedTypeSymbol cannedAcl)
        {
            var write = (IAssignmentOperation)context.Operation;
            if (write.Target is not IPropertyReferenceOperation { Property: var property } target)
            {
                return;
            }

            // Cheapest tests first: this runs for every assignment of the compilation.
            var isCannedAcl = property.Type.Name == cannedAcl.Name && SymbolEqualityComparer.Default.Equals(property.Type, cannedAcl);
            var isGrantHeader = !isCannedAcl
                && property.Type.SpecialType == SpecialType.System_String
                && GrantHeaderPermissions.ContainsKey(property.Name);
            if ((!isCannedAcl && !isGrantHeader) || !AwsSymbols.IsSdkSymbol(property))
            {
                return;
            }

            var resolver = new ValueResolver(symbols, write);
            var value = resolver.Resolve(write.Value);
            if (isCannedAcl)
            {
                // Nearly every canned ACL written is private: decided before any list is built.
                var strings = value.Strings;
                if (!strings.Any(IsPublicCannedAcl))
                {
                    return;
                }

                var acls = strings.Where(IsPublicCannedAcl).Select(s => s.ToLowerInvariant()).Distinct().ToList();
                if (IsFinalWrite(write, property, resolver) && !TestDoubles.IsInTestDoubleExpression(write)
                    && !TestDoubles.IsWriteToRequestSentOnlyToTestDoubles(write, resolver, symbols))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.PublicS3Acl,
                        write.Value.Syntax.GetLocation(),
                        Fixable,
                        CannedAclMessage(acls, ResourceOf(target))));
                }
            }
            else
            {
                var group = value.Strings.Select(GroupInHeader).DefaultIfEmpty().Max();
                if (group != PublicGroup.None && IsFinalWrite(write, property, resolver) && !TestDoubles.IsInTestDoubleExpression(write)
                    && !TestDoubles.IsWriteToRequestSentOnlyToTestDoubles(write, resolver, symbols))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.PublicS3Acl,
                        write.Value.Syntax.GetLocation(),
                        GrantMessage(group, GrantHeaderPermissions[property.Name], property.Name)));
                }
            }
        }

        /// <summary><c>new S3Grant { Grantee = new S3Grantee { URI = AllUsers }, ... }</c>, the grantee possibly built in a local.</summary>
        private static void AnalyzeGrant(CreationContext creation)
        {
            if (creation.Tracked.Nested("Grantee") is not { } grantee)
            {
                return;
            }

            var group = GroupOf(grantee, creation.Resolver);
            if (group == PublicGroup.None)
            {
                return;
            }

            var permission = creation.Tracked.ResolveFinal("Permission", creation.Resolver);
            creation.Report(
                DiagnosticDescriptors.PublicS3Acl,
                Locations.OfCreation(creation.Creation),
                properties: null,
                GrantMessage(group, permission.IsSingleConstant ? permission.Values[0] as string : null, via: null));
        }

        /// <summary><c>acl.AddGrant(new S3Grantee { URI = AllUsers }, S3Permission.READ)</c> (S3AccessControlList and S3BucketLoggingConfig).</summary>
        private static void AnalyzeAddGrant(OperationAnalysisContext context, AwsSymbols symbols, INamedTypeSymbol granteeType)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            if (method.Name != "AddGrant"
                || method.Parameters.Length != 2
                || !SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, granteeType)
                || !AwsSymbols.IsSdkSymbol(method))
            {
                return;
            }

            var granteeArgument = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0);
            var permissionArgument = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 1);
            if (granteeArgument is null)
            {
                return;
            }

            var resolver = new ValueResolver(symbols, invocation);
            if (resolver.FollowToSource(granteeArgument.Value) is not IObjectCreationOperation granteeCreation
                || !SymbolEqualityComparer.Default.Equals(granteeCreation.Type, granteeType))
            {
                return;
            }

            var group = GroupOf(new RequestTracker(resolver).Track(granteeCreation), resolver);
            if (group == PublicGroup.None || TestDoubles.IsInTestDoubleExpression(invocation))
            {
                return;
            }

            var permission = resolver.Resolve(permissionArgument?.Value);
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.PublicS3Acl,
                granteeArgument.Value.Syntax.GetLocation(),
                GrantMessage(group, permission.IsSingleConstant ? permission.Values[0] as string : null, via: null)));
        }

        /// <summary>
        /// The group a grantee names. S3Grantee.Type is read-only and derived: EmailAddress wins over
        /// URI, so a grantee with an email address is not a group grantee.
        /// </summary>
        private static PublicGroup GroupOf(TrackedObject grantee, ValueResolver resolver)
        {
            if (grantee.IsWritten("EmailAddress"))
            {
                return PublicGroup.None;
            }

            return grantee.ResolveFinal("URI", resolver).Strings.Select(GroupOfUri).DefaultIfEmpty().Max();
        }

        private static PublicGroup GroupOfUri(string uri) => ToGroup(GroupUri.Match(uri));

        private static PublicGroup GroupInHeader(string header) =>
            GroupUriInHeader.Matches(header).Cast<Match>().Select(ToGroup).DefaultIfEmpty().Max();

        private static PublicGroup ToGroup(Match match)
        {
            if (!match.Success)
            {
                return PublicGroup.None;
            }

            return string.Equals(match.Groups["group"].Value, "AllUsers", StringComparison.OrdinalIgnoreCase) ? PublicGroup.AllUsers : PublicGroup.AuthenticatedUsers;
        }

        internal static bool IsPublicCannedAcl(string value) =>
            string.Equals(value, "public-read", StringComparison.OrdinalIgnoreCase)
            || string.Equals(value, "public-read-write", StringComparison.OrdinalIgnoreCase)
            || string.Equals(value, "authenticated-read", StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// False when a later write of the same request always replaces this one
        /// (<c>new PutObjectRequest { CannedACL = PublicRead }</c> followed by <c>req.CannedACL = Private</c>).
        /// Writes the tracker cannot place (fields, parameters, nested paths) count as final.
        /// </summary>
        private static bool IsFinalWrite(IAssignmentOperation write, IPropertySymbol property, ValueResolver resolver)
        {
            IObjectCreationOperation? creation = write.Parent is IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation owner }
                ? owner
                : write.Target is IPropertyReferenceOperation { Instance: ILocalReferenceOperation holder }
                    ? resolver.FollowToSource(holder) as IObjectCreationOperation
                    : null;
            if (creation is null)
            {
                return true;
            }

            var tracked = new RequestTracker(resolver).Track(creation);
            var seen = tracked.WritesOf(property.Name).Any(w => w.Site.Syntax == write.Syntax);
            return !seen || tracked.FinalWritesOf(property.Name).Any(w => w.Site.Syntax == write.Syntax);
        }

        /// <summary>What the ACL exposes, in the words of the request it is set on.</summary>
        private static string ResourceOf(IPropertyReferenceOperation target)
        {
            var type = target.Instance?.Type ?? target.Property.ContainingType;
            return type?.Name switch
            {
                "PutBucketRequest" or "PutBucketAclRequest" => "bucket",
                "PutACLRequest" => "bucket or object",
                "TransferUtilityUploadDirectoryRequest" => "uploaded objects",
                "S3Location" => "output objects",
                _ => "object",
            };
        }

        private static string CannedAclMessage(IReadOnlyList<string> acls, string resource)
        {
            var names = string.Join(" or ", acls);
            string exposure;
            if (acls.Contains("public-read-write") && resource.Contains("bucket"))
            {
                exposure = "readable and writable by anyone on the internet";
            }
            else if (acls.Contains("public-read") || acls.Contains("public-read-write"))
            {
                exposure = "readable by anyone on the internet";
            }
            else
            {
                exposure = "readable by anyone with an AWS account (AuthenticatedUsers group)";
            }

            return $"S3 canned ACL {names} makes the {resource} {exposure}";
        }

        private static string GrantMessage(PublicGroup group, string? permission, string? via)
        {
            var who = group == PublicGroup.AllUsers ? "anyone on the internet" : "anyone with an AWS account";
            var what = string.IsNullOrEmpty(permission) ? "access" : permission + " access";
            var how = via is null ? "S3 ACL grant" : "S3 ACL grant (" + via + ")";
            return $"{how} to the {group} group gives {who} {what}";
        }
    }
}
