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
    /// SRM106 fix: <c>StorageEncrypted = true</c>, added to the initializer of the DB instance or
    /// cluster request, or replacing the false values the rule reported where they are written.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnencryptedRdsStorageCodeFixProvider)), Shared]
    public sealed class UnencryptedRdsStorageCodeFixProvider : CodeFixProvider
    {
        public const string EquivalenceKey = "SRM106.EncryptStorage";

        private static readonly FixAllProvider FixAll = new SrmFixAllProvider(EquivalenceKey);

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.UnencryptedRdsStorage);

        public override FixAllProvider GetFixAllProvider() => FixAll;

        public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
            RequiredTrueFix.RegisterAsync(context, UnencryptedRdsStorageAnalyzer.StorageEncryptedProperty, "Encrypt the storage (StorageEncrypted = true)", EquivalenceKey);
    }
}
