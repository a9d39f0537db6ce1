using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using SrmAnalyzers.CodeFixes.Editing;
using SrmAnalyzers.Rules;

namespace SrmAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// SRM406 fix: the <c>true</c> parts of the reported <c>PubliclyAccessible</c> value become
    /// <c>false</c> (a literal, a branch of a conditional; at a wrapper's argument or a helper's return too).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PublicRdsInstanceCodeFixProvider)), Shared]
    public sealed class PublicRdsInstanceCodeFixProvider : CodeFixProvider
    {
        public const string EquivalenceKey = "SRM406.MakePrivate";

        private static readonly FixAllProvider FixAll = new SrmFixAllProvider(EquivalenceKey);

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.PublicRdsInstance);

        public override FixAllProvider GetFixAllProvider() => FixAll;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (await ReportedSyntax.FindAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false) is { } reported)
                {
                    await ValueFix.RegisterAsync(context, reported, "Keep the DB instance private (PubliclyAccessible = false)", EquivalenceKey, PublicRdsInstanceAnalyzer.MayBePublic, CompliantValue.False).ConfigureAwait(false);
                }
            }
        }
    }
}
