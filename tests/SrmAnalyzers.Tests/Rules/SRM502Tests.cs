using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SrmAnalyzers.CodeFixes.Rules;
using SrmAnalyzers.Rules;
using SrmAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyCS = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.AuditLoggingDisabledAnalyzer>;
using VerifyFix = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.AuditLoggingDisabledAnalyzer, SrmAnalyzers.CodeFixes.Rules.AuditLoggingDisabledCodeFixProvider>;

namespace SrmAnalyzers.Tests.Rules
{
    // AWSSDK.CloudTrail, GuardDuty and ConfigService are not on this mirror: the tests compile against their
    // stubs (real names) with SDK v3 and v4 cores. EC2 (DeleteFlowLogsRequest) is the real v4 package.
    public class SRM502Tests
    {
        private static readonly string[] Stubs = { "CloudTrail.cs", "GuardDuty.cs", "ConfigService.cs" };

        private const string Usings = @"
using System.Threading.Tasks;
using Amazon.CloudTrail;
using Amazon.CloudTrail.Model;
using Amazon.ConfigService;
using Amazon.ConfigService.Model;
using Amazon.GuardDuty;
using Amazon.GuardDuty.Model;
";

        private const string Duty = " (customer duty: logging, monitoring and resilience — audit logging and threat detection)";

        private const string Validation = "CloudTrail log file validation off (EnableLogFileValidation = false): no digest files are delivered, so a log file changed or deleted after delivery goes unnoticed";

        private const string Suspension = "the GuardDuty detector (Enable = false): no threats are detected in the Region's API calls, network traffic and DNS queries while it is suspended";

        private static Task Analyze(string source, Sdk sdk, params DiagnosticResult[] expected) =>
            VerifyCS.AnalyzerAsync(Usings + source, sdk, options: null, stubs: Stubs, expected);

        private static DiagnosticResult At(int location, string message) =>
            VerifyCS.Diagnostic("SRM502").WithLocation(location).WithMessage(message + Duty);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Stopping_or_deleting_a_trail_recorder_or_detector_is_reported_at_the_request(Sdk sdk) => Analyze(@"
class Shutdown
{
    async Task Run(IAmazonCloudTrail cloudTrail, IAmazonGuardDuty guardDuty, IAmazonConfigService config)
    {
        await cloudTrail.StopLoggingAsync({|#0:new StopLoggingRequest|} { Name = ""org-trail"" });
        var delete = {|#1:new DeleteTrailRequest()|};
        delete.Name = ""org-trail"";
        await cloudTrail.DeleteTrailAsync(delete);
        await guardDuty.DeleteDetectorAsync({|#2:new DeleteDetectorRequest|} { DetectorId = ""12abc34d567e8fa901bc2d34e56789f0"" });
        await config.StopConfigurationRecorderAsync({|#3:new StopConfigurationRecorderRequest|} { ConfigurationRecorderName = ""default"" });
        DeleteConfigurationRecorderRequest recorder = {|#4:new()|} { ConfigurationRecorderName = ""default"" };
        await config.DeleteConfigurationRecorderAsync(recorder);
    }
}", sdk,
            At(0, "StopLoggingRequest stops the CloudTrail trail: no record of API calls is kept while the trail is stopped"),
            At(1, "DeleteTrailRequest deletes the CloudTrail trail: no record of the API calls it logged is kept from then on"),
            At(2, "DeleteDetectorRequest deletes the GuardDuty detector: no threats are detected in the Region's API calls, network traffic and DNS queries, and the detector's findings are deleted with it"),
            At(3, "StopConfigurationRecorderRequest stops the AWS Config recorder: no record of resource configuration changes is kept while it is stopped"),
            At(4, "DeleteConfigurationRecorderRequest deletes the AWS Config recorder: no record of resource configuration changes is kept until a new recorder is created"));

        [Fact]
        public Task Deleting_flow_logs_is_reported_at_the_request() => VerifyCS.AnalyzerAsync(@"
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

class Network
{
    Task Clean(IAmazonEC2 ec2, string flowLogId) =>
        ec2.DeleteFlowLogsAsync({|#0:new DeleteFlowLogsRequest|} { FlowLogIds = new List<string> { flowLogId } });

    Task Describe(IAmazonEC2 ec2) => ec2.DescribeFlowLogsAsync(new DescribeFlowLogsRequest());
}", Sdk.V4, At(0, "DeleteFlowLogsRequest deletes VPC flow logs: no record of the network traffic they captured (who connected to what) is kept from then on"));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Explicit_false_is_reported_at_the_value(Sdk sdk) => Analyze(@"
class Trails
{
    const bool Validate = false;

    async Task Configure(IAmazonCloudTrail cloudTrail, IAmazonGuardDuty guardDuty, bool quiet)
    {
        await cloudTrail.CreateTrailAsync(new CreateTrailRequest { Name = ""org-trail"", S3BucketName = ""acme-trail"", IsMultiRegionTrail = true, EnableLogFileValidation = {|#0:false|} });
        var update = new UpdateTrailRequest { Name = ""org-trail"", EnableLogFileValidation = true };
        update.EnableLogFileValidation = {|#1:Validate|};
        await cloudTrail.UpdateTrailAsync(update);
        await cloudTrail.UpdateTrailAsync(new UpdateTrailRequest { Name = ""org-trail"", EnableLogFileValidation = {|#2:quiet ? false : true|} });
        await guardDuty.UpdateDetectorAsync(new UpdateDetectorRequest { DetectorId = ""d1"", Enable = {|#3:false|}, FindingPublishingFrequency = FindingPublishingFrequency.SIX_HOURS });
        var enable = false;
        await guardDuty.UpdateDetectorAsync(new UpdateDetectorRequest { DetectorId = ""d1"", Enable = {|#4:enable|} });
    }
}", sdk,
            At(0, "CreateTrailRequest turns " + Validation),
            At(1, "UpdateTrailRequest turns " + Validation),
            At(2, "UpdateTrailRequest may turn " + Validation),
            At(3, "UpdateDetectorRequest suspends " + Suspension),
            At(4, "UpdateDetectorRequest suspends " + Suspension));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Turning_on_unset_unknown_and_creating_are_not_reported(Sdk sdk) => Analyze(@"
class Trails
{
    static bool FromEnvironment() => System.Environment.GetEnvironmentVariable(""VALIDATE"") == ""yes"";

    async Task Configure(IAmazonCloudTrail cloudTrail, IAmazonGuardDuty guardDuty, IAmazonConfigService config, bool enabled)
    {
        await cloudTrail.StartLoggingAsync(new StartLoggingRequest { Name = ""org-trail"" });
        await cloudTrail.CreateTrailAsync(new CreateTrailRequest { Name = ""org-trail"", S3BucketName = ""acme-trail"", EnableLogFileValidation = true });
        await cloudTrail.CreateTrailAsync(new CreateTrailRequest { Name = ""unset"", S3BucketName = ""acme-trail"" });
        await cloudTrail.UpdateTrailAsync(new UpdateTrailRequest { Name = ""org-trail"", KmsKeyId = ""alias/trail"" });
        await cloudTrail.UpdateTrailAsync(new UpdateTrailRequest { Name = ""org-trail"", EnableLogFileValidation = FromEnvironment() });
        await cloudTrail.UpdateTrailAsync(new UpdateTrailRequest { Name = ""org-trail"", EnableLogFileValidation = enabled });
        await guardDuty.CreateDetectorAsync(new CreateDetectorRequest { Enable = true, FindingPublishingFrequency = FindingPublishingFrequency.FIFTEEN_MINUTES });
        await guardDuty.UpdateDetectorAsync(new UpdateDetectorRequest { DetectorId = ""d1"", Enable = true });
        await guardDuty.UpdateDetectorAsync(new UpdateDetectorRequest { DetectorId = ""d1"", FindingPublishingFrequency = FindingPublishingFrequency.ONE_HOUR });
        await guardDuty.UpdateDetectorAsync(new UpdateDetectorRequest { DetectorId = ""d1"", Enable = enabled });
        await config.StartConfigurationRecorderAsync(new StartConfigurationRecorderRequest { ConfigurationRecorderName = ""default"" });
    }
}", sdk);

        [Fact]
        public Task Look_alike_types_of_other_libraries_are_not_sinks() => VerifyCS.AnalyzerAsync(@"
namespace Acme.Audit.Model
{
    public class StopLoggingRequest { public string Name { get; set; } }
    public class DeleteTrailRequest { public string Name { get; set; } }
    public class UpdateTrailRequest { public bool EnableLogFileValidation { get; set; } }
    public class UpdateDetectorRequest { public bool Enable { get; set; } }
    public class DeleteFlowLogsRequest { }
}

class Logging
{
    object[] Build() => new object[]
    {
        new Acme.Audit.Model.StopLoggingRequest { Name = ""app"" },
        new Acme.Audit.Model.DeleteTrailRequest { Name = ""app"" },
        new Acme.Audit.Model.UpdateTrailRequest { EnableLogFileValidation = false },
        new Acme.Audit.Model.UpdateDetectorRequest { Enable = false },
        new Acme.Audit.Model.DeleteFlowLogsRequest(),
    };
}", Sdk.V4, options: null, stubs: Stubs);

        [Fact]
        public Task A_wrapper_called_with_false_is_reported_at_the_argument() => Analyze(@"
class Trails
{
    Task SetValidation(IAmazonCloudTrail cloudTrail, string name, bool validate) =>
        cloudTrail.UpdateTrailAsync(new UpdateTrailRequest { Name = name, EnableLogFileValidation = validate });

    Task Quiet(IAmazonCloudTrail cloudTrail) => SetValidation(cloudTrail, ""org-trail"", {|#0:false|});
    Task Strict(IAmazonCloudTrail cloudTrail) => SetValidation(cloudTrail, ""org-trail"", true);
}", Sdk.V4, VerifyCS.Diagnostic("SRM502").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage(
            "UpdateTrailRequest turns " + Validation + " (passed here as parameter 'validate' of Trails.SetValidation)" + Duty));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public async Task Requests_sent_only_to_a_mock_are_not_reported_and_to_a_real_client_are(Sdk sdk)
        {
            var sources = new[]
            {
                Usings + @"
using Moq;
using NSubstitute;

public class TrailCleanupTests
{
    private readonly IAmazonCloudTrail _cloudTrail = Substitute.For<IAmazonCloudTrail>();

    public async Task Mocked()
    {
        await _cloudTrail.StopLoggingAsync(new StopLoggingRequest { Name = ""mocked"" });
        await new Mock<IAmazonGuardDuty>().Object.DeleteDetectorAsync(new DeleteDetectorRequest { DetectorId = ""mocked"" });
        await _cloudTrail.UpdateTrailAsync(new UpdateTrailRequest { Name = ""mocked"", EnableLogFileValidation = false });
    }

    public Task Real() => new AmazonCloudTrailClient().StopLoggingAsync(new StopLoggingRequest { Name = ""real"" });
}",
            }.Concat(Stubs.Select(stub => Infrastructure.Stubs.Get(stub).Source)).ToArray();
            var compilation = AnalyzerRunner.Compile(sources, sdk).AddReferences(AwsReferences.MockingLibraries);
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            var result = await AnalyzerRunner.RunAsync(compilation);
            Assert.Empty(result.Exceptions);
            var findings = result.Srm.Where(d => d.Id == "SRM502").ToList();
            var finding = Assert.Single(findings);
            Assert.Contains("Name = \"real\"", finding.Location.SourceTree!.GetText().Lines[finding.Location.GetLineSpan().StartLinePosition.Line].ToString(), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_turns_log_file_validation_on(Sdk sdk) => VerifyFix.CodeFixAsync(Usings + @"
class Trails
{
    async Task Configure(IAmazonCloudTrail cloudTrail, bool quiet)
    {
        await cloudTrail.CreateTrailAsync(new CreateTrailRequest { Name = ""org-trail"", S3BucketName = ""acme-trail"", EnableLogFileValidation = {|SRM502:false|} });
        var update = new UpdateTrailRequest { Name = ""org-trail"" };
        update.EnableLogFileValidation = {|SRM502:quiet ? false : true|};
        await cloudTrail.UpdateTrailAsync(update);
    }
}", Usings + @"
class Trails
{
    async Task Configure(IAmazonCloudTrail cloudTrail, bool quiet)
    {
        await cloudTrail.CreateTrailAsync(new CreateTrailRequest { Name = ""org-trail"", S3BucketName = ""acme-trail"", EnableLogFileValidation = true });
        var update = new UpdateTrailRequest { Name = ""org-trail"" };
        update.EnableLogFileValidation = quiet ? true : true;
        await cloudTrail.UpdateTrailAsync(update);
    }
}", sdk, AuditLoggingDisabledCodeFixProvider.EquivalenceKey, stubs: Stubs);

        [Fact]
        public Task Fix_turns_validation_on_at_a_wrapper_argument() => VerifyFix.CodeFixAsync(Usings + @"
class Trails
{
    Task SetValidation(IAmazonCloudTrail cloudTrail, string name, bool validate) =>
        cloudTrail.UpdateTrailAsync(new UpdateTrailRequest { Name = name, EnableLogFileValidation = validate });

    Task Quiet(IAmazonCloudTrail cloudTrail) => SetValidation(cloudTrail, ""org-trail"", {|#0:false|});
}", Usings + @"
class Trails
{
    Task SetValidation(IAmazonCloudTrail cloudTrail, string name, bool validate) =>
        cloudTrail.UpdateTrailAsync(new UpdateTrailRequest { Name = name, EnableLogFileValidation = validate });

    Task Quiet(IAmazonCloudTrail cloudTrail) => SetValidation(cloudTrail, ""org-trail"", true);
}", Sdk.V4, AuditLoggingDisabledCodeFixProvider.EquivalenceKey, stubs: Stubs,
            expected: new[] { VerifyCS.Diagnostic("SRM502").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations | DiagnosticOptions.IgnoreSeverity) });

        [Fact]
        public Task Fix_turns_validation_on_at_a_helper_return() => VerifyFix.CodeFixAsync(Usings + @"
static class TrailSettings
{
    public static bool Validation(bool costSaving) => costSaving ? {|#0:false|} : true;
}

class Trails
{
    Task Configure(IAmazonCloudTrail cloudTrail, bool costSaving) =>
        cloudTrail.CreateTrailAsync(new CreateTrailRequest { Name = ""org-trail"", S3BucketName = ""acme-trail"", EnableLogFileValidation = TrailSettings.Validation(costSaving) });
}", Usings + @"
static class TrailSettings
{
    public static bool Validation(bool costSaving) => costSaving ? true : true;
}

class Trails
{
    Task Configure(IAmazonCloudTrail cloudTrail, bool costSaving) =>
        cloudTrail.CreateTrailAsync(new CreateTrailRequest { Name = ""org-trail"", S3BucketName = ""acme-trail"", EnableLogFileValidation = TrailSettings.Validation(costSaving) });
}", Sdk.V4, AuditLoggingDisabledCodeFixProvider.EquivalenceKey, stubs: Stubs,
            expected: new[] { VerifyCS.Diagnostic("SRM502").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations | DiagnosticOptions.IgnoreSeverity) });

        private const string Shutdown = Usings + @"
class Shutdown
{
    async Task Run(IAmazonCloudTrail cloudTrail, IAmazonGuardDuty guardDuty, IAmazonConfigService config)
    {
        await cloudTrail.StopLoggingAsync({|SRM502:new StopLoggingRequest|} { Name = ""org-trail"" });
        await cloudTrail.DeleteTrailAsync({|SRM502:new DeleteTrailRequest|} { Name = ""org-trail"" });
        await config.DeleteConfigurationRecorderAsync({|SRM502:new DeleteConfigurationRecorderRequest|} { ConfigurationRecorderName = ""default"" });
        await guardDuty.UpdateDetectorAsync(new UpdateDetectorRequest { DetectorId = ""d1"", Enable = {|SRM502:false|} });
    }
}";

        [Fact]
        public Task Stopping_deleting_and_suspending_get_no_fix() =>
            VerifyFix.CodeFixAsync(Shutdown, Shutdown, Sdk.V4, AuditLoggingDisabledCodeFixProvider.EquivalenceKey, stubs: Stubs);
    }
}
