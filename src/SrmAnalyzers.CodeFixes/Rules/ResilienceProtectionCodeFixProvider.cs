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
    /// SRM501 fix: <c>VersionStatus.Suspended</c> becomes <c>VersionStatus.Enabled</c>, and
    /// <c>DeletionProtectionEnabled = false</c> (DynamoDB) or <c>DeletionProtection = false</c> (RDS)
    /// becomes <c>true</c>. Only the rejected part of the
    /// written value changes (one branch of a conditional); a constant or field declared elsewhere
    /// is left alone and its use at the property is replaced.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ResilienceProtectionCodeFixProvider)), Shared]
    public sealed class ResilienceProtectionCodeFixProvider : CodeFixProvider
    {
        /// <summary>
        /// The key of every SRM501 fix. A finding has one fix, decided by the protection it turns off;
        /// one key lets Fix All, and <c>dotnet format analyzers</c> (which asks with the key of one
        /// finding's fix), turn every protection back on (see <see cref="SrmFixAllProvider"/>).
        /// </summary>
        public const string EquivalenceKey = "SRM501.TurnOnProtection";

        /// <summary>The <c>VersionStatus.Enabled</c> fix's key: <see cref="EquivalenceKey"/> (the name says which fix a caller means).</summary>
        public const string EnableVersioningKey = EquivalenceKey;

        /// <summary>The <c>DeletionProtectionEnabled = true</c> / <c>DeletionProtection = true</c> fix's key: <see cref="EquivalenceKey"/>.</summary>
        public const string EnableDeletionProtectionKey = EquivalenceKey;

        private static readonly FixAllProvider FixAll = new SrmFixAllProvider(EquivalenceKey);

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.ResilienceProtectionOff);

        public override FixAllProvider GetFixAllProvider() => FixAll;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(ResilienceProtectionAnalyzer.FixProperty, out var fix)
                    || await ReportedSyntax.FindAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false) is not { } reported)
                {
                    continue;
                }

                // The finding is at the written value (or a wrapper's argument, a helper's return): its
                // rejected parts become the protecting value.
                var versioning = fix == ResilienceProtectionAnalyzer.EnableVersioningFix;
                diagnostic.Properties.TryGetValue(ResilienceProtectionAnalyzer.SettingProperty, out var setting);
                await ValueFix.RegisterAsync(
                    context,
                    reported,
                    versioning ? "Use VersionStatus.Enabled" : $"Set {setting ?? ResilienceProtectionAnalyzer.DeletionProtectionProperty} to true",
                    EquivalenceKey,
                    versioning ? ResilienceProtectionAnalyzer.IsSuspended : ResilienceProtectionAnalyzer.IsOff,
                    versioning ? CompliantValue.Member(ResilienceProtectionAnalyzer.VersionStatusTypeName, "Enabled") : CompliantValue.True).ConfigureAwait(false);
            }
        }
    }
}
