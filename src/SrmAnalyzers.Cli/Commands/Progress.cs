using System.IO;

namespace SrmAnalyzers.Cli.Commands
{
    /// <summary>"srm: [3/12] Name" on the error writer, only when there are enough projects for the wait to be noticed.</summary>
    internal sealed class Progress
    {
        public const int MinimumProjects = 5;

        private readonly TextWriter _error;
        private readonly int _total;
        private int _done;

        public Progress(TextWriter error, int total)
        {
            _error = error;
            _total = total;
        }

        public void Next(string projectName)
        {
            _done++;
            if (_total >= MinimumProjects)
            {
                _error.WriteLine($"srm: [{_done}/{_total}] {projectName}");
            }
        }
    }
}
