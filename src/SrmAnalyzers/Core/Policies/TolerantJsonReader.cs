using System.Text;

namespace SrmAnalyzers.Core.Policies
{
    /// <summary>
    /// Reads JSON that may be partial: truncated text, interpolation holes
    /// (<see cref="ResolvedValue.Hole"/>) in place of values, members or parts of strings, stray
    /// characters, trailing commas. It never throws, runs in time linear in the text, and bounds
    /// nesting depth and node count; whatever it cannot read becomes <see cref="JsonUnknown"/> or an
    /// incomplete container, never a guess.
    /// </summary>
    internal sealed class TolerantJsonReader
    {
        /// <summary>Deeper values are skipped as unknown (IAM policies nest about six levels).</summary>
        public const int MaxDepth = 64;

        /// <summary>Values beyond this many nodes are skipped as unknown (bounds memory on huge input).</summary>
        public const int MaxNodes = 200_000;

        /// <summary>Longer text is not read at all (AWS caps policies at a few tens of kilobytes).</summary>
        public const int MaxLength = ValueResolver.MaxStringLength;

        private readonly string _text;
        private int _position;
        private int _nodes;

        /// <summary>
        /// Names and values nearly every policy repeats: returned as they are instead of as a new
        /// copy of the text (a policy is read for every sink of every build).
        /// </summary>
        private static readonly string[] CommonStrings =
        {
            "Version", "2012-10-17", "Statement", "Sid", "Effect", "Allow", "Deny", "Principal", "NotPrincipal", "AWS", "Service",
            "Federated", "CanonicalUser", "Action", "NotAction", "Resource", "NotResource", "Condition", "*",
        };

        private TolerantJsonReader(string text) => _text = text;

        /// <summary>The document's root value; <see cref="JsonUnknown"/> when there is none to read.</summary>
        public static JsonNode Read(string? text)
        {
            if (text is null || text.Length == 0 || text.Length > MaxLength)
            {
                return JsonUnknown.Instance;
            }

            var reader = new TolerantJsonReader(text);
            reader.SkipWhitespace();
            if (reader.AtEnd)
            {
                return JsonUnknown.Instance;
            }

            var root = reader.ReadValue(0);
            for (; !reader.AtEnd; reader._position++)
            {
                if (text[reader._position] is not (' ' or '\t' or '\r' or '\n' or ResolvedValue.Hole))
                {
                    // Text after the root value: the document is not what it seems (or is two documents).
                    return JsonUnknown.Instance;
                }
            }

            return root;
        }

        private bool AtEnd => _position >= _text.Length;

        private JsonNode ReadValue(int depth)
        {
            SkipWhitespace();
            if (AtEnd)
            {
                return JsonUnknown.Instance;
            }

            var c = _text[_position];
            if (c is '}' or ']' or ',')
            {
                // A missing value: the container reads the delimiter.
                return JsonUnknown.Instance;
            }

            if (depth >= MaxDepth || ++_nodes > MaxNodes)
            {
                SkipValue();
                return JsonUnknown.Instance;
            }

            switch (c)
            {
                case '{':
                    return ReadObject(depth);
                case '[':
                    return ReadArray(depth);
                case '"':
                    return ReadString() is { } text ? new JsonString(text) : JsonUnknown.Instance;
                case ResolvedValue.Hole:
                    _position++;
                    return JsonUnknown.Instance;
                default:
                    if (c == '-' || char.IsLetterOrDigit(c))
                    {
                        return ReadLiteral();
                    }

                    _position++;
                    return JsonUnknown.Instance;
            }
        }

        private JsonNode ReadObject(int depth)
        {
            var result = new JsonObject();
            _position++;
            while (true)
            {
                SkipWhitespace();
                if (AtEnd)
                {
                    result.IsIncomplete = true;
                    return result;
                }

                switch (_text[_position])
                {
                    case '}':
                        _position++;
                        return result;
                    case ']':
                        // Mismatched bracket: leave it to the enclosing array.
                        result.IsIncomplete = true;
                        return result;
                    case ',':
                        _position++;
                        continue;
                    case '"':
                        var key = ReadString();
                        SkipWhitespace();
                        if (AtEnd || _text[_position] != ':')
                        {
                            result.IsIncomplete = true;
                            continue;
                        }

                        _position++;
                        var value = ReadValue(depth + 1);
                        if (key is null || !ResolvedValue.IsComplete(key))
                        {
                            // A member whose name is unknown could be any member.
                            result.IsIncomplete = true;
                        }
                        else
                        {
                            result.Add(key, value);
                        }

                        continue;
                    default:
                        // A hole where members belong, or stray text: members we cannot see.
                        result.IsIncomplete = true;
                        _position++;
                        continue;
                }
            }
        }

        private JsonNode ReadArray(int depth)
        {
            var result = new JsonArray();
            _position++;
            while (true)
            {
                SkipWhitespace();
                if (AtEnd)
                {
                    result.IsIncomplete = true;
                    return result;
                }

                switch (_text[_position])
                {
                    case ']':
                        _position++;
                        return result;
                    case '}':
                        result.IsIncomplete = true;
                        return result;
                    case ',':
                        _position++;
                        continue;
                    case ResolvedValue.Hole:
                        // Any number of elements may stand in a hole.
                        result.IsIncomplete = true;
                        _position++;
                        continue;
                    default:
                        var item = ReadValue(depth + 1);
                        if (item is JsonUnknown)
                        {
                            // Marking the array is all an unknown element can tell; not keeping it bounds memory on floods.
                            result.IsIncomplete = true;
                        }
                        else
                        {
                            result.Items.Add(item);
                        }

                        continue;
                }
            }
        }

        /// <summary>Reads a string at the opening quote; null when it is not terminated.</summary>
        private string? ReadString()
        {
            var start = ++_position;
            StringBuilder? builder = null;
            while (_position < _text.Length)
            {
                var c = _text[_position];
                if (c == '"')
                {
                    var result = builder is null ? Slice(start, _position - start) : builder.Append(_text, start, _position - start).ToString();
                    _position++;
                    return result;
                }

                if (c == '\\')
                {
                    builder ??= new StringBuilder();
                    builder.Append(_text, start, _position - start);
                    _position++;
                    if (_position >= _text.Length)
                    {
                        return null;
                    }

                    builder.Append(Unescape(ref _position));
                    start = _position;
                    continue;
                }

                _position++;
            }

            return null;
        }

        private string Slice(int start, int length)
        {
            foreach (var common in CommonStrings)
            {
                if (common.Length == length && string.CompareOrdinal(_text, start, common, 0, length) == 0)
                {
                    return common;
                }
            }

            return _text.Substring(start, length);
        }

        /// <summary>Decodes the escape whose letter is at <paramref name="position"/>, moving past it.</summary>
        private char Unescape(ref int position)
        {
            var c = _text[position++];
            switch (c)
            {
                case 'b': return '\b';
                case 'f': return '\f';
                case 'n': return '\n';
                case 'r': return '\r';
                case 't': return '\t';
                case 'u':
                    if (position + 4 <= _text.Length && TryParseHex(_text, position, out var code))
                    {
                        position += 4;
                        return (char)code;
                    }

                    // A malformed escape (or one split by a hole) hides a character.
                    return ResolvedValue.Hole;
                default:
                    // '"', '\\', '/' and anything a lenient writer escaped.
                    return c;
            }
        }

        private static bool TryParseHex(string text, int start, out int value)
        {
            value = 0;
            for (var i = start; i < start + 4; i++)
            {
                var c = text[i];
                var digit = c >= '0' && c <= '9' ? c - '0'
                    : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10
                    : -1;
                if (digit < 0)
                {
                    return false;
                }

                value = value * 16 + digit;
            }

            return true;
        }

        private JsonNode ReadLiteral()
        {
            var start = _position;
            while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] is '-' or '+' or '.'))
            {
                _position++;
            }

            return new JsonLiteral(_text.Substring(start, _position - start));
        }

        /// <summary>Skips one value without building it (beyond the depth or node budget), iteratively.</summary>
        private void SkipValue()
        {
            var nesting = 0;
            while (_position < _text.Length)
            {
                var c = _text[_position];
                switch (c)
                {
                    case '"':
                        if (ReadString() is null)
                        {
                            return;
                        }

                        if (nesting == 0)
                        {
                            return;
                        }

                        continue;
                    case '{':
                    case '[':
                        nesting++;
                        break;
                    case '}':
                    case ']':
                        if (nesting == 0)
                        {
                            return;
                        }

                        nesting--;
                        if (nesting == 0)
                        {
                            _position++;
                            return;
                        }

                        break;
                    case ',':
                        if (nesting == 0)
                        {
                            return;
                        }

                        break;
                }

                _position++;
            }
        }

        private void SkipWhitespace()
        {
            while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\r' or '\n' or '\uFEFF')
            {
                _position++;
            }
        }
    }
}
