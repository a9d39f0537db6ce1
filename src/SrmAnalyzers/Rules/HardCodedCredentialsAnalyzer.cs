using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SrmAnalyzers.Core;
using SrmAnalyzers.Core.ConfigFiles;

namespace SrmAnalyzers.Rules
{
    /// <summary>
    /// SRM301: hard-coded AWS credentials. Two ways in: constant keys reaching an SDK object that
    /// takes explicit credentials (one finding per creation, i.e. per credential pair), and a
    /// real-looking access key ID in any string (dictionaries, configuration, environment setters).
    /// Documentation examples, placeholders and keys for a local emulator are not secrets. Messages
    /// show at most a key ID's first and last 4 characters, never a secret.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class HardCodedCredentialsAnalyzer : SrmAnalyzer
    {
        /// <summary>Diagnostic property naming the kind of object that takes the credentials (a <see cref="CredentialSinkKind"/>); absent for a key ID in a string.</summary>
        public const string SinkProperty = "Sink";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.HardCodedCredentials);

        private protected override void OnAwsCompilationStart(SrmRegistrar context, AwsSymbols symbols)
        {
            var sinks = new CredentialSinks(symbols);
            context.RegisterOperationAction(operationContext => AnalyzeCreation(operationContext, sinks), OperationKind.ObjectCreation);
            context.RegisterOperationAction(operationContext => AnalyzeLiteral(operationContext, (ILiteralOperation)operationContext.Operation, sinks), OperationKind.Literal);

            // [assembly: AssemblyMetadata("AwsKey", "AKIA...")]: code outside every type, which the
            // per-type literal action does not reach; each literal in it is judged the same way.
            context.RegisterAssemblyAttributeAction(operationContext =>
            {
                foreach (var operation in operationContext.Operation.Descendants())
                {
                    if (operation is ILiteralOperation literal)
                    {
                        AnalyzeLiteral(operationContext, literal, sinks);
                    }
                }
            });

            context.RegisterConfigFileAction(AnalyzeConfigFile);
        }

        /// <summary>
        /// A key pair in a configuration file (appsettings, launch profile variables, the Lambda deploy
        /// defaults' variables, App.config appSettings): reported at the key ID's value, once per key ID,
        /// naming the settings and never the secret.
        /// </summary>
        private static void AnalyzeConfigFile(ConfigFileContext context)
        {
            foreach (var group in context.File.Groups)
            {
                foreach (var pair in ConfigCredentials.FindLeaks(group))
                {
                    context.Report(
                        DiagnosticDescriptors.HardCodedCredentials,
                        pair.KeyId.Span,
                        $"{SecretPatterns.RedactSecretsIn(context.File.FileName)} holds the AWS access key ID {SecretPatterns.RedactAccessKeyId(pair.KeyId.Value.Trim())} "
                        + $"({SecretPatterns.RedactSecretsIn(pair.KeyId.Name)}) with a secret beside it ({SecretPatterns.RedactSecretsIn(pair.Secret.Name)}); "
                        + "keys in configuration files leak through source control and builds");
                }
            }
        }

        private static void AnalyzeCreation(OperationAnalysisContext context, CredentialSinks sinks)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (sinks.Find(creation) is not { } sink)
            {
                return;
            }

            var resolver = new ValueResolver(sinks.Symbols, creation);
            var keyIds = Resolve(resolver, sink.AccessKeyId);
            var secrets = Resolve(resolver, sink.SecretAccessKey);
            var tokens = Resolve(resolver, sink.SessionToken);

            var realKeyId = keyIds.Strings.FirstOrDefault(SecretPatterns.IsRealLookingAccessKeyId);
            var keyIdIsPlaceholder = !keyIds.HasUnknown && keyIds.Values.All(value => SecretPatterns.IsPlaceholder(value as string));
            var hardCodedKeyId = realKeyId is not null || keyIds.Strings.Any(value => !SecretPatterns.IsPlaceholder(value));
            var hardCodedSecret = secrets.Strings.Any(value => !SecretPatterns.IsPlaceholder(value));
            var hardCodedToken = tokens.Strings.Any(value => !SecretPatterns.IsPlaceholder(value));

            // A made-up key ID marks the pair as a placeholder, unless the secret next to it has
            // the exact shape of a real secret access key.
            var leaks = realKeyId is not null
                || (hardCodedSecret || hardCodedToken) && !keyIdIsPlaceholder
                || secrets.Strings.Any(SecretPatterns.LooksLikeSecretAccessKey);
            if (!leaks || IsForLocalEmulator(sink, sinks, resolver))
            {
                return;
            }

            var parts = new List<string>();
            if (hardCodedKeyId)
            {
                parts.Add(SecretPatterns.RedactAccessKeyId(realKeyId) is { } shown ? "access key ID " + shown : "access key ID");
            }

            if (hardCodedSecret)
            {
                parts.Add("secret access key");
            }

            if (hardCodedToken)
            {
                parts.Add("session token");
            }

            var properties = ImmutableDictionary<string, string?>.Empty.Add(SinkProperty, sink.Kind.ToString());
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.HardCodedCredentials,
                Locations.OfCreation(creation),
                properties,
                $"{creation.Type!.Name} is created with a hard-coded {JoinParts(parts)}; use the SDK's default credential chain instead"));
        }

        private static ResolvedValue Resolve(ValueResolver resolver, IArgumentOperation? argument) =>
            argument is null ? ResolvedValue.Unknown : resolver.Resolve(argument.Value);

        /// <summary>Dummy keys for LocalStack/MinIO: the client (or every client given these credentials) targets a local endpoint.</summary>
        private static bool IsForLocalEmulator(CredentialSink sink, CredentialSinks sinks, ValueResolver resolver)
        {
            switch (sink.Kind)
            {
                case CredentialSinkKind.ServiceClient:
                    return sinks.TargetsLocalEmulator(sink.Creation, resolver);
                case CredentialSinkKind.AwsCredentials:
                    var clients = sinks.ClientsTaking(sink.Creation, resolver, out _);
                    return clients.Count > 0 && clients.All(client => sinks.TargetsLocalEmulator(client, resolver));
                default:
                    return false;
            }
        }

        private static string JoinParts(IReadOnlyList<string> parts) => parts.Count switch
        {
            1 => parts[0],
            2 => parts[0] + " and " + parts[1],
            _ => string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[parts.Count - 1],
        };

        /// <summary>
        /// Every literal of the compilation comes here, the text parts of interpolations too, so the
        /// common case returns after a type check. A concatenation or interpolation is judged whole,
        /// once: from the first of its literal parts that could hold part of a key (a key reported
        /// there always has characters from such a part).
        /// </summary>
        private static void AnalyzeLiteral(OperationAnalysisContext context, ILiteralOperation literal, CredentialSinks sinks)
        {
            // The type first: most literals are numbers, and the type is read from the operation
            // itself, while the syntax and the value are further objects to load. Implicit literals
            // (a default argument filled in at a call) are judged once, at the parameter's
            // declaration, hence the syntax kinds.
            if (literal.Type?.SpecialType != SpecialType.System_String
                || !StringLiterals.TryGetText(literal, out var text))
            {
                return;
            }

            // Neither a whole key nor a piece that could join a neighbour into one: nothing to find,
            // and the operation's parents need not be looked at (most strings end here).
            if (!SecretPatterns.MayHoldAccessKeyIdPart(text))
            {
                return;
            }

            IOperation operation = literal;
            IReadOnlyList<string> keyIds;
            if (IsPartOfLargerString(literal))
            {
                operation = LargestStringAround(literal);
                if (FirstLiteralPartThatMayHoldKey(operation) != literal)
                {
                    return;
                }

                keyIds = KeyIdsBuiltBy(operation, sinks.Symbols);
            }
            else
            {
                keyIds = SecretPatterns.FindRealLookingAccessKeyIds(text);
            }

            if (keyIds.Count == 0)
            {
                return;
            }

            // A key that reaches a credential sink is judged there: reported once per pair, or
            // excused for a local emulator.
            if (ReachesCredentialSink(operation, sinks))
            {
                return;
            }

            foreach (var keyId in keyIds.Distinct())
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.HardCodedCredentials,
                    operation.Syntax.GetLocation(),
                    $"String contains the AWS access key ID {SecretPatterns.RedactAccessKeyId(keyId)}; keys in source code leak through source control and builds"));
            }
        }

        /// <summary>True when the string is a piece of a concatenation or interpolation: the whole expression is analyzed instead.</summary>
        private static bool IsPartOfLargerString(IOperation operation)
        {
            return operation.ParentSkippingConversions() is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String }
                or IInterpolationOperation
                or IInterpolatedStringTextOperation
                or IInterpolatedStringOperation;
        }

        /// <summary>The outermost concatenation or interpolation that <paramref name="part"/> is a piece of.</summary>
        private static IOperation LargestStringAround(IOperation part)
        {
            var largest = part;
            while (IsPartOfLargerString(largest))
            {
                largest = largest.ParentSkippingConversions()!;
            }

            return largest;
        }

        private static ILiteralOperation? FirstLiteralPartThatMayHoldKey(IOperation whole)
        {
            ILiteralOperation? first = null;
            VisitParts(whole, part =>
            {
                if (IsStringLiteral(part, out var text) && SecretPatterns.MayHoldAccessKeyIdPart(text))
                {
                    first = (ILiteralOperation)part;
                    return true;
                }

                return false;
            });
            return first;
        }

        /// <summary>
        /// Key IDs assembled by a concatenation or interpolation from its own literal parts. A key
        /// that sits whole inside a referenced constant or local is reported at that declaration.
        /// </summary>
        private static IReadOnlyList<string> KeyIdsBuiltBy(IOperation operation, AwsSymbols symbols)
        {
            var others = new List<IOperation>();
            VisitParts(operation, part =>
            {
                if (!IsStringLiteral(part, out _))
                {
                    others.Add(part);
                }

                return false;
            });

            var resolver = new ValueResolver(symbols, operation);
            var whole = resolver.Resolve(operation);
            // Holes count as unknown characters: a key is found only with constant text and borders.
            var found = whole.Strings.SelectMany(SecretPatterns.FindRealLookingAccessKeyIds).ToList();
            if (found.Count == 0)
            {
                return found;
            }

            var referenced = others.SelectMany(other => resolver.Resolve(other).Strings).ToList();
            return found.Where(keyId => !referenced.Any(text => text.Contains(keyId))).ToList();
        }

        /// <summary>
        /// Visits the parts of a concatenation or interpolation (literals, constants, locals, calls), in
        /// order, until <paramref name="visit"/> returns true; returns whether it did.
        /// </summary>
        private static bool VisitParts(IOperation operation, System.Func<IOperation, bool> visit)
        {
            switch (operation.WithoutConversions())
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } binary:
                    return VisitParts(binary.LeftOperand, visit) || VisitParts(binary.RightOperand, visit);
                case IInterpolatedStringOperation interpolated:
                    foreach (var part in interpolated.Parts)
                    {
                        if (part is IInterpolatedStringTextOperation text && VisitParts(text.Text, visit)
                            || part is IInterpolationOperation hole && VisitParts(hole.Expression, visit))
                        {
                            return true;
                        }
                    }

                    return false;
                case var part:
                    return visit(part!);
            }
        }

        private static bool IsStringLiteral(IOperation operation, out string text)
        {
            if (StringLiterals.TryGetText(operation, out text))
            {
                return true;
            }

            if (operation is ILiteralOperation { ConstantValue: { HasValue: true, Value: string value } })
            {
                text = value;
                return true;
            }

            text = string.Empty;
            return false;
        }

        /// <summary>
        /// True when the string is a credential argument of a sink, or initializes a local or
        /// field that a sink's credential argument reads (<c>const string AccessKey = "AKIA…"</c>
        /// used in <c>new AmazonS3Client(AccessKey, ...)</c> in the same file). Only called for a
        /// string holding a real-looking key ID, which is rare.
        /// </summary>
        private static bool ReachesCredentialSink(IOperation operation, CredentialSinks sinks)
        {
            ImmutableArray<ISymbol> holders;
            switch (operation.ParentSkippingBranches())
            {
                case IArgumentOperation { Parent: IObjectCreationOperation creation } argument:
                    return sinks.Find(creation) is { } sink && sink.CredentialArguments.Contains(argument);
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    holders = ImmutableArray.Create<ISymbol>(declarator.Symbol);
                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local }:
                    holders = ImmutableArray.Create<ISymbol>(local.Local);
                    break;
                case IFieldInitializerOperation { InitializedFields.IsDefaultOrEmpty: false } field:
                    holders = field.InitializedFields.CastArray<ISymbol>();
                    break;
                default:
                    return false;
            }

            var creations = holders[0] is ILocalSymbol
                ? OperationScope.For(operation).Operations.OfType<IObjectCreationOperation>()
                : CreationsInBodiesUsing(holders, operation);
            foreach (var creation in creations)
            {
                if (sinks.Find(creation) is not { } sink)
                {
                    continue;
                }

                var scope = OperationScope.For(creation);
                if (sink.CredentialArguments.Any(argument => Reads(argument.Value, holders, scope, depth: 0)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when the value reads one of the holders, directly or through single-assignment locals.</summary>
        private static bool Reads(IOperation value, ImmutableArray<ISymbol> holders, OperationScope scope, int depth)
        {
            foreach (var operation in value.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IFieldReferenceOperation field when holders.Contains(field.Field.OriginalDefinition, SymbolEqualityComparer.Default):
                        return true;
                    case ILocalReferenceOperation local when holders.Contains(local.Local, SymbolEqualityComparer.Default):
                        return true;
                    case ILocalReferenceOperation local when depth < 8 && scope.SingleAssignedValue(local.Local) is { } assigned && Reads(assigned, holders, scope, depth + 1):
                        return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The creations with two or more arguments (a credential sink takes a key and a secret) in the member
        /// bodies of <paramref name="operation"/>'s file that use one of the fields: a creation whose argument
        /// reads a field (<see cref="Reads"/>) is in a body that uses it. The bodies are found from the fields'
        /// uses (<see cref="MemberUses"/>), not by binding every creation of the file.
        /// </summary>
        private static IEnumerable<IObjectCreationOperation> CreationsInBodiesUsing(ImmutableArray<ISymbol> fields, IOperation operation)
        {
            if (operation.SemanticModel is not { } model)
            {
                yield break;
            }

            var bodies = new HashSet<IOperation>();
            foreach (var field in fields)
            {
                foreach (var (use, _) in MemberUses.Of(field, model.Compilation, withWrites: true, onlyIn: operation.Syntax.SyntaxTree))
                {
                    var scope = OperationScope.For(use);
                    if (!bodies.Add(scope.Root))
                    {
                        continue;
                    }

                    foreach (var candidate in scope.Operations)
                    {
                        if (candidate is IObjectCreationOperation { Syntax: BaseObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: >= 2 } } creation)
                        {
                            yield return creation;
                        }
                    }
                }
            }
        }
    }
}
