using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SrmAnalyzers.Tests.Infrastructure
{
    /// <summary>
    /// The C# sources the rule tests feed the analyzers (string literals in tests/**/Rules/*.cs that
    /// use the AWS SDK), with test markup removed, plus the demo's sources. Read from the
    /// repository so every new test case joins the robustness tests by itself.
    /// </summary>
    public static class TestSources
    {
        private static readonly Regex Markup = new(@"\{\|[A-Z]+[0-9]*:|\|\}|\[\||\|\]", RegexOptions.Compiled);

        private static readonly Lazy<IReadOnlyList<string>> All = new(Load);

        public static IReadOnlyList<string> Sources => All.Value;

        private static IReadOnlyList<string> Load()
        {
            var root = AwsReferences.RepositoryRoot;
            var result = new List<string>();
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "tests", "SrmAnalyzers.Tests", "Rules"), "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            {
                var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(file));
                var constants = tree.GetRoot().DescendantNodes().OfType<FieldDeclarationSyntax>()
                    .SelectMany(f => f.Declaration.Variables)
                    .Where(v => v.Initializer?.Value is LiteralExpressionSyntax)
                    .ToDictionary(v => v.Identifier.ValueText, v => (string?)((LiteralExpressionSyntax)v.Initializer!.Value).Token.Value ?? string.Empty);
                foreach (var literal in tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().Where(l => l.IsKind(SyntaxKind.StringLiteralExpression)))
                {
                    if (literal.Token.Value is not string text || !text.Contains("Amazon", StringComparison.Ordinal) || !text.Contains('{'))
                    {
                        continue;
                    }

                    // "Usings + @"..."" style: put the prefix constant back in front.
                    if (literal.Parent is BinaryExpressionSyntax { Left: IdentifierNameSyntax prefix } && constants.TryGetValue(prefix.Identifier.ValueText, out var prefixText))
                    {
                        text = prefixText + text;
                    }

                    result.Add(Markup.Replace(text, string.Empty));
                }
            }

            var samples = Path.Combine(root, "samples");
            if (Directory.Exists(samples))
            {
                result.AddRange(Directory.EnumerateFiles(samples, "*.cs", SearchOption.AllDirectories)
                    .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                    .OrderBy(f => f, StringComparer.Ordinal)
                    .Select(File.ReadAllText));
            }

            return result.Distinct().ToList();
        }
    }
}
