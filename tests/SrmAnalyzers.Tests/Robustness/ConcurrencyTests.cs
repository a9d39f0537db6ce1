using System.Linq;
using System.Threading.Tasks;
using SrmAnalyzers.Tests.Infrastructure;

namespace SrmAnalyzers.Tests.Robustness
{
    public class ConcurrencyTests
    {
        /// <summary>Analyzers keep no state across callbacks: the same compilation analysed many times at once gives identical results.</summary>
        [Fact]
        public async Task Parallel_runs_over_one_compilation_agree()
        {
            var compilation = AnalyzerRunner.Compile(TestSources.Sources, Sdk.V4);
            var runs = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => AnalyzerRunner.RunAsync(compilation))));

            var expected = Describe(runs[0]);
            Assert.NotEmpty(runs[0].Srm);
            Assert.All(runs, run =>
            {
                Assert.Empty(run.Exceptions);
                Assert.Equal(expected, Describe(run));
            });
        }

        /// <summary>A compilation without the AWS SDK gets no SRM diagnostics, however AWS-like its names.</summary>
        [Fact]
        public async Task Compilation_without_the_sdk_is_left_alone()
        {
            var compilation = AnalyzerRunner.Compile(TestSources.Sources.Where(s => !s.Contains("namespace Amazon", System.StringComparison.Ordinal)), sdk: null);
            var result = await AnalyzerRunner.RunAsync(compilation);
            Assert.Empty(result.Exceptions);
            Assert.Empty(result.Srm);
        }

        private static string[] Describe(AnalyzerRunner.Result result) =>
            result.Srm.Select(d => $"{d.Id} {d.Location.SourceTree?.FilePath} {d.Location.SourceSpan} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
                .OrderBy(s => s, System.StringComparer.Ordinal)
                .ToArray();
    }
}
