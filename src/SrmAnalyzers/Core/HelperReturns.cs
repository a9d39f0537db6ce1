using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace SrmAnalyzers.Core
{
    /// <summary>
    /// A helper's return that chooses the unsafe value: a config parser whose default or fallback is
    /// <c>S3CannedACL.PublicRead</c>, <c>ServerSideEncryptionMethod.None</c> or an <c>http://</c> URL, its
    /// result stored in a field by a constructor and written into a request by another method. The
    /// finding is reported at the helper's <c>return</c> (where the value is chosen, and where the fix
    /// goes), with the request's write as an additional location.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The finding is found from the return, so the IDE shows it when it analyses the helper: for a
    /// <c>return</c> of a known constant, the places its method's result reaches are looked up (calls,
    /// a field or property the result is stored in and the members that read it, a method that returns
    /// the result in turn; <see cref="MaxHops"/> deep), and the analyzer's own checks are run over
    /// each such member twice: with helper results followed, and with this return's value unknown. A
    /// finding only the first run has exists because of this return, and is reported there.
    /// Ordinary analysis never follows helper results, so nothing is reported twice.
    /// </para>
    /// <para>
    /// Bounded: members are found through a per-tree index of the names a tree uses (built once per
    /// tree, so an edit re-indexes only the edited file), the reached members per helper are computed
    /// once per compilation and capped at <see cref="MaxSites"/>, and only members whose calls run the
    /// body read here (<see cref="MemberBodies.HasReadableBody"/>) are followed.
    /// </para>
    /// </remarks>
    internal sealed class HelperReturn
    {
        /// <summary>Helper → field → reader, helper → helper → ...: how many such steps a value is followed.</summary>
        public const int MaxHops = 3;

        /// <summary>Most members whose checks are re-run for one helper.</summary>
        private const int MaxSites = 16;

        [ThreadStatic]
        private static HelperReturn? current;




        private HelperReturn(IOperation chosenValue, ISymbol helper)
        {
            ChosenValue = chosenValue;
            Helper = helper;
        }

        /// <summary>The helper return whose effect is being measured on this thread; resolvers follow helper results only then.</summary>
        public static HelperReturn? Current => current;

        /// <summary>The returned value being judged: the whole returned expression, or one branch of a conditional, coalesce or switch in it.</summary>
        public IOperation ChosenValue { get; }

        /// <summary>The method or property the return belongs to.</summary>
        public ISymbol Helper { get; }

        /// <summary>True during the run that treats <see cref="ChosenValue"/> as unknown.</summary>
        public bool Excluded { get; private set; }

        public static Action<OperationAnalysisContext> CreateAction(
            AwsSymbols symbols,
            Func<(Action<OperationAnalysisContext> Action, ImmutableArray<OperationKind> Kinds)[]> actions) => context =>
        {
            var returned = (IReturnOperation)context.Operation;

            // Cheapest tests first: this runs for every return of the compilation, once per SRM analyzer.
            if (current is not null || WrapperCall.Current is not null
                || returned.ReturnedValue is not { } value
                || !MayCarrySetting(value.Type, symbols)
                || !WrapperCall.IsConstantShaped(value))
            {
                return;
            }

            if (HelperOf(context.ContainingSymbol) is not { } helper || MemberBodies.IsInNestedFunction(returned, returned.Root()))
            {
                return;
            }

            var resolver = new ValueResolver(symbols, value);
            var chosen = Branches.ValuesOf(value, OperationNavigation.WithoutBuiltInConversions).FindAll(branch => IsChosenValue(branch, resolver, symbols));
            if (chosen.Count == 0)
            {
                return;
            }

            var sites = symbols.CrossMember.HelperSitesOf(helper);
            if (sites.IsEmpty)
            {
                return;
            }

            var all = actions();
            foreach (var choice in chosen)
            {
                new HelperReturn(choice, helper).Judge(sites, context, all);
            }
        };

        /// <summary>
        /// Whether a branch of a returned value (<see cref="Branches.ValuesOf"/>: the value itself, or each
        /// branch of a conditional, coalesce or switch expression, so that the finding marks the branch
        /// that chooses the unsafe value, not the whole expression) gives a known constant or builds a policy document.
        /// </summary>
        private static bool IsChosenValue(IOperation branch, ValueResolver resolver, AwsSymbols symbols) =>
            // A policy document the helper builds (`new Policy { ... }.ToJson()`, a serialized object).
            branch is IInvocationOperation policy
                && (Policies.AccessControlPolicyReader.IsToJson(policy, symbols) || Policies.SerializedObjectReader.TryGetSerializedValue(policy, symbols, out _))
            || !resolver.Resolve(branch).IsUnknown;

        /// <summary>
        /// Values a request setting can take: SDK constants (constant classes, enums), strings,
        /// booleans and numbers, and their nullable forms. Returns of the application's own types and
        /// of SDK objects (clients, requests) are not followed as values.
        /// </summary>
        private static bool MayCarrySetting(ITypeSymbol? type, AwsSymbols symbols)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            return type is not null
                && (type.SpecialType is SpecialType.System_String or SpecialType.System_Boolean or SpecialType.System_Int32 or SpecialType.System_Int64
                    || type.TypeKind == TypeKind.Enum && AwsSymbols.IsSdkSymbol(type)
                    || symbols.IsConstantClass(type));
        }

        /// <summary>
        /// True when the type declares a method or property (its own, not nested types') returning a
        /// setting-like value: only then can its returns choose one, so only then is the return check
        /// registered for it (Roslyn charges a registered action for every operation of its kind).
        /// </summary>
        public static bool MayDeclareHelpers(INamedTypeSymbol type, AwsSymbols symbols)
        {
            foreach (var member in type.GetMembers())
            {
                var returned = member switch
                {
                    IMethodSymbol { MethodKind: MethodKind.Ordinary, ReturnsVoid: false } method => method.ReturnType,
                    IPropertySymbol { IsIndexer: false } property => property.Type,
                    _ => null,
                };
                if (returned is not null && MayCarrySetting(returned, symbols))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The method or property whose result a return gives; null for members whose calls may run other code.</summary>
        private static ISymbol? HelperOf(ISymbol? containing) => containing switch
        {
            IMethodSymbol { MethodKind: MethodKind.Ordinary, ReturnsVoid: false } method when MemberBodies.HasReadableBody(method) => method.OriginalDefinition,
            IMethodSymbol { MethodKind: MethodKind.PropertyGet, AssociatedSymbol: IPropertySymbol { IsIndexer: false } property } when MemberBodies.HasReadableBody(property) => property.OriginalDefinition,
            _ => null,
        };

        /// <summary>True when the resolver may follow a call to, or read of, <paramref name="member"/> into what it returns.</summary>
        public static bool IsFollowableHelper(ISymbol member) => HelperOf(member is IPropertySymbol { GetMethod: { } getter } ? getter : member) is not null;

        private void Judge(
            ImmutableArray<IOperation> sites,
            OperationAnalysisContext context,
            (Action<OperationAnalysisContext> Action, ImmutableArray<OperationKind> Kinds)[] actions)
        {
            // One finding per rule at this value, however many places use it.
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var site in sites)
            {
                var found = new List<Diagnostic>();
                Run(site, context, actions, excluded: false, found.Add);
                if (found.Count == 0)
                {
                    continue;
                }

                var without = new HashSet<(string Id, SyntaxTree? Tree, TextSpan Span)>();
                Run(site, context, actions, excluded: true, d => without.Add((d.Id, d.Location.SourceTree, d.Location.SourceSpan)));
                foreach (var diagnostic in found)
                {
                    if (!without.Contains((diagnostic.Id, diagnostic.Location.SourceTree, diagnostic.Location.SourceSpan)) && reported.Add(diagnostic.Id))
                    {
                        context.ReportDiagnostic(Relocate(diagnostic));
                    }
                }
            }
        }

        private void Run(
            IOperation body,
            OperationAnalysisContext context,
            (Action<OperationAnalysisContext> Action, ImmutableArray<OperationKind> Kinds)[] actions,
            bool excluded,
            Action<Diagnostic> report)
        {
            var previous = current;
            current = this;
            Excluded = excluded;
            try
            {
                Reanalysis.Run(body, context.ContainingSymbol, context, actions, report);
            }
            finally
            {
                current = previous;
            }
        }

        /// <summary>The finding at this return's value; where the value is used (and any other place the rule named) as additional locations.</summary>
        private Diagnostic Relocate(Diagnostic diagnostic)
        {
            var usedAt = diagnostic.Location.GetLineSpan();
            var how = string.Format(
                CultureInfo.InvariantCulture,
                " (the value {0} returns here, used at {1}({2}))",
                Helper.ContainingType.Name + "." + Helper.Name,
                System.IO.Path.GetFileName(usedAt.Path),
                usedAt.StartLinePosition.Line + 1);
            return Reanalysis.Relocate(diagnostic, ChosenValue.Syntax.GetLocation(), Reanalysis.MessageArgument(diagnostic), how, Reanalysis.ToReturn);
        }

        /// <summary>The member bodies the helper's result reaches (cached per compilation by <see cref="CrossMemberCaches"/>).</summary>
        internal static ImmutableArray<IOperation> FindSites(ISymbol helper, Compilation compilation, CrossMemberCaches caches)
        {
            var sites = new List<IOperation>();
            var seenSites = new HashSet<SyntaxNode>();
            var followed = new HashSet<ISymbol>(SymbolEqualityComparer.Default) { helper };
            var pending = new Queue<(ISymbol Member, int Hops)>();
            pending.Enqueue((helper, 0));
            while (pending.Count > 0 && sites.Count < MaxSites)
            {
                var (member, hops) = pending.Dequeue();
                foreach (var (use, model) in MemberUses.Of(member, compilation))
                {
                    var holder = HolderOf(use, model);
                    if (holder is not null && hops + 1 < MaxHops && followed.Add(holder))
                    {
                        // Stored in a field/property, or returned by another helper: follow where that goes.
                        pending.Enqueue((holder, hops + 1));
                    }
                    else if (holder is null && use.Root() is { } body && seenSites.Add(body.Syntax)
                        && (MemberBodies.TouchesSdk(body) || CallsWrapper(body, caches)))
                    {
                        sites.Add(body);
                        if (sites.Count >= MaxSites)
                        {
                            break;
                        }
                    }
                }
            }

            return sites.ToImmutableArray();
        }

        /// <summary>True when the body calls a method of the compilation that hands a parameter to the SDK (a wrapper, <see cref="WrapperCall"/>).</summary>
        private static bool CallsWrapper(IOperation body, CrossMemberCaches caches)
        {
            foreach (var operation in body.DescendantsAndSelf())
            {
                if (operation is IInvocationOperation { TargetMethod: { MethodKind: MethodKind.Ordinary, Parameters.IsEmpty: false } method }
                    && !method.DeclaringSyntaxReferences.IsEmpty
                    && caches.WrapperSummaryOf(method.OriginalDefinition).Body is not null)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The field or property a use of a helper's result is stored in, or the helper that returns it
        /// in turn; null when the use is consumed where it is (the member is then a site).
        /// </summary>
        private static ISymbol? HolderOf(IOperation use, SemanticModel model)
        {
            var parent = use.ParentSkippingBranches(out var value);
            switch (parent)
            {
                case ISimpleAssignmentOperation { Target: IFieldReferenceOperation { Field: var field } } assignment when assignment.Value == value && IsSourceMember(field):
                    return field.OriginalDefinition;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var property } } assignment when assignment.Value == value && IsSourceMember(property):
                    return property.OriginalDefinition;
                case IFieldInitializerOperation initializer when initializer.InitializedFields.Length == 1:
                    return initializer.InitializedFields[0].OriginalDefinition;
                case IPropertyInitializerOperation initializer when initializer.InitializedProperties.Length == 1:
                    return initializer.InitializedProperties[0].OriginalDefinition;
                case IReturnOperation when HelperOf(model.GetEnclosingSymbol(parent.Syntax.SpanStart)) is { } outer:
                    // A lambda's return has the lambda as its enclosing symbol, which is no helper.
                    return outer;
                default:
                    return null;
            }
        }

        // A property of an SDK type is a sink, not a holder, even when the SDK's source is compiled in (the tests' stubs).
        private static bool IsSourceMember(ISymbol member) => !member.DeclaringSyntaxReferences.IsEmpty && !AwsSymbols.IsSdkSymbol(member);
    }
}
