using System.IO;
using System.Threading;
using System.Threading.Tasks;
using SrmAnalyzers.Cli.Loading;
using SrmAnalyzers.Cli.Policy;

namespace SrmAnalyzers.Cli.Commands
{
    /// <summary>`srm iam-policy`: the identity-based policy the projects' own AWS SDK calls need.</summary>
    internal static class IamPolicyCommand
    {
        public static async Task<int> RunAsync(string path, bool perProject, bool explain, bool restore, TextWriter output, TextWriter error, CancellationToken cancellationToken)
        {
            var loaded = await new ProjectLoader(error, restore).LoadAsync(path, cancellationToken).ConfigureAwait(false);
            if (loaded.Projects.Count == 0)
            {
                return ExitCodes.NothingLoaded;
            }

            var report = new PolicyReport(error);
            var progress = new Progress(error, loaded.Projects.Count);
            foreach (var project in loaded.Projects)
            {
                progress.Next(project.Name);
                var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
                report.Add(PolicyReport.DisplayPath(project.FilePath ?? project.Name), compilation, cancellationToken);
            }

            report.Write(perProject, explain, output);
            return loaded.Failures > 0 ? ExitCodes.LoadFailures : ExitCodes.Success;
        }
    }
}
