using System.Collections.Generic;

namespace SrmAnalyzers.Core.Policies
{
    /// <summary>
    /// A node of a JSON document as far as the analyzer could read it. Parts it could not read
    /// (interpolation holes, truncated or malformed text, unresolved values) are
    /// <see cref="JsonUnknown"/>, or make their container <c>IsIncomplete</c>.
    /// </summary>
    internal abstract class JsonNode
    {
    }

    /// <summary>A value the analyzer cannot know.</summary>
    internal sealed class JsonUnknown : JsonNode
    {
        public static readonly JsonUnknown Instance = new();

        private JsonUnknown()
        {
        }
    }

    /// <summary>
    /// A string value. It may contain <see cref="ResolvedValue.Hole"/> where a part was not
    /// resolved (<c>"arn:aws:s3:::\uE000/*"</c>).
    /// </summary>
    internal sealed class JsonString : JsonNode
    {
        public JsonString(string value) => Value = value;

        public string Value { get; }

        /// <summary>True when every character of the value is known.</summary>
        public bool IsComplete => ResolvedValue.IsComplete(Value);
    }

    /// <summary>A number, <c>true</c>, <c>false</c> or <c>null</c>, kept as its text.</summary>
    internal sealed class JsonLiteral : JsonNode
    {
        public static readonly JsonLiteral Null = new("null");

        public JsonLiteral(string text) => Text = text;

        public string Text { get; }
    }

    internal sealed class JsonArray : JsonNode
    {
        public List<JsonNode> Items { get; } = new();

        /// <summary>True when elements the analyzer could not see may exist (a hole, truncation).</summary>
        public bool IsIncomplete { get; set; }
    }

    internal sealed class JsonObject : JsonNode
    {
        public List<KeyValuePair<string, JsonNode>> Members { get; } = new();

        /// <summary>True when members the analyzer could not see may exist (a hole, an unknown key, truncation).</summary>
        public bool IsIncomplete { get; set; }

        /// <summary>The value of <paramref name="key"/> (ordinal; the last one wins, as most JSON readers do), or null.</summary>
        public JsonNode? Get(string key)
        {
            for (var i = Members.Count - 1; i >= 0; i--)
            {
                if (string.Equals(Members[i].Key, key, System.StringComparison.Ordinal))
                {
                    return Members[i].Value;
                }
            }

            return null;
        }

        public void Add(string key, JsonNode value) => Members.Add(new KeyValuePair<string, JsonNode>(key, value));
    }
}
