using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SrmAnalyzers.Tests.Infrastructure;
using VerifyCS = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.WorldOpenSecurityGroupAnalyzer>;

namespace SrmAnalyzers.Tests.Rules
{
    /// <summary>AWSSDK.EC2 is only referenced in its 4.x version here, so every case runs on Sdk.V4.</summary>
    public class SRM403Tests
    {
        private static DiagnosticResult Open(int location, string ports, string cidr, DiagnosticSeverity severity) =>
            new DiagnosticResult("SRM403", severity).WithLocation(location)
                .WithArguments($"Security group ingress opens {ports} to {cidr} (the whole internet)");

        /// <summary>One ingress request with one permission (location 0) built from the given properties.</summary>
        private static string Ingress(string permission) => $$"""
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

class Firewall
{
    async Task Open(IAmazonEC2 ec2)
    {
        await ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
        {
            GroupId = "sg-0123456789abcdef0",
            IpPermissions = new List<IpPermission>
            {
                {|#0:new IpPermission|}
                {
                    {{permission}}
                },
            },
        });
    }
}
""";

        private static string IngressWithoutMarkup(string permission) =>
            Ingress(permission).Replace("{|#0:new IpPermission|}", "new IpPermission");

        [Fact]
        public Task Ssh_open_to_the_world_is_an_error() => VerifyCS.AnalyzerAsync(
            Ingress("""IpProtocol = "tcp", FromPort = 22, ToPort = 22, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0" } },"""),
            Sdk.V4,
            Open(0, "port 22 (an administration or database port)", "0.0.0.0/0", DiagnosticSeverity.Error));

        [Fact]
        public Task Application_port_open_to_the_world_is_a_warning() => VerifyCS.AnalyzerAsync(
            Ingress("""IpProtocol = "tcp", FromPort = 8080, ToPort = 8080, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0" } },"""),
            Sdk.V4,
            Open(0, "port 8080", "0.0.0.0/0", DiagnosticSeverity.Warning));

        [Fact]
        public Task Ipv6_world_range_is_reported() => VerifyCS.AnalyzerAsync(
            Ingress("""IpProtocol = "udp", FromPort = 5000, ToPort = 5010, Ipv6Ranges = { new Ipv6Range { CidrIpv6 = "::/0" } },"""),
            Sdk.V4,
            Open(0, "ports 5000-5010", "::/0", DiagnosticSeverity.Warning));

        [Theory]
        [InlineData("-1")]
        [InlineData("all")]
        public Task Every_protocol_is_an_error_without_ports(string protocol) => VerifyCS.AnalyzerAsync(
            Ingress($$"""IpProtocol = "{{protocol}}", Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "10.0.0.0/8" }, new IpRange { CidrIp = "0.0.0.0/0" } },"""),
            Sdk.V4,
            Open(0, "all protocols and ports", "0.0.0.0/0", DiagnosticSeverity.Error));

        [Fact]
        public Task Full_port_range_is_an_error() => VerifyCS.AnalyzerAsync(
            Ingress("""IpProtocol = "tcp", FromPort = 0, ToPort = 65535, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0" } },"""),
            Sdk.V4,
            Open(0, "all ports", "0.0.0.0/0", DiagnosticSeverity.Error));

        [Fact]
        public Task Port_range_covering_a_database_port_is_an_error() => VerifyCS.AnalyzerAsync(
            Ingress("""IpProtocol = "tcp", FromPort = 5000, ToPort = 6000, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0" } },"""),
            Sdk.V4,
            Open(0, "ports 5000-6000 (including administration or database port 5432)", "0.0.0.0/0", DiagnosticSeverity.Error));

        [Fact]
        public Task Permissions_from_locals_constants_and_later_adds_are_reported_where_the_open_range_is_written() => VerifyCS.AnalyzerAsync("""
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

class Firewall
{
    private const string Anywhere = "0.0.0.0/0";
    private const int Rdp = 3389;

    async Task Open(IAmazonEC2 ec2, bool admin)
    {
        var world = new IpRange { CidrIp = Anywhere };
        var rdp = new IpPermission { IpProtocol = "tcp", FromPort = Rdp, ToPort = Rdp };
        rdp.Ipv4Ranges = {|#0:new List<IpRange> { world }|};
        var permissions = new List<IpPermission> { rdp };
        permissions.Add(new IpPermission { IpProtocol = "tcp", FromPort = admin ? 9000 : 9001, ToPort = 9001, Ipv4Ranges = new List<IpRange> { world } });
        await ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest("web", permissions));

        var request = new AuthorizeSecurityGroupIngressRequest { GroupId = "sg-1" };
        request.IpPermissions = new List<IpPermission> { {|#2:new IpPermission|} { IpProtocol = "TCP", FromPort = 8443, ToPort = 8443, Ipv6Ranges = new List<Ipv6Range> { new Ipv6Range { CidrIpv6 = " ::/0 " } } } };
        await ec2.AuthorizeSecurityGroupIngressAsync(request);
    }
}
""", Sdk.V4,
            Open(0, "port 3389 (an administration or database port)", "0.0.0.0/0", DiagnosticSeverity.Error),
            Open(2, "port 8443", "::/0", DiagnosticSeverity.Warning));

        [Theory]
        [InlineData("""IpProtocol = "tcp", FromPort = 443, ToPort = 443, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0" } },""")]
        [InlineData("""IpProtocol = "tcp", FromPort = 80, ToPort = 80, Ipv6Ranges = new List<Ipv6Range> { new Ipv6Range { CidrIpv6 = "::/0" } },""")]
        [InlineData("""IpProtocol = "tcp", FromPort = 22, ToPort = 22, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "10.0.0.0/8" }, new IpRange { CidrIp = "172.16.0.0/12" }, new IpRange { CidrIp = "192.168.0.0/16" }, new IpRange { CidrIp = "203.0.113.7/32" } },""")]
        [InlineData("""IpProtocol = "-1", Ipv6Ranges = new List<Ipv6Range> { new Ipv6Range { CidrIpv6 = "fc00::/7" } },""")]
        [InlineData("""IpProtocol = "icmp", FromPort = -1, ToPort = -1, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0" } },""")]
        [InlineData("""IpProtocol = "tcp", FromPort = 22, ToPort = 22, UserIdGroupPairs = new List<UserIdGroupPair> { new UserIdGroupPair { GroupId = "sg-bastion" } },""")]
        [InlineData("""IpProtocol = "tcp", FromPort = 22, ToPort = 22, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/8" } },""")]
        public Task Allowed_ports_private_ranges_and_other_sources_are_not_reported(string permission) =>
            VerifyCS.AnalyzerAsync(IngressWithoutMarkup(permission), Sdk.V4);

        [Fact]
        public Task Unknown_values_are_not_reported() => VerifyCS.AnalyzerAsync("""
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

class Firewall
{
    async Task Open(IAmazonEC2 ec2, string cidr, int port, string protocol)
    {
        await ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
        {
            GroupId = "sg-1",
            IpPermissions =
            {
                new IpPermission { IpProtocol = "tcp", FromPort = 22, ToPort = 22, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = cidr } } },
                new IpPermission { IpProtocol = "tcp", FromPort = port, ToPort = port, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0" } } },
                new IpPermission { IpProtocol = protocol, FromPort = 22, ToPort = 22, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0" } } },
            },
        });
    }
}
""", Sdk.V4);

        [Fact]
        public Task World_open_ssh_in_an_initializer_collection_is_reported() => VerifyCS.AnalyzerAsync("""
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

class Firewall
{
    async Task Open(IAmazonEC2 ec2)
    {
        await ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
        {
            GroupId = "sg-1",
            IpPermissions =
            {
                {|#0:new IpPermission|} { IpProtocol = "tcp", FromPort = 27017, ToPort = 27017, Ipv4Ranges = { new IpRange { CidrIp = "0.0.0.0/0" } } },
                new IpPermission { IpProtocol = "tcp", FromPort = 443, ToPort = 443, Ipv4Ranges = { new IpRange { CidrIp = "0.0.0.0/0" } } },
            },
        });
    }
}
""", Sdk.V4, Open(0, "port 27017 (an administration or database port)", "0.0.0.0/0", DiagnosticSeverity.Error));

        [Fact]
        public Task Egress_revoke_and_unsent_permissions_are_not_ingress() => VerifyCS.AnalyzerAsync("""
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

class Firewall
{
    async Task Close(IAmazonEC2 ec2)
    {
        var all = new IpPermission { IpProtocol = "-1", Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0" } } };
        await ec2.AuthorizeSecurityGroupEgressAsync(new AuthorizeSecurityGroupEgressRequest { GroupId = "sg-1", IpPermissions = new List<IpPermission> { all } });
        await ec2.RevokeSecurityGroupIngressAsync(new RevokeSecurityGroupIngressRequest { GroupId = "sg-1", IpPermissions = new List<IpPermission> { all } });
        var unused = new IpPermission { IpProtocol = "tcp", FromPort = 22, ToPort = 22, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0" } } };
    }
}
""", Sdk.V4);

        [Fact]
        public Task Look_alike_types_are_not_reported() => VerifyCS.AnalyzerAsync("""
using System.Collections.Generic;

namespace MyCompany.Network
{
    public class IpRange { public string CidrIp { get; set; } = ""; }
    public class IpPermission { public string IpProtocol { get; set; } = ""; public int? FromPort { get; set; } public int? ToPort { get; set; } public List<IpRange> Ipv4Ranges { get; set; } = new(); }
    public class AuthorizeSecurityGroupIngressRequest { public List<IpPermission> IpPermissions { get; set; } = new(); }

    class Firewall
    {
        AuthorizeSecurityGroupIngressRequest Build() => new AuthorizeSecurityGroupIngressRequest
        {
            IpPermissions = new List<IpPermission> { new IpPermission { IpProtocol = "tcp", FromPort = 22, ToPort = 22, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0" } } } },
        };
    }
}
""", Sdk.V4);

        [Fact]
        public Task Admin_ports_option_changes_what_is_an_error() => VerifyCS.AnalyzerAsync(
            Ingress("""IpProtocol = "tcp", FromPort = 8080, ToPort = 8080, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0" } },"""),
            Sdk.V4,
            options: "srm.SRM403.admin_ports = 22, 8080\n",
            stubs: null,
            Open(0, "port 8080 (an administration or database port)", "0.0.0.0/0", DiagnosticSeverity.Error));

        [Fact]
        public Task Allowed_public_ports_option_accepts_more_ports() => VerifyCS.AnalyzerAsync(
            IngressWithoutMarkup("""IpProtocol = "tcp", FromPort = 8080, ToPort = 8081, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0" } },"""),
            Sdk.V4,
            options: "srm.SRM403.allowed_public_ports = 443,8080,8081\n",
            stubs: null);

        [Fact]
        public Task Allowed_public_ports_option_replaces_the_default() => VerifyCS.AnalyzerAsync(
            Ingress("""IpProtocol = "tcp", FromPort = 80, ToPort = 80, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0" } },"""),
            Sdk.V4,
            options: "srm.SRM403.allowed_public_ports = 443\n",
            stubs: null,
            Open(0, "port 80", "0.0.0.0/0", DiagnosticSeverity.Warning));

        [Fact]
        public Task Allowed_public_ports_none_allows_no_port() => VerifyCS.AnalyzerAsync(
            Ingress("""IpProtocol = "tcp", FromPort = 443, ToPort = 443, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0" } },"""),
            Sdk.V4,
            options: "srm.SRM403.allowed_public_ports = none\n",
            stubs: null,
            Open(0, "port 443", "0.0.0.0/0", DiagnosticSeverity.Warning));

        [Fact]
        public Task Admin_ports_none_makes_every_single_port_a_warning() => VerifyCS.AnalyzerAsync(
            Ingress("""IpProtocol = "tcp", FromPort = 22, ToPort = 22, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0" } },"""),
            Sdk.V4,
            options: "srm.SRM403.admin_ports = none\n",
            stubs: null,
            Open(0, "port 22", "0.0.0.0/0", DiagnosticSeverity.Warning));

        [Fact]
        public Task Admin_ports_none_keeps_all_ports_an_error() => VerifyCS.AnalyzerAsync(
            Ingress("""IpProtocol = "-1", Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0" } },"""),
            Sdk.V4,
            options: "srm.SRM403.admin_ports = none\n",
            stubs: null,
            Open(0, "all protocols and ports", "0.0.0.0/0", DiagnosticSeverity.Error));

        /// <summary>An empty value (reported by SRM901) and <c>unset</c> leave the defaults in effect: 80 and 443 stay allowed, 22 stays an error.</summary>
        [Theory]
        [InlineData("")]
        [InlineData("unset")]
        public async Task Empty_and_unset_values_keep_the_defaults(string value)
        {
            var options = $"srm.SRM403.allowed_public_ports = {value}\nsrm.SRM403.admin_ports = {value}\n";
            await VerifyCS.AnalyzerAsync(
                IngressWithoutMarkup("""IpProtocol = "tcp", FromPort = 443, ToPort = 443, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0" } },"""),
                Sdk.V4,
                options,
                stubs: null);
            await VerifyCS.AnalyzerAsync(
                Ingress("""IpProtocol = "tcp", FromPort = 22, ToPort = 22, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0" } },"""),
                Sdk.V4,
                options,
                stubs: null,
                Open(0, "port 22 (an administration or database port)", "0.0.0.0/0", DiagnosticSeverity.Error));
        }

        [Fact]
        public Task Malformed_options_fall_back_to_the_defaults() => VerifyCS.AnalyzerAsync(
            Ingress("""IpProtocol = "tcp", FromPort = 22, ToPort = 22, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0" } },"""),
            Sdk.V4,
            options: "srm.SRM403.admin_ports = ssh\nsrm.SRM403.allowed_public_ports = 22,70000\n",
            stubs: null,
            Open(0, "port 22 (an administration or database port)", "0.0.0.0/0", DiagnosticSeverity.Error));

        // ---- Sequences of constants: Min()/Max() and Select over a constant array ----

        [Fact]
        public Task Min_and_max_of_a_static_readonly_array_give_the_port_range() => VerifyCS.AnalyzerAsync("""
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

static class NetworkDefaults
{
    public const int Rdp = 3389;
    public static readonly IReadOnlyList<int> WebPorts = new List<int> { 8080, 8081 };
    public static readonly int[] DatabasePorts = [5432];
}

class Firewall
{
    private static readonly int[] AdminPorts = { 22, NetworkDefaults.Rdp };

    async Task Open(IAmazonEC2 ec2)
    {
        await ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
        {
            GroupId = "sg-1",
            IpPermissions =
            {
                {|#0:new IpPermission|} { IpProtocol = "tcp", FromPort = AdminPorts.Min(), ToPort = AdminPorts.Max(), Ipv4Ranges = { new IpRange { CidrIp = "0.0.0.0/0" } } },
                {|#1:new IpPermission|} { IpProtocol = "tcp", FromPort = NetworkDefaults.WebPorts.Min(), ToPort = NetworkDefaults.WebPorts.Max(), Ipv4Ranges = { new IpRange { CidrIp = "0.0.0.0/0" } } },
                {|#2:new IpPermission|} { IpProtocol = "tcp", FromPort = Enumerable.Min(NetworkDefaults.DatabasePorts), ToPort = NetworkDefaults.DatabasePorts.Max(), Ipv6Ranges = { new Ipv6Range { CidrIpv6 = "::/0" } } },
            },
        });
    }
}
""", Sdk.V4,
            Open(0, "ports 22-3389 (including administration or database port 22)", "0.0.0.0/0", DiagnosticSeverity.Error),
            Open(1, "ports 8080-8081", "0.0.0.0/0", DiagnosticSeverity.Warning),
            Open(2, "port 5432 (an administration or database port)", "::/0", DiagnosticSeverity.Error));

        [Fact]
        public Task Min_and_max_of_inline_and_local_arrays_give_the_port_range() => VerifyCS.AnalyzerAsync("""
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

class Firewall
{
    async Task Open(IAmazonEC2 ec2)
    {
        int[] cache = [6379];
        var search = new List<int> { 9200, 9300 };
        await ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
        {
            GroupId = "sg-1",
            IpPermissions =
            {
                {|#0:new IpPermission|} { IpProtocol = "tcp", FromPort = new[] { 7000, 7001 }.Min(), ToPort = new int[] { 7000, 7001 }.Max(), Ipv4Ranges = { new IpRange { CidrIp = "0.0.0.0/0" } } },
                {|#1:new IpPermission|} { IpProtocol = "tcp", FromPort = cache.Min(), ToPort = cache.Max(), Ipv4Ranges = { new IpRange { CidrIp = "0.0.0.0/0" } } },
                {|#2:new IpPermission|} { IpProtocol = "tcp", FromPort = search.Min(), ToPort = 9300, Ipv4Ranges = { new IpRange { CidrIp = "0.0.0.0/0" } } },
            },
        });
    }
}
""", Sdk.V4,
            Open(0, "ports 7000-7001", "0.0.0.0/0", DiagnosticSeverity.Warning),
            Open(1, "port 6379 (an administration or database port)", "0.0.0.0/0", DiagnosticSeverity.Error),
            Open(2, "ports 9200-9300 (including administration or database port 9200)", "0.0.0.0/0", DiagnosticSeverity.Error));

        /// <summary>Min to Max is a range: 80 and 443 only, as a range, also opens 81-442.</summary>
        [Fact]
        public Task Min_and_max_of_the_allowed_ports_open_the_ports_between_them() => VerifyCS.AnalyzerAsync("""
using System.Linq;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

class Firewall
{
    private static readonly int[] WebPorts = { 80, 443 };
    private static readonly int[] Https = { 443 };

    async Task Open(IAmazonEC2 ec2)
    {
        await ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
        {
            GroupId = "sg-1",
            IpPermissions =
            {
                {|#0:new IpPermission|} { IpProtocol = "tcp", FromPort = WebPorts.Min(), ToPort = WebPorts.Max(), Ipv4Ranges = { new IpRange { CidrIp = "0.0.0.0/0" } } },
                new IpPermission { IpProtocol = "tcp", FromPort = Https.Min(), ToPort = Https.Max(), Ipv4Ranges = { new IpRange { CidrIp = "0.0.0.0/0" } } },
            },
        });
    }
}
""", Sdk.V4, Open(0, "ports 80-443", "0.0.0.0/0", DiagnosticSeverity.Warning));

        [Fact]
        public Task Min_and_max_are_not_judged_for_private_ranges_egress_or_sequences_out_of_sight() => VerifyCS.AnalyzerAsync("""
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

class Firewall
{
    private static readonly int[] AdminPorts = { 22, 3389 };
    private static int[] _mutablePorts = { 22, 3389 };
    private static readonly int[] Computed = { 22, Environment.ProcessorCount };
    private static readonly int[] Spread = [22, .. _mutablePorts];
    private static readonly int[] TooMany = { 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22 };
    private static readonly int[] Empty = { };

    async Task Open(IAmazonEC2 ec2, int[] ports, int port)
    {
        await ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
        {
            GroupId = "sg-1",
            IpPermissions =
            {
                new IpPermission { IpProtocol = "tcp", FromPort = AdminPorts.Min(), ToPort = AdminPorts.Max(), Ipv4Ranges = { new IpRange { CidrIp = "10.0.0.0/8" } } },
                new IpPermission { IpProtocol = "tcp", FromPort = ports.Min(), ToPort = ports.Max(), Ipv4Ranges = { new IpRange { CidrIp = "0.0.0.0/0" } } },
                new IpPermission { IpProtocol = "tcp", FromPort = _mutablePorts.Min(), ToPort = _mutablePorts.Max(), Ipv4Ranges = { new IpRange { CidrIp = "0.0.0.0/0" } } },
                new IpPermission { IpProtocol = "tcp", FromPort = Computed.Min(), ToPort = Computed.Max(), Ipv4Ranges = { new IpRange { CidrIp = "0.0.0.0/0" } } },
                new IpPermission { IpProtocol = "tcp", FromPort = Spread.Min(), ToPort = Spread.Max(), Ipv4Ranges = { new IpRange { CidrIp = "0.0.0.0/0" } } },
                new IpPermission { IpProtocol = "tcp", FromPort = TooMany.Min(), ToPort = TooMany.Max(), Ipv4Ranges = { new IpRange { CidrIp = "0.0.0.0/0" } } },
                new IpPermission { IpProtocol = "tcp", FromPort = Empty.DefaultIfEmpty(22).Min(), ToPort = 22, Ipv4Ranges = { new IpRange { CidrIp = "0.0.0.0/0" } } },
            },
        });

        var changed = new[] { 22, 3389 };
        changed[0] = port;
        var dynamic = new List<int> { 22 };
        dynamic.Add(port);
        int[] spread = [22, .. ports];
        await ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
        {
            GroupId = "sg-2",
            IpPermissions =
            {
                new IpPermission { IpProtocol = "tcp", FromPort = changed.Min(), ToPort = changed.Max(), Ipv4Ranges = { new IpRange { CidrIp = "0.0.0.0/0" } } },
                new IpPermission { IpProtocol = "tcp", FromPort = dynamic.Min(), ToPort = dynamic.Max(), Ipv4Ranges = { new IpRange { CidrIp = "0.0.0.0/0" } } },
                new IpPermission { IpProtocol = "tcp", FromPort = spread.Min(), ToPort = spread.Max(), Ipv4Ranges = { new IpRange { CidrIp = "0.0.0.0/0" } } },
            },
        });

        await ec2.AuthorizeSecurityGroupEgressAsync(new AuthorizeSecurityGroupEgressRequest
        {
            GroupId = "sg-3",
            IpPermissions = { new IpPermission { IpProtocol = "tcp", FromPort = AdminPorts.Min(), ToPort = AdminPorts.Max(), Ipv4Ranges = { new IpRange { CidrIp = "0.0.0.0/0" } } } },
        });
    }
}
""", Sdk.V4);

        /// <summary>One world-open permission per constant: each distinct one is reported once, at the lambda's <c>new IpPermission</c>.</summary>
        [Fact]
        public Task Permissions_selected_from_a_constant_array_are_judged_once_per_constant() => VerifyCS.AnalyzerAsync("""
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

class Firewall
{
    private static readonly int[] Ports = { 22, 443, 8080, 22 };

    async Task Open(IAmazonEC2 ec2)
    {
        await ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
        {
            GroupId = "sg-1",
            IpPermissions = Ports.Select(p => {|#0:new IpPermission|}
            {
                IpProtocol = "tcp",
                FromPort = p,
                ToPort = p,
                Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0" } },
            }).ToList(),
        });
    }
}
""", Sdk.V4,
            Open(0, "port 22 (an administration or database port)", "0.0.0.0/0", DiagnosticSeverity.Error),
            Open(0, "port 8080", "0.0.0.0/0", DiagnosticSeverity.Warning));

        [Fact]
        public Task Permissions_and_ranges_selected_from_constants_are_followed_through_locals_lists_and_block_lambdas() => VerifyCS.AnalyzerAsync("""
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

static class Office
{
    public static readonly string[] Cidrs = ["203.0.113.0/24", "0.0.0.0/0"];
}

class Firewall
{
    async Task Open(IAmazonEC2 ec2)
    {
        var databases = new[] { 3306, 5432 }.Select((port, index) => {|#0:new IpPermission|} { IpProtocol = "tcp", FromPort = port, ToPort = port, Ipv6Ranges = [new Ipv6Range { CidrIpv6 = "::/0" }] }).ToArray();
        await ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest("db", databases.ToList()));

        int[] ports = [27017];
        var permissions = new List<IpPermission>(ports.Select(port =>
        {
            var permission = new IpPermission { IpProtocol = "tcp", FromPort = port };
            permission.ToPort = port;
            permission.Ipv4Ranges = {|#2:Office.Cidrs.Select(cidr => new IpRange { CidrIp = cidr }).ToList()|};
            return permission;
        }));
        await ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest { GroupId = "sg-2", IpPermissions = permissions });
    }
}
""", Sdk.V4,
            Open(0, "port 3306 (an administration or database port)", "::/0", DiagnosticSeverity.Error),
            Open(0, "port 5432 (an administration or database port)", "::/0", DiagnosticSeverity.Error),
            Open(2, "port 27017 (an administration or database port)", "0.0.0.0/0", DiagnosticSeverity.Error));

        [Fact]
        public Task Permissions_selected_for_allowed_ports_private_ranges_egress_or_unknown_sources_are_not_reported() => VerifyCS.AnalyzerAsync("""
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

class Firewall
{
    private static readonly int[] WebPorts = { 80, 443 };
    private static readonly int[] AdminPorts = { 22, 3389 };

    async Task Open(IAmazonEC2 ec2, int[] ports)
    {
        await ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
        {
            GroupId = "sg-1",
            IpPermissions = WebPorts.Select(p => new IpPermission { IpProtocol = "tcp", FromPort = p, ToPort = p, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0" } } }).ToList(),
        });
        await ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
        {
            GroupId = "sg-2",
            IpPermissions = AdminPorts.Select(p => new IpPermission { IpProtocol = "tcp", FromPort = p, ToPort = p, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "10.0.0.0/8" } } }).ToList(),
        });
        await ec2.AuthorizeSecurityGroupEgressAsync(new AuthorizeSecurityGroupEgressRequest
        {
            GroupId = "sg-3",
            IpPermissions = AdminPorts.Select(p => new IpPermission { IpProtocol = "tcp", FromPort = p, ToPort = p, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0" } } }).ToList(),
        });
        await ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
        {
            GroupId = "sg-4",
            IpPermissions = ports.Select(p => new IpPermission { IpProtocol = "tcp", FromPort = p, ToPort = p, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0" } } }).ToList(),
        });
        await ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
        {
            GroupId = "sg-5",
            IpPermissions = AdminPorts.Select((p, i) => new IpPermission { IpProtocol = "tcp", FromPort = p + i, ToPort = p + i, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0" } } }).ToList(),
        });
    }
}
""", Sdk.V4);
    }
}
