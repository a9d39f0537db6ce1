using System.Threading.Tasks;
using SrmAnalyzers.CodeFixes.Rules;
using SrmAnalyzers.Tests.Infrastructure;
using VerifyCS = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.UnencryptedEbsVolumeAnalyzer>;
using VerifyFix = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.UnencryptedEbsVolumeAnalyzer, SrmAnalyzers.CodeFixes.Rules.UnencryptedEbsVolumeCodeFixProvider>;

namespace SrmAnalyzers.Tests.Rules
{
    /// <summary>
    /// SRM103 on AWSSDK.EC2 4.x (the only EC2 major on the package mirror). v3 has the same type and
    /// property names, and the rule matches them by metadata name.
    /// </summary>
    public class SRM103Tests
    {
        private const string Usings = @"
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;
";

        [Fact]
        public Task Volumes_without_encryption_are_reported() => VerifyCS.AnalyzerAsync(Usings + @"
class Volumes
{
    async Task Create(IAmazonEC2 ec2, bool legacy)
    {
        await ec2.CreateVolumeAsync({|SRM103:new CreateVolumeRequest|} { AvailabilityZone = ""eu-west-1a"", Size = 100 });
        await ec2.CreateVolumeAsync({|SRM103:new CreateVolumeRequest|} { AvailabilityZone = ""eu-west-1a"", Size = 100, Encrypted = false });
        await ec2.CreateVolumeAsync({|SRM103:new CreateVolumeRequest|} { AvailabilityZone = ""eu-west-1a"", Size = 100, Encrypted = legacy ? false : true });
        await ec2.CreateVolumeAsync({|SRM103:new CreateVolumeRequest|} { AvailabilityZone = ""eu-west-1a"", Size = 100, Encrypted = null });
        await ec2.CreateVolumeAsync({|SRM103:new CreateVolumeRequest(""eu-west-1a"", 100)|});
        var bare = {|SRM103:new CreateVolumeRequest()|};
        bare.AvailabilityZone = ""eu-west-1b"";
        await ec2.CreateVolumeAsync(bare);
    }
}", Sdk.V4);

        [Fact]
        public Task Messages_say_what_is_wrong_and_what_may_still_encrypt_the_volume() => VerifyCS.AnalyzerAsync(Usings + @"
class Volumes
{
    async Task Create(IAmazonEC2 ec2, string snapshotId, bool legacy)
    {
        await ec2.CreateVolumeAsync({|#0:new CreateVolumeRequest|} { AvailabilityZone = ""eu-west-1a"", Size = 100 });
        await ec2.CreateVolumeAsync({|#1:new CreateVolumeRequest|} { AvailabilityZone = ""eu-west-1a"", SnapshotId = snapshotId });
        await ec2.CreateVolumeAsync({|#2:new CreateVolumeRequest(""eu-west-1a"", ""snap-0123456789abcdef0"")|});
        await ec2.CreateVolumeAsync({|#3:new CreateVolumeRequest|} { AvailabilityZone = ""eu-west-1a"", Encrypted = {|#4:false|} });
        await ec2.CreateVolumeAsync({|#5:new CreateVolumeRequest|} { AvailabilityZone = ""eu-west-1a"", Encrypted = {|#6:legacy ? false : true|} });
    }
}",
            Sdk.V4,
            VerifyCS.Diagnostic("SRM103").WithLocation(0).WithArguments("CreateVolumeRequest does not set Encrypted = true: the volume is unencrypted unless EBS encryption by default is on"),
            VerifyCS.Diagnostic("SRM103").WithLocation(1).WithArguments("CreateVolumeRequest restores a snapshot without Encrypted = true: the volume is encrypted only if the snapshot is, or if EBS encryption by default is on"),
            VerifyCS.Diagnostic("SRM103").WithLocation(2).WithArguments("CreateVolumeRequest restores a snapshot without Encrypted = true: the volume is encrypted only if the snapshot is, or if EBS encryption by default is on"),
            VerifyCS.Diagnostic("SRM103").WithLocation(3).WithLocation(4).WithArguments("CreateVolumeRequest sets Encrypted to false: the volume is not encrypted"),
            VerifyCS.Diagnostic("SRM103").WithLocation(5).WithLocation(6).WithArguments("CreateVolumeRequest may set Encrypted to false: on that path the volume is not encrypted"));

        [Fact]
        public Task Encrypted_volumes_and_unknown_values_are_not_reported() => VerifyCS.AnalyzerAsync(Usings + @"
class Volumes
{
    async Task Create(IAmazonEC2 ec2, bool encrypt, VolumeSettings settings)
    {
        await ec2.CreateVolumeAsync(new CreateVolumeRequest { AvailabilityZone = ""eu-west-1a"", Size = 100, Encrypted = true, KmsKeyId = ""alias/ebs"" });
        await ec2.CreateVolumeAsync(new CreateVolumeRequest { AvailabilityZone = ""eu-west-1a"", Size = 100, Encrypted = encrypt });
        await ec2.CreateVolumeAsync(new CreateVolumeRequest { AvailabilityZone = ""eu-west-1a"", Size = 100, Encrypted = settings.Encrypt });

        var later = new CreateVolumeRequest { AvailabilityZone = ""eu-west-1a"", Size = 100 };
        later.Encrypted = true;
        await ec2.CreateVolumeAsync(later);

        var completedByHelper = new CreateVolumeRequest { AvailabilityZone = ""eu-west-1a"", Size = 100 };
        Harden(completedByHelper);
        await ec2.CreateVolumeAsync(completedByHelper);

        var encryptedOnSomePath = new CreateVolumeRequest { AvailabilityZone = ""eu-west-1a"", Size = 100 };
        if (encrypt)
        {
            encryptedOnSomePath.Encrypted = true;
        }

        await ec2.CreateVolumeAsync(encryptedOnSomePath);
    }

    static void Harden(CreateVolumeRequest request) => request.Encrypted = true;
}

class VolumeSettings { public bool Encrypt { get; set; } }", Sdk.V4);

        [Fact]
        public Task Values_are_followed_through_constants_locals_and_later_assignments() => VerifyCS.AnalyzerAsync(Usings + @"
class Volumes
{
    private const bool EncryptScratch = false;
    private static readonly bool EncryptLogs = false;
    private static readonly bool EncryptData = true;

    async Task Create(IAmazonEC2 ec2, int size)
    {
        await ec2.CreateVolumeAsync({|SRM103:new CreateVolumeRequest|} { AvailabilityZone = ""eu-west-1a"", Size = size, Encrypted = EncryptScratch });
        await ec2.CreateVolumeAsync({|SRM103:new CreateVolumeRequest|} { AvailabilityZone = ""eu-west-1a"", Size = size, Encrypted = EncryptLogs });
        await ec2.CreateVolumeAsync(new CreateVolumeRequest { AvailabilityZone = ""eu-west-1a"", Size = size, Encrypted = EncryptData });

        var encrypt = false;
        await ec2.CreateVolumeAsync({|SRM103:new CreateVolumeRequest|} { AvailabilityZone = ""eu-west-1a"", Size = size, Encrypted = encrypt });

        var turnedOff = new CreateVolumeRequest { AvailabilityZone = ""eu-west-1a"", Size = size, Encrypted = true };
        turnedOff.Encrypted = {|SRM103:false|};
        await ec2.CreateVolumeAsync(turnedOff);

        var turnedOn = new CreateVolumeRequest { AvailabilityZone = ""eu-west-1a"", Size = size, Encrypted = false };
        turnedOn.Encrypted = true;
        await ec2.CreateVolumeAsync(turnedOn);
    }
}", Sdk.V4);

        [Fact]
        public Task Launch_block_devices_without_encryption_are_reported_one_per_device() => VerifyCS.AnalyzerAsync(Usings + @"
class Launcher
{
    async Task Launch(IAmazonEC2 ec2)
    {
        await ec2.RunInstancesAsync(new RunInstancesRequest
        {
            ImageId = ""ami-0123456789abcdef0"",
            MinCount = 1,
            MaxCount = 1,
            BlockDeviceMappings = new List<BlockDeviceMapping>
            {
                new BlockDeviceMapping { DeviceName = ""/dev/xvda"", Ebs = {|#0:new EbsBlockDevice|} { VolumeSize = 50 } },
                new BlockDeviceMapping { DeviceName = ""/dev/sdf"", Ebs = {|#1:new EbsBlockDevice|} { VolumeSize = 500, Encrypted = {|#2:false|} } },
                new BlockDeviceMapping { DeviceName = ""/dev/sdg"", Ebs = new EbsBlockDevice { VolumeSize = 500, Encrypted = true } },
                new BlockDeviceMapping { DeviceName = ""/dev/sdb"", VirtualName = ""ephemeral0"" },
                new BlockDeviceMapping { DeviceName = ""/dev/sdc"", NoDevice = """" },
            },
        });
    }
}",
            Sdk.V4,
            VerifyCS.Diagnostic("SRM103").WithLocation(0).WithArguments("EbsBlockDevice /dev/xvda in RunInstancesRequest does not set Encrypted = true: the volume is unencrypted unless its snapshot is encrypted or EBS encryption by default is on"),
            VerifyCS.Diagnostic("SRM103").WithLocation(1).WithLocation(2).WithArguments("EbsBlockDevice /dev/sdf in RunInstancesRequest sets Encrypted to false: the volume is not encrypted"));

        [Fact]
        public Task Mappings_built_in_locals_collection_initializers_and_add_calls_are_followed() => VerifyCS.AnalyzerAsync(Usings + @"
class Launcher
{
    async Task Launch(IAmazonEC2 ec2, string deviceName)
    {
        // Collection initializer on the property (the SDK's v3 lists are created by the request).
        await ec2.RunInstancesAsync(new RunInstancesRequest
        {
            ImageId = ""ami-1"",
            BlockDeviceMappings =
            {
                new BlockDeviceMapping { DeviceName = deviceName, Ebs = {|SRM103:new EbsBlockDevice|} { VolumeSize = 8 } },
            },
        });

        // A list in a local, filled by Add; a mapping and a device in locals.
        var data = {|SRM103:new EbsBlockDevice|} { VolumeSize = 200 };
        var dataMapping = new BlockDeviceMapping { DeviceName = ""/dev/sdf"", Ebs = data };
        var mappings = new List<BlockDeviceMapping> { dataMapping };
        mappings.Add(new BlockDeviceMapping { DeviceName = ""/dev/sdg"", Ebs = {|SRM103:new EbsBlockDevice|} { VolumeSize = 100 } });
        var request = new RunInstancesRequest { ImageId = ""ami-2"", BlockDeviceMappings = mappings };
        await ec2.RunInstancesAsync(request);

        // Added through the request after its creation, and a device turned off by a later assignment.
        var later = new RunInstancesRequest { ImageId = ""ami-3"", BlockDeviceMappings = new List<BlockDeviceMapping>() };
        later.BlockDeviceMappings.Add(new BlockDeviceMapping { DeviceName = ""/dev/sdh"", Ebs = {|SRM103:new EbsBlockDevice|} { VolumeSize = 20 } });
        var root = new BlockDeviceMapping { DeviceName = ""/dev/xvda"", Ebs = new EbsBlockDevice { Encrypted = true } };
        root.Ebs.Encrypted = {|SRM103:false|};
        later.BlockDeviceMappings.Add(root);
        await ec2.RunInstancesAsync(later);
    }
}", Sdk.V4);

        [Fact]
        public Task Devices_completed_out_of_sight_or_encrypted_later_are_not_reported() => VerifyCS.AnalyzerAsync(Usings + @"
class Launcher
{
    async Task Loop(IAmazonEC2 ec2)
    {
        // Every device encrypted in a loop the analyzer cannot attribute.
        var looped = new RunInstancesRequest
        {
            ImageId = ""ami-1"",
            BlockDeviceMappings = new List<BlockDeviceMapping> { new BlockDeviceMapping { DeviceName = ""/dev/xvda"", Ebs = new EbsBlockDevice { VolumeSize = 8 } } },
        };
        foreach (var mapping in looped.BlockDeviceMappings)
        {
            mapping.Ebs.Encrypted = true;
        }

        await ec2.RunInstancesAsync(looped);
    }

    async Task Helpers(IAmazonEC2 ec2, bool encrypt)
    {
        var mappings = new List<BlockDeviceMapping> { new BlockDeviceMapping { DeviceName = ""/dev/xvda"", Ebs = new EbsBlockDevice { VolumeSize = 8 } } };
        EncryptAll(mappings);
        await ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = ""ami-1"", BlockDeviceMappings = mappings });

        var mapping = new BlockDeviceMapping { DeviceName = ""/dev/xvda"", Ebs = new EbsBlockDevice { VolumeSize = 8 } };
        Encrypt(mapping);
        await ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = ""ami-2"", BlockDeviceMappings = new List<BlockDeviceMapping> { mapping } });

        var request = new RunInstancesRequest
        {
            ImageId = ""ami-3"",
            BlockDeviceMappings = new List<BlockDeviceMapping> { new BlockDeviceMapping { DeviceName = ""/dev/xvda"", Ebs = new EbsBlockDevice { VolumeSize = 8 } } },
        };
        Finish(request);
        await ec2.RunInstancesAsync(request);

        var device = new EbsBlockDevice { VolumeSize = 8, Encrypted = encrypt };
        await ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = ""ami-4"", BlockDeviceMappings = new List<BlockDeviceMapping> { new BlockDeviceMapping { DeviceName = ""/dev/xvda"", Ebs = device } } });

        var fromFactory = new List<BlockDeviceMapping> { RootDevice() };
        await ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = ""ami-5"", BlockDeviceMappings = fromFactory });
    }

    async Task Indexer(IAmazonEC2 ec2)
    {
        var indexed = new RunInstancesRequest
        {
            ImageId = ""ami-6"",
            BlockDeviceMappings = new List<BlockDeviceMapping> { new BlockDeviceMapping { DeviceName = ""/dev/xvda"", Ebs = new EbsBlockDevice { VolumeSize = 8 } } },
        };
        indexed.BlockDeviceMappings[0].Ebs.Encrypted = true;
        await ec2.RunInstancesAsync(indexed);
    }

    static void EncryptAll(List<BlockDeviceMapping> mappings) { }
    static void Encrypt(BlockDeviceMapping mapping) { }
    static void Finish(RunInstancesRequest request) { }
    static BlockDeviceMapping RootDevice() => new BlockDeviceMapping { DeviceName = ""/dev/xvda"", Ebs = new EbsBlockDevice { VolumeSize = 8, Encrypted = true } };
}", Sdk.V4);

        [Fact]
        public Task Launch_template_block_devices_are_reported() => VerifyCS.AnalyzerAsync(Usings + @"
class Templates
{
    async Task Create(IAmazonEC2 ec2)
    {
        await ec2.CreateLaunchTemplateAsync(new CreateLaunchTemplateRequest
        {
            LaunchTemplateName = ""workers"",
            LaunchTemplateData = new RequestLaunchTemplateData
            {
                ImageId = ""ami-1"",
                BlockDeviceMappings = new List<LaunchTemplateBlockDeviceMappingRequest>
                {
                    new LaunchTemplateBlockDeviceMappingRequest { DeviceName = ""/dev/xvda"", Ebs = {|#0:new LaunchTemplateEbsBlockDeviceRequest|} { VolumeSize = 30 } },
                    new LaunchTemplateBlockDeviceMappingRequest { DeviceName = ""/dev/sdf"", Ebs = new LaunchTemplateEbsBlockDeviceRequest { VolumeSize = 30, Encrypted = true } },
                },
            },
        });

        var data = new RequestLaunchTemplateData { ImageId = ""ami-2"" };
        data.BlockDeviceMappings = new List<LaunchTemplateBlockDeviceMappingRequest>
        {
            new LaunchTemplateBlockDeviceMappingRequest { DeviceName = ""/dev/sdg"", Ebs = {|#1:new LaunchTemplateEbsBlockDeviceRequest|} { Encrypted = {|#2:false|} } },
        };
        await ec2.CreateLaunchTemplateVersionAsync(new CreateLaunchTemplateVersionRequest { LaunchTemplateName = ""workers"", SourceVersion = ""1"", LaunchTemplateData = data });
    }
}",
            Sdk.V4,
            VerifyCS.Diagnostic("SRM103").WithLocation(0).WithArguments("LaunchTemplateEbsBlockDeviceRequest /dev/xvda in the launch template data does not set Encrypted = true: the volume is unencrypted unless its snapshot is encrypted or EBS encryption by default is on"),
            VerifyCS.Diagnostic("SRM103").WithLocation(1).WithLocation(2).WithArguments("LaunchTemplateEbsBlockDeviceRequest /dev/sdg in the launch template data sets Encrypted to false: the volume is not encrypted"));

        [Fact]
        public Task Look_alike_types_and_test_double_expressions_are_not_reported() => VerifyCS.AnalyzerAsync(Usings + @"
namespace Moq
{
    public static class It { public static T Is<T>(System.Func<T, bool> match) => default!; }
}

namespace MyCompany
{
    public class CreateVolumeRequest { public bool? Encrypted { get; set; } }
    public class EbsBlockDevice { public bool? Encrypted { get; set; } }
    public class BlockDeviceMapping { public EbsBlockDevice Ebs { get; set; } = new EbsBlockDevice(); }
    public class RunInstancesRequest { public List<BlockDeviceMapping> BlockDeviceMappings { get; set; } = new(); }

    class Infrastructure
    {
        void Plan()
        {
            var volume = new CreateVolumeRequest { Encrypted = false };
            var launch = new RunInstancesRequest { BlockDeviceMappings = { new BlockDeviceMapping { Ebs = new EbsBlockDevice() } } };
            var expectation = Moq.It.Is<Amazon.EC2.Model.CreateVolumeRequest>(r => r.AvailabilityZone == new Amazon.EC2.Model.CreateVolumeRequest().AvailabilityZone);
        }
    }
}", Sdk.V4);

        [Fact]
        public Task No_analysis_without_the_sdk() => VerifyCS.AnalyzerAsync(@"
class CreateVolumeRequest { public bool? Encrypted { get; set; } }
class C { object M() => new CreateVolumeRequest { Encrypted = false }; }", Sdk.V4);

        [Fact]
        public Task Fix_adds_encrypted_to_every_volume_and_device() => VerifyFix.CodeFixAsync(Usings + @"
class Launcher
{
    async Task Launch(IAmazonEC2 ec2)
    {
        await ec2.CreateVolumeAsync({|SRM103:new CreateVolumeRequest|} { AvailabilityZone = ""eu-west-1a"", Size = 100 });
        await ec2.CreateVolumeAsync({|SRM103:new CreateVolumeRequest()|});
        await ec2.RunInstancesAsync(new RunInstancesRequest
        {
            ImageId = ""ami-1"",
            BlockDeviceMappings = new List<BlockDeviceMapping>
            {
                new BlockDeviceMapping
                {
                    DeviceName = ""/dev/xvda"",
                    Ebs = {|SRM103:new EbsBlockDevice|}
                    {
                        VolumeSize = 50,
                        DeleteOnTermination = true,
                    },
                },
            },
        });
    }
}", Usings + @"
class Launcher
{
    async Task Launch(IAmazonEC2 ec2)
    {
        await ec2.CreateVolumeAsync(new CreateVolumeRequest { AvailabilityZone = ""eu-west-1a"", Size = 100, Encrypted = true });
        await ec2.CreateVolumeAsync(new CreateVolumeRequest { Encrypted = true });
        await ec2.RunInstancesAsync(new RunInstancesRequest
        {
            ImageId = ""ami-1"",
            BlockDeviceMappings = new List<BlockDeviceMapping>
            {
                new BlockDeviceMapping
                {
                    DeviceName = ""/dev/xvda"",
                    Ebs = new EbsBlockDevice
                    {
                        VolumeSize = 50,
                        DeleteOnTermination = true,
                        Encrypted = true,
                    },
                },
            },
        });
    }
}", Sdk.V4, UnencryptedEbsVolumeCodeFixProvider.EquivalenceKey);

        [Fact]
        public Task False_written_after_the_creation_is_reported_where_it_is_written() => VerifyCS.AnalyzerAsync(Usings + @"
class Volumes
{
    async Task Create(IAmazonEC2 ec2, bool lowCost, bool legacy)
    {
        var request = new CreateVolumeRequest { AvailabilityZone = ""eu-west-1a"", Size = 500, Encrypted = true };
        if (lowCost)
        {
            request.VolumeType = VolumeType.Sc1;
            request.Encrypted = {|#0:false|};
        }

        await ec2.CreateVolumeAsync(request);

        var both = new CreateVolumeRequest { AvailabilityZone = ""eu-west-1a"", Encrypted = {|#2:legacy ? false : true|} };
        if (lowCost)
        {
            both.Encrypted = {|#1:false|};
        }

        await ec2.CreateVolumeAsync(both);
    }
}", Sdk.V4,
            VerifyCS.Diagnostic("SRM103").WithLocation(0).WithLocation(0).WithArguments("CreateVolumeRequest may set Encrypted to false: on that path the volume is not encrypted"),
            VerifyCS.Diagnostic("SRM103").WithLocation(1).WithLocation(2).WithLocation(1).WithArguments("CreateVolumeRequest may set Encrypted to false: on that path the volume is not encrypted"));

        [Fact]
        public Task Fix_replaces_false_values_where_they_are_written() => VerifyFix.CodeFixAsync(Usings + @"
class Launcher
{
    private const bool Encrypt = false;

    async Task Launch(IAmazonEC2 ec2, bool legacy)
    {
        await ec2.CreateVolumeAsync({|SRM103:new CreateVolumeRequest|} { AvailabilityZone = ""eu-west-1a"", Encrypted = legacy ? false : true });
        var device = new EbsBlockDevice { VolumeSize = 8, Encrypted = true };
        device.Encrypted = {|SRM103:Encrypt|}; // scratch disk
        await ec2.RunInstancesAsync(new RunInstancesRequest
        {
            ImageId = ""ami-1"",
            BlockDeviceMappings = new List<BlockDeviceMapping> { new BlockDeviceMapping { DeviceName = ""/dev/sdf"", Ebs = device } },
        });
    }
}", Usings + @"
class Launcher
{
    private const bool Encrypt = false;

    async Task Launch(IAmazonEC2 ec2, bool legacy)
    {
        await ec2.CreateVolumeAsync(new CreateVolumeRequest { AvailabilityZone = ""eu-west-1a"", Encrypted = true });
        var device = new EbsBlockDevice { VolumeSize = 8, Encrypted = true };
        device.Encrypted = true; // scratch disk
        await ec2.RunInstancesAsync(new RunInstancesRequest
        {
            ImageId = ""ami-1"",
            BlockDeviceMappings = new List<BlockDeviceMapping> { new BlockDeviceMapping { DeviceName = ""/dev/sdf"", Ebs = device } },
        });
    }
}", Sdk.V4, UnencryptedEbsVolumeCodeFixProvider.EquivalenceKey);
    }
}
