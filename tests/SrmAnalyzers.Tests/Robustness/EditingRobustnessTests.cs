using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using SrmAnalyzers.Tests.Infrastructure;

namespace SrmAnalyzers.Tests.Robustness
{
    /// <summary>
    /// "IDE typing": code being edited is mostly broken. Every source the rule tests use is cut,
    /// de-lined and unbalanced in many ways; no analyzer may throw on any of it.
    /// </summary>
    public class EditingRobustnessTests
    {
        [Fact]
        public void Test_sources_are_found()
        {
            Assert.True(TestSources.Sources.Count >= 5, $"Only {TestSources.Sources.Count} test sources were found under tests/SrmAnalyzers.Tests/Rules.");
            Assert.All(TestSources.Sources, source => Assert.DoesNotContain("{|SRM", source, StringComparison.Ordinal));
        }

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public async Task No_analyzer_throws_on_any_edited_source(Sdk sdk)
        {
            var failures = new List<string>();
            var variants = 0;
            for (var index = 0; index < TestSources.Sources.Count; index++)
            {
                var mutations = Mutate(TestSources.Sources[index], seed: index).ToList();
                variants += mutations.Count;

                // One compilation per source keeps the run short; each mutation is its own tree.
                var result = await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(mutations, sdk));
                failures.AddRange(result.Exceptions.Select(e => $"source #{index}: {e}"));
            }

            Assert.True(variants > 100, $"only {variants} variants were analysed");
            Assert.True(failures.Count == 0, string.Join(Environment.NewLine + Environment.NewLine, failures.Take(5)));
        }

        /// <summary>Deterministic edits: prefixes cut at many points, dropped lines, deleted or extra braces, open quotes.</summary>
        internal static IEnumerable<string> Mutate(string source, int seed)
        {
            var random = new Random(seed);
            for (var i = 1; i <= 16; i++)
            {
                yield return source.Substring(0, source.Length * i / 17);
            }

            var lines = source.Split('\n');
            for (var i = 0; i < 8 && lines.Length > 2; i++)
            {
                var drop = random.Next(lines.Length);
                yield return string.Join("\n", lines.Where((_, n) => n != drop));
            }

            var closing = Positions(source, '}');
            for (var i = 0; i < 4 && closing.Count > 0; i++)
            {
                var at = closing[random.Next(closing.Count)];
                yield return source.Remove(at, 1);
            }

            for (var i = 0; i < 4; i++)
            {
                var at = random.Next(source.Length);
                yield return source.Insert(at, i % 2 == 0 ? "\"" : "{ new ");
            }

            var equals = Positions(source, '=');
            for (var i = 0; i < 4 && equals.Count > 0; i++)
            {
                // "Prop = value" half typed: "Prop = " followed by the next line.
                var at = equals[random.Next(equals.Count)];
                var end = source.IndexOf('\n', at);
                yield return end < 0 ? source.Substring(0, at + 1) : source.Remove(at + 1, end - at - 1);
            }
        }

        private static List<int> Positions(string text, char c)
        {
            var result = new List<int>();
            for (var i = text.IndexOf(c); i >= 0; i = text.IndexOf(c, i + 1))
            {
                result.Add(i);
            }

            return result;
        }
    }
}
