using SrmAnalyzers.Cli.Loading;

namespace SrmAnalyzers.Tests.Cli
{
    public class WorkspaceMessagesTests
    {
        [Theory]
        [InlineData("Msbuild failed when processing the file '/src/App/App.csproj' with message: /src/App/App.csproj : warning NU1603: App depends on AWSSDK.S3 (>= 3.7.9.1) but AWSSDK.S3 3.7.9.1 was not found. AWSSDK.S3 3.7.10 was resolved instead.", true)]
        // As MSBuildWorkspace reports NU1603 (seen on the AWS code examples with the NuGet mirror): the text without its code.
        [InlineData("Msbuild failed when processing the file '/src/S3/Actions/S3_Actions.csproj' with message: S3_Actions depends on AWSSDK.S3 (>= 4.0.18.2) but AWSSDK.S3 4.0.18.2 was not found. AWSSDK.S3 4.0.102.2 was resolved instead.", true)]
        [InlineData("Msbuild failed when processing the file '/src/App/App.csproj' with message: /src/App/App.csproj : warning NU1608: Detected package version outside of dependency constraint.", true)]
        [InlineData("Msbuild failed when processing the file '/src/App/App.csproj' with message: /src/App/App.csproj : error NU1101: Unable to find package AWSSDK.Lambda.", false)]
        [InlineData("Msbuild failed when processing the file '/src/App/App.csproj' with message: /src/App/App.csproj : warning NU1603: ... /src/App/App.csproj : error NU1605: Detected package downgrade.", false)]
        [InlineData("Msbuild failed when processing the file '/src/Broken/Broken.csproj' with message: /src/Broken/Broken.csproj(3,1): error MSB4025: The project file could not be loaded.", false)]
        public void Only_warnings_do_not_drop_the_project(string message, bool warningOnly) =>
            Assert.Equal(warningOnly, WorkspaceMessages.IsWarningOnly(message));
    }
}
