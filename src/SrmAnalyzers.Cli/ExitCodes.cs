namespace SrmAnalyzers.Cli
{
    /// <summary>The process exit codes (docs/cli.md, "Exit codes").</summary>
    internal static class ExitCodes
    {
        public const int Success = 0;

        /// <summary>`srm scan` found at least one finding of error severity (it wins over <see cref="LoadFailures"/>: the finding is real).</summary>
        public const int ErrorFindings = 1;

        /// <summary>The command line could not be parsed.</summary>
        public const int Usage = 2;

        /// <summary>At least one project failed to restore or load; the others were processed and their output printed.</summary>
        public const int LoadFailures = 3;

        /// <summary>Nothing could be processed: the path does not exist, holds no project, or no project loaded.</summary>
        public const int NothingLoaded = 4;
    }
}
