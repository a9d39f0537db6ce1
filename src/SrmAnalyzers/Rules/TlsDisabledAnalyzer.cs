using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using SrmAnalyzers.Core;
using SrmAnalyzers.Core.ConfigFiles;

namespace SrmAnalyzers.Rules
{
    /// <summary>
    /// SRM102: TLS turned off. On any AWS client config (every <c>ClientConfig</c> subclass):
    /// <c>UseHttp = true</c> unless the config's <c>ServiceURL</c> is a local emulator or allowed host,
    /// and a <c>ServiceURL</c> of <c>http://</c> to a host that is neither; on
    /// <c>GetPreSignedUrlRequest</c>: <c>Protocol = Protocol.HTTP</c>. One diagnostic per object, at the bad value.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TlsDisabledAnalyzer : SrmAnalyzer
    {
        /// <summary>Diagnostic property naming the fix; absent when no safe edit exists.</summary>
        public const string FixProperty = "Fix";

        /// <summary>Remove the <c>UseHttp = true</c> assignment (the only write of UseHttp, in an initializer or a statement of its own).</summary>
        public const string RemoveUseHttp = "RemoveUseHttp";

        /// <summary>Replace the UseHttp value with <c>false</c>.</summary>
        public const string SetUseHttpFalse = "SetUseHttpFalse";

        /// <summary>Turn <c>http</c> into <c>https</c> at each additional location (the four letters of the scheme in a literal).</summary>
        public const string UseHttps = "UseHttps";

        /// <summary>Rename <c>HTTP</c> to <c>HTTPS</c> at each additional location (the member name of <c>Protocol.HTTP</c>).</summary>
        public const string UseProtocolHttps = "UseProtocolHttps";

        internal const string ClientConfigTypeName = "Amazon.Runtime.ClientConfig";
        internal const string PresignRequestTypeName = "Amazon.S3.Model.GetPreSignedUrlRequest";
        internal const string ProtocolTypeName = "Amazon.S3.Protocol";

        private const string UseHttpProperty = "UseHttp";
        private const string ServiceUrlProperty = "ServiceURL";
        private const string ProtocolProperty = "Protocol";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.TlsDisabled);

        private protected override void OnAwsCompilationStart(SrmRegistrar context, AwsSymbols symbols)
        {
            var clientConfig = symbols.Get(ClientConfigTypeName);
            if (clientConfig is not null)
            {
                context.RegisterCreationAction(type => AwsSymbols.InheritsFrom(type, clientConfig), AnalyzeClientConfig);
            }

            var presignRequest = symbols.Get(PresignRequestTypeName);
            var httpField = symbols.Get(ProtocolTypeName)?.GetMembers("HTTP").OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue);
            if (presignRequest is not null && httpField is not null)
            {
                context.RegisterCreationAction(symbols.GetAll(PresignRequestTypeName), creation => AnalyzePresignRequest(creation, httpField));
            }

            if (clientConfig is not null || (presignRequest is not null && httpField is not null))
            {
                context.RegisterOperationAction(
                    operationContext => AnalyzeUntrackedWrite(operationContext, symbols, clientConfig, presignRequest, httpField),
                    OperationKind.SimpleAssignment);
            }

            context.RegisterConfigFileAction(AnalyzeConfigFile);
        }

        /// <summary>
        /// The AWS section of an appsettings file, which <c>GetAWSOptions</c> copies onto every client's
        /// config: judged as a config built in code whose ServiceURL and UseHttp are these values.
        /// </summary>
        private static void AnalyzeConfigFile(ConfigFileContext context)
        {
            if (context.File.Aws is not { } aws)
            {
                return;
            }

            var allowedHosts = AllowedHosts(context.Options);
            var section = JsonConfigReader.AwsSectionName + ":";
            var inFile = " in " + SecretPatterns.RedactSecretsIn(context.File.FileName);
            if (aws.ServiceUrl is { } serviceUrl && BadHost(ResolvedValue.Constant(serviceUrl.Value), allowedHosts) is { } host)
            {
                context.Report(DiagnosticDescriptors.TlsDisabled, serviceUrl.Span, ServiceUrlMessage(section + serviceUrl.Name + inFile, host));
                return;
            }

            if (aws.UseHttp is { } useHttp
                && bool.TryParse(useHttp.Value.Trim(), out var isOn) && isOn
                && IsRemoteEndpoint(aws.ServiceUrl?.Value, allowedHosts) == true)
            {
                context.Report(DiagnosticDescriptors.TlsDisabled, useHttp.Span, UseHttpMessage(section + useHttp.Name, inFile));
            }
        }

        /// <summary>
        /// <c>ServiceURL</c> / <c>Protocol</c> written on an object the creation actions do not see: a field,
        /// a parameter, a property, a method result, a nested <c>Config = { ... }</c> initializer. An http://
        /// URL to a remote host or Protocol.HTTP is wrong wherever the object came from. UseHttp is left
        /// alone here: without the config's creation its ServiceURL (maybe an emulator) is unknown.
        /// </summary>
        private static void AnalyzeUntrackedWrite(OperationAnalysisContext context, AwsSymbols symbols, INamedTypeSymbol? clientConfig, INamedTypeSymbol? presignRequest, IFieldSymbol? httpField)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (assignment.Target is not IPropertyReferenceOperation { Property: var property } target
                || property.Name is not (ServiceUrlProperty or ProtocolProperty))
            {
                return;
            }

            var ownerType = target.Instance?.Type ?? property.ContainingType;
            var isServiceUrl = property.Name == ServiceUrlProperty && clientConfig is not null && AwsSymbols.InheritsFrom(ownerType, clientConfig);
            var isProtocol = property.Name == ProtocolProperty && presignRequest is not null && httpField is not null && AwsSymbols.InheritsFrom(ownerType, presignRequest);
            if (!isServiceUrl && !isProtocol)
            {
                return;
            }

            var resolver = new ValueResolver(symbols, assignment);
            if (IsTrackedByCreation(assignment, target, resolver) || TestDoubles.IsInTestDoubleExpression(assignment))
            {
                return;
            }

            var location = assignment.Value.Syntax.GetLocation();
            var editable = new List<Location>();
            if (isServiceUrl)
            {
                var allowedHosts = AllowedHosts(context.Options, assignment.Syntax.SyntaxTree);
                if (BadHost(resolver.Resolve(assignment.Value), allowedHosts) is { } host)
                {
                    var fixable = CollectHttpSchemes(assignment.Value, resolver, allowedHosts, editable) && editable.Count > 0;
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.TlsDisabled,
                        location,
                        fixable ? editable : null,
                        fixable ? FixOf(UseHttps) : null,
                        ServiceUrlMessage(ownerType!.Name + "." + ServiceUrlProperty, host)));
                }
            }
            else if (resolver.Resolve(assignment.Value).Any(v => Equals(v, httpField!.ConstantValue)))
            {
                var fixable = CollectProtocolNames(assignment.Value, resolver, httpField!, editable) && editable.Count > 0;
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.TlsDisabled,
                    location,
                    fixable ? editable : null,
                    fixable ? FixOf(UseProtocolHttps) : null,
                    ProtocolMessage));
            }
        }

        /// <summary>True when the write belongs to an object a creation action judges: its own initializer, or a local holding the <c>new</c>.</summary>
        private static bool IsTrackedByCreation(ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target, ValueResolver resolver)
        {
            switch (target.Instance)
            {
                case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }:
                    return assignment.Parent is IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation };
                case ILocalReferenceOperation local:
                    // The tracker follows writes through any local a `new` was stored in; a local assigned
                    // more than once may be one of those, so only a single non-creation value counts as untracked.
                    return resolver.Scope.SingleAssignedValue(local.Local) is null
                        || resolver.FollowToSource(local) is IObjectCreationOperation;
                default:
                    return false;
            }
        }

        private static void AnalyzeClientConfig(CreationContext creation)
        {
            var allowedHosts = AllowedHosts(creation.Context.Options, creation.Creation.Syntax.SyntaxTree);
            var config = creation.Tracked;
            var configName = creation.Creation.Type?.Name ?? "client config";

            // An explicit http:// URL decides the scheme whatever UseHttp says: report it first.
            foreach (var write in config.FinalWritesOf(ServiceUrlProperty))
            {
                if (BadHost(creation.Resolver.Resolve(write.Value), allowedHosts) is { } host)
                {
                    var editable = new List<Location>();
                    var fixable = CollectHttpSchemes(write.Value, creation.Resolver, allowedHosts, editable);
                    creation.Context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.TlsDisabled,
                        Locations.OfValue(write),
                        fixable && editable.Count > 0 ? editable : null,
                        fixable && editable.Count > 0 ? FixOf(UseHttps) : null,
                        ServiceUrlMessage(configName + "." + ServiceUrlProperty, host)));
                    return;
                }
            }

            var useHttp = config.FinalWritesOf(UseHttpProperty)
                .FirstOrDefault(write => creation.Resolver.Resolve(write.Value).Any(v => v is true));
            if (useHttp is null || !ServiceUrlMayBeRemote(config, creation.Resolver, allowedHosts, ServiceUrlMaySetElsewhere(creation)))
            {
                return;
            }

            var removable = config.WritesOf(UseHttpProperty).Count == 1
                && (useHttp.InInitializer || useHttp.Site.Parent is IExpressionStatementOperation { Parent: IBlockOperation });
            creation.Report(
                DiagnosticDescriptors.TlsDisabled,
                Locations.OfValue(useHttp),
                FixOf(removable ? RemoveUseHttp : SetUseHttpFalse),
                UseHttpMessage(configName + "." + UseHttpProperty));
        }

        private static void AnalyzePresignRequest(CreationContext creation, IFieldSymbol httpField)
        {
            foreach (var write in creation.Tracked.FinalWritesOf(ProtocolProperty))
            {
                if (!creation.Resolver.Resolve(write.Value).Any(v => Equals(v, httpField.ConstantValue)))
                {
                    continue;
                }

                var editable = new List<Location>();
                var fixable = CollectProtocolNames(write.Value, creation.Resolver, httpField, editable);
                creation.Context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.TlsDisabled,
                    Locations.OfValue(write),
                    fixable && editable.Count > 0 ? editable : null,
                    fixable && editable.Count > 0 ? FixOf(UseProtocolHttps) : null,
                    ProtocolMessage));
                return;
            }
        }

        /// <summary>
        /// False when the config's ServiceURL is a local emulator or allowed host on every path, or
        /// may be something the analyzer cannot see (then UseHttp is probably the emulator setup).
        /// An unset ServiceURL means the AWS endpoint.
        /// </summary>
        private static bool ServiceUrlMayBeRemote(TrackedObject config, ValueResolver resolver, ImmutableArray<string> allowedHosts, bool maySetElsewhere)
        {
            ResolvedValue urls;
            if (!config.IsWritten(ServiceUrlProperty))
            {
                urls = maySetElsewhere ? ResolvedValue.Unknown : ResolvedValue.Constant(null);
            }
            else
            {
                urls = config.ResolveFinal(ServiceUrlProperty, resolver);
                if (!config.WritesOf(ServiceUrlProperty).Any(w => w.Unconditional))
                {
                    urls = ResolvedValue.Union(urls, maySetElsewhere ? ResolvedValue.Unknown : ResolvedValue.Constant(null));
                }
            }

            if (urls.HasUnknown || urls.Values.Any(v => v is not null and not string))
            {
                return false;
            }

            var remote = false;
            foreach (var url in urls.Values)
            {
                if (IsRemoteEndpoint(url as string, allowedHosts) is not { } isRemote)
                {
                    return false;
                }

                remote |= isRemote;
            }

            return remote;
        }

        /// <summary>
        /// Whether a ServiceURL sends to a host that is neither local nor allowed: true for none at all (the
        /// AWS endpoint), null when the host is not known.
        /// </summary>
        private static bool? IsRemoteEndpoint(string? serviceUrl, ImmutableArray<string> allowedHosts)
        {
            if (serviceUrl is null || serviceUrl.Trim().Length == 0)
            {
                return true;
            }

            var parsed = HttpUrl.Parse(serviceUrl);
            return parsed.HasKnownHost ? !IsLocalOrAllowed(parsed.Host!, allowedHosts) : null;
        }

        /// <summary>
        /// Whether code out of sight may set the config's ServiceURL. A config built in the initializer
        /// of a private readonly field (<c>static readonly AmazonDynamoDBConfig Config = new() { UseHttp = true }</c>)
        /// is in sight when every use of the field in its type, all in this file, only reads it or hands
        /// it to an SDK constructor or method (a client keeps the settings it is given).
        /// </summary>
        private static bool ServiceUrlMaySetElsewhere(CreationContext creation)
        {
            var config = creation.Tracked;
            if (!config.MayBeModifiedElsewhere)
            {
                return false;
            }

            var tree = creation.Creation.Syntax.SyntaxTree;
            return creation.Creation.ParentSkippingConversions() is not IFieldInitializerOperation { InitializedFields: { Length: 1 } fields }
                || fields[0] is not { IsReadOnly: true, DeclaredAccessibility: Accessibility.Private, ContainingType: { } owner } field
                || owner.DeclaringSyntaxReferences.Any(reference => reference.SyntaxTree != tree)
                || MemberUses.Of(field, creation.Context.Compilation, withWrites: true).Any(use => !IsReadOrSdkArgument(use.Use));
        }

        private static bool IsReadOrSdkArgument(IOperation use)
        {
            var parent = use.ParentSkippingConversions(out var child);
            return parent switch
            {
                IPropertyReferenceOperation property when property.Instance == child =>
                    !(property.Parent is IAssignmentOperation assignment && assignment.Target == property)
                    && property.Parent is not (IMemberInitializerOperation or IInvocationOperation),
                IArgumentOperation { Parent: IObjectCreationOperation { Constructor: { } constructor } } => AwsSymbols.IsSdkSymbol(constructor),
                IArgumentOperation { Parent: IInvocationOperation invocation } => AwsSymbols.IsSdkSymbol(invocation.TargetMethod),
                _ => false,
            };
        }

        internal static bool IsLocalOrAllowed(string host, ImmutableArray<string> allowedHosts)
        {
            if (EmulatorEndpoints.IsLocal("http://" + host))
            {
                return true;
            }

            foreach (var allowed in allowedHosts)
            {
                var pattern = allowed.TrimEnd('.');
                if (pattern.StartsWith("*.", StringComparison.Ordinal)
                    ? host.EndsWith(pattern.Substring(1), StringComparison.OrdinalIgnoreCase) && host.Length > pattern.Length - 1
                    : string.Equals(host, pattern, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsBadUrl(ResolvedValue value, ImmutableArray<string> allowedHosts) => BadHost(value, allowedHosts) is not null;

        /// <summary>The first remote host, neither local nor allowed, that one of the values sends plain HTTP to.</summary>
        private static string? BadHost(ResolvedValue value, ImmutableArray<string> allowedHosts) =>
            value.Strings.Select(HttpUrl.Parse)
                .FirstOrDefault(url => url.Scheme == UrlScheme.Http && url.HasKnownHost && !IsLocalOrAllowed(url.Host!, allowedHosts))
                .Host;

        internal static ImmutableArray<string> AllowedHosts(AnalyzerOptions options, SyntaxTree tree) =>
            AllowedHosts(options.AnalyzerConfigOptionsProvider.GetOptions(tree));

        private static ImmutableArray<string> AllowedHosts(AnalyzerConfigOptions configOptions) =>
            SrmOptions.Get(configOptions, OptionDefinitions.AllowedHttpHosts, ImmutableArray<string>.Empty, raw => SrmOptions.SplitList(raw).ToImmutableArray()).Value;

        /// <param name="serviceUrl">The setting as the user knows it: <c>AmazonS3Config.ServiceURL</c>, <c>AWS:ServiceURL in appsettings.json</c>.</param>
        private static string ServiceUrlMessage(string serviceUrl, string host) =>
            $"{serviceUrl} uses http:// to {SecretPatterns.RedactSecretsIn(host)}: requests, responses and their data travel in clear text";

        /// <param name="where">Where the setting is, after the value (" in appsettings.json"); empty in code.</param>
        private static string UseHttpMessage(string useHttp, string where = "") =>
            $"{useHttp} = true{where} sends requests, responses and their data to the service in clear text";

        private const string ProtocolMessage = "GetPreSignedUrlRequest.Protocol = Protocol.HTTP makes a presigned URL whose request and data travel in clear text";

        /// <summary>
        /// The <c>http</c> of every bad URL in the written value, when each sits in a literal that can be
        /// edited in place: a string literal, the first text of an interpolation, or the leftmost operand
        /// of a concatenation; branches of conditionals, switches and coalesces are visited. False when a
        /// bad URL comes from elsewhere (a constant, a field, a local): that shared value is not edited.
        /// </summary>
        internal static bool CollectHttpSchemes(IOperation operation, ValueResolver resolver, ImmutableArray<string> allowedHosts, List<Location> locations)
        {
            var editable = true;
            foreach (var value in Branches.ValuesOf(operation, OperationNavigation.WithoutImplicitConversions))
            {
                if (!IsBadUrl(resolver.Resolve(value), allowedHosts))
                {
                    continue;
                }

                if (SchemeInLiteral(value) is { } location)
                {
                    locations.Add(location);
                }
                else
                {
                    editable = false;
                }
            }

            return editable;
        }

        /// <summary>The four letters <c>http</c> at the start of the URL's leftmost literal, or null when there is no such literal here.</summary>
        private static Location? SchemeInLiteral(IOperation operation)
        {
            operation = operation.WithoutImplicitConversions()!;
            while (operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary)
            {
                operation = binary.LeftOperand.WithoutImplicitConversions()!;
            }

            SyntaxToken token;
            switch (operation.Syntax)
            {
                case LiteralExpressionSyntax literal when operation is ILiteralOperation && literal.Token.IsKind(SyntaxKind.StringLiteralToken):
                    token = literal.Token;
                    break;
                case InterpolatedStringExpressionSyntax { Contents: { Count: > 0 } contents } when contents[0] is InterpolatedStringTextSyntax text:
                    token = text.TextToken;
                    break;
                default:
                    return null;
            }

            var start = token.Text.IndexOf("http://", StringComparison.OrdinalIgnoreCase);
            if (start < 0 || token.Text.Substring(0, start).Any(c => c is not ('@' or '"'))
                || !token.ValueText.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            return Location.Create(token.SyntaxTree!, new TextSpan(token.SpanStart + start, 4));
        }

        /// <summary>The <c>HTTP</c> names of <c>Protocol.HTTP</c> in the written value (branches visited); false when another form carries HTTP.</summary>
        private static bool CollectProtocolNames(IOperation operation, ValueResolver resolver, IFieldSymbol httpField, List<Location> locations)
        {
            var editable = true;
            foreach (var value in Branches.ValuesOf(operation, OperationNavigation.WithoutImplicitConversions))
            {
                if (value is IFieldReferenceOperation field && SymbolEqualityComparer.Default.Equals(field.Field, httpField))
                {
                    var name = field.Syntax switch
                    {
                        MemberAccessExpressionSyntax memberAccess => memberAccess.Name,
                        IdentifierNameSyntax identifier => identifier,
                        _ => null,
                    };
                    if (name is not null)
                    {
                        locations.Add(name.GetLocation());
                    }

                    editable &= name is not null;
                }
                else
                {
                    editable &= !resolver.Resolve(value).Any(v => Equals(v, httpField.ConstantValue));
                }
            }

            return editable;
        }

        private static ImmutableDictionary<string, string?> FixOf(string fix) => ImmutableDictionary<string, string?>.Empty.Add(FixProperty, fix);
    }
}
