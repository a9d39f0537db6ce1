using System;
using System.Collections.Immutable;
using System.Linq;

namespace SrmAnalyzers.Core
{
    /// <summary>
    /// What the analyzer knows about a value: the constants it may take (one for a plain constant,
    /// several for conditionals/switches) and whether some path gave a value it could not resolve.
    /// Strings are SDK wire values (<c>S3CannedACL.PublicRead</c> is "public-read"); a part of a
    /// string that could not be resolved (an interpolation hole) is <see cref="Hole"/>.
    /// </summary>
    internal readonly struct ResolvedValue
    {
        /// <summary>Stands in a resolved string for a part the analyzer could not resolve.</summary>
        public const char Hole = '\uE000';

        public static readonly ResolvedValue Unknown = new(ImmutableArray<object?>.Empty, hasUnknown: true);

        private ResolvedValue(ImmutableArray<object?> values, bool hasUnknown)
        {
            Values = values;
            HasUnknown = hasUnknown;
        }

        /// <summary>The known constants this value may take.</summary>
        public ImmutableArray<object?> Values { get; }

        /// <summary>True when at least one path yields a value the analyzer could not resolve.</summary>
        public bool HasUnknown { get; }

        public bool IsUnknown => Values.IsDefaultOrEmpty;

        /// <summary>A single known constant on every path.</summary>
        public bool IsSingleConstant => !HasUnknown && Values.Length == 1;

        /// <summary>Known on every path, and null on every path.</summary>
        public bool IsAlwaysNull => !IsUnknown && !HasUnknown && Values.All(v => v is null);

        public static ResolvedValue Constant(object? value) => new(ImmutableArray.Create(value), hasUnknown: false);

        public static ResolvedValue Union(ResolvedValue left, ResolvedValue right)
        {
            var values = left.Values.IsDefaultOrEmpty ? right.Values
                : right.Values.IsDefaultOrEmpty ? left.Values
                : left.Values.AddRange(right.Values.Where(v => !left.Values.Contains(v)));
            return new ResolvedValue(values.IsDefault ? ImmutableArray<object?>.Empty : values, left.HasUnknown || right.HasUnknown);
        }

        /// <summary>True when some path yields a known constant matching <paramref name="predicate"/>.</summary>
        public bool Any(Func<object?, bool> predicate) => !Values.IsDefaultOrEmpty && Values.Any(predicate);

        /// <summary>True when some path yields a known string equal (ordinal, ignoring case) to one of <paramref name="candidates"/>.</summary>
        public bool AnyString(params string[] candidates) =>
            Any(v => v is string s && candidates.Any(c => string.Equals(s, c, StringComparison.OrdinalIgnoreCase)));

        /// <summary>The known strings, holes included.</summary>
        public ImmutableArray<string> Strings
        {
            get
            {
                // Read for nearly every SDK property value: no LINQ, one allocation at most.
                if (Values.IsDefaultOrEmpty)
                {
                    return ImmutableArray<string>.Empty;
                }

                var builder = ImmutableArray.CreateBuilder<string>(Values.Length);
                foreach (var value in Values)
                {
                    if (value is string text)
                    {
                        builder.Add(text);
                    }
                }

                return builder.Count == builder.Capacity ? builder.MoveToImmutable() : builder.ToImmutable();
            }
        }

        public static bool IsComplete(string value) => value.IndexOf(Hole) < 0;

        public override string ToString() => IsUnknown ? "<unknown>" : string.Join(" | ", Values.Select(v => v?.ToString() ?? "null")) + (HasUnknown ? " | <unknown>" : "");
    }
}
