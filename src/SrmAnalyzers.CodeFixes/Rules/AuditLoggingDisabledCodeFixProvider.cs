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
    /// SRM502 fix, for CloudTrail log file validation only: the <c>false</c> parts of the reported
    /// <c>EnableLogFileValidation</c> value become <c>true</c> (a literal, a branch of a conditional; at a
    /// wrapper's argument or a helper's return too). Stopping or deleting a trail, recorder, detector or
    /// flow log, and suspending a detector, get no fix: turning them back on is not what the code meant.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AuditLoggingDisabledCodeFixProvider)), Shared]
    public sealed class AuditLoggingDisabledCodeFixProvider : CodeFixProvider
    {
        public const string EquivalenceKey = "SRM502.EnableLogFileValidation";

        private static readonly FixAllProvider FixAll = new SrmFixAllProvider(EquivalenceKey);

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.AuditLoggingDisabled);

        public override FixAllProvider GetFixAllProvider() => FixAll;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (diagnostic.Properties.ContainsKey(AuditLoggingDisabledAnalyzer.FixableProperty)
                    && await ReportedSyntax.FindAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false) is { } reported)
                {
                    await ValueFix.RegisterAsync(context, reported, "Keep CloudTrail log file validation on (EnableLogFileValidation = true)", EquivalenceKey, AuditLoggingDisabledAnalyzer.IsOff, CompliantValue.True).ConfigureAwait(false);
                }
            }
        }
    }
}
