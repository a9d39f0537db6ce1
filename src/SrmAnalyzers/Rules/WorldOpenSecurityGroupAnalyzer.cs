using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
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
            // Each permission with the tracker to read it by: one per constant for `ports.Select(p => new IpPermission { ... })`,
            // one per call for a permission a helper builds from its arguments (`Range(AdminPorts, "0.0.0.0/0")`).
            var permissions = new List<(IObjectCreationOperation Creation, RequestTracker Tracker)>();
            foreach (var list in ValuesOf(request.Creation, request.Tracked, "IpPermissions", constructorParameter: "ipPermissions"))
            {
                foreach (var (creation, resolver) in CollectionElements.CreationsWithResolversIn(list, request.Resolver, permissionType))
                {
                    permissions.Add((creation, TrackerFor(resolver, request.Tracker)));
                }
            }

            permissions.AddRange(CollectionElements.CreationsWithResolversInMemberCollection(request.Creation, "IpPermissions", request.Resolver, permissionType)
                .Select(permission => (permission.Creation, TrackerFor(permission.Resolver, request.Tracker))));
            if (permissions.Count == 0)
            {
                return;
            }

            var tree = request.Creation.Syntax.SyntaxTree;
            var options = request.Context.Options;
            var adminPorts = SrmOptions.Get(options, tree, OptionDefinitions.AdminPorts, DefaultAdminPorts, ParsePorts).Value;
            var allowedPorts = SrmOptions.Get(options, tree, OptionDefinitions.AllowedPublicPorts, DefaultAllowedPorts, ParsePorts).Value;

            var seen = new HashSet<IOperation>();
            var reported = new HashSet<(TextSpan, string)>();
            foreach (var (permission, tracker) in permissions)
            {
                // A permission read with the request's own tracker is judged once; one built per constant is
                // judged per constant, and the same mistake at the same place is reported once.
                // A permission a helper returns is reported at the caller's argument that opens it (HelperCall).
                if ((tracker != request.Tracker || seen.Add(permission))
                    && Evaluate(permission, tracker, adminPorts, allowedPorts) is { } finding
                    && HelperCall.PlaceAtCall(
                        Diagnostic.Create(
                            DiagnosticDescriptors.WorldOpenSecurityGroup,
                            Where(permission, finding.Range),
                            finding.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                            additionalLocations: null,
                            properties: null,
                            finding.Message),
                        tracker.Resolver) is { } diagnostic
                    && reported.Add((diagnostic.Location.SourceSpan, finding.Message)))
                {
                    request.Context.ReportDiagnostic(diagnostic);
                }
            }
        }

        /// <summary>
        /// Where the world-open range is written: the permission's creation when the range is inside it, else
        /// the range itself (`perm.Ipv4Ranges = new List&lt;IpRange&gt; { new() { CidrIp = "0.0.0.0/0" } };`).
        /// </summary>
        private static Location Where(IObjectCreationOperation permission, Location range) =>
            permission.Syntax.Span.Contains(range.SourceSpan) ? Locations.OfCreation(permission) : range;

        private static RequestTracker TrackerFor(ValueResolver resolver, RequestTracker tracker) =>
            resolver == tracker.Resolver ? tracker : new RequestTracker(resolver);

        private static (string Message, bool Error, Location Range)? Evaluate(IObjectCreationOperation creation, RequestTracker tracker, ImmutableHashSet<int> adminPorts, ImmutableHashSet<int> allowedPorts)
        {
            var permission = tracker.Track(creation);
            if (WorldOpenCidr(creation, permission, tracker) is not { } world)
            {
                return null;
            }

            var cidr = world.Cidr;

            var protocol = SingleString(permission.ResolveFinal("IpProtocol", tracker.Resolver))?.Trim().ToLowerInvariant();
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
                    if (SinglePort(permission, "FromPort", tracker.Resolver) is not { } from
                        || SinglePort(permission, "ToPort", tracker.Resolver) is not { } to
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
        private static (string Cidr, Location Range)? WorldOpenCidr(IObjectCreationOperation creation, TrackedObject permission, RequestTracker tracker)
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
                // Ranges built by `cidrs.Select(c => new IpRange { CidrIp = c })` are read once per constant.
                var ranges = ValuesOf(creation, permission, listProperty, constructorParameter: null)
                    .SelectMany(value => CollectionElements.CreationsWithResolversIn(value, tracker.Resolver, rangeType).Select(range => (range.Creation, range.Resolver, Where: value.Syntax.GetLocation())))
                    .Concat(CollectionElements.CreationsInMemberCollection(creation, listProperty, tracker.Resolver, rangeType).Select(range => (Creation: range, tracker.Resolver, Where: Locations.OfCreation(range))));
                foreach (var (range, resolver, where) in ranges)
                {
                    if (TrackerFor(resolver, tracker).Track(range).ResolveFinal(cidrProperty, resolver).Strings.Any(value => IsCidr(value, world)))
                    {
                        return (world, where);
                    }
                }
            }

            // AWSSDK.EC2 3.x: IpRanges is a list of CIDR strings.
            foreach (var value in ValuesOf(creation, permission, "IpRanges", constructorParameter: null))
            {
                foreach (var element in CollectionElements.ElementsIn(value, tracker.Resolver))
                {
                    if (tracker.Resolver.Resolve(element).Strings.FirstOrDefault(s => IsCidr(s, "0.0.0.0/0") || IsCidr(s, "::/0")) is { } cidr)
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

        private static int? SinglePort(TrackedObject permission, string property, ValueResolver resolver) =>
            permission.ResolveFinal(property, resolver) is { IsSingleConstant: true } value && value.Values[0] is int port ? port : null;

        private static string? SingleString(ResolvedValue value) =>
            value.IsSingleConstant && value.Values[0] is string text && ResolvedValue.IsComplete(text) ? text : null;

        private static ImmutableHashSet<int> ParsePorts(string value) =>
            SrmOptions.SplitList(value).Select(port => int.Parse(port, NumberStyles.None, CultureInfo.InvariantCulture)).ToImmutableHashSet();
    }
}
