using System;

namespace SrmAnalyzers.Cli.Loading
{
    /// <summary>What an MSBuildWorkspace failure message means for the project it names.</summary>
    internal static class WorkspaceMessages
    {
        /// <summary>
        /// True when the message carries MSBuild warnings and no error (NuGet's NU1603 "a newer version was
        /// resolved", NU1608 "outside the dependency constraint"): the workspace reports them as failures,
        /// but the project loads and compiles, so it is analysed.
        /// </summary>
        public static bool IsWarningOnly(string message) =>
            message.IndexOf(": error ", StringComparison.Ordinal) < 0
            && (message.IndexOf(": warning ", StringComparison.Ordinal) >= 0
                // The workspace passes NuGet's warning text without its code: NU1603 and NU1608.
                || message.IndexOf(" was resolved instead.", StringComparison.Ordinal) >= 0
                || message.IndexOf("Detected package version outside of dependency constraint", StringComparison.Ordinal) >= 0);
    }
}
