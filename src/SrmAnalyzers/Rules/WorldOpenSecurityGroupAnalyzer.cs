using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SrmAnalyzers.Core;

namespace SrmAnalyzers.Rules
{
    /// <summary>
    /// SRM403: an <c>IpPermission</c> sent with <c>AuthorizeSecurityGroupIngressRequest</c> that opens
    /// TCP/UDP ports (or every protocol) to <c>0.0.0.0/0</c> or <c>::/0</c>. Error for all ports or an
    /// administration/database port; nothing when every port is in the allowed public ports.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class WorldOpenSecurityGroupAnalyzer : SrmAnalyzer
    {
        private const string IngressRequest = "Amazon.EC2.Model.AuthorizeSecurityGroupIngressRequest";
        private const string IpPermissionType = "Amazon.EC2.Model.IpPermission";
        private const int MaxPort = 65535;

        private static readonly ImmutableHashSet<int> DefaultAdminPorts = ImmutableHashSet.Create(22, 3389, 3306, 5432, 1433, 1521, 6379, 9200, 27017);
        private static readonly ImmutableHashSet<int> DefaultAllowedPorts = ImmutableHashSet.Create(80, 443);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.WorldOpenSecurityGroup);

        private protected override void OnAwsCompilationStart(SrmRegistrar context, AwsSymbols symbols)
        {
            if (symbols.Get(IpPermissionType) is not { } permissionType)
            {
                return;
            }

            context.RegisterCreationAction(symbols.GetAll(IngressRequest), creation => Analyze(creation, permissionType));
        }

        private static void Analyze(CreationContext request, INamedTypeSymbol permissionType)
        {
            var permissions = new List<IObjectCreationOperation>();
            foreach (var list in ValuesOf(request.Creation, request.Tracked, "IpPermissions", constructorParameter: "ipPermissions"))
            {
                permissions.AddRange(CollectionElements.CreationsIn(list, request.Resolver, permissionType));
            }

            permissions.AddRange(CollectionElements.CreationsInMemberCollection(request.Creation, "IpPermissions", request.Resolver, permissionType));
            if (permissions.Count == 0)
            {
                return;
            }

            var tree = request.Creation.Syntax.SyntaxTree;
            var options = request.Context.Options;
            var adminPorts = SrmOptions.Get(options, tree, OptionDefinitions.AdminPorts, DefaultAdminPorts, ParsePorts).Value;
            var allowedPorts = SrmOptions.Get(options, tree, OptionDefinitions.AllowedPublicPorts, DefaultAllowedPorts, ParsePorts).Value;

            var seen = new HashSet<IOperation>();
            foreach (var permission in permissions)
            {
                if (seen.Add(permission) && Evaluate(permission, request, adminPorts, allowedPorts) is { } finding)
                {
                    // Where the world-open range is written: the permission's creation when the range is
                    // inside it, else the range itself (`perm.Ipv4Ranges = new List<IpRange> { new() { CidrIp = "0.0.0.0/0" } };`).
                    var permissionLocation = Locations.OfCreation(permission);
                    var location = permission.Syntax.Span.Contains(finding.Range.SourceSpan) ? permissionLocation : finding.Range;
                    request.Context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.WorldOpenSecurityGroup,
                        location,
                        finding.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                        additionalLocations: null,
                        properties: null,
                        finding.Message));
                }
            }
        }

        private static (string Message, bool Error, Location Range)? Evaluate(IObjectCreationOperation creation, CreationContext request, ImmutableHashSet<int> adminPorts, ImmutableHashSet<int> allowedPorts)
        {
            var permission = request.Tracker.Track(creation);
            if (WorldOpenCidr(creation, permission, request) is not { } world)
            {
                return null;
            }

            var cidr = world.Cidr;

            var protocol = SingleString(permission.ResolveFinal("IpProtocol", request.Resolver))?.Trim().ToLowerInvariant();
            string ports;
            bool error;
            switch (protocol)
            {
                case "-1" or "all":
                    // Every protocol, every port (AWS ignores the port range).
                    ports = "all protocols and ports";
                    error = true;
                    break;
                case "tcp" or "udp" or "6" or "17":
                    if (SinglePort(permission, "FromPort", request) is not { } from
                        || SinglePort(permission, "ToPort", request) is not { } to
                        || from < 0 || to > MaxPort || from > to)
                    {
                        return null;
                    }

                    if (Enumerable.Range(from, to - from + 1).All(allowedPorts.Contains))
                    {
                        return null;
                    }

                    var admin = adminPorts.Where(port => port >= from && port <= to).DefaultIfEmpty(-1).Min();
                    var all = from == 0 && to == MaxPort;
                    error = all || admin >= 0;
                    ports = all ? "all ports"
                        : from == to ? $"port {from}"
                        : $"ports {from}-{to}";
                    if (!all && admin >= 0)
                    {
                        ports += from == to ? " (an administration or database port)" : $" (including administration or database port {admin})";
                    }

                    break;
                default:
                    // Unknown protocol values, ICMP and other protocols are not judged.
                    return null;
            }

            return ($"Security group ingress opens {ports} to {cidr} (the whole internet)", error, world.Range);
        }

        /// <summary>
        /// The first world-open CIDR the permission certainly holds (Ipv4Ranges/Ipv6Ranges objects, or v3's
        /// IpRanges strings), with where it is written: the list value given to the permission, or the range
        /// added to the permission's own list.
        /// </summary>
        private static (string Cidr, Location Range)? WorldOpenCidr(IObjectCreationOperation creation, TrackedObject permission, CreationContext request)
        {
            foreach (var (listProperty, cidrProperty, world) in new[] { ("Ipv4Ranges", "CidrIp", "0.0.0.0/0"), ("Ipv6Ranges", "CidrIpv6", "::/0") })
            {
                var rangeType = (creation.Type as INamedTypeSymbol)?.GetMembers(listProperty).OfType<IPropertySymbol>().FirstOrDefault()?.Type is INamedTypeSymbol { TypeArguments.Length: 1 } list
                    ? list.TypeArguments[0] as INamedTypeSymbol
                    : null;
                if (rangeType is null)
                {
                    continue;
                }

                // A list written to the permission is located by its write; a range added to the permission's own list by itself.
                var ranges = ValuesOf(creation, permission, listProperty, constructorParameter: null)
                    .SelectMany(value => CollectionElements.CreationsIn(value, request.Resolver, rangeType).Select(range => (Range: range, Where: value.Syntax.GetLocation())))
                    .Concat(CollectionElements.CreationsInMemberCollection(creation, listProperty, request.Resolver, rangeType).Select(range => (Range: range, Where: Locations.OfCreation(range))));
                foreach (var (range, where) in ranges)
                {
                    if (request.Tracker.Track(range).ResolveFinal(cidrProperty, request.Resolver).Strings.Any(value => IsCidr(value, world)))
                    {
                        return (world, where);
                    }
                }
            }

            // AWSSDK.EC2 3.x: IpRanges is a list of CIDR strings.
            foreach (var value in ValuesOf(creation, permission, "IpRanges", constructorParameter: null))
            {
                foreach (var element in CollectionElements.ElementsIn(value, request.Resolver))
                {
                    if (request.Resolver.Resolve(element).Strings.FirstOrDefault(s => IsCidr(s, "0.0.0.0/0") || IsCidr(s, "::/0")) is { } cidr)
                    {
                        return (cidr.Trim(), value.Syntax.GetLocation());
                    }
                }
            }

            return null;
        }

        private static bool IsCidr(string value, string world) => string.Equals(value.Trim(), world, StringComparison.Ordinal);

        /// <summary>Values assigned to the property (initializer or later assignment), plus the matching constructor argument.</summary>
        private static IEnumerable<IOperation> ValuesOf(IObjectCreationOperation creation, TrackedObject tracked, string property, string? constructorParameter)
        {
            foreach (var write in tracked.FinalWritesOf(property))
            {
                yield return write.Value;
            }

            if (constructorParameter is not null)
            {
                foreach (var argument in creation.Arguments)
                {
                    if (argument.Parameter?.Name == constructorParameter)
                    {
                        yield return argument.Value;
                    }
                }
            }
        }

        private static int? SinglePort(TrackedObject permission, string property, CreationContext request) =>
            permission.ResolveFinal(property, request.Resolver) is { IsSingleConstant: true } value && value.Values[0] is int port ? port : null;

        private static string? SingleString(ResolvedValue value) =>
            value.IsSingleConstant && value.Values[0] is string text && ResolvedValue.IsComplete(text) ? text : null;

        private static ImmutableHashSet<int> ParsePorts(string value) =>
            SrmOptions.SplitList(value).Select(port => int.Parse(port, NumberStyles.None, CultureInfo.InvariantCulture)).ToImmutableHashSet();
    }
}
