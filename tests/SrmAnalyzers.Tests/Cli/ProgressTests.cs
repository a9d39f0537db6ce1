using System;
using System.IO;
using System.Linq;
using SrmAnalyzers.Cli.Commands;

namespace SrmAnalyzers.Tests.Cli
{
    /// <summary>The progress lines the commands write to stderr while they analyse the projects.</summary>
    public class ProgressTests
    {
        [Fact]
        public void Five_projects_or_more_get_one_line_each()
        {
            var error = new StringWriter();
            var progress = new Progress(error, Progress.MinimumProjects);
            foreach (var name in new[] { "Api", "Jobs", "Orders", "Uploads", "Web" })
            {
                progress.Next(name);
            }

            Assert.Equal(
                new[] { "srm: [1/5] Api", "srm: [2/5] Jobs", "srm: [3/5] Orders", "srm: [4/5] Uploads", "srm: [5/5] Web" },
                error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        [Fact]
        public void Fewer_projects_get_none()
        {
            var error = new StringWriter();
            var progress = new Progress(error, Progress.MinimumProjects - 1);
            foreach (var name in Enumerable.Range(1, Progress.MinimumProjects - 1).Select(i => $"P{i}"))
            {
                progress.Next(name);
            }

            Assert.Equal(string.Empty, error.ToString());
        }
    }
}
