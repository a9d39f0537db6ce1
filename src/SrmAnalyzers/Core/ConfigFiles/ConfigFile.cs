using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SrmAnalyzers.Core.ConfigFiles
{
    /// <summary>The configuration files the analyzers read, told apart by file name (any letter case, any folder).</summary>
    internal enum ConfigFileKind
    {
        /// <summary>Not a configuration file the analyzers read.</summary>
        None,

        /// <summary><c>appsettings*.json</c>: .NET configuration, with the <c>AWS</c> section <c>GetAWSOptions</c> binds.</summary>
        AppSettings,

        /// <summary><c>launchSettings.json</c>: launch profiles and their <c>environmentVariables</c>.</summary>
        LaunchSettings,

        /// <summary><c>aws-lambda-tools-defaults.json</c>: Lambda deploy defaults and their <c>environment-variables</c> string.</summary>
        LambdaToolsDefaults,

        /// <summary><c>App.config</c> / <c>Web.config</c>: .NET Framework configuration and its <c>&lt;appSettings&gt;</c>.</summary>
        XmlAppConfig,
    }

    /// <summary>A named value of a configuration file and where the value's text is.</summary>
    internal sealed class ConfigSetting
    {
        public ConfigSetting(string name, string value, TextSpan span)
        {
            Name = name;
            Value = value;
            Span = span;
        }

        /// <summary>The setting's own name (a JSON member name, an <c>&lt;add key&gt;</c>, a variable name), never a value.</summary>
        public string Name { get; }

        public string Value { get; }

        public TextSpan Span { get; }
    }

    /// <summary>
    /// The <c>AWS</c> section of an <c>appsettings*.json</c>: the values <c>GetAWSOptions</c>
    /// (AWSSDK.Extensions.NETCore.Setup) copies onto every client's config. Null members are not set.
    /// </summary>
    internal sealed class AwsConfigSection
    {
        public AwsConfigSection(ConfigSetting? serviceUrl, ConfigSetting? useHttp)
        {
            ServiceUrl = serviceUrl;
            UseHttp = useHttp;
        }

        public ConfigSetting? ServiceUrl { get; }

        /// <summary>The UseHttp value as the configuration holds it (<c>true</c> from JSON's literal or the string <c>"true"</c>).</summary>
        public ConfigSetting? UseHttp { get; }
    }

    /// <summary>
    /// What the analyzers read from one configuration file (an MSBuild <c>AdditionalFiles</c> item):
    /// the groups of settings that stand side by side (one JSON object's string members, one
    /// <c>&lt;appSettings&gt;</c>, one <c>KEY=VALUE;...</c> string), and the AWS section. Read once
    /// per file and compilation, shared by the rules; a file that is too long or malformed has nothing.
    /// </summary>
    internal sealed class ConfigFile
    {
        /// <summary>Longer files are not read (configuration files are a few kilobytes; this bounds the work on a generated giant).</summary>
        public const int MaxLength = 1024 * 1024;

        private static readonly ConditionalWeakTable<AdditionalText, ConfigFile> Cache = new();

        private static readonly ConfigFile Empty = new(string.Empty, ConfigFileKind.None, SourceText.From(string.Empty), Array.Empty<IReadOnlyList<ConfigSetting>>(), aws: null);

        public ConfigFile(string path, ConfigFileKind kind, SourceText text, IReadOnlyList<IReadOnlyList<ConfigSetting>> groups, AwsConfigSection? aws)
        {
            Path = path;
            Kind = kind;
            Text = text;
            Groups = groups;
            Aws = aws;
        }

        public string Path { get; }

        /// <summary>The file name, as messages show it.</summary>
        public string FileName => System.IO.Path.GetFileName(Path);

        public ConfigFileKind Kind { get; }

        public SourceText Text { get; }

        /// <summary>Settings that sit beside each other, in file order.</summary>
        public IReadOnlyList<IReadOnlyList<ConfigSetting>> Groups { get; }

        /// <summary>The AWS section of an appsettings file; null when there is none.</summary>
        public AwsConfigSection? Aws { get; }

        /// <summary>The configuration file <paramref name="file"/> holds; null when it is not one of the kinds read, too long or malformed.</summary>
        public static ConfigFile? Read(AdditionalText file, CancellationToken cancellationToken)
        {
            if (KindOf(file.Path) == ConfigFileKind.None)
            {
                return null;
            }

            var read = Cache.GetValue(file, f => ReadUncached(f, cancellationToken) ?? Empty);
            return ReferenceEquals(read, Empty) ? null : read;
        }

        public static ConfigFileKind KindOf(string path)
        {
            var name = System.IO.Path.GetFileName(path);
            if (name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                return ConfigFileKind.AppSettings;
            }

            return name.ToLowerInvariant() switch
            {
                "launchsettings.json" => ConfigFileKind.LaunchSettings,
                "aws-lambda-tools-defaults.json" => ConfigFileKind.LambdaToolsDefaults,
                "app.config" or "web.config" => ConfigFileKind.XmlAppConfig,
                _ => ConfigFileKind.None,
            };
        }

        /// <summary>A diagnostic location at <paramref name="span"/> of this file, with its line and column.</summary>
        public Location LocationOf(TextSpan span) => Location.Create(Path, span, Text.Lines.GetLinePositionSpan(span));

        private static ConfigFile? ReadUncached(AdditionalText file, CancellationToken cancellationToken)
        {
            var text = file.GetText(cancellationToken);
            if (text is null || text.Length == 0 || text.Length > MaxLength)
            {
                return null;
            }

            var kind = KindOf(file.Path);
            return kind == ConfigFileKind.XmlAppConfig
                ? XmlConfigReader.Read(file.Path, text)
                : JsonConfigReader.Read(file.Path, kind, text);
        }
    }

    /// <summary>What a rule gets for one configuration file of a compilation that references the SDK.</summary>
    internal sealed class ConfigFileContext
    {
        public ConfigFileContext(AdditionalFileAnalysisContext context, ConfigFile file)
        {
            Context = context;
            File = file;
        }

        public AdditionalFileAnalysisContext Context { get; }

        public ConfigFile File { get; }

        /// <summary>The file's .editorconfig / .globalconfig options (global ones and sections matching its path).</summary>
        public AnalyzerConfigOptions Options => Context.Options.AnalyzerConfigOptionsProvider.GetOptions(Context.AdditionalFile);

        public void Report(DiagnosticDescriptor descriptor, TextSpan span, string message) =>
            Context.ReportDiagnostic(Diagnostic.Create(descriptor, File.LocationOf(span), message));
    }
}
