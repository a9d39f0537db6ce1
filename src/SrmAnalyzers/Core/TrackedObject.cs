using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SrmAnalyzers.Core
{
    /// <summary>One write of a property of a tracked object: in its initializer or by a later assignment.</summary>
    internal sealed class PropertyWrite
    {
        public PropertyWrite(string property, IOperation value, IOperation site, bool inInitializer, bool unconditional)
        {
            Property = property;
            Value = value;
            Site = site;
            InInitializer = inInitializer;
            Unconditional = unconditional;
        }

        public string Property { get; }

        /// <summary>The assigned value (for a nested <c>Prop = { ... }</c> initializer, the member initializer itself).</summary>
        public IOperation Value { get; }

        /// <summary>The assignment (or member initializer) that writes the property.</summary>
        public IOperation Site { get; }

        public bool InInitializer { get; }

        /// <summary>True when every path through the creation also runs this write (same block, after the creation).</summary>
        public bool Unconditional { get; }
    }

    /// <summary>
    /// An object created in a member body (an SDK request, or a nested configuration object) with
    /// the writes to its properties that the analyzer can see. Built by <see cref="RequestTracker"/>.
    /// </summary>
    internal sealed class TrackedObject
    {
        private readonly Dictionary<string, List<PropertyWrite>> _writes;
        private Dictionary<string, TrackedObject?>? _nested;
        private readonly RequestTracker _tracker;

        internal TrackedObject(RequestTracker tracker, IOperation creation, ITypeSymbol type, Dictionary<string, List<PropertyWrite>> writes, bool mayBeModifiedElsewhere, IReadOnlyList<TrackedPath> paths)
        {
            _tracker = tracker;
            Creation = creation;
            Type = type;
            _writes = writes;
            MayBeModifiedElsewhere = mayBeModifiedElsewhere;
            Paths = paths;
        }

        /// <summary>The <c>new</c> (an <see cref="IObjectCreationOperation"/>), or a member initializer for <c>Prop = { ... }</c>.</summary>
        public IOperation Creation { get; }

        public ITypeSymbol Type { get; }

        /// <summary>
        /// True when code the analyzer cannot see may set properties: the object is stored in a
        /// field, passed to non-SDK code, or its variable is reassigned. Rules then never report a
        /// property as missing.
        /// </summary>
        public bool MayBeModifiedElsewhere { get; }

        /// <summary>Local-variable paths through which later writes reach this object.</summary>
        internal IReadOnlyList<TrackedPath> Paths { get; }

        public IEnumerable<string> WrittenProperties => _writes.Keys;

        /// <summary>All writes of the property, in source order.</summary>
        public IReadOnlyList<PropertyWrite> WritesOf(string property) =>
            _writes.TryGetValue(property, out var writes) ? writes : (IReadOnlyList<PropertyWrite>)System.Array.Empty<PropertyWrite>();

        /// <summary>True when some visible write sets the property (on at least one path).</summary>
        public bool IsWritten(string property) => _writes.ContainsKey(property);

        /// <summary>
        /// True when the property is never written and no code out of sight could write it: the
        /// basis of every "missing setting" finding.
        /// </summary>
        public bool IsDefinitelyUnset(string property) => !MayBeModifiedElsewhere && !IsWritten(property);

        /// <summary>
        /// The writes that may give the property its final value: the last unconditional write and
        /// every conditional write after it.
        /// </summary>
        public IReadOnlyList<PropertyWrite> FinalWritesOf(string property)
        {
            var writes = WritesOf(property);
            var first = writes.Count - 1;
            while (first > 0 && !writes[first].Unconditional)
            {
                first--;
            }

            // Nearly always one write, or the first is the last unconditional one: the list as it is.
            if (first <= 0)
            {
                return writes;
            }

            var result = new PropertyWrite[writes.Count - first];
            for (var i = first; i < writes.Count; i++)
            {
                result[i - first] = writes[i];
            }

            return result;
        }

        /// <summary>True when no unconditional write sets the property, so on some path it keeps its default.</summary>
        public bool MayBeUnset(string property) => !MayBeModifiedElsewhere && !WritesOf(property).Any(w => w.Unconditional);

        /// <summary>The union of the values the property may finally hold; unknown when it is never written.</summary>
        public ResolvedValue ResolveFinal(string property, ValueResolver resolver)
        {
            ResolvedValue? result = null;
            foreach (var write in FinalWritesOf(property))
            {
                var value = resolver.Resolve(write.Value);
                result = result is null ? value : ResolvedValue.Union(result.Value, value);
            }

            return result ?? ResolvedValue.Unknown;
        }

        /// <summary>
        /// The object held by a property (<c>PublicAccessBlockConfiguration = new ...</c>, through a
        /// local, or as a nested <c>Prop = { ... }</c> initializer), with its own writes, including
        /// later ones such as <c>req.Config.Flag = true</c>. Null when the analyzer cannot see it.
        /// </summary>
        public TrackedObject? Nested(string property)
        {
            // Most tracked objects are never asked for a nested one: the table is made on first use.
            _nested ??= new Dictionary<string, TrackedObject?>(System.StringComparer.Ordinal);
            if (!_nested.TryGetValue(property, out var nested))
            {
                nested = _tracker.TrackNested(this, property);
                _nested[property] = nested;
            }

            return nested;
        }
    }

    /// <summary>A local and a property path through which an object is reachable: <c>req</c> + [<c>Config</c>].</summary>
    internal readonly struct TrackedPath
    {
        public TrackedPath(ILocalSymbol local, IReadOnlyList<string> properties)
        {
            Local = local;
            Properties = properties;
        }

        public ILocalSymbol Local { get; }

        public IReadOnlyList<string> Properties { get; }

        public TrackedPath Append(string property) => new(Local, Properties.Concat(new[] { property }).ToArray());
    }
}
