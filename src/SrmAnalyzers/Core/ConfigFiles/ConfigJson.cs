using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace SrmAnalyzers.Core.ConfigFiles
{
    /// <summary>A value of a configuration file's JSON, with where its text is (quotes included for a string).</summary>
    internal abstract class ConfigJsonValue
    {
        protected ConfigJsonValue(TextSpan span) => Span = span;

        public TextSpan Span { get; }
    }

    internal sealed class ConfigJsonString : ConfigJsonValue
    {
        public ConfigJsonString(string value, TextSpan span)
            : base(span) => Value = value;

        public string Value { get; }

        /// <summary>True when the text between the quotes is the value itself (no escapes), so an offset into the value is an offset into the file.</summary>
        public bool IsVerbatim => Span.Length == Value.Length + 2;
    }

    /// <summary><c>true</c>, <c>false</c>, <c>null</c> or a number, kept as its text.</summary>
    internal sealed class ConfigJsonLiteral : ConfigJsonValue
    {
        public ConfigJsonLiteral(string text, TextSpan span)
            : base(span) => Text = text;

        public string Text { get; }
    }

    internal sealed class ConfigJsonArray : ConfigJsonValue
    {
        public ConfigJsonArray(List<ConfigJsonValue> items, TextSpan span)
            : base(span) => Items = items;

        public IReadOnlyList<ConfigJsonValue> Items { get; }
    }

    internal sealed class ConfigJsonObject : ConfigJsonValue
    {
        public ConfigJsonObject(List<KeyValuePair<string, ConfigJsonValue>> members, TextSpan span)
            : base(span) => Members = members;

        /// <summary>The members in file order, duplicates included.</summary>
        public IReadOnlyList<KeyValuePair<string, ConfigJsonValue>> Members { get; }

        /// <summary>The value of the last member named <paramref name="name"/> (configuration providers let the last one win), or null.</summary>
        public ConfigJsonValue? Get(string name, StringComparison comparison)
        {
            for (var i = Members.Count - 1; i >= 0; i--)
            {
                if (string.Equals(Members[i].Key, name, comparison))
                {
                    return Members[i].Value;
                }
            }

            return null;
        }
    }

    /// <summary>
    /// Reads the JSON of configuration files the way .NET's configuration loader accepts it:
    /// <c>//</c> and <c>/* */</c> comments and trailing commas are fine, as is a byte order mark.
    /// Anything else that is not JSON makes the whole file unreadable (null): a file the
    /// application cannot load holds no setting it uses. Never throws; bounded in depth, and the
    /// caller bounds the length (<see cref="ConfigFile.MaxLength"/>).
    /// </summary>
    internal sealed class ConfigJsonReader
    {
        /// <summary>Deeper nesting makes the file unreadable (configuration files nest a few levels).</summary>
        public const int MaxDepth = 64;

        private readonly string _text;
        private int _position;

        private ConfigJsonReader(string text) => _text = text;

        /// <summary>The root value, or null when the text is not (lenient) JSON.</summary>
        public static ConfigJsonValue? Read(string text)
        {
            var reader = new ConfigJsonReader(text);
            if (!reader.SkipTrivia())
            {
                return null;
            }

            var root = reader.ReadValue(depth: 0);
            return root is not null && reader.SkipTrivia() && reader.AtEnd ? root : null;
        }

        private bool AtEnd => _position >= _text.Length;

        private ConfigJsonValue? ReadValue(int depth)
        {
            if (AtEnd || depth > MaxDepth)
            {
                return null;
            }

            switch (_text[_position])
            {
                case '{':
                    return ReadObject(depth);
                case '[':
                    return ReadArray(depth);
                case '"':
                    return ReadString();
                default:
                    return ReadLiteral();
            }
        }

        private ConfigJsonObject? ReadObject(int depth)
        {
            var start = _position++;
            var members = new List<KeyValuePair<string, ConfigJsonValue>>();
            while (true)
            {
                if (!SkipTrivia() || AtEnd)
                {
                    return null;
                }

                if (_text[_position] == '}')
                {
                    _position++;
                    return new ConfigJsonObject(members, TextSpan.FromBounds(start, _position));
                }

                if (_text[_position] != '"' || ReadString() is not { } name
                    || !SkipTrivia() || AtEnd || _text[_position] != ':')
                {
                    return null;
                }

                _position++;
                if (!SkipTrivia() || ReadValue(depth + 1) is not { } value)
                {
                    return null;
                }

                members.Add(new KeyValuePair<string, ConfigJsonValue>(name.Value, value));
                if (!SeparatorOrEnd('}'))
                {
                    return null;
                }
            }
        }

        private ConfigJsonArray? ReadArray(int depth)
        {
            var start = _position++;
            var items = new List<ConfigJsonValue>();
            while (true)
            {
                if (!SkipTrivia() || AtEnd)
                {
                    return null;
                }

                if (_text[_position] == ']')
                {
                    _position++;
                    return new ConfigJsonArray(items, TextSpan.FromBounds(start, _position));
                }

                if (ReadValue(depth + 1) is not { } item)
                {
                    return null;
                }

                items.Add(item);
                if (!SeparatorOrEnd(']'))
                {
                    return null;
                }
            }
        }

        /// <summary>After a member or item: a comma (a trailing one is fine) or the closing bracket, which is left for the caller.</summary>
        private bool SeparatorOrEnd(char close)
        {
            if (!SkipTrivia() || AtEnd)
            {
                return false;
            }

            if (_text[_position] == ',')
            {
                _position++;
                return true;
            }

            return _text[_position] == close;
        }

        /// <summary>Reads a string at its opening quote; null when it is not terminated or has a malformed escape.</summary>
        private ConfigJsonString? ReadString()
        {
            var start = _position++;
            StringBuilder? builder = null;
            var runStart = _position;
            while (_position < _text.Length)
            {
                var c = _text[_position];
                if (c == '"')
                {
                    var value = builder is null ? _text.Substring(runStart, _position - runStart) : builder.Append(_text, runStart, _position - runStart).ToString();
                    _position++;
                    return new ConfigJsonString(value, TextSpan.FromBounds(start, _position));
                }

                if (c is '\r' or '\n')
                {
                    return null;
                }

                if (c != '\\')
                {
                    _position++;
                    continue;
                }

                builder ??= new StringBuilder();
                builder.Append(_text, runStart, _position - runStart);
                if (++_position >= _text.Length || Unescape() is not { } unescaped)
                {
                    return null;
                }

                builder.Append(unescaped);
                runStart = _position;
            }

            return null;
        }

        /// <summary>Decodes the escape whose letter is at the current position and moves past it; null when malformed.</summary>
        private char? Unescape()
        {
            var c = _text[_position++];
            switch (c)
            {
                case '"': return '"';
                case '\\': return '\\';
                case '/': return '/';
                case 'b': return '\b';
                case 'f': return '\f';
                case 'n': return '\n';
                case 'r': return '\r';
                case 't': return '\t';
                case 'u':
                    if (_position + 4 > _text.Length)
                    {
                        return null;
                    }

                    var code = 0;
                    for (var end = _position + 4; _position < end; _position++)
                    {
                        var digit = HexDigit(_text[_position]);
                        if (digit < 0)
                        {
                            return null;
                        }

                        code = code * 16 + digit;
                    }

                    return (char)code;
                default:
                    return null;
            }
        }

        private static int HexDigit(char c) =>
            c is >= '0' and <= '9' ? c - '0'
            : c is >= 'a' and <= 'f' ? c - 'a' + 10
            : c is >= 'A' and <= 'F' ? c - 'A' + 10
            : -1;

        /// <summary><c>true</c>, <c>false</c>, <c>null</c> or a number; null for anything else (unquoted words are not JSON).</summary>
        private ConfigJsonLiteral? ReadLiteral()
        {
            var start = _position;
            while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] is '-' or '+' or '.'))
            {
                _position++;
            }

            var text = _text.Substring(start, _position - start);
            var isLiteral = text is "true" or "false" or "null"
                || (text.Length > 0 && (text[0] == '-' || char.IsDigit(text[0])) && double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _));
            return isLiteral ? new ConfigJsonLiteral(text, TextSpan.FromBounds(start, _position)) : null;
        }

        /// <summary>Skips whitespace, a byte order mark and comments; false for a comment that is not closed.</summary>
        private bool SkipTrivia()
        {
            while (_position < _text.Length)
            {
                var c = _text[_position];
                if (c is ' ' or '\t' or '\r' or '\n' or '\uFEFF')
                {
                    _position++;
                }
                else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '/')
                {
                    var end = _text.IndexOf('\n', _position);
                    _position = end < 0 ? _text.Length : end + 1;
                }
                else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '*')
                {
                    var end = _text.IndexOf("*/", _position + 2, StringComparison.Ordinal);
                    if (end < 0)
                    {
                        return false;
                    }

                    _position = end + 2;
                }
                else
                {
                    break;
                }
            }

            return true;
        }
    }
}
