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
    /// SRM103 fix: <c>Encrypted = true</c>, added to the initializer of the volume request or EBS
    /// device, or replacing the false values the rule reported where they are written.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnencryptedEbsVolumeCodeFixProvider)), Shared]
    public sealed class UnencryptedEbsVolumeCodeFixProvider : CodeFixProvider
    {
        public const string EquivalenceKey = "SRM103.EncryptVolume";

        private static readonly FixAllProvider FixAll = new SrmFixAllProvider(EquivalenceKey);

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.UnencryptedEbsVolume);

        public override FixAllProvider GetFixAllProvider() => FixAll;

        public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
            RequiredTrueFix.RegisterAsync(context, UnencryptedEbsVolumeAnalyzer.EncryptedProperty, "Encrypt the volume (Encrypted = true)", EquivalenceKey);
    }
}
