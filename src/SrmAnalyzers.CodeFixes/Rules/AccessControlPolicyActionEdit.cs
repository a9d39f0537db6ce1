using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using SrmAnalyzers.Core.Policies;

namespace SrmAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// SRM201's edit for a policy built with the SDK's <c>Amazon.Auth.AccessControlPolicy</c> object model:
    /// the one wildcard <c>ActionIdentifier</c> (<c>new ActionIdentifier("s3:*")</c>, <c>new("s3:*")</c>,
    /// v4's <c>"s3:*"</c> converted, v3's <c>S3ActionIdentifiers.AllS3Actions</c>) becomes one identifier per
    /// action, where it is written: an element of a collection initializer, array or collection expression
    /// given to <c>Actions</c>, an argument of <c>WithActionIdentifiers</c>, or the argument of a
    /// <c>statement.Actions.Add(...)</c> statement (repeated once per action). Anything else gets no edit.
    /// </summary>
    internal static class AccessControlPolicyActionEdit
    {
        private const string Namespace = "Amazon.Auth.AccessControlPolicy";

        /// <summary>
        /// The edit for <paramref name="source"/> when it is a <c>Policy.ToJson()</c> call whose policy is created
        /// inline or is a local of this member, and the member writes <paramref name="wildcard"/> as an action exactly
        /// <paramref name="statements"/> times (once per statement with that finding), each in a place the edit handles; null otherwise.
        /// </summary>
        public static Func<ImmutableArray<string>, IEnumerable<TextChange>>? Find(ExpressionSyntax source, string wildcard, int statements, SemanticModel model, SourceText text, CancellationToken cancellationToken)
        {
            var compilation = model.Compilation;
            if (compilation.GetTypeByMetadataName(Namespace + ".Policy") is not { } policyType
                || compilation.GetTypeByMetadataName(Namespace + ".Statement") is not { } statementType
                || compilation.GetTypeByMetadataName(Namespace + ".ActionIdentifier") is not { } actionType)
            {
                return null;
            }

            if (Unwrap(source) is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToJson" } access } toJson
                || model.GetSymbolInfo(toJson, cancellationToken).Symbol is not IMethodSymbol { IsStatic: false } toJsonMethod
                || !SymbolEqualityComparer.Default.Equals(toJsonMethod.ContainingType, policyType))
            {
                return null;
            }

            // The syntax that can write the policy's actions: the member whose local holds the policy (the reader only
            // follows a local through its own member), or else the receiver itself (a creation, a fluent chain).
            var receiver = Unwrap(access.Expression);
            SyntaxNode? scope = model.GetSymbolInfo(receiver, cancellationToken).Symbol is ILocalSymbol
                ? toJson.FirstAncestorOrSelf<MemberDeclarationSyntax>()
                : receiver;
            if (scope is null)
            {
                return null;
            }

            // Where the wildcard is written: an identifier written in place, or a local or static readonly field holding
            // one (counted at its use: its initializer, which the member may also hold, is not counted).
            var context = new Context(model, statementType, actionType, cancellationToken);
            var written = scope.DescendantNodes().OfType<ExpressionSyntax>()
                .Where(e => !context.IsHolderInitializer(e) && (context.ActionWritten(e) ?? context.HeldAction(e)?.Action) == wildcard)
                .ToList();
            if (written.Count != statements)
            {
                // Fewer (the wildcard comes from elsewhere) or more (a Deny statement, another policy): not certain which.
                return null;
            }

            var edits = new List<Func<ImmutableArray<string>, IEnumerable<TextChange>>>();
            foreach (var identifier in written)
            {
                if (EditOf(identifier, context, text, cancellationToken) is not { } edit)
                {
                    return null;
                }

                edits.Add(edit);
            }

            return actions => edits.SelectMany(edit => edit(actions)).ToList();
        }

        /// <summary>The changes that write each action in the place of <paramref name="identifier"/>, or null when the edit does not handle that place.</summary>
        private static Func<ImmutableArray<string>, IEnumerable<TextChange>>? EditOf(ExpressionSyntax identifier, Context context, SourceText text, CancellationToken cancellationToken)
        {
            // A local or field holding the identifier: the actions are written at its one use, in the form of its
            // initializer, and its declaration goes (nothing else reads it).
            TextSpan? removed = null;
            Func<string, string>? element;
            if (context.HeldAction(identifier) is { } held)
            {
                if (context.OnlyUse(held.Symbol, held.Declarator, identifier) is not { } declaration)
                {
                    return null;
                }

                removed = LinesOf(declaration, text);
                element = context.ElementText(held.Declarator.Initializer!.Value);
            }
            else
            {
                element = context.ElementText(identifier);
            }

            if (element is null)
            {
                return null;
            }

            IEnumerable<TextChange> WithRemoval(TextChange change) => removed is { } span ? new[] { new TextChange(span, string.Empty), change } : new[] { change };

            if (context.ActionsListOf(identifier) is { } list)
            {
                var separator = Separator(list, identifier, text);
                return actions => WithRemoval(new TextChange(identifier.Span, string.Join(separator, actions.Select(element))));
            }

            if (context.ActionsAddStatementOf(identifier) is { } statement)
            {
                var before = text.ToString(TextSpan.FromBounds(statement.SpanStart, identifier.SpanStart));
                var after = text.ToString(TextSpan.FromBounds(identifier.Span.End, statement.Span.End));
                var separator = IsFirstOnLine(statement, text) ? LineBreak(statement, text) + Indentation(statement, text) : " ";
                return actions => WithRemoval(new TextChange(statement.Span, string.Join(separator, actions.Select(action => before + element(action) + after))));
            }

            return null;
        }

        /// <summary>
        /// The text a removed declaration takes: its lines, with the comments before it, when it stands alone on
        /// them (and one blank line after it when it leaves two together or one after an opening brace); else its span.
        /// </summary>
        private static TextSpan LinesOf(SyntaxNode declaration, SourceText text)
        {
            var first = text.Lines.GetLineFromPosition(declaration.SpanStart);
            var last = text.Lines.GetLineFromPosition(declaration.Span.End);
            if (!string.IsNullOrWhiteSpace(text.ToString(TextSpan.FromBounds(first.Start, declaration.SpanStart)))
                || !string.IsNullOrWhiteSpace(text.ToString(TextSpan.FromBounds(declaration.Span.End, last.End))))
            {
                return declaration.Span;
            }

            var start = first.Start;
            var comments = declaration.GetLeadingTrivia().Where(t => !t.IsKind(SyntaxKind.WhitespaceTrivia) && !t.IsKind(SyntaxKind.EndOfLineTrivia)).ToList();
            if (comments.Count > 0)
            {
                start = text.Lines.GetLineFromPosition(comments[0].SpanStart).Start;
            }

            var end = last.EndIncludingLineBreak;
            var previous = first.LineNumber > 0 ? text.Lines[first.LineNumber - 1] : default;
            if (last.LineNumber + 1 < text.Lines.Count && string.IsNullOrWhiteSpace(text.Lines[last.LineNumber + 1].ToString())
                && first.LineNumber > 0 && comments.Count == 0
                && (string.IsNullOrWhiteSpace(previous.ToString()) || previous.ToString().TrimEnd().EndsWith("{", StringComparison.Ordinal)))
            {
                end = text.Lines[last.LineNumber + 1].EndIncludingLineBreak;
            }

            return TextSpan.FromBounds(start, end);
        }

        private static ExpressionSyntax Unwrap(ExpressionSyntax expression)
        {
            while (expression is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized.Expression;
            }

            return expression;
        }

        /// <summary>The separator between the list's elements as the list writes it; for a single element, a comma and a line break when it stands on its own line.</summary>
        private static string Separator(IReadOnlyList<SyntaxNode> list, SyntaxNode element, SourceText text)
        {
            var index = list.ToList().IndexOf(element);
            if (list.Count > 1)
            {
                var (first, second) = index + 1 < list.Count ? (list[index], list[index + 1]) : (list[index - 1], list[index]);
                return text.ToString(TextSpan.FromBounds(first.Span.End, second.SpanStart));
            }

            return IsFirstOnLine(element, text) ? "," + LineBreak(element, text) + Indentation(element, text) : ", ";
        }

        private static bool IsFirstOnLine(SyntaxNode node, SourceText text) => Indentation(node, text).Length == node.SpanStart - text.Lines.GetLineFromPosition(node.SpanStart).Start;

        private static string Indentation(SyntaxNode node, SourceText text)
        {
            var line = text.Lines.GetLineFromPosition(node.SpanStart);
            var leading = text.ToString(TextSpan.FromBounds(line.Start, node.SpanStart));
            return new string(leading.TakeWhile(char.IsWhiteSpace).ToArray());
        }

        private static string LineBreak(SyntaxNode node, SourceText text)
        {
            var line = text.Lines.GetLineFromPosition(node.SpanStart);
            return line.EndIncludingLineBreak > line.End ? text.ToString(TextSpan.FromBounds(line.End, line.EndIncludingLineBreak)) : "\n";
        }

        private sealed class Context
        {
            private readonly SemanticModel _model;
            private readonly INamedTypeSymbol _statementType;
            private readonly INamedTypeSymbol _actionType;
            private readonly CancellationToken _cancellationToken;

            public Context(SemanticModel model, INamedTypeSymbol statementType, INamedTypeSymbol actionType, CancellationToken cancellationToken)
            {
                _model = model;
                _statementType = statementType;
                _actionType = actionType;
                _cancellationToken = cancellationToken;
            }

            /// <summary>The action <paramref name="expression"/> writes as an <c>ActionIdentifier</c>, or null when it writes none or one the fix cannot read.</summary>
            public string? ActionWritten(ExpressionSyntax expression)
            {
                switch (expression)
                {
                    case BaseObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments } creation when IsActionType(_model.GetTypeInfo(creation, _cancellationToken).Type):
                        return _model.GetConstantValue(arguments[0].Expression, _cancellationToken) is { HasValue: true, Value: string created } ? created : null;
                    case IdentifierNameSyntax name when name.Parent is MemberAccessExpressionSyntax access && access.Name == name:
                        // Read as the member access it ends.
                        return null;
                    case IdentifierNameSyntax or MemberAccessExpressionSyntax when _model.GetSymbolInfo(expression, _cancellationToken).Symbol is IFieldSymbol field
                        && AccessControlPolicyReader.ActionOfIdentifierField(field) is { } fromField:
                        return fromField;
                }

                // v4: a string converted to ActionIdentifier.
                var type = _model.GetTypeInfo(expression, _cancellationToken);
                return type.Type?.SpecialType == SpecialType.System_String && IsActionType(type.ConvertedType)
                    && _model.GetConstantValue(expression, _cancellationToken) is { HasValue: true, Value: string converted }
                    ? converted
                    : null;
            }

            /// <summary>
            /// The action a local or static readonly field named by <paramref name="expression"/> holds: an
            /// <c>ActionIdentifier</c> written in its one initializer, in this document; null for any other expression.
            /// </summary>
            public (string Action, ISymbol Symbol, VariableDeclaratorSyntax Declarator)? HeldAction(ExpressionSyntax expression)
            {
                if (expression is not IdentifierNameSyntax name
                    || name.Parent is MemberAccessExpressionSyntax access && access.Name == name && access.Expression is not ThisExpressionSyntax
                    || _model.GetSymbolInfo(name, _cancellationToken).Symbol is not { } symbol
                    || symbol is not (ILocalSymbol or IFieldSymbol { IsStatic: true, IsReadOnly: true })
                    || !IsActionType(symbol is ILocalSymbol local ? local.Type : ((IFieldSymbol)symbol).Type)
                    || symbol.DeclaringSyntaxReferences.Length != 1
                    || symbol.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } initializer } declarator
                    || declarator.SyntaxTree != expression.SyntaxTree
                    || ActionWritten(initializer) is not { } action)
                {
                    return null;
                }

                return (action, symbol, declarator);
            }

            /// <summary>Whether <paramref name="expression"/> is the initializer of a local or field declaration (counted at the use of what it declares).</summary>
            public bool IsHolderInitializer(ExpressionSyntax expression) =>
                expression.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax };

            /// <summary>
            /// The declaration (statement or field) of <paramref name="declarator"/> when it declares nothing else and
            /// <paramref name="use"/> is the only reference to <paramref name="symbol"/>: in the member for a local, in
            /// its type for a private field whose type is all in this document; null otherwise.
            /// </summary>
            public SyntaxNode? OnlyUse(ISymbol symbol, VariableDeclaratorSyntax declarator, ExpressionSyntax use)
            {
                SyntaxNode? declaration;
                IEnumerable<SyntaxNode> scopes;
                switch (symbol)
                {
                    case ILocalSymbol when declarator.Parent is VariableDeclarationSyntax { Variables.Count: 1, Parent: LocalDeclarationStatementSyntax statement }
                        && statement.FirstAncestorOrSelf<MemberDeclarationSyntax>() is { } member:
                        declaration = statement;
                        scopes = new[] { member };
                        break;
                    case IFieldSymbol { DeclaredAccessibility: Accessibility.Private } field when declarator.Parent is VariableDeclarationSyntax { Variables.Count: 1, Parent: FieldDeclarationSyntax fieldDeclaration }:
                        // A private field is read only in its outermost type's text.
                        var outermost = field.ContainingType;
                        while (outermost.ContainingType is { } containing)
                        {
                            outermost = containing;
                        }

                        if (outermost.DeclaringSyntaxReferences.Any(reference => reference.SyntaxTree != use.SyntaxTree))
                        {
                            return null;
                        }

                        declaration = fieldDeclaration;
                        scopes = outermost.DeclaringSyntaxReferences.Select(reference => reference.GetSyntax(_cancellationToken));
                        break;
                    default:
                        return null;
                }

                foreach (var reference in scopes.SelectMany(scope => scope.DescendantNodes()).OfType<IdentifierNameSyntax>())
                {
                    if (reference != use && reference.Identifier.ValueText == symbol.Name
                        && SymbolEqualityComparer.Default.Equals(_model.GetSymbolInfo(reference, _cancellationToken).Symbol, symbol))
                    {
                        return null;
                    }
                }

                return declaration;
            }

            /// <summary>How to write one action in the place of <paramref name="identifier"/>, in its own form; null when the fix would not know.</summary>
            public Func<string, string>? ElementText(ExpressionSyntax identifier)
            {
                static string Literal(string action) => SymbolDisplay.FormatLiteral(action, quote: true);

                switch (identifier)
                {
                    case BaseObjectCreationExpressionSyntax { Initializer: null, ArgumentList.Arguments: { Count: 1 } arguments } creation:
                        var before = creation.ToString().Substring(0, arguments[0].Expression.SpanStart - creation.SpanStart);
                        var after = creation.ToString().Substring(arguments[0].Expression.Span.End - creation.SpanStart);
                        return action => before + Literal(action) + after;
                    case BaseObjectCreationExpressionSyntax:
                        return null;
                    case IdentifierNameSyntax or MemberAccessExpressionSyntax when _model.GetSymbolInfo(identifier, _cancellationToken).Symbol is IFieldSymbol:
                        // v3's S3ActionIdentifiers.AllS3Actions: the SDK has no field for every action, so write the identifier.
                        var typeName = _actionType.ToMinimalDisplayString(_model, identifier.SpanStart);
                        return action => "new " + typeName + "(" + Literal(action) + ")";
                    default:
                        return Literal;
                }
            }

            /// <summary>The elements of the list <paramref name="identifier"/> is an element of, when that list becomes a statement's <c>Actions</c>; null otherwise.</summary>
            public IReadOnlyList<SyntaxNode>? ActionsListOf(ExpressionSyntax identifier)
            {
                switch (identifier.Parent)
                {
                    case InitializerExpressionSyntax initializer when initializer.IsKind(SyntaxKind.CollectionInitializerExpression) || initializer.IsKind(SyntaxKind.ArrayInitializerExpression):
                        return BecomesActions(initializer.Parent is AssignmentExpressionSyntax ? initializer : initializer.Parent) ? initializer.Expressions.ToList<SyntaxNode>() : null;
                    case ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection }:
                        return BecomesActions(collection) ? collection.Elements.ToList<SyntaxNode>() : null;
                    case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } arguments } argument
                        when argument.NameColon is null && IsStatementMethod(invocation, "WithActionIdentifiers"):
                        return arguments.Arguments.Select(a => (SyntaxNode)a.Expression).ToList();
                    default:
                        return null;
                }
            }

            /// <summary>The statement <c>x.Actions.Add(identifier);</c> that holds <paramref name="identifier"/>, or null.</summary>
            public ExpressionStatementSyntax? ActionsAddStatementOf(ExpressionSyntax identifier) =>
                identifier.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add" } add, Parent: ExpressionStatementSyntax statement } } }
                && IsActionsProperty(add.Expression)
                    ? statement
                    : null;

            /// <summary>Whether <paramref name="node"/> (a list, array or collection expression, or a nested <c>Actions = { }</c> initializer) is what a statement's <c>Actions</c> receives.</summary>
            private bool BecomesActions(SyntaxNode? node) => node switch
            {
                InitializerExpressionSyntax { Parent: AssignmentExpressionSyntax assignment } => IsActionsProperty(assignment.Left),
                ExpressionSyntax expression => expression.Parent switch
                {
                    AssignmentExpressionSyntax assignment when assignment.Right == expression => IsActionsProperty(assignment.Left),
                    ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } } => IsStatementMethod(invocation, "WithActionIdentifiers"),
                    _ => false,
                },
                _ => false,
            };

            private bool IsActionsProperty(ExpressionSyntax expression) =>
                _model.GetSymbolInfo(expression, _cancellationToken).Symbol is IPropertySymbol { Name: "Actions" } property
                && SymbolEqualityComparer.Default.Equals(property.ContainingType, _statementType);

            private bool IsStatementMethod(InvocationExpressionSyntax invocation, string name) =>
                _model.GetSymbolInfo(invocation, _cancellationToken).Symbol is IMethodSymbol method
                && method.Name == name
                && SymbolEqualityComparer.Default.Equals(method.ContainingType, _statementType);

            private bool IsActionType(ITypeSymbol? type) => SymbolEqualityComparer.Default.Equals(type, _actionType);
        }
    }
}
