using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using SrmAnalyzers.CodeFixes.Editing;
using SrmAnalyzers.Rules;

namespace SrmAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// SRM401 fix: the public canned ACL becomes <c>S3CannedACL.Private</c>. Only the public part of
    /// the written value changes (one branch of a conditional or switch); a constant, field or local
    /// declared elsewhere is left alone and its use at the property is replaced. Grants get no fix.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PublicS3AclCodeFixProvider)), Shared]
    public sealed class PublicS3AclCodeFixProvider : CodeFixProvider
    {
        public const string EquivalenceKey = "SRM401.UsePrivateCannedAcl";

        private static readonly FixAllProvider FixAll = new SrmFixAllProvider(EquivalenceKey);

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.PublicS3Acl);

        public override FixAllProvider GetFixAllProvider() => FixAll;

        public override Task RegisterCodeFixesAsync(CodeFixContext context) => ConstantReplacement.RegisterAsync(
            context,
            PublicS3AclAnalyzer.FixableProperty,
            "Use S3CannedACL.Private",
            EquivalenceKey,
            PublicS3AclAnalyzer.CannedAclTypeName,
            "Private",
            value => value.Strings.Any(PublicS3AclAnalyzer.IsPublicCannedAcl));
    }
}
