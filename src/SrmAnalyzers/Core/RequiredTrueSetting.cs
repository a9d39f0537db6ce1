using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SrmAnalyzers.Core
{
    /// <summary>
    /// A boolean request setting that protects data only when it is true and is off when left unset
    /// (EBS <c>Encrypted</c>, RDS <c>StorageEncrypted</c>): the judgment of a tracked object's final
    /// writes, shared by the rules that require one, and the fix properties their fixers read.
    /// </summary>
    internal static class RequiredTrueSetting
    {
        /// <summary>Diagnostic property: how the fixer sets the setting (<see cref="AddFix"/> or <see cref="ReplaceFix"/>); absent when there is no fix.</summary>
        public const string FixProperty = "Fix";

        /// <summary>The setting is never written: add it, true, to the initializer of the reported creation.</summary>
        public const string AddFix = "Add";

        /// <summary>The setting is written false (or null): the additional locations are the values to replace with <c>true</c>.</summary>
        public const string ReplaceFix = "Replace";

        /// <summary>
        /// Reports <paramref name="target"/> when its <paramref name="property"/> is not written (at
        /// <paramref name="location"/>, with <paramref name="unsetMessage"/>) or written false or null on
        /// some path (at the bad value when a later statement writes it, with <paramref name="falseMessage"/>,
        /// whose argument says whether every path does). Nothing when the object may be changed out of sight.
        /// </summary>
        public static void Judge(
            CreationContext creation,
            TrackedObject target,
            string property,
            DiagnosticDescriptor descriptor,
            Location location,
            string unsetMessage,
            Func<bool, string> falseMessage,
            bool ownerMayBeModifiedElsewhere,
            Func<bool> hasUnattributedWrite)
        {
            if (!target.IsWritten(property))
            {
                if (target.MayBeModifiedElsewhere || ownerMayBeModifiedElsewhere || hasUnattributedWrite())
                {
                    return;
                }

                var properties = target.Creation.Syntax is BaseObjectCreationExpressionSyntax
                    ? ImmutableDictionary<string, string?>.Empty.Add(FixProperty, AddFix)
                    : null;
                creation.Report(descriptor, location, properties, unsetMessage);
                return;
            }

            var rejected = new List<PropertyWrite>();
            var certain = true;
            foreach (var write in target.FinalWritesOf(property))
            {
                var value = creation.Resolver.Resolve(write.Value);
                if (value.Any(IsOff))
                {
                    rejected.Add(write);
                }

                certain &= !value.HasUnknown && value.Values.All(IsOff);
            }

            if (rejected.Count == 0)
            {
                return;
            }

            // Where the bad value is written: a false set in the creation's own initializer is reported at
            // the creation, one written by a later statement (`if (cheap) request.Encrypted = false;`) there.
            var values = rejected.Select(Locations.OfValue).ToList();
            var reported = rejected.Where(write => !write.InInitializer).Select(Locations.OfValue)
                .FirstOrDefault(value => !location.SourceSpan.Contains(value.SourceSpan)) ?? location;
            creation.Context.ReportDiagnostic(Diagnostic.Create(
                descriptor,
                reported,
                values,
                ImmutableDictionary<string, string?>.Empty.Add(FixProperty, ReplaceFix),
                falseMessage(certain)));
        }

        /// <summary>True when the value may be false or null (what the fix of a finding at a wrapper's argument or a helper's return replaces).</summary>
        public static bool MayBeOff(ResolvedValue value) => value.Any(IsOff);

        /// <summary>false, or null (the SDK then sends nothing and the service's default, off, applies).</summary>
        private static bool IsOff(object? value) => value is false or null;
    }
}
