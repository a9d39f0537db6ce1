using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SrmAnalyzers.Core;

namespace SrmAnalyzers.Rules
{
    /// <summary>
    /// SRM104: an SSM <c>PutParameterRequest</c> whose name or description says it holds a secret,
    /// stored as <c>ParameterType.String</c> or <c>StringList</c> (plain text) instead of
    /// <c>SecureString</c> (encrypted with KMS). An unset <c>Type</c> is not reported: the service
    /// requires it for a new parameter and keeps the existing type when overwriting one.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PlainTextSecretParameterAnalyzer : SrmAnalyzer
    {
        /// <summary>Diagnostic property telling the fixer the reported value may become <c>ParameterType.SecureString</c>.</summary>
        public const string FixableProperty = "UseSecureString";

        internal const string ParameterTypeName = "Amazon.SimpleSystemsManagement.ParameterType";

        internal const string TypeProperty = "Type";

        private const int MaxShownNameLength = 120;

        private static readonly ImmutableDictionary<string, string?> Fixable = ImmutableDictionary<string, string?>.Empty.Add(FixableProperty, "true");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.PlainTextSecretParameter);

        private protected override void OnAwsCompilationStart(SrmRegistrar context, AwsSymbols symbols) =>
            context.RegisterCreationAction(symbols.GetAll("Amazon.SimpleSystemsManagement.Model.PutParameterRequest"), Analyze);

        private static void Analyze(CreationContext creation)
        {
            var request = creation.Tracked;
            if (!request.IsWritten(TypeProperty))
            {
                return;
            }

            // Cheap test first: only a plain-text type can be a finding.
            PropertyWrite? plainWrite = null;
            ResolvedValue plainValue = default;
            foreach (var write in request.FinalWritesOf(TypeProperty))
            {
                var value = creation.Resolver.Resolve(write.Value);
                if (IsPlainText(value))
                {
                    plainWrite = write;
                    plainValue = value;
                    break;
                }
            }

            if (plainWrite is null)
            {
                return;
            }

            var name = request.ResolveFinal("Name", creation.Resolver);
            var (term, where) = FindSecretTerm(name, "name");
            if (term is null)
            {
                (term, where) = FindSecretTerm(request.ResolveFinal("Description", creation.Resolver), "description");
            }

            if (term is null)
            {
                return;
            }

            var shownName = name.IsSingleConstant && name.Values[0] is string n && n.Length <= MaxShownNameLength
                ? " '" + SecretPatterns.RedactSecretsIn(n).Replace(ResolvedValue.Hole.ToString(), "{…}") + "'"
                : string.Empty;
            var type = plainValue.Strings.First(IsPlainTextType);
            var stores = plainValue.IsSingleConstant ? "stores" : "may store";
            creation.Report(
                DiagnosticDescriptors.PlainTextSecretParameter,
                Locations.OfValue(plainWrite),
                Fixable,
                $"PutParameterRequest {stores} parameter{shownName} as plain text (ParameterType.{type}) although its {where} says '{term}'; use ParameterType.SecureString");
        }

        private static (string? Term, string Where) FindSecretTerm(ResolvedValue value, string where)
        {
            foreach (var text in value.Strings)
            {
                if (SecretNames.FindSecretTerm(text) is { } term)
                {
                    return (term, where);
                }
            }

            return (null, where);
        }

        internal static bool IsPlainText(ResolvedValue value) => value.Any(v => v is string s && IsPlainTextType(s));

        private static bool IsPlainTextType(string value) =>
            string.Equals(value, "String", StringComparison.OrdinalIgnoreCase) || string.Equals(value, "StringList", StringComparison.OrdinalIgnoreCase);
    }
}
