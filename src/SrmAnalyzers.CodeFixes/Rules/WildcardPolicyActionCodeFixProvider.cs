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
    /// SRM201 fix: the wildcard action of each Allow statement with a finding (<c>s3:*</c>, or <c>*</c>) becomes the
    /// actions of that service (of every service for <c>*</c>) that the project's own SDK calls need,
    /// computed from the compilation (<see cref="ProjectPermissions"/>). The edit is made in the JSON
    /// text as written, with the literal's own quoting (<c>\"</c>, <c>""</c> or <c>"</c>), or, for the SDK's
    /// policy object model, in the <c>ActionIdentifier</c> list as written (<see cref="AccessControlPolicyActionEdit"/>);
    /// resources are left as they are. No fix when the project calls nothing of one of those services, or when a
    /// wildcard is not found as many times as statements with a finding have it, as an Action in the literal text
    /// of the reported value (or of the local, constant or static readonly field it names, in the same document).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WildcardPolicyActionCodeFixProvider)), Shared]
    public sealed class WildcardPolicyActionCodeFixProvider : CodeFixProvider
    {
        public const string EquivalenceKey = "SRM201.UseCalledActions";

        private const string ActionKey = "Action";

        /// <summary>
        /// The batch fixer: a fix's changes are the wildcards' own spans (and, in the object model, a held identifier's
        /// use and declaration), so findings that share a literal (a constant or field sent by several requests) make
        /// the same changes there, which it applies once.
        /// </summary>
        private static readonly FixAllProvider FixAll = new SrmFixAllProvider(EquivalenceKey);

        /// <summary>The project's permissions per compilation: a light bulb or a Fix All asks for them once per finding.</summary>
        private static readonly ConditionalWeakTable<Compilation, StrongBox<ImmutableArray<PermissionUse>>> PermissionsByCompilation = new();

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.WildcardPolicyAction);

        public override FixAllProvider GetFixAllProvider() => FixAll;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (await ComputeAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false) is not { } fix)
                {
                    continue;
                }

                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        fix.Title,
                        async token =>
                        {
                            var text = await document.GetTextAsync(token).ConfigureAwait(false);
                            return document.WithText(text.WithChanges(fix.Changes));
                        },
                        EquivalenceKey),
                    diagnostic);
            }
        }

        /// <summary>
        /// The fix of <paramref name="diagnostic"/> in <paramref name="document"/>: its title and the changes to the
        /// document's text (each statement's wildcard, in the document's order, none overlapping), or null when there is none.
        /// </summary>
        private static async Task<WildcardFix?> ComputeAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var targets = WildcardPolicyActionAnalyzer.FixTargets(diagnostic.Properties);
            if (targets.IsEmpty)
            {
                return null;
            }

            var reported = await ReportedSyntax.FindAsync(document, diagnostic, cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (reported?.Value is not { } value || model is null
                || TextSource(value, model, cancellationToken) is not { } source)
            {
                return null;
            }

            var sourceText = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var permissions = Permissions(model.Compilation, cancellationToken);
            var changes = new List<TextChange>();
            var written = new HashSet<string>(StringComparer.Ordinal);

            // Statements with the same wildcard get the same actions: each place it is written is one of theirs
            // (the analyzer sets no fix when another statement has that wildcard), and there must be as many.
            foreach (var group in targets.GroupBy(target => target.Wildcard, StringComparer.Ordinal))
            {
                var wildcard = group.Key;
                var statements = group.Count();
                var servicePrefix = group.First().ServicePrefix;
                var actions = ProjectPermissions.Actions(permissions, servicePrefix.Length == 0 ? null : servicePrefix);
                if (actions.IsEmpty)
                {
                    return null;
                }

                var found = FindActionValues(source, wildcard);
                if (found.Count > 0)
                {
                    if (found.Count != statements)
                    {
                        return null;
                    }

                    changes.AddRange(found.Select(place => new TextChange(place.Span, Replacement(place, actions))));
                }
                else if (AccessControlPolicyActionEdit.Find(source, wildcard, statements, model, sourceText, cancellationToken) is { } edit)
                {
                    changes.AddRange(edit(actions));
                }
                else
                {
                    return null;
                }

                written.UnionWith(actions);
            }

            changes.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            for (var i = 1; i < changes.Count; i++)
            {
                if (changes[i].Span.Start < changes[i - 1].Span.End)
                {
                    return null;
                }
            }

            var title = written.Count == 1 ? "Use the 1 action this project calls" : $"Use the {written.Count} actions this project calls";
            return new WildcardFix(title, changes.ToImmutableArray());
        }

        private static ImmutableArray<PermissionUse> Permissions(Compilation compilation, CancellationToken cancellationToken) =>
            PermissionsByCompilation.GetValue(compilation, c => new StrongBox<ImmutableArray<PermissionUse>>(ProjectPermissions.Collect(c, cancellationToken))).Value;

        /// <summary>
        /// The expression whose literal text holds the document: the reported value, or the initializer
        /// of the constant, static readonly field or local it names when that declaration is in this document
        /// (a local only when nothing else assigns it, a static readonly field only when no static constructor
        /// does, so the text edited is the text sent).
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
            var followable = symbol switch
            {
                IFieldSymbol { IsConst: true } => true,
                IFieldSymbol { IsStatic: true, IsReadOnly: true } field => !IsAssignedByStaticConstructor(field, value.SyntaxTree, model, cancellationToken),
                ILocalSymbol local => local.IsConst || !IsAssignedAfterDeclaration(local, expression, model, cancellationToken),
                _ => false,
            };
            if (!followable
                || symbol!.DeclaringSyntaxReferences.Length != 1
                || symbol.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } initializer }
                || initializer.SyntaxTree != value.SyntaxTree)
            {
                return null;
            }

            return initializer;
        }

        /// <summary>
        /// Whether a static constructor of the field's type may assign it (the only place besides its initializer
        /// a static readonly field is written): true when one does, or when one is in another document.
        /// </summary>
        private static bool IsAssignedByStaticConstructor(IFieldSymbol field, SyntaxTree tree, SemanticModel model, CancellationToken cancellationToken)
        {
            foreach (var constructor in field.ContainingType.StaticConstructors)
            {
                foreach (var reference in constructor.DeclaringSyntaxReferences)
                {
                    if (reference.SyntaxTree != tree)
                    {
                        return true;
                    }

                    foreach (var identifier in reference.GetSyntax(cancellationToken).DescendantNodes().OfType<IdentifierNameSyntax>())
                    {
                        if (identifier.Identifier.ValueText == field.Name
                            && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol, field)
                            && IsWritten(identifier))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="name"/> (a name, or the member name of <c>x.Name</c>) is written where it stands.</summary>
        private static bool IsWritten(SimpleNameSyntax name)
        {
            ExpressionSyntax target = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
            return target.Parent switch
            {
                AssignmentExpressionSyntax assignment => assignment.Left == target,
                ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None),
                PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => true,
                _ => false,
            };
        }

        private static bool IsAssignedAfterDeclaration(ILocalSymbol local, ExpressionSyntax use, SemanticModel model, CancellationToken cancellationToken)
        {
            var body = use.FirstAncestorOrSelf<MemberDeclarationSyntax>() ?? (SyntaxNode)use.SyntaxTree.GetRoot(cancellationToken);
            foreach (var identifier in body.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (identifier.Identifier.ValueText == local.Name
                    && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol, local)
                    && IsWritten(identifier))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The places, in the literal text of <paramref name="source"/>, where <paramref name="wildcard"/> is the
        /// value of an <c>"Action"</c> member or an element of its array, in the text's order.
        /// </summary>
        private static List<ActionValue> FindActionValues(ExpressionSyntax source, string wildcard)
        {
            var found = new List<ActionValue>();
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
                    if (ActionContext(text, at, quote) is { } inArray)
                    {
                        found.Add(new ActionValue(new TextSpan(token.SpanStart + at, quoted.Length), quote, inArray, ElementSeparator(text, at, quoted.Length, quote)));
                    }
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

        /// <summary>A finding's fix: its title and the changes to its document's text.</summary>
        private sealed class WildcardFix
        {
            public WildcardFix(string title, ImmutableArray<TextChange> changes)
            {
                Title = title;
                Changes = changes;
            }

            public string Title { get; }

            /// <summary>In the text's order, none overlapping.</summary>
            public ImmutableArray<TextChange> Changes { get; }
        }
    }
}
