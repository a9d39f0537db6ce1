using System;
using System.Linq;

namespace SrmAnalyzers.RuleFiles
{
    /// <summary>
    /// <see cref="RuleFileSet.RegenerateCommand"/> [-- --check]: writes the files generated from the
    /// rule descriptors, or with --check only shows what is stale (exit code 1).
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            var checkOnly = args.Contains("--check");
            if (args.Any(arg => arg != "--check"))
            {
                Console.Error.WriteLine("usage: " + RuleFileSet.RegenerateCommand + " [-- --check]");
                return 2;
            }

            var root = RuleFileSet.RepositoryRoot;
            var stale = RuleFileSet.Generate(root, RuleCatalog.Load()).Where(file => file.IsStale).ToList();
            if (stale.Count == 0)
            {
                Console.WriteLine("Every generated file is up to date.");
                return 0;
            }

            if (checkOnly)
            {
                stale.ForEach(file => Console.WriteLine(file.Describe()));
                Console.WriteLine($"{stale.Count} stale generated file(s); run: {RuleFileSet.RegenerateCommand}");
                return 1;
            }

            foreach (var path in RuleFileSet.Write(root, stale))
            {
                Console.WriteLine("wrote " + path);
            }

            return 0;
        }
    }
}
