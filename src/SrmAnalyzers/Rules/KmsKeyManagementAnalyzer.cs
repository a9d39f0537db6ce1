using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SrmAnalyzers.Core;

namespace SrmAnalyzers.Rules
{
    /// <summary>
    /// SRM105: KMS key management weakened. A <c>ScheduleKeyDeletionRequest</c> whose waiting
    /// period is shorter than <c>srm.SRM105.min_pending_days</c> (default 30, the service's own
    /// default when the period is unset), or such a period passed to the client's
    /// <c>ScheduleKeyDeletion(Async)(keyId, pendingWindowInDays)</c> overload; a <c>CreateKeyRequest</c> for a symmetric encryption key
    /// sent by a method that neither enables automatic rotation nor calls a method of its own type
    /// that does.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class KmsKeyManagementAnalyzer : SrmAnalyzer
    {
        /// <summary>Diagnostic property on short waiting periods: the minimum in effect, which the fixer writes.</summary>
        public const string MinPendingDaysProperty = "MinPendingDays";

        internal const string PendingWindowProperty = "PendingWindowInDays";

        /// <summary>The waiting period KMS applies when the request does not set one.</summary>
        internal const int DefaultMinPendingDays = 30;

        private const string KmsClientInterfaceName = "Amazon.KeyManagementService.IAmazonKeyManagementService";

        private const string PendingWindowParameter = "pendingWindowInDays";

        private const string EnableKeyRotationRequestName = "Amazon.KeyManagementService.Model.EnableKeyRotationRequest";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.WeakKmsKeyManagement);

        private protected override void OnAwsCompilationStart(SrmRegistrar context, AwsSymbols symbols)
        {
            context.RegisterCreationAction(symbols.GetAll("Amazon.KeyManagementService.Model.ScheduleKeyDeletionRequest"), AnalyzeDeletion);
            context.RegisterCreationAction(symbols.GetAll("Amazon.KeyManagementService.Model.CreateKeyRequest"), AnalyzeCreateKey);

            var kmsClient = symbols.Get(KmsClientInterfaceName);
            if (kmsClient is not null)
            {
                context.RegisterOperationAction(operationContext => AnalyzeDeletionCall(operationContext, symbols, kmsClient), OperationKind.Invocation);
            }
        }

        internal static int ReadMinPendingDays(AnalyzerOptions options, SyntaxTree tree) =>
            SrmOptions.Get(options, tree, OptionDefinitions.MinPendingDays, DefaultMinPendingDays, raw => int.Parse(raw, NumberStyles.None, CultureInfo.InvariantCulture)).Value;

        internal static bool IsBelow(ResolvedValue value, int minimum) => value.Any(v => v is int days && days < minimum);

        private static void AnalyzeDeletion(CreationContext creation)
        {
            var minimum = ReadMinPendingDays(creation.Context.Options, creation.Creation.Syntax.SyntaxTree);
            foreach (var write in creation.Tracked.FinalWritesOf(PendingWindowProperty))
            {
                var value = creation.Resolver.Resolve(write.Value);
                if (!IsBelow(value, minimum))
                {
                    continue;
                }

                creation.Context.ReportDiagnostic(ShortWindow(Locations.OfValue(write), value, minimum, "ScheduleKeyDeletionRequest", PendingWindowProperty));
                return;
            }
        }

        /// <summary>
        /// The client's convenience overload <c>ScheduleKeyDeletion(Async)(keyId, pendingWindowInDays, ...)</c>
        /// builds the same request: its argument is judged like <c>PendingWindowInDays</c>.
        /// </summary>
        private static void AnalyzeDeletionCall(OperationAnalysisContext context, AwsSymbols symbols, INamedTypeSymbol kmsClient)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            if (method.Name is not ("ScheduleKeyDeletion" or "ScheduleKeyDeletionAsync")
                || !SdkCalls.IsMethodOf(method, kmsClient)
                || SdkCalls.ExplicitArgument(invocation.Arguments, PendingWindowParameter) is not { } period
                || TestDoubles.IsInTestDoubleExpression(invocation))
            {
                return;
            }

            var minimum = ReadMinPendingDays(context.Options, invocation.Syntax.SyntaxTree);
            var value = new ValueResolver(symbols, invocation).Resolve(period);
            if (IsBelow(value, minimum))
            {
                context.ReportDiagnostic(ShortWindow(period.Syntax.GetLocation(), value, minimum, method.Name, PendingWindowParameter));
            }
        }

        private static Diagnostic ShortWindow(Location location, ResolvedValue value, int minimum, string subject, string setting)
        {
            var days = value.Values.OfType<int>().Where(d => d < minimum).Min();
            var sets = value.IsSingleConstant ? "sets" : "may set";
            var required = minimum == DefaultMinPendingDays
                ? $"{minimum} days"
                : $"{minimum} days required by {OptionDefinitions.MinPendingDays.Key}";
            return Diagnostic.Create(
                DiagnosticDescriptors.WeakKmsKeyManagement,
                location,
                ImmutableDictionary<string, string?>.Empty.Add(MinPendingDaysProperty, minimum.ToString(CultureInfo.InvariantCulture)),
                $"{subject} {sets} a {days}-day waiting period ({setting}), shorter than {required}: a key scheduled for deletion by mistake may be gone before anyone notices, and with it every piece of data it encrypts");
        }

        private static void AnalyzeCreateKey(CreationContext creation)
        {
            var request = creation.Tracked;
            if (request.MayBeModifiedElsewhere
                || !IsUnsetOr(request, "KeySpec", "SYMMETRIC_DEFAULT", creation.Resolver)
                || !IsUnsetOr(request, "CustomerMasterKeySpec", "SYMMETRIC_DEFAULT", creation.Resolver)
                || !IsUnsetOr(request, "KeyUsage", "ENCRYPT_DECRYPT", creation.Resolver)
                || !IsUnsetOr(request, "Origin", "AWS_KMS", creation.Resolver)
                || request.IsWritten("CustomKeyStoreId")
                || request.IsWritten("XksKeyId")
                || !IsSentByCreateKey(creation)
                || MayEnableRotation(creation))
            {
                return;
            }

            var typeName = creation.Context.ContainingSymbol.ContainingType?.Name ?? "its type";
            creation.Report(
                DiagnosticDescriptors.WeakKmsKeyManagement,
                Locations.OfCreation(creation.Creation),
                properties: null,
                $"CreateKeyRequest creates a symmetric encryption KMS key without automatic rotation: this method neither calls EnableKeyRotation for the key nor passes it to a method of {typeName} that does");
        }

        /// <summary>
        /// Rotation applies to symmetric encryption keys in KMS's own key material only; anything
        /// else, or a value the analyzer cannot resolve, is left alone.
        /// </summary>
        private static bool IsUnsetOr(TrackedObject request, string property, string accepted, ValueResolver resolver)
        {
            if (!request.IsWritten(property))
            {
                return true;
            }

            var value = request.ResolveFinal(property, resolver);
            return !value.HasUnknown && value.Values.All(v => v is null || (v is string s && string.Equals(s, accepted, StringComparison.OrdinalIgnoreCase)));
        }

        /// <summary>True when this member body sends the request with <c>CreateKey(Async)</c>; a request built for someone else to send is not judged.</summary>
        private static bool IsSentByCreateKey(CreationContext creation)
        {
            foreach (var operation in creation.Resolver.Scope.Operations)
            {
                if (operation is IInvocationOperation { TargetMethod.Name: "CreateKey" or "CreateKeyAsync" } invocation
                    && AwsSymbols.IsSdkSymbol(invocation.TargetMethod)
                    && invocation.Arguments.Any(a => creation.Resolver.FollowToSource(a.Value) == creation.Creation))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// True when the creating member calls EnableKeyRotation(Async) or creates an
        /// EnableKeyRotationRequest, or calls a method of its own type whose body does (or whose
        /// body the analyzer cannot see in this file: precision first).
        /// </summary>
        private static bool MayEnableRotation(CreationContext creation)
        {
            if (EnablesRotation(creation.Resolver.Scope.Root))
            {
                return true;
            }

            var containingType = creation.Context.ContainingSymbol.ContainingType;
            if (containingType is null)
            {
                return false;
            }

            var tree = creation.Creation.Syntax.SyntaxTree;
            foreach (var operation in creation.Resolver.Scope.Operations)
            {
                if (operation is not IInvocationOperation invocation
                    || !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType?.OriginalDefinition, containingType.OriginalDefinition)
                    || SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.OriginalDefinition, creation.Context.ContainingSymbol.OriginalDefinition))
                {
                    continue;
                }

                // A local function is part of the body read above; a method declared (in part) in another
                // file counts as one that may enable rotation.
                var method = invocation.TargetMethod.OriginalDefinition;
                if (method.MethodKind != MethodKind.LocalFunction
                    && (method.DeclaringSyntaxReferences.Any(reference => reference.SyntaxTree != tree)
                        || MemberBodies.BodyOf(method, creation.Context.Compilation) is not { } body
                        || EnablesRotation(body)))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool EnablesRotation(IOperation root)
        {
            foreach (var operation in root.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IInvocationOperation { TargetMethod.Name: "EnableKeyRotation" or "EnableKeyRotationAsync" } invocation when AwsSymbols.IsSdkSymbol(invocation.TargetMethod):
                        return true;
                    case IObjectCreationOperation { Type: INamedTypeSymbol type } when ValueResolver.MetadataName(type) == EnableKeyRotationRequestName:
                        return true;
                }
            }

            return false;
        }
    }
}
