using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;
using Microsoft.CodeAnalysis.Text;

namespace SrmAnalyzers.Core.ConfigFiles
{
    /// <summary>
    /// The <c>&lt;appSettings&gt;</c> of <c>App.config</c> / <c>Web.config</c>: each section's
    /// <c>&lt;add key="..." value="..."/&gt;</c> entries as one group (SDK v3 on .NET Framework reads
    /// <c>AWSAccessKey</c> and <c>AWSSecretKey</c> from there). No DTD and no external resource is
    /// ever processed; a file that is not well-formed XML has no settings.
    /// </summary>
    internal static class XmlConfigReader
    {
        private const string AppSettingsElement = "appSettings";
        private const string AddElement = "add";

        /// <summary>How far past an attribute's name its quoted value is looked for (a key is 40 characters; longer values are located at the name).</summary>
        private const int MaxAttributeText = 4096;

        public static ConfigFile? Read(string path, SourceText text)
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
                IgnoreWhitespace = true,
                MaxCharactersInDocument = ConfigFile.MaxLength,
            };

            var groups = new List<IReadOnlyList<ConfigSetting>>();
            try
            {
                using var reader = XmlReader.Create(new StringReader(text.ToString()), settings);
                var lineInfo = (IXmlLineInfo)reader;
                List<ConfigSetting>? group = null;
                var appSettingsDepth = -1;
                while (reader.Read())
                {
                    if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == appSettingsDepth)
                    {
                        AddGroup(groups, ref group);
                        appSettingsDepth = -1;
                    }
                    else if (reader.NodeType == XmlNodeType.Element && appSettingsDepth < 0 && reader.LocalName == AppSettingsElement)
                    {
                        if (!reader.IsEmptyElement)
                        {
                            appSettingsDepth = reader.Depth;
                        }
                    }
                    else if (reader.NodeType == XmlNodeType.Element && reader.Depth == appSettingsDepth + 1 && reader.LocalName == AddElement)
                    {
                        var key = reader.GetAttribute("key");
                        if (key is not null && reader.MoveToAttribute("value"))
                        {
                            var span = QuotedValueSpan(text, lineInfo.LineNumber, lineInfo.LinePosition);
                            (group ??= new List<ConfigSetting>()).Add(new ConfigSetting(key, reader.Value, span));
                            reader.MoveToElement();
                        }
                    }
                }
            }
            catch (XmlException)
            {
                return null;
            }

            return new ConfigFile(path, ConfigFileKind.XmlAppConfig, text, groups, aws: null);
        }

        private static void AddGroup(List<IReadOnlyList<ConfigSetting>> groups, ref List<ConfigSetting>? group)
        {
            if (group is not null)
            {
                groups.Add(group);
                group = null;
            }
        }

        /// <summary>
        /// The attribute value with its quotes, found from where the reader places the attribute (its
        /// name's 1-based line and column); the name itself when the text does not look as expected.
        /// </summary>
        private static TextSpan QuotedValueSpan(SourceText text, int line, int column)
        {
            if (line < 1 || line > text.Lines.Count || column < 1)
            {
                return new TextSpan(0, 0);
            }

            var nameStart = Math.Min(text.Lines[line - 1].Start + column - 1, text.Length);
            var content = text.ToString(TextSpan.FromBounds(nameStart, Math.Min(text.Length, nameStart + MaxAttributeText)));
            var equals = content.IndexOf('=');
            var quote = equals < 0 ? -1 : content.IndexOfAny(new[] { '"', '\'' }, equals);
            var close = quote < 0 ? -1 : content.IndexOf(content[quote], quote + 1);
            return close < 0
                ? new TextSpan(nameStart, Math.Min("value".Length, text.Length - nameStart))
                : new TextSpan(nameStart + quote, close - quote + 1);
        }
    }
}
