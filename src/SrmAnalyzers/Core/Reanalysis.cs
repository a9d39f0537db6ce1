using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace SrmAnalyzers.Core
{
    /// <summary>
    /// What the cross-member checks share: running a rule's own actions over another member's body
    /// (<see cref="WrapperCall"/>, <see cref="HelperReturn"/>), and moving a finding found there to the
    /// place where the mistake is made.
    /// </summary>
    internal static class Reanalysis
    {
        /// <summary>
        /// The property a relocated finding carries, besides the rule's own: where it was moved to
        /// (<see cref="ToArgument"/>, <see cref="ToDefaultArgument"/>, <see cref="ToReturn"/>). The fixes
        /// read it: the rule's fix properties describe the place it judged, which is in the other member.
        /// </summary>
        public const string RelocatedProperty = "Relocated";

        /// <summary>Moved to the argument of a wrapper call.</summary>
        public const string ToArgument = "Argument";

        /// <summary>Moved to a wrapper call that leaves an optional parameter at its default (the call's name and arguments).</summary>
        public const string ToDefaultArgument = "DefaultArgument";

        /// <summary>Moved to the value a helper returns.</summary>
        public const string ToReturn = "Return";

        /// <summary>Runs the analyzer's per-type actions over every operation of <paramref name="body"/>, reporting to <paramref name="report"/>.</summary>
        public static void Run(
            IOperation body,
            ISymbol containingSymbol,
            OperationAnalysisContext context,
            (Action<OperationAnalysisContext> Action, ImmutableArray<OperationKind> Kinds)[] actions,
            Action<Diagnostic> report)
        {
            foreach (var operation in body.DescendantsAndSelf())
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                foreach (var (action, kinds) in actions)
                {
                    if (kinds.Contains(operation.Kind))
                    {
                        // The public constructor Roslyn keeps for running an action outside its driver (4.8 to 5.x);
                        // its control flow graph is unavailable, which no SRM rule asks for.
#pragma warning disable CS0618
                        action(new OperationAnalysisContext(operation, containingSymbol, context.Compilation, context.Options, report, _ => true, context.CancellationToken));
#pragma warning restore CS0618
                    }
                }
            }
        }

        /// <summary>The rule's own text of a finding: its message without the duty that every SRM message format appends to <c>{0}</c>.</summary>
        public static string MessageArgument(Diagnostic diagnostic)
        {
            var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
            var format = diagnostic.Descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);
            return format.StartsWith("{0}", StringComparison.Ordinal) && message.EndsWith(format.Substring(3), StringComparison.Ordinal)
                ? message.Substring(0, message.Length - (format.Length - 3))
                : message;
        }

        /// <summary>The message of a relocated finding before it was relocated (so a further relocation replaces, not repeats, the part that says how).</summary>
        private static readonly ConditionalWeakTable<Diagnostic, string> MessagesBeforeRelocation = new();

        /// <summary>
        /// The rule's own text of a finding as <see cref="MessageArgument"/>, but for a finding moved by
        /// <see cref="RelocateAgain"/> the text before that move: a finding moved from a helper's body to
        /// the call's argument, and from there to the call of the wrapper that passed it, names only the last move.
        /// </summary>
        public static string BaseMessage(Diagnostic diagnostic) =>
            MessagesBeforeRelocation.TryGetValue(diagnostic, out var original) ? original : MessageArgument(diagnostic);

        /// <summary>
        /// <see cref="Relocate"/> with <see cref="BaseMessage"/> as the message, remembered for the next move:
        /// what the wrapper calls (<see cref="WrapperCall"/>) and helper calls (<see cref="HelperCall"/>) report.
        /// </summary>
        public static Diagnostic RelocateAgain(Diagnostic diagnostic, Location location, string how, string relocatedTo)
        {
            var baseMessage = BaseMessage(diagnostic);
            var relocated = Relocate(diagnostic, location, baseMessage, how, relocatedTo);
            MessagesBeforeRelocation.Add(relocated, baseMessage);
            return relocated;
        }

        /// <summary>
        /// The finding at <paramref name="location"/>, its message extended with <paramref name="how"/>,
        /// the place the rule judged (and any other it named) as additional locations, its properties
        /// those of the rule plus <see cref="RelocatedProperty"/> set to <paramref name="relocatedTo"/>.
        /// </summary>
        public static Diagnostic Relocate(Diagnostic diagnostic, Location location, string baseMessage, string how, string relocatedTo)
        {
            var additional = new List<Location> { diagnostic.Location };
            additional.AddRange(diagnostic.AdditionalLocations.Where(l => l != diagnostic.Location));
            var properties = diagnostic.Properties.SetItem(RelocatedProperty, relocatedTo);
            return Diagnostic.Create(diagnostic.Descriptor, location, diagnostic.Severity, additional, properties, baseMessage + how);
        }
    }

    /// <summary>
    /// The argument of an in-source call that a parameter was bound to while the callee's body was
    /// re-analysed (<see cref="WrapperCall"/>, <see cref="HelperCall"/>): where a finding that depends on
    /// it is reported instead, and the words that say so.
    /// </summary>
    internal sealed class BoundArgument
    {
        public BoundArgument(Location location, string parameter, bool isDefault)
        {
            Location = location;
            Parameter = parameter;
            IsDefault = isDefault;
        }

        public Location Location { get; }

        public string Parameter { get; }

        /// <summary>True when the call leaves an optional parameter at its default (the location is the call).</summary>
        public bool IsDefault { get; }

        /// <summary>The finding moved to this argument, its message naming the parameter of <paramref name="callee"/>.</summary>
        public Diagnostic RelocateHere(Diagnostic diagnostic, IMethodSymbol callee)
        {
            var method = callee.ContainingType.Name + "." + callee.Name;
            var how = IsDefault
                ? $" (parameter '{Parameter}' of {method}, left at its default here)"
                : $" (passed here as parameter '{Parameter}' of {method})";
            return Reanalysis.RelocateAgain(diagnostic, Location, how, IsDefault ? Reanalysis.ToDefaultArgument : Reanalysis.ToArgument);
        }
    }
}
