using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SrmAnalyzers.Tests.Infrastructure;
using VerifyCS = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.WorldOpenSecurityGroupAnalyzer>;

namespace SrmAnalyzers.Tests.Rules
{
    /// <summary>
    /// Helpers that build an SDK object from their parameters and return it (catalog, "Values that cross
    /// members": a parameter written to a sink, when an in-source call passes a known-bad constant): the
    /// object is judged at each call with the helper's parameters read as the call's arguments, scalar
    /// ones and constant arrays alike, and a finding is reported at the argument that opens the range.
    /// AWSSDK.EC2 is only referenced in its 4.x version here, so every case runs on Sdk.V4.
    /// </summary>
    public class CrossMemberHelperCallTests
    {
        private static DiagnosticResult Open(int location, string ports, string cidr, DiagnosticSeverity severity, string parameter, string helper) =>
            new DiagnosticResult("SRM403", severity).WithLocation(location).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments($"Security group ingress opens {ports} to {cidr} (the whole internet) (passed here as parameter '{parameter}' of {helper})");

        [Fact]
        public Task Constant_arrays_passed_to_a_permission_helper_are_read_as_its_ports() => VerifyCS.AnalyzerAsync("""
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

static class PortSets
{
    public static readonly int[] Tls = { 443 };
    public static readonly int[] GameServers = { 7777, 7778, 7779 };
    public static readonly int[] RemoteAdmin = [22, 3389];
}

class Firewall
{
    private const string Internet = "0.0.0.0/0";

    private static IpPermission Range(int[] ports, string cidr) => new()
    {
        IpProtocol = "tcp",
        FromPort = ports.Min(),
        ToPort = ports.Max(),
        Ipv4Ranges = new List<IpRange> { new() { CidrIp = cidr } },
    };

    async Task Open(IAmazonEC2 ec2, string adminCidr)
    {
        await ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
        {
            GroupId = "sg-game",
            IpPermissions = new List<IpPermission> { Range(PortSets.GameServers, {|#0:Internet|}) },
        });
        await ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
        {
            GroupId = "sg-admin",
            IpPermissions = { Range(new[] { 6379 }, {|#1:"0.0.0.0/0"|}), Range([5432, 5433], {|#2:Internet|}), Range(PortSets.RemoteAdmin, adminCidr) },
        });
    }
}
""", Sdk.V4,
            Open(0, "ports 7777-7779", "0.0.0.0/0", DiagnosticSeverity.Warning, "cidr", "Firewall.Range"),
            Open(1, "port 6379 (an administration or database port)", "0.0.0.0/0", DiagnosticSeverity.Error, "cidr", "Firewall.Range"),
            Open(2, "ports 5432-5433 (including administration or database port 5432)", "0.0.0.0/0", DiagnosticSeverity.Error, "cidr", "Firewall.Range"));

        [Fact]
        public Task Safe_cidrs_allowed_ports_and_unknown_arguments_are_not_reported() => VerifyCS.AnalyzerAsync("""
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

class Firewall
{
    private const string Internet = "0.0.0.0/0";
    private static readonly int[] Tls = { 443 };
    private static readonly int[] Web = { 80, 443 };
    private static readonly int[] Admin = { 22 };
    private static int[] _mutable = { 22 };

    private static IpPermission Range(int[] ports, string cidr) => new()
    {
        IpProtocol = "tcp",
        FromPort = ports.Min(),
        ToPort = ports.Max(),
        Ipv4Ranges = new List<IpRange> { new() { CidrIp = cidr } },
    };

    async Task Open(IAmazonEC2 ec2, int[] ports, string cidr)
    {
        await ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
        {
            GroupId = "sg-1",
            IpPermissions =
            {
                Range(Tls, Internet),
                Range([443], Internet),
                Range(Admin, "10.0.0.0/8"),
                Range(Admin, cidr),
                Range(ports, Internet),
                Range(_mutable, Internet),
                Range(Web, {|#0:Internet|}),
            },
        });
        await ec2.AuthorizeSecurityGroupEgressAsync(new AuthorizeSecurityGroupEgressRequest
        {
            GroupId = "sg-2",
            IpPermissions = { Range(Admin, Internet) },
        });
    }
}
""", Sdk.V4, Open(0, "ports 80-443", "0.0.0.0/0", DiagnosticSeverity.Warning, "cidr", "Firewall.Range"));

        [Fact]
        public Task A_parameter_the_helper_reassigns_or_changes_is_not_the_callers_value() => VerifyCS.AnalyzerAsync("""
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

class Firewall
{
    private const string Internet = "0.0.0.0/0";
    private static readonly int[] Admin = { 22 };

    private static IpPermission Reassigned(int[] ports, string cidr)
    {
        cidr = "10.0.0.0/8";
        return new IpPermission { IpProtocol = "tcp", FromPort = ports.Min(), ToPort = ports.Max(), Ipv4Ranges = new List<IpRange> { new() { CidrIp = cidr } } };
    }

    private static IpPermission ReassignedPorts(int[] ports, string cidr)
    {
        ports = new[] { 443 };
        return new IpPermission { IpProtocol = "tcp", FromPort = ports.Min(), ToPort = ports.Max(), Ipv4Ranges = new List<IpRange> { new() { CidrIp = cidr } } };
    }

    private static IpPermission ChangedPorts(int[] ports, string cidr)
    {
        ports[0] = 443;
        return new IpPermission { IpProtocol = "tcp", FromPort = ports.Min(), ToPort = ports.Max(), Ipv4Ranges = new List<IpRange> { new() { CidrIp = cidr } } };
    }

    private static IpPermission Kept(int[] ports, string cidr)
    {
        var permission = new IpPermission { IpProtocol = "tcp", FromPort = ports.Min(), ToPort = ports.Max() };
        permission.Ipv4Ranges = new List<IpRange> { new() { CidrIp = cidr } };
        return permission;
    }

    async Task Open(IAmazonEC2 ec2)
    {
        await ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
        {
            GroupId = "sg-1",
            IpPermissions = { Reassigned(Admin, Internet), ReassignedPorts(Admin, Internet), ChangedPorts(Admin, Internet), Kept(Admin, {|#0:Internet|}) },
        });
    }
}
""", Sdk.V4, Open(0, "port 22 (an administration or database port)", "0.0.0.0/0", DiagnosticSeverity.Error, "cidr", "Firewall.Kept"));

        [Fact]
        public Task Scalar_ports_a_world_open_helper_is_given_are_reported_at_the_port() => VerifyCS.AnalyzerAsync("""
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

static class Rules
{
    public static IpPermission Public(int port) => new()
    {
        IpProtocol = "tcp",
        FromPort = port,
        ToPort = port,
        Ipv6Ranges = new List<Ipv6Range> { new() { CidrIpv6 = "::/0" } },
    };

    // The helper's own choice, whatever the caller passes: not the caller's mistake.
    public static IpPermission Ssh(string label) => new()
    {
        IpProtocol = "tcp",
        FromPort = 22,
        ToPort = 22,
        Ipv4Ranges = new List<IpRange> { new() { CidrIp = "0.0.0.0/0", Description = label } },
    };
}

class Firewall
{
    async Task Open(IAmazonEC2 ec2)
    {
        await ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
        {
            GroupId = "sg-1",
            IpPermissions = { Rules.Public(443), Rules.Public({|#0:3389|}), Rules.Ssh("bastion") },
        });
    }
}
""", Sdk.V4, Open(0, "port 3389 (an administration or database port)", "::/0", DiagnosticSeverity.Error, "port", "Rules.Public"));

        [Fact]
        public Task Helpers_calling_helpers_and_wrappers_calling_helpers_are_reported_at_the_outermost_call() => VerifyCS.AnalyzerAsync("""
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

class Firewall
{
    private static readonly int[] Search = { 9200, 9300 };

    private static IpPermission Range(int[] ports, string cidr) => new()
    {
        IpProtocol = "tcp",
        FromPort = ports.Min(),
        ToPort = ports.Max(),
        Ipv4Ranges = new List<IpRange> { new() { CidrIp = cidr } },
    };

    private static IpPermission SearchFrom(string cidr) => Range(Search, cidr);

    public Task Allow(IAmazonEC2 ec2, string cidr) =>
        ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest { GroupId = "sg-search", IpPermissions = { SearchFrom(cidr) } });

    async Task Open(IAmazonEC2 ec2)
    {
        await ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
        {
            GroupId = "sg-1",
            IpPermissions = { SearchFrom({|#0:"0.0.0.0/0"|}), SearchFrom("172.16.0.0/12") },
        });
        await Allow(ec2, {|#1:"0.0.0.0/0"|});
        await Allow(ec2, "192.168.0.0/16");
    }
}
""", Sdk.V4,
            Open(0, "ports 9200-9300 (including administration or database port 9200)", "0.0.0.0/0", DiagnosticSeverity.Error, "cidr", "Firewall.SearchFrom"),
            new DiagnosticResult("SRM403", DiagnosticSeverity.Error).WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("Security group ingress opens ports 9200-9300 (including administration or database port 9200) to 0.0.0.0/0 (the whole internet) (passed here as parameter 'cidr' of Firewall.Allow)"));

        [Fact]
        public async Task The_permission_in_the_helper_is_the_additional_location()
        {
            var source = """
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

class Firewall
{
    private static readonly int[] Admin = { 22, 3389 };

    private static IpPermission Range(int[] ports, string cidr) => new IpPermission { IpProtocol = "tcp", FromPort = ports.Min(), ToPort = ports.Max(), Ipv4Ranges = new List<IpRange> { new() { CidrIp = cidr } } };

    Task Open(IAmazonEC2 ec2) =>
        ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest { GroupId = "sg-1", IpPermissions = { Range(Admin, "0.0.0.0/0") } });
}
""";
            var result = await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(new[] { source }, Sdk.V4));
            var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "SRM403");
            Assert.Equal("\"0.0.0.0/0\"", diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
            Assert.Equal("Argument", diagnostic.Properties["Relocated"]);
            var inHelper = Assert.Single(diagnostic.AdditionalLocations);
            Assert.Equal("new IpPermission", inHelper.SourceTree!.GetText().ToString(inHelper.SourceSpan));
        }
    }
}
