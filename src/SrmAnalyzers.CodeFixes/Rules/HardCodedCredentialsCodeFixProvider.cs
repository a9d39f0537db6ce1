using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;
using SrmAnalyzers.CodeFixes.Editing;
using SrmAnalyzers.Core;
using SrmAnalyzers.Rules;

namespace SrmAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// SRM301 fix: let the client use the SDK's default credential chain (environment, profile,
    /// IAM role) by dropping the explicit credential arguments and keeping region/config:
    /// <c>new AmazonS3Client("AKIA…", "secret", RegionEndpoint.EUWest1)</c> becomes
    /// <c>new AmazonS3Client(RegionEndpoint.EUWest1)</c>, and
    /// <c>new AmazonS3Client(new BasicAWSCredentials(...), config)</c> becomes <c>new AmazonS3Client(config)</c>.
    /// Offered only when the client has a constructor for the remaining arguments and the
    /// credentials object is used nowhere else.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HardCodedCredentialsCodeFixProvider))]
    [Shared]
    public sealed class HardCodedCredentialsCodeFixProvider : CodeFixProvider
    {
        public const string UseDefaultCredentialChainKey = "SRM301.UseDefaultCredentialChain";

        private const string Title = "Use the SDK's default credential chain";

        private static readonly FixAllProvider FixAll = new SrmFixAllProvider(UseDefaultCredentialChainKey);

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.HardCodedCredentials);

        public override FixAllProvider GetFixAllProvider() => FixAll;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (model is null || !AwsSymbols.TryCreate(model.Compilation, out var symbols))
            {
                return;
            }

            var sinks = new CredentialSinks(symbols);
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.ContainsKey(HardCodedCredentialsAnalyzer.SinkProperty)
                    || await ReportedSyntax.FindAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false) is not { Creation: { } creationSyntax }
                    || model.GetOperation(creationSyntax, context.CancellationToken) is not IObjectCreationOperation creation
                    || sinks.Find(creation) is not { } sink
                    || Plan(sink, sinks) is not { } edit)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(Title, cancellationToken => ApplyAsync(context.Document, edit, cancellationToken), UseDefaultCredentialChainKey),
                    diagnostic);
            }
        }

        /// <summary>What to remove, or null when no rewrite is certain to compile and keep behaviour apart from the credentials.</summary>
        private static Edit? Plan(CredentialSink sink, CredentialSinks sinks)
        {
            switch (sink.Kind)
            {
                case CredentialSinkKind.ServiceClient:
                    return PlanClientEdit(sink.Creation, sink.CredentialArguments.ToList(), statementToRemove: null);
                case CredentialSinkKind.AwsCredentials:
                    if (sinks.ClientTakingDirectly(sink.Creation) is { } client)
                    {
                        return PlanClientEdit(client, client.Arguments.Where(a => sinks.IsCredentialsParameter(a.Parameter)).ToList(), statementToRemove: null);
                    }

                    // var credentials = new BasicAWSCredentials(...); new AmazonS3Client(credentials, ...):
                    // fixable only when the client is the local's one and only use.
                    var resolver = new ValueResolver(sinks.Symbols, sink.Creation);
                    var clients = sinks.ClientsTaking(sink.Creation, resolver, out var complete);
                    if (!complete || clients.Count != 1 || sink.Creation.Syntax.Parent is not EqualsValueClauseSyntax
                        {
                            Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: LocalDeclarationStatementSyntax statement } },
                        })
                    {
                        return null;
                    }

                    var usesOfLocal = clients[0].Arguments.Where(a => sinks.IsCredentialsParameter(a.Parameter)).ToList();
                    return PlanClientEdit(clients[0], usesOfLocal, statement);
                default:
                    // ImmutableCredentials is a snapshot no client takes: no mechanical replacement.
                    return null;
            }
        }

        private static Edit? PlanClientEdit(IObjectCreationOperation client, IReadOnlyList<IArgumentOperation> removed, LocalDeclarationStatementSyntax? statementToRemove)
        {
            if (removed.Count == 0
                || client.Syntax is not BaseObjectCreationExpressionSyntax { ArgumentList: { } argumentList }
                || client.Constructor is not { } constructor
                || client.Arguments.Any(a => a.ArgumentKind != ArgumentKind.Explicit || a.Syntax is not ArgumentSyntax || a.Parameter is null))
            {
                return null;
            }

            var removedSyntax = new HashSet<SyntaxNode>(removed.Select(a => a.Syntax));
            var kept = client.Arguments
                .Where(a => !removedSyntax.Contains(a.Syntax))
                .OrderBy(a => a.Syntax.SpanStart)
                .ToList();

            // The client must have a constructor taking exactly the remaining arguments, in order.
            var hasOverload = constructor.ContainingType.InstanceConstructors.Any(candidate =>
                candidate.DeclaredAccessibility == Accessibility.Public
                && candidate.Parameters.Length == kept.Count
                && candidate.Parameters.Select(p => p.Type).SequenceEqual(kept.Select(a => a.Parameter!.Type), SymbolEqualityComparer.Default));
            return hasOverload && removedSyntax.Count + kept.Count == argumentList.Arguments.Count
                ? new Edit(argumentList, removedSyntax, statementToRemove)
                : null;
        }

        private static async Task<Document> ApplyAsync(Document document, Edit edit, CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            editor.ReplaceNode(edit.ArgumentList, RemoveArguments(edit.ArgumentList, edit.Removed));
            if (edit.StatementToRemove is not null)
            {
                editor.RemoveNode(edit.StatementToRemove, SyntaxRemoveOptions.KeepUnbalancedDirectives);
            }

            return editor.GetChangedDocument();
        }

        /// <summary>
        /// The argument list without <paramref name="removed"/>; the first remaining argument takes
        /// the place (leading trivia) of the original first one, and names are dropped because the
        /// remaining arguments are already in the new constructor's order.
        /// </summary>
        private static ArgumentListSyntax RemoveArguments(ArgumentListSyntax list, ISet<SyntaxNode> removed)
        {
            var arguments = list.Arguments;
            var nodes = new List<ArgumentSyntax>();
            var separators = new List<SyntaxToken>();
            for (var i = 0; i < arguments.Count; i++)
            {
                if (removed.Contains(arguments[i]))
                {
                    continue;
                }

                var argument = arguments[i];
                if (argument.NameColon is not null)
                {
                    argument = argument.WithNameColon(null).WithLeadingTrivia(argument.GetLeadingTrivia());
                }

                if (nodes.Count == 0 && i > 0)
                {
                    argument = argument.WithLeadingTrivia(arguments[0].GetLeadingTrivia());
                }

                if (nodes.Count > 0)
                {
                    separators.Add(i - 1 < arguments.SeparatorCount ? arguments.GetSeparator(i - 1) : SyntaxFactory.Token(SyntaxKind.CommaToken));
                }

                nodes.Add(argument);
            }

            return list.WithArguments(SyntaxFactory.SeparatedList(nodes, separators));
        }

        private sealed class Edit
        {
            public Edit(ArgumentListSyntax argumentList, ISet<SyntaxNode> removed, LocalDeclarationStatementSyntax? statementToRemove)
            {
                ArgumentList = argumentList;
                Removed = removed;
                StatementToRemove = statementToRemove;
            }

            public ArgumentListSyntax ArgumentList { get; }

            public ISet<SyntaxNode> Removed { get; }

            public LocalDeclarationStatementSyntax? StatementToRemove { get; }
        }
    }
}
