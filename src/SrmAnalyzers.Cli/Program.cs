using System.CommandLine;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Build.Locator;
using SrmAnalyzers.Cli.Commands;

namespace SrmAnalyzers.Cli
{
    internal static class Program
    {
        private static async Task<int> Main(string[] args)
        {
            // Before any MSBuild type is loaded (the commands' methods load them when first called).
            MSBuildLocator.RegisterDefaults();
            return await RunAsync(args, System.Console.Out, System.Console.Error).ConfigureAwait(false);
        }

        private static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
        {
            var noRestore = new Option<bool>("--no-restore") { Description = "Do not run `dotnet restore` before loading (the projects must be restored already)." };

            var policyPath = new Argument<string>("path") { Description = "A project (.csproj), a solution (.sln, .slnx), or a folder: every solution under it, else every .csproj under it." };
            var perProject = new Option<bool>("--per-project") { Description = "Print one JSON object whose keys are the project files (relative to the current folder) and whose values are each project's policy." };
            var explain = new Option<bool>("--explain") { Description = "Write to stderr each action and resource with the file:line of the call that needs it." };
            var iamPolicy = new Command("iam-policy", "Print the identity-based IAM policy (JSON) that the projects' AWS SDK calls need: only the actions the code calls, on the resources the code fixes, else \"*\".")
            {
                policyPath, perProject, explain, noRestore,
            };
            iamPolicy.SetAction((parse, cancellationToken) => IamPolicyCommand.RunAsync(
                parse.GetValue(policyPath)!, parse.GetValue(perProject), parse.GetValue(explain), !parse.GetValue(noRestore), output, error, cancellationToken));

            var scanPath = new Argument<string>("path") { Description = "A project (.csproj), a solution (.sln, .slnx), or a folder: every solution under it, else every .csproj under it." };
            var sarif = new Option<FileInfo?>("--sarif") { Description = "Also write the findings as a SARIF 2.1.0 log to this file.", HelpName = "file" };
            var scan = new Command("scan", "Run every SRM rule over the projects with their own .editorconfig/.globalconfig settings and print the findings as the compiler does. Exit code 1 when a finding has error severity.")
            {
                scanPath, sarif, noRestore,
            };
            scan.SetAction((parse, cancellationToken) => ScanCommand.RunAsync(
                parse.GetValue(scanPath)!, parse.GetValue(sarif), !parse.GetValue(noRestore), output, error, cancellationToken));

            var root = new RootCommand("srm: least-privilege IAM policies and SrmAnalyzers audits from the command line (docs/cli.md).")
            {
                iamPolicy, scan,
            };

            var parseResult = root.Parse(args);
            if (parseResult.Errors.Count > 0)
            {
                foreach (var parseError in parseResult.Errors)
                {
                    error.WriteLine($"srm: {parseError.Message}");
                }

                error.WriteLine("srm: see 'srm --help'");
                return ExitCodes.Usage;
            }

            return await parseResult.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }).ConfigureAwait(false);
        }
    }
}
