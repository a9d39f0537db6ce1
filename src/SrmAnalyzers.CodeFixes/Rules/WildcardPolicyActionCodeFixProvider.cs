using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using SrmAnalyzers.CodeFixes.Editing;
using SrmAnalyzers.Core.LeastPrivilege;
using SrmAnalyzers.Rules;

namespace SrmAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// SRM201 fix: the wildcard action of an Allow statement (<c>s3:*</c>, or <c>*</c>) becomes the
    /// actions of that service (of every service for <c>*</c>) that the project's own SDK calls need,
    /// computed from the compilation (<see cref="ProjectPermissions"/>). The edit is made in the JSON
    /// text as written, with the literal's own quoting (<c>\"</c>, <c>""</c> or <c>"</c>), or, for the SDK's
    /// policy object model, in the <c>ActionIdentifier</c> list as written (<see cref="AccessControlPolicyActionEdit"/>);
    /// resources are left as they are. No fix when the project calls nothing of that service, or when the wildcard
    /// is not found exactly once as the statement's Action in the literal text of the reported value
    /// (or of the local or constant it names, in the same document).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WildcardPolicyActionCodeFixProvider)), Shared]
    public sealed class WildcardPolicyActionCodeFixProvider : CodeFixProvider
    {
        public const string EquivalenceKey = "SRM201.UseCalledActions";

        private const string ActionKey = "Action";

        private static readonly FixAllProvider FixAll = new SrmFixAllProvider(EquivalenceKey);

        /// <summary>The project's permissions per compilation: a light bulb or a Fix All asks for them once per finding.</summary>
        private static readonly ConditionalWeakTable<Compilation, StrongBox<ImmutableArray<PermissionUse>>> PermissionsByCompilation = new();

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.WildcardPolicyAction);

        public override FixAllProvider GetFixAllProvider() => FixAll;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var cancellationToken = context.CancellationToken;
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(WildcardPolicyActionAnalyzer.WildcardActionProperty, out var wildcard) || string.IsNullOrEmpty(wildcard)
                    || !diagnostic.Properties.TryGetValue(WildcardPolicyActionAnalyzer.ServicePrefixProperty, out var servicePrefix) || servicePrefix is null)
                {
                    continue;
                }

                var reported = await ReportedSyntax.FindAsync(context.Document, diagnostic, cancellationToken).ConfigureAwait(false);
                var model = await context.Document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                if (reported?.Value is not { } value || model is null
                    || TextSource(value, model, cancellationToken) is not { } source)
                {
                    continue;
                }

                var sourceText = await context.Document.GetTextAsync(cancellationToken).ConfigureAwait(false);
                Func<ImmutableArray<string>, TextChange>? edit = FindActionValue(source, wildcard!) is { } found
                    ? actions => new TextChange(found.Span, Replacement(found, actions))
                    : AccessControlPolicyActionEdit.Find(source, wildcard!, model, sourceText, cancellationToken);
                if (edit is null)
                {
                    continue;
                }

                var actions = ProjectPermissions.Actions(Permissions(model.Compilation, cancellationToken), servicePrefix.Length == 0 ? null : servicePrefix);
                if (actions.IsEmpty)
                {
                    continue;
                }

                var change = edit(actions);
                var title = actions.Length == 1 ? "Use the 1 action this project calls" : $"Use the {actions.Length} actions this project calls";
                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        title,
                        async token =>
                        {
                            var text = await document.GetTextAsync(token).ConfigureAwait(false);
                            return document.WithText(text.WithChanges(change));
                        },
                        EquivalenceKey),
                    diagnostic);
            }
        }

        private static ImmutableArray<PermissionUse> Permissions(Compilation compilation, CancellationToken cancellationToken) =>
            PermissionsByCompilation.GetValue(compilation, c => new StrongBox<ImmutableArray<PermissionUse>>(ProjectPermissions.Collect(c, cancellationToken))).Value;

        /// <summary>
        /// The expression whose literal text holds the document: the reported value, or the initializer
        /// of the constant or local it names when that declaration is in this document (a local only when
        /// nothing else assigns it, so the text edited is the text sent).
        /// </summary>
        private static ExpressionSyntax? TextSource(ExpressionSyntax value, SemanticModel model, CancellationToken cancellationToken)
        {
            var expression = value;
            while (expression is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized.Expression;
            }

            if (expression is not (IdentifierNameSyntax or MemberAccessExpressionSyntax))
            {
                return expression;
            }

            var symbol = model.GetSymbolInfo(expression, cancellationToken).Symbol;
            var followable = symbol is IFieldSymbol { IsConst: true }
                || symbol is ILocalSymbol local && (local.IsConst || !IsAssignedAfterDeclaration(local, expression, model, cancellationToken));
            if (!followable
                || symbol!.DeclaringSyntaxReferences.Length != 1
                || symbol.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } initializer }
                || initializer.SyntaxTree != value.SyntaxTree)
            {
                return null;
            }

            return initializer;
        }

        private static bool IsAssignedAfterDeclaration(ILocalSymbol local, ExpressionSyntax use, SemanticModel model, CancellationToken cancellationToken)
        {
            var body = use.FirstAncestorOrSelf<MemberDeclarationSyntax>() ?? (SyntaxNode)use.SyntaxTree.GetRoot(cancellationToken);
            foreach (var identifier in body.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (identifier.Identifier.ValueText != local.Name
                    || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol, local))
                {
                    continue;
                }

                var written = identifier.Parent switch
                {
                    AssignmentExpressionSyntax assignment => assignment.Left == identifier,
                    ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None),
                    PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => true,
                    _ => false,
                };
                if (written)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The one place, in the literal text of <paramref name="source"/>, where <paramref name="wildcard"/>
        /// is the value of an <c>"Action"</c> member or an element of its array; null when there is none
        /// or more than one (the fix would not know which to edit).
        /// </summary>
        private static ActionValue? FindActionValue(ExpressionSyntax source, string wildcard)
        {
            ActionValue? found = null;
            foreach (var token in source.DescendantTokens())
            {
                if (QuoteOf(token) is not { } quote)
                {
                    continue;
                }

                var text = token.Text;
                var quoted = quote.Text + wildcard + quote.Text;
                for (var at = text.IndexOf(quoted, System.StringComparison.Ordinal); at >= 0; at = text.IndexOf(quoted, at + 1, System.StringComparison.Ordinal))
                {
                    if (ActionContext(text, at, quote) is not { } inArray)
                    {
                        continue;
                    }

                    if (found is not null)
                    {
                        return null;
                    }

                    found = new ActionValue(new TextSpan(token.SpanStart + at, quoted.Length), quote, inArray, ElementSeparator(text, at, quoted.Length, quote));
                }
            }

            return found;
        }

        /// <summary>How a JSON quote is written inside <paramref name="token"/>, or null when it holds no JSON text the fix edits.</summary>
        private static Quote? QuoteOf(SyntaxToken token)
        {
            switch (token.Kind())
            {
                case SyntaxKind.StringLiteralToken:
                    return token.Text.StartsWith("@", System.StringComparison.Ordinal) ? Quote.Verbatim : Quote.Escaped;
                case SyntaxKind.SingleLineRawStringLiteralToken:
                case SyntaxKind.MultiLineRawStringLiteralToken:
                    return Quote.Raw;
                case SyntaxKind.InterpolatedStringTextToken when token.Parent?.Parent is InterpolatedStringExpressionSyntax interpolated:
                    return interpolated.StringStartToken.Kind() switch
                    {
                        SyntaxKind.InterpolatedStringStartToken => Quote.Escaped,
                        SyntaxKind.InterpolatedVerbatimStringStartToken => Quote.Verbatim,
                        SyntaxKind.InterpolatedSingleLineRawStringStartToken or SyntaxKind.InterpolatedMultiLineRawStringStartToken => Quote.Raw,
                        _ => null,
                    };
                default:
                    return null;
            }
        }

        /// <summary>
        /// Whether the quoted value at <paramref name="at"/> is the <c>"Action"</c> member's value: false
        /// when it is the whole value (<c>"Action": "s3:*"</c>), true when an element of its array
        /// (<c>"Action": ["s3:*", ...]</c>), null otherwise (a Resource, a NotAction, text the fix cannot read).
        /// </summary>
        private static bool? ActionContext(string text, int at, Quote quote)
        {
            var before = SkipSpaceBackward(text, at - 1, quote);
            if (before < 0)
            {
                return null;
            }

            var inArray = false;
            if (text[before] is '[' or ',')
            {
                // Back over the earlier elements (strings, commas, white space) to the array's '['.
                var position = before;
                while (position >= 0 && text[position] != '[')
                {
                    if (text[position] is ']' or '{' or '}' or ':')
                    {
                        return null;
                    }

                    position--;
                }

                if (position < 0)
                {
                    return null;
                }

                before = SkipSpaceBackward(text, position - 1, quote);
                inArray = true;
            }

            if (before < 0 || text[before] != ':')
            {
                return null;
            }

            var keyEnd = SkipSpaceBackward(text, before - 1, quote) + 1;
            var key = quote.Text + ActionKey + quote.Text;
            return keyEnd >= key.Length && string.CompareOrdinal(text, keyEnd - key.Length, key, 0, key.Length) == 0 ? inArray : null;
        }

        /// <summary>The last position at or before <paramref name="position"/> that is not white space (nor, in a regular literal, a <c>\n</c>, <c>\r</c> or <c>\t</c> escape); -1 when none.</summary>
        private static int SkipSpaceBackward(string text, int position, Quote quote)
        {
            while (position >= 0)
            {
                if (char.IsWhiteSpace(text[position]))
                {
                    position--;
                }
                else if (quote == Quote.Escaped && position > 0 && text[position] is 'n' or 'r' or 't' && text[position - 1] == '\\')
                {
                    position -= 2;
                }
                else
                {
                    break;
                }
            }

            return position;
        }

        /// <summary>The separator between array elements as the array writes it (<c>", "</c>, or a comma and a line break), from its neighbour.</summary>
        private static string ElementSeparator(string text, int at, int length, Quote quote)
        {
            var afterEnd = at + length;
            var next = afterEnd;
            while (next < text.Length && text[next] == ' ')
            {
                next++;
            }

            if (next < text.Length && text[next] == ',')
            {
                var end = next + 1;
                while (end < text.Length && (char.IsWhiteSpace(text[end]) || quote == Quote.Escaped && text[end] == '\\' && end + 1 < text.Length && text[end + 1] is 'n' or 'r' or 't'))
                {
                    end += text[end] == '\\' ? 2 : 1;
                }

                return text.Substring(next, end - next);
            }

            var previous = SkipSpaceBackward(text, at - 1, quote);
            return previous >= 0 && text[previous] == ',' ? text.Substring(previous, at - previous) : ", ";
        }

        private static string Replacement(ActionValue found, ImmutableArray<string> actions)
        {
            var quoted = actions.Select(action => found.Quote.Text + action + found.Quote.Text);
            if (found.InArray)
            {
                return string.Join(found.Separator, quoted);
            }

            return actions.Length == 1 ? quoted.Single() : "[" + string.Join(", ", quoted) + "]";
        }

        /// <summary>How the C# literal writes a JSON double quote.</summary>
        private sealed class Quote
        {
            public static readonly Quote Escaped = new("\\\"");
            public static readonly Quote Verbatim = new("\"\"");
            public static readonly Quote Raw = new("\"");

            private Quote(string text) => Text = text;

            public string Text { get; }
        }

        private sealed class ActionValue
        {
            public ActionValue(TextSpan span, Quote quote, bool inArray, string separator)
            {
                Span = span;
                Quote = quote;
                InArray = inArray;
                Separator = separator;
            }

            /// <summary>The quoted wildcard in the document's text.</summary>
            public TextSpan Span { get; }

            public Quote Quote { get; }

            public bool InArray { get; }

            public string Separator { get; }
        }
    }
}
