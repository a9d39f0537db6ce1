using System.IO;
using System.Linq;

namespace SrmAnalyzers.Tests.Infrastructure
{
    /// <summary>
    /// Exact-shape stubs (real namespaces, type and member names) of SDK packages the NuGet mirror
    /// lacks (IAM, SNS, ...). They live in Stubs/ as embedded sources and join a test compilation
    /// only when the test asks for them.
    /// </summary>
    public static class Stubs
    {
        /// <summary>The stub source named <paramref name="fileName"/> (e.g. "IdentityManagement.cs").</summary>
        public static (string FileName, string Source) Get(string fileName)
        {
            var assembly = typeof(Stubs).Assembly;
            var name = "Stubs/" + fileName;
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new FileNotFoundException($"No stub {fileName}; have: {string.Join(", ", assembly.GetManifestResourceNames().Where(n => n.StartsWith("Stubs/", System.StringComparison.Ordinal)))}");
            using var reader = new StreamReader(stream);
            return ("/0/Stub" + fileName, reader.ReadToEnd());
        }
    }
}
