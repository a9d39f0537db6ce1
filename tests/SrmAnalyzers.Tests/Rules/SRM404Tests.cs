using System.Threading.Tasks;
using SrmAnalyzers.CodeFixes.Rules;
using SrmAnalyzers.Tests.Infrastructure;
using VerifyCS = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.InstanceMetadataV1Analyzer>;
using VerifyFix = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.InstanceMetadataV1Analyzer, SrmAnalyzers.CodeFixes.Rules.InstanceMetadataV1CodeFixProvider>;

namespace SrmAnalyzers.Tests.Rules
{
    /// <summary>
    /// SRM404 on AWSSDK.EC2 4.x (the only EC2 major on the package mirror). v3 has the same type and
    /// property names, and the rule matches them by metadata name.
    /// </summary>
    public class SRM404Tests
    {
        private const string Usings = @"
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;
";

        [Fact]
        public Task Launches_that_allow_imdsv1_are_reported() => VerifyCS.AnalyzerAsync(Usings + @"
class Launcher
{
    async Task Launch(IAmazonEC2 ec2, bool legacy)
    {
        await ec2.RunInstancesAsync({|SRM404:new RunInstancesRequest|} { ImageId = ""ami-1"", MinCount = 1, MaxCount = 1 });
        await ec2.RunInstancesAsync({|SRM404:new RunInstancesRequest(""ami-1"", 1, 1)|});
        await ec2.RunInstancesAsync({|SRM404:new RunInstancesRequest|}
        {
            ImageId = ""ami-1"",
            MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Optional },
        });
        await ec2.RunInstancesAsync({|SRM404:new RunInstancesRequest|}
        {
            ImageId = ""ami-1"",
            MetadataOptions = new InstanceMetadataOptionsRequest { HttpPutResponseHopLimit = 2 },
        });
        await ec2.RunInstancesAsync({|SRM404:new RunInstancesRequest|}
        {
            ImageId = ""ami-1"",
            MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = ""optional"" },
        });
        await ec2.RunInstancesAsync({|SRM404:new RunInstancesRequest|}
        {
            ImageId = ""ami-1"",
            MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = legacy ? HttpTokensState.Optional : HttpTokensState.Required },
        });
        await ec2.RunInstancesAsync({|SRM404:new RunInstancesRequest|}
        {
            ImageId = ""ami-1"",
            MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = null, HttpEndpoint = InstanceMetadataEndpointState.Enabled },
        });
        await ec2.ModifyInstanceMetadataOptionsAsync({|SRM404:new ModifyInstanceMetadataOptionsRequest|} { InstanceId = ""i-1"", HttpTokens = HttpTokensState.Optional });
    }
}", Sdk.V4);

        [Fact]
        public Task Messages_say_what_allows_imdsv1() => VerifyCS.AnalyzerAsync(Usings + @"
class Launcher
{
    async Task Launch(IAmazonEC2 ec2, bool legacy)
    {
        await ec2.RunInstancesAsync({|#0:new RunInstancesRequest|} { ImageId = ""ami-1"" });
        await ec2.RunInstancesAsync({|#1:new RunInstancesRequest|} { ImageId = ""ami-1"", MetadataOptions = {|#2:new InstanceMetadataOptionsRequest|} { HttpPutResponseHopLimit = 2 } });
        await ec2.RunInstancesAsync({|#3:new RunInstancesRequest|} { ImageId = ""ami-1"", MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = {|#4:HttpTokensState.Optional|} } });
        await ec2.RunInstancesAsync({|#5:new RunInstancesRequest|} { ImageId = ""ami-1"", MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = {|#6:legacy ? HttpTokensState.Optional : HttpTokensState.Required|} } });
        await ec2.ModifyInstanceMetadataOptionsAsync({|#7:new ModifyInstanceMetadataOptionsRequest|} { InstanceId = ""i-1"", HttpTokens = {|#8:""optional""|} });
    }
}",
            Sdk.V4,
            VerifyCS.Diagnostic("SRM404").WithLocation(0).WithArguments("RunInstancesRequest sets no MetadataOptions: HttpTokens defaults to optional, so IMDSv1 stays available unless the AMI or the account default requires IMDSv2"),
            VerifyCS.Diagnostic("SRM404").WithLocation(1).WithLocation(2).WithArguments("RunInstancesRequest.MetadataOptions does not set HttpTokens: it defaults to optional, so IMDSv1 stays available unless the AMI or the account default requires IMDSv2"),
            VerifyCS.Diagnostic("SRM404").WithLocation(3).WithLocation(4).WithArguments("RunInstancesRequest.MetadataOptions.HttpTokens is optional: IMDSv1 stays available; require IMDSv2 session tokens"),
            VerifyCS.Diagnostic("SRM404").WithLocation(5).WithLocation(6).WithArguments("RunInstancesRequest.MetadataOptions.HttpTokens may be optional: on that path IMDSv1 stays available; require IMDSv2 session tokens"),
            VerifyCS.Diagnostic("SRM404").WithLocation(7).WithLocation(8).WithArguments("ModifyInstanceMetadataOptionsRequest.HttpTokens is optional: IMDSv1 stays available; require IMDSv2 session tokens"));

        [Fact]
        public Task Required_tokens_disabled_endpoints_and_unknown_values_are_not_reported() => VerifyCS.AnalyzerAsync(Usings + @"
class Launcher
{
    async Task Launch(IAmazonEC2 ec2, HttpTokensState tokens, InstanceMetadataEndpointState endpoint, InstanceMetadataOptionsRequest options)
    {
        await ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = ""ami-1"", MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Required } });
        await ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = ""ami-1"", MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = ""required"", HttpEndpoint = InstanceMetadataEndpointState.Enabled } });
        await ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = ""ami-1"", MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = tokens } });
        await ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = ""ami-1"", MetadataOptions = options });

        // The metadata service is off: no IMDSv1 to reach.
        await ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = ""ami-1"", MetadataOptions = new InstanceMetadataOptionsRequest { HttpEndpoint = InstanceMetadataEndpointState.Disabled } });
        await ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = ""ami-1"", MetadataOptions = new InstanceMetadataOptionsRequest { HttpEndpoint = ""disabled"", HttpTokens = HttpTokensState.Optional } });
        await ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = ""ami-1"", MetadataOptions = new InstanceMetadataOptionsRequest { HttpEndpoint = endpoint } });
        await ec2.ModifyInstanceMetadataOptionsAsync(new ModifyInstanceMetadataOptionsRequest { InstanceId = ""i-1"", HttpEndpoint = InstanceMetadataEndpointState.Disabled, HttpTokens = HttpTokensState.Optional });

        // Modify leaves an unset setting unchanged.
        await ec2.ModifyInstanceMetadataOptionsAsync(new ModifyInstanceMetadataOptionsRequest { InstanceId = ""i-1"", HttpPutResponseHopLimit = 2 });
        await ec2.ModifyInstanceMetadataOptionsAsync(new ModifyInstanceMetadataOptionsRequest { InstanceId = ""i-1"", HttpTokens = HttpTokensState.Required });

        // Settings left out come from the launch template.
        await ec2.RunInstancesAsync(new RunInstancesRequest { LaunchTemplate = new LaunchTemplateSpecification { LaunchTemplateName = ""workers"" }, MinCount = 1, MaxCount = 1 });
    }
}", Sdk.V4);

        [Fact]
        public Task Requests_completed_out_of_sight_are_not_reported() => VerifyCS.AnalyzerAsync(Usings + @"
class Launcher
{
    async Task Helper(IAmazonEC2 ec2)
    {
        var request = new RunInstancesRequest { ImageId = ""ami-1"" };
        Harden(request);
        await ec2.RunInstancesAsync(request);

        var options = new InstanceMetadataOptionsRequest { HttpPutResponseHopLimit = 2 };
        Harden(options);
        await ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = ""ami-1"", MetadataOptions = options });
    }

    async Task Lambda(IAmazonEC2 ec2)
    {
        var requests = new System.Collections.Generic.List<RunInstancesRequest> { new RunInstancesRequest { ImageId = ""ami-1"" } };
        requests.ForEach(r => r.MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Required });
        foreach (var r in requests)
        {
            await ec2.RunInstancesAsync(r);
        }
    }

    static void Harden(RunInstancesRequest request) { }
    static void Harden(InstanceMetadataOptionsRequest options) { }
}", Sdk.V4);

        [Fact]
        public Task Values_are_followed_through_constants_locals_and_later_assignments() => VerifyCS.AnalyzerAsync(Usings + @"
class Launcher
{
    private const string Tokens = ""optional"";
    private static readonly HttpTokensState Legacy = HttpTokensState.Optional;

    async Task Launch(IAmazonEC2 ec2)
    {
        await ec2.RunInstancesAsync({|SRM404:new RunInstancesRequest|} { ImageId = ""ami-1"", MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = Tokens } });
        await ec2.RunInstancesAsync({|SRM404:new RunInstancesRequest|} { ImageId = ""ami-1"", MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = Legacy } });

        var tokens = HttpTokensState.Optional;
        // Options built in their own statement: reported where the optional value is written.
        var options = new InstanceMetadataOptionsRequest { HttpTokens = {|SRM404:tokens|} };
        await ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = ""ami-1"", MetadataOptions = options });

        var hardenedLater = new RunInstancesRequest { ImageId = ""ami-1"" };
        hardenedLater.MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Required };
        await ec2.RunInstancesAsync(hardenedLater);

        var relaxedLater = new RunInstancesRequest { ImageId = ""ami-1"", MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Required } };
        relaxedLater.MetadataOptions.HttpTokens = {|SRM404:HttpTokensState.Optional|};
        await ec2.RunInstancesAsync(relaxedLater);

        var replacedLater = {|SRM404:new RunInstancesRequest|} { ImageId = ""ami-1"", MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Required } };
        replacedLater.MetadataOptions = new InstanceMetadataOptionsRequest { HttpPutResponseHopLimit = 1 };
        await ec2.RunInstancesAsync(replacedLater);
    }
}", Sdk.V4);

        [Fact]
        public Task Optional_written_after_the_creation_is_reported_where_it_is_written() => VerifyCS.AnalyzerAsync(Usings + @"
class Fleet
{
    async Task Launch(IAmazonEC2 ec2, bool legacyAgent)
    {
        var request = new RunInstancesRequest
        {
            ImageId = ""ami-1"",
            MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Required, HttpPutResponseHopLimit = 1 },
        };
        if (legacyAgent)
        {
            request.MetadataOptions.HttpTokens = {|#0:HttpTokensState.Optional|};
        }

        await ec2.RunInstancesAsync(request);

        var version = new CreateLaunchTemplateVersionRequest
        {
            LaunchTemplateName = ""nodes"",
            LaunchTemplateData = new RequestLaunchTemplateData
            {
                ImageId = ""ami-2"",
                MetadataOptions = new LaunchTemplateInstanceMetadataOptionsRequest { HttpTokens = LaunchTemplateHttpTokensState.Required },
            },
        };
        if (legacyAgent)
        {
            version.LaunchTemplateData.MetadataOptions.HttpTokens = {|#1:LaunchTemplateHttpTokensState.Optional|};
        }

        await ec2.CreateLaunchTemplateVersionAsync(version);
    }
}", Sdk.V4,
            VerifyCS.Diagnostic("SRM404").WithLocation(0).WithLocation(0).WithArguments("RunInstancesRequest.MetadataOptions.HttpTokens may be optional: on that path IMDSv1 stays available; require IMDSv2 session tokens"),
            VerifyCS.Diagnostic("SRM404").WithLocation(1).WithLocation(1).WithArguments("RequestLaunchTemplateData.MetadataOptions.HttpTokens may be optional: on that path IMDSv1 stays available; require IMDSv2 session tokens"));

        [Fact]
        public Task Fix_replaces_optional_written_after_the_creation() => VerifyFix.CodeFixAsync(Usings + @"
class Fleet
{
    async Task Launch(IAmazonEC2 ec2, bool legacyAgent)
    {
        var request = new RunInstancesRequest { ImageId = ""ami-1"", MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Required } };
        if (legacyAgent)
        {
            request.MetadataOptions.HttpTokens = {|SRM404:HttpTokensState.Optional|};
        }

        await ec2.RunInstancesAsync(request);
        var other = new RunInstancesRequest { ImageId = ""ami-2"", MetadataOptions = new InstanceMetadataOptionsRequest() };
        if (legacyAgent) other.MetadataOptions.HttpTokens = {|SRM404:""optional""|};
        await ec2.RunInstancesAsync(other);
    }
}", Usings + @"
class Fleet
{
    async Task Launch(IAmazonEC2 ec2, bool legacyAgent)
    {
        var request = new RunInstancesRequest { ImageId = ""ami-1"", MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Required } };
        if (legacyAgent)
        {
            request.MetadataOptions.HttpTokens = HttpTokensState.Required;
        }

        await ec2.RunInstancesAsync(request);
        var other = new RunInstancesRequest { ImageId = ""ami-2"", MetadataOptions = new InstanceMetadataOptionsRequest() };
        if (legacyAgent) other.MetadataOptions.HttpTokens = HttpTokensState.Required;
        await ec2.RunInstancesAsync(other);
    }
}", Sdk.V4, InstanceMetadataV1CodeFixProvider.EquivalenceKey);

        [Fact]
        public Task Launch_template_data_is_judged_like_a_launch() => VerifyCS.AnalyzerAsync(Usings + @"
class Templates
{
    async Task Create(IAmazonEC2 ec2)
    {
        await ec2.CreateLaunchTemplateAsync(new CreateLaunchTemplateRequest
        {
            LaunchTemplateName = ""workers"",
            LaunchTemplateData = {|#0:new RequestLaunchTemplateData|} { ImageId = ""ami-1"", InstanceType = InstanceType.T3Micro },
        });

        var data = new RequestLaunchTemplateData { ImageId = ""ami-1"" };
        data.MetadataOptions = new LaunchTemplateInstanceMetadataOptionsRequest { HttpTokens = {|#1:LaunchTemplateHttpTokensState.Optional|} };
        await ec2.CreateLaunchTemplateVersionAsync(new CreateLaunchTemplateVersionRequest { LaunchTemplateName = ""workers"", LaunchTemplateData = data });

        await ec2.CreateLaunchTemplateAsync(new CreateLaunchTemplateRequest
        {
            LaunchTemplateName = ""hardened"",
            LaunchTemplateData = new RequestLaunchTemplateData
            {
                ImageId = ""ami-1"",
                MetadataOptions = new LaunchTemplateInstanceMetadataOptionsRequest { HttpTokens = LaunchTemplateHttpTokensState.Required },
            },
        });

        // A version based on another inherits the settings its data leaves out.
        await ec2.CreateLaunchTemplateVersionAsync(new CreateLaunchTemplateVersionRequest
        {
            LaunchTemplateName = ""hardened"",
            SourceVersion = ""1"",
            LaunchTemplateData = new RequestLaunchTemplateData { ImageId = ""ami-2"" },
        });
    }
}",
            Sdk.V4,
            VerifyCS.Diagnostic("SRM404").WithLocation(0).WithArguments("RequestLaunchTemplateData sets no MetadataOptions: HttpTokens defaults to optional, so IMDSv1 stays available unless the AMI or the account default requires IMDSv2"),
            VerifyCS.Diagnostic("SRM404").WithLocation(1).WithLocation(1).WithArguments("RequestLaunchTemplateData.MetadataOptions.HttpTokens is optional: IMDSv1 stays available; require IMDSv2 session tokens"));

        [Fact]
        public Task Look_alike_types_and_test_double_expressions_are_not_reported() => VerifyCS.AnalyzerAsync(Usings + @"
namespace Moq
{
    public static class It { public static T Is<T>(System.Func<T, bool> match) => default!; }
}

namespace MyCompany
{
    public class RunInstancesRequest { public string ImageId { get; set; } = """"; }
    public class ModifyInstanceMetadataOptionsRequest { public string HttpTokens { get; set; } = """"; }

    class Infrastructure
    {
        void Plan()
        {
            var launch = new RunInstancesRequest { ImageId = ""ami-1"" };
            var modify = new ModifyInstanceMetadataOptionsRequest { HttpTokens = ""optional"" };
            var expectation = Moq.It.Is<Amazon.EC2.Model.RunInstancesRequest>(r => r.ImageId == new Amazon.EC2.Model.RunInstancesRequest().ImageId);
        }
    }
}", Sdk.V4);

        [Fact]
        public Task Fix_adds_metadata_options_or_http_tokens() => VerifyFix.CodeFixAsync(Usings + @"
class Launcher
{
    async Task Launch(IAmazonEC2 ec2)
    {
        await ec2.RunInstancesAsync({|SRM404:new RunInstancesRequest|} { ImageId = ""ami-1"", MinCount = 1, MaxCount = 1 });
        await ec2.RunInstancesAsync({|SRM404:new RunInstancesRequest|}
        {
            ImageId = ""ami-1"",
            MetadataOptions = new InstanceMetadataOptionsRequest
            {
                HttpPutResponseHopLimit = 2,
            },
        });
        await ec2.CreateLaunchTemplateAsync(new CreateLaunchTemplateRequest
        {
            LaunchTemplateName = ""workers"",
            LaunchTemplateData = {|SRM404:new RequestLaunchTemplateData|} { ImageId = ""ami-1"" },
        });
    }
}", Usings + @"
class Launcher
{
    async Task Launch(IAmazonEC2 ec2)
    {
        await ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = ""ami-1"", MinCount = 1, MaxCount = 1, MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Required } });
        await ec2.RunInstancesAsync(new RunInstancesRequest
        {
            ImageId = ""ami-1"",
            MetadataOptions = new InstanceMetadataOptionsRequest
            {
                HttpPutResponseHopLimit = 2,
                HttpTokens = HttpTokensState.Required,
            },
        });
        await ec2.CreateLaunchTemplateAsync(new CreateLaunchTemplateRequest
        {
            LaunchTemplateName = ""workers"",
            LaunchTemplateData = new RequestLaunchTemplateData { ImageId = ""ami-1"", MetadataOptions = new LaunchTemplateInstanceMetadataOptionsRequest { HttpTokens = LaunchTemplateHttpTokensState.Required } },
        });
    }
}", Sdk.V4, InstanceMetadataV1CodeFixProvider.EquivalenceKey);

        [Fact]
        public Task Fix_replaces_optional_values_and_adds_the_using() => VerifyFix.CodeFixAsync(@"
using System.Threading.Tasks;
using Amazon.EC2.Model;

class Launcher
{
    async Task Launch(Amazon.EC2.IAmazonEC2 ec2, bool legacy)
    {
        var request = {|SRM404:new RunInstancesRequest|} { ImageId = ""ami-1"", MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = ""optional"" } };
        await ec2.RunInstancesAsync(request);

        var modify = new ModifyInstanceMetadataOptionsRequest { InstanceId = ""i-1"" };
        modify.HttpTokens = {|SRM404:legacy ? ""optional"" : ""required""|}; // during the migration
        await ec2.ModifyInstanceMetadataOptionsAsync(modify);
    }
}", @"
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

class Launcher
{
    async Task Launch(Amazon.EC2.IAmazonEC2 ec2, bool legacy)
    {
        var request = new RunInstancesRequest { ImageId = ""ami-1"", MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Required } };
        await ec2.RunInstancesAsync(request);

        var modify = new ModifyInstanceMetadataOptionsRequest { InstanceId = ""i-1"" };
        modify.HttpTokens = HttpTokensState.Required; // during the migration
        await ec2.ModifyInstanceMetadataOptionsAsync(modify);
    }
}", Sdk.V4, InstanceMetadataV1CodeFixProvider.EquivalenceKey);
    }
}
