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
    /// SRM104 fix: the plain-text parameter type becomes <c>ParameterType.SecureString</c>. Only
    /// the plain-text part of the written value changes (one branch of a conditional); a constant
    /// or field declared elsewhere is left alone and its use at the property is replaced.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PlainTextSecretParameterCodeFixProvider)), Shared]
    public sealed class PlainTextSecretParameterCodeFixProvider : CodeFixProvider
    {
        public const string EquivalenceKey = "SRM104.UseSecureString";

        private static readonly FixAllProvider FixAll = new SrmFixAllProvider(EquivalenceKey);

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.PlainTextSecretParameter);

        public override FixAllProvider GetFixAllProvider() => FixAll;

        public override Task RegisterCodeFixesAsync(CodeFixContext context) => ConstantReplacement.RegisterAsync(
            context,
            PlainTextSecretParameterAnalyzer.FixableProperty,
            "Use ParameterType.SecureString",
            EquivalenceKey,
            PlainTextSecretParameterAnalyzer.ParameterTypeName,
            "SecureString",
            PlainTextSecretParameterAnalyzer.IsPlainText);
    }
}
