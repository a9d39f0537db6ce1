using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace SrmAnalyzers.Tests.Infrastructure
{
    /// <summary>The AWS SDK for .NET major a test source compiles against.</summary>
    public enum Sdk
    {
        V3,
        V4,
    }

    /// <summary>
    /// Metadata references for test compilations: the running runtime's assemblies plus the AWS SDK
    /// DLLs that the test project restored with PackageDownload (no download at test time).
    /// </summary>
    public static class AwsReferences
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> Runtime = new(LoadRuntime);
        private static readonly ConcurrentDictionary<Sdk, ImmutableArray<MetadataReference>> Sdks = new();

        public static string PackageRoot => Metadata("NuGetPackageRoot");

        public static string RepositoryRoot => Metadata("RepositoryRoot");

        /// <summary>The build configuration of this test assembly (Debug or Release).</summary>
        public static string Configuration => Metadata("Configuration");

        /// <summary>The runtime's assemblies only (a compilation that does not use the SDK).</summary>
        public static ImmutableArray<MetadataReference> RuntimeOnly => Runtime.Value;

        /// <summary>Runtime plus every AWS package restored for <paramref name="sdk"/>.</summary>
        public static ImmutableArray<MetadataReference> For(Sdk sdk) => Sdks.GetOrAdd(sdk, s => Runtime.Value.AddRange(LoadSdk(s)));

        /// <summary>"AWSSDK.S3/4.1.0" entries that the project file restored for the major.</summary>
        public static IReadOnlyList<(string Id, string Version)> Packages(Sdk sdk) =>
            Metadata(sdk == Sdk.V3 ? "AwsSdkV3" : "AwsSdkV4")
                .Split(';', StringSplitOptions.RemoveEmptyEntries)
                .Select(entry => entry.Split('/'))
                .Select(parts => (parts[0], parts[1]))
                .ToList();

        /// <summary>Moq, NSubstitute and FakeItEasy as the test project restored them, for test-double cases.</summary>
        public static ImmutableArray<MetadataReference> MockingLibraries => Mocking.Value;

        private static readonly Lazy<ImmutableArray<MetadataReference>> Mocking = new(() => Metadata("MockingLibraries")
            .Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => entry.Split('/'))
            .Select(parts => Restored(parts[0], parts[1]))
            .ToImmutableArray());

        private static IEnumerable<MetadataReference> LoadSdk(Sdk sdk) => Packages(sdk).Select(package => Restored(package.Id, package.Version));

        private static MetadataReference Restored(string id, string version)
        {
            var lib = Path.Combine(PackageRoot, id.ToLowerInvariant(), version, "lib");
            var dll = new[] { "net8.0", "net6.0", "netcoreapp3.1", "netstandard2.1", "netstandard2.0" }
                .Select(tfm => Path.Combine(lib, tfm, id + ".dll"))
                .FirstOrDefault(File.Exists)
                ?? throw new InvalidOperationException($"{id} {version} is not restored under {lib}; run 'dotnet restore' on the test project.");
            return MetadataReference.CreateFromFile(dll);
        }

        private static ImmutableArray<MetadataReference> LoadRuntime()
        {
            var trusted = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty;
            var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            return trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Where(path => string.Equals(Path.GetDirectoryName(path), runtimeDirectory, StringComparison.OrdinalIgnoreCase))
                .Where(path => !Path.GetFileName(path).StartsWith("Microsoft.VisualBasic", StringComparison.Ordinal))
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray();
        }

        private static string Metadata(string key) =>
            typeof(AwsReferences).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
            ?? throw new InvalidOperationException($"Assembly metadata {key} is missing.");
    }
}
