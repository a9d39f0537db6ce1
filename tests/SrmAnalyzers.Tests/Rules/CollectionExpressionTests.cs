using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SrmAnalyzers.Tests.Infrastructure;
using VerifyEbs = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.UnencryptedEbsVolumeAnalyzer>;
using VerifyAcl = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.PublicS3AclAnalyzer>;
using VerifyPolicy = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.WildcardPolicyActionAnalyzer>;
using VerifySecurityGroup = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.WorldOpenSecurityGroupAnalyzer>;

namespace SrmAnalyzers.Tests.Rules
{
    /// <summary>
    /// C# 12 collection expressions (<c>[a, b]</c>) are read wherever collection initializers are:
    /// list properties of SDK requests (SRM103, SRM403), JSON-serialized and AccessControlPolicy
    /// policies (SRM201), S3 ACL grants (SRM401). A spread (<c>.. items</c>) adds elements out of sight: not judged.
    /// EC2 is only referenced in its 4.x version here.
    /// </summary>
    public class CollectionExpressionTests
    {
        private static readonly string[] Iam = { "IdentityManagement.cs" };

        [Fact]
        public Task World_open_ranges_in_collection_expressions_are_reported() => VerifySecurityGroup.AnalyzerAsync("""
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

class Firewall
{
    async Task Open(IAmazonEC2 ec2, List<IpRange> officeRanges)
    {
        await ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
        {
            GroupId = "sg-1",
            IpPermissions =
            [
                {|#0:new IpPermission|} { IpProtocol = "tcp", FromPort = 22, ToPort = 22, Ipv4Ranges = [new IpRange { CidrIp = "0.0.0.0/0" }] },
                new IpPermission { IpProtocol = "tcp", FromPort = 5432, ToPort = 5432, Ipv4Ranges = [new IpRange { CidrIp = "10.0.0.0/8" }] },
                new IpPermission { IpProtocol = "tcp", FromPort = 3389, ToPort = 3389, Ipv4Ranges = [.. officeRanges] },
            ],
        });

        List<IpPermission> permissions = [{|#1:new IpPermission|} { IpProtocol = "tcp", FromPort = 8080, ToPort = 8080, Ipv6Ranges = [new Ipv6Range { CidrIpv6 = "::/0" }] }];
        var request = new AuthorizeSecurityGroupIngressRequest { GroupId = "sg-2", IpPermissions = permissions };
        await ec2.AuthorizeSecurityGroupIngressAsync(request);
    }
}
""",
            Sdk.V4,
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("SRM403", DiagnosticSeverity.Error).WithLocation(0)
                .WithArguments("Security group ingress opens port 22 (an administration or database port) to 0.0.0.0/0 (the whole internet)"),
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("SRM403", DiagnosticSeverity.Warning).WithLocation(1)
                .WithArguments("Security group ingress opens port 8080 to ::/0 (the whole internet)"));

        [Fact]
        public Task Block_device_mappings_in_collection_expressions_are_followed() => VerifyEbs.AnalyzerAsync("""
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

class Launcher
{
    async Task Launch(IAmazonEC2 ec2, List<BlockDeviceMapping> extra)
    {
        await ec2.RunInstancesAsync(new RunInstancesRequest
        {
            ImageId = "ami-1",
            BlockDeviceMappings =
            [
                new BlockDeviceMapping { DeviceName = "/dev/xvda", Ebs = {|SRM103:new EbsBlockDevice|} { VolumeSize = 8 } },
                new BlockDeviceMapping { DeviceName = "/dev/sdf", Ebs = new EbsBlockDevice { VolumeSize = 100, Encrypted = true } },
                .. extra,
            ],
        });

        List<BlockDeviceMapping> mappings = [new BlockDeviceMapping { DeviceName = "/dev/sdg", Ebs = {|SRM103:new EbsBlockDevice|} { VolumeSize = 20 } }];
        await ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = "ami-2", BlockDeviceMappings = mappings });
    }
}
""",
            Sdk.V4);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Serialized_policy_statements_in_a_collection_expression_are_read(Sdk sdk) => VerifyPolicy.AnalyzerAsync(""""
using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

class Serialized
{
    async Task Attach(IAmazonIdentityManagementService iam, List<object> more)
    {
        List<object> statements = [new { Effect = "Allow", Action = "s3:*", Resource = "arn:aws:s3:::reports/*" }];
        await iam.CreatePolicyAsync(new CreatePolicyRequest { PolicyName = "broad", PolicyDocument = {|SRM201:JsonSerializer.Serialize(new { Version = "2012-10-17", Statement = statements })|} });

        List<object> narrow = [new { Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::reports/*" }, .. more];
        await iam.CreatePolicyAsync(new CreatePolicyRequest { PolicyName = "narrow", PolicyDocument = JsonSerializer.Serialize(new { Version = "2012-10-17", Statement = narrow }) });
    }
}
"""", sdk, options: null, stubs: Iam);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Access_control_policy_lists_in_collection_expressions_are_read(Sdk sdk) => VerifyPolicy.AnalyzerAsync(""""
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.Auth.AccessControlPolicy;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

class Graphs
{
    async Task Attach(IAmazonIdentityManagementService iam)
    {
        var policy = new Policy
        {
            Statements =
            [
                new Statement(Statement.StatementEffect.Allow)
                {
                    Actions = [new ActionIdentifier("dynamodb:*")],
                    Resources = [new Resource("arn:aws:dynamodb:*:*:table/orders")],
                },
            ],
        };
        await iam.CreatePolicyAsync(new CreatePolicyRequest { PolicyName = "graph", PolicyDocument = {|SRM201:policy.ToJson()|} });

        var narrow = new Policy
        {
            Statements = [new Statement(Statement.StatementEffect.Allow) { Actions = [new ActionIdentifier("dynamodb:GetItem")], Resources = [new Resource("*")] }],
        };
        await iam.CreatePolicyAsync(new CreatePolicyRequest { PolicyName = "narrow", PolicyDocument = narrow.ToJson() });
    }
}
"""", sdk, options: null, stubs: Iam);
    
        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Acl_grants_in_a_collection_expression_are_reported(Sdk sdk) => VerifyAcl.AnalyzerAsync("""
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

class Publisher
{
    Task Share(IAmazonS3 s3, string owner) => s3.PutACLAsync(new PutACLRequest
    {
        BucketName = "press-kit",
        AccessControlList = new S3AccessControlList
        {
            Grants =
            [
                {|SRM401:new S3Grant|} { Grantee = new S3Grantee { URI = "http://acs.amazonaws.com/groups/global/AllUsers" }, Permission = S3Permission.READ },
                new S3Grant { Grantee = new S3Grantee { CanonicalUser = owner }, Permission = S3Permission.FULL_CONTROL },
            ],
        },
    });
}
""",
            sdk);
    }
}
