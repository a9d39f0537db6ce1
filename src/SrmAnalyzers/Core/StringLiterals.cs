using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SrmAnalyzers.Core
{
    /// <summary>
    /// The text of a string literal read from its token. The compiler makes a string literal's
    /// constant from that token's value (escapes and raw-string indentation already applied), so
    /// the text is the constant; reading the operation's <c>ConstantValue</c> instead allocates a
    /// finalizable weak reference on the first read of each string constant, which measured as a
    /// third of SRM301's time at 1,000 dense files (docs/performance.md).
    /// </summary>
    internal static class StringLiterals
    {
        /// <summary>
        /// True for a literal written in source as a string literal or as an interpolation's text
        /// part; false for other literals and for implicit ones (a default argument filled in at a call).
        /// </summary>
        public static bool TryGetText(IOperation operation, out string text)
        {
            if (operation.Kind == OperationKind.Literal)
            {
                switch (operation.Syntax)
                {
                    case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                        text = literal.Token.ValueText;
                        return true;
                    case InterpolatedStringTextSyntax part:
                        text = TextOf(part);
                        return true;
                }
            }

            text = string.Empty;
            return false;
        }

        /// <summary>
        /// An interpolation's text part as the compiler reads it: the token keeps the doubled braces
        /// of <c>$"{{"</c> and <c>$@"}}"</c>, which stand for one brace; a raw interpolated string
        /// has no brace escapes (a brace run shorter than its <c>$</c> count is text).
        /// </summary>
        public static string TextOf(InterpolatedStringTextSyntax part)
        {
            var text = part.TextToken.ValueText;
            var raw = part.Parent is InterpolatedStringExpressionSyntax { StringStartToken: var start }
                && (start.IsKind(SyntaxKind.InterpolatedSingleLineRawStringStartToken) || start.IsKind(SyntaxKind.InterpolatedMultiLineRawStringStartToken));
            return raw || text.IndexOf('{') < 0 && text.IndexOf('}') < 0
                ? text
                : text.Replace("{{", "{").Replace("}}", "}");
        }
    }
}
