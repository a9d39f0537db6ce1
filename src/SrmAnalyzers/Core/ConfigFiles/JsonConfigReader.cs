using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace SrmAnalyzers.Core.ConfigFiles
{
    /// <summary>
    /// The settings of <c>appsettings*.json</c>, <c>launchSettings.json</c> and
    /// <c>aws-lambda-tools-defaults.json</c>: every object's string members as a group (a launch
    /// profile's <c>environmentVariables</c> is one), the Lambda deploy defaults'
    /// <c>environment-variables</c> string split into its variables, and the root <c>AWS</c> section.
    /// </summary>
    internal static class JsonConfigReader
    {
        /// <summary>The section <c>GetAWSOptions()</c> reads; configuration keys compare ignoring case.</summary>
        public const string AwsSectionName = "AWS";

        /// <summary>
        /// <c>GetAWSOptions</c> sets a <c>ClientConfig</c> property from a member whose name is the
        /// property's exactly (a reflection lookup by name, case-sensitive).
        /// </summary>
        public const string ServiceUrlName = "ServiceURL";

        public const string UseHttpName = "UseHttp";

        /// <summary>The Lambda tools' option holding the function's variables as <c>KEY=VALUE;KEY2=VALUE2</c>.</summary>
        public const string LambdaEnvironmentVariablesName = "environment-variables";

        public static ConfigFile? Read(string path, ConfigFileKind kind, SourceText text)
        {
            if (ConfigJsonReader.Read(text.ToString()) is not ConfigJsonObject root)
            {
                return null;
            }

            var groups = new List<IReadOnlyList<ConfigSetting>>();
            CollectGroups(root, groups);
            if (kind == ConfigFileKind.LambdaToolsDefaults
                && root.Get(LambdaEnvironmentVariablesName, StringComparison.Ordinal) is ConfigJsonString variables)
            {
                groups.Add(SplitVariables(variables));
            }

            var aws = kind == ConfigFileKind.AppSettings && root.Get(AwsSectionName, StringComparison.OrdinalIgnoreCase) is ConfigJsonObject section
                ? ReadAwsSection(section)
                : null;
            return new ConfigFile(path, kind, text, groups, aws);
        }

        private static void CollectGroups(ConfigJsonValue value, List<IReadOnlyList<ConfigSetting>> groups)
        {
            switch (value)
            {
                case ConfigJsonObject obj:
                    List<ConfigSetting>? group = null;
                    foreach (var member in obj.Members)
                    {
                        if (member.Value is ConfigJsonString text)
                        {
                            (group ??= new List<ConfigSetting>()).Add(new ConfigSetting(member.Key, text.Value, text.Span));
                        }
                        else
                        {
                            CollectGroups(member.Value, groups);
                        }
                    }

                    if (group is not null)
                    {
                        groups.Add(group);
                    }

                    break;
                case ConfigJsonArray array:
                    foreach (var item in array.Items)
                    {
                        CollectGroups(item, groups);
                    }

                    break;
            }
        }

        private static AwsConfigSection ReadAwsSection(ConfigJsonObject section)
        {
            var serviceUrl = section.Get(ServiceUrlName, StringComparison.Ordinal) is ConfigJsonString url
                ? new ConfigSetting(ServiceUrlName, url.Value, url.Span)
                : null;
            var useHttp = section.Get(UseHttpName, StringComparison.Ordinal) switch
            {
                ConfigJsonLiteral literal => new ConfigSetting(UseHttpName, literal.Text, literal.Span),
                ConfigJsonString text => new ConfigSetting(UseHttpName, text.Value, text.Span),
                _ => null,
            };
            return new AwsConfigSection(serviceUrl, useHttp);
        }

        /// <summary>
        /// <c>KEY=VALUE;KEY2=VALUE2</c> as settings, each located at its value when the JSON string has no
        /// escapes (then the value's characters are the file's), and at the whole string otherwise.
        /// </summary>
        private static IReadOnlyList<ConfigSetting> SplitVariables(ConfigJsonString variables)
        {
            var settings = new List<ConfigSetting>();
            var text = variables.Value;
            var contentStart = variables.Span.Start + 1;
            var start = 0;
            while (start <= text.Length)
            {
                var end = text.IndexOf(';', start);
                if (end < 0)
                {
                    end = text.Length;
                }

                var equals = text.IndexOf('=', start, end - start);
                if (equals > start)
                {
                    var name = text.Substring(start, equals - start).Trim();
                    var valueStart = equals + 1;
                    while (valueStart < end && text[valueStart] == ' ')
                    {
                        valueStart++;
                    }

                    var value = text.Substring(valueStart, end - valueStart).TrimEnd();
                    var span = variables.IsVerbatim ? new TextSpan(contentStart + valueStart, value.Length) : variables.Span;
                    settings.Add(new ConfigSetting(name, value, span));
                }

                start = end + 1;
            }

            return settings;
        }
    }
}
