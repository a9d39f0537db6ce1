using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SrmAnalyzers.Core.LeastPrivilege
{
    /// <summary>Whether a call sets a request property: on no path, on some paths, on every path.</summary>
    internal enum Presence
    {
        Never,
        Maybe,
        Always,
    }

    /// <summary>
    /// The values an SDK call gives its request properties, wherever the code writes them: the
    /// request object's initializer and later assignments (<see cref="RequestTracker"/>), its
    /// constructor arguments, or the convenience overload's arguments (parameter <c>bucketName</c>
    /// is property <c>BucketName</c>). A request the analyzer cannot see (passed in from elsewhere)
    /// has every value unknown and every property <see cref="Presence.Never"/>: the code does not show them.
    /// </summary>
    internal sealed class SdkRequestView
    {
        private readonly IInvocationOperation _invocation;
        private readonly TrackedObject? _request;
        private readonly IObjectCreationOperation? _creation;

        public SdkRequestView(IInvocationOperation invocation, ValueResolver resolver)
        {
            _invocation = invocation;
            Resolver = resolver;
            foreach (var argument in invocation.Arguments)
            {
                if (IsRequestType(argument.Parameter?.Type, resolver.Symbols) && resolver.FollowToSource(argument.Value) is IObjectCreationOperation creation)
                {
                    _creation = creation;
                    _request = new RequestTracker(resolver).Track(creation);
                    break;
                }
            }
        }

        public ValueResolver Resolver { get; }

        /// <summary>The request object built in view (its writes and the locals holding it); null when the request is not seen.</summary>
        public TrackedObject? Request => _request;

        /// <summary>The value of the property on the paths that set it; unknown when nothing visible sets it.</summary>
        public ResolvedValue Value(string property)
        {
            if (_request is not null && _request.IsWritten(property))
            {
                return _request.ResolveFinal(property, Resolver);
            }

            return ArgumentFor(property) is { } argument ? Resolver.Resolve(argument) : ResolvedValue.Unknown;
        }

        /// <summary>True when a visible write or argument sets the property.</summary>
        public bool IsSet(string property) => _request is not null && _request.IsWritten(property) || ArgumentFor(property) is not null;

        /// <summary>Whether the property is set to something other than null, on some or every path.</summary>
        public Presence PresenceOf(string property)
        {
            if (!IsSet(property))
            {
                return Presence.Never;
            }

            var value = Value(property);
            if (!value.HasUnknown && value.Values.All(v => v is null))
            {
                return Presence.Never;
            }

            var mayBeUnset = _request is not null && _request.IsWritten(property) && _request.MayBeUnset(property);
            return mayBeUnset || value.Values.Contains(null) ? Presence.Maybe : Presence.Always;
        }

        /// <summary>A request of the SDK (<c>AmazonWebServiceRequest</c>) or of its transfer helper (<c>TransferUtilityUploadRequest</c>).</summary>
        public static bool IsRequestType(ITypeSymbol? type, AwsSymbols symbols) =>
            type is INamedTypeSymbol named
            && (AwsSymbols.InheritsFrom(named, symbols.AmazonWebServiceRequest)
                || named.Name.EndsWith("Request", System.StringComparison.Ordinal) && named.ContainingNamespace?.ToDisplayString() == "Amazon.S3.Transfer");

        /// <summary>A constructor argument of the request, or an argument of the call, for the parameter named like the property.</summary>
        private IOperation? ArgumentFor(string property)
        {
            var parameter = char.ToLowerInvariant(property[0]) + property.Substring(1);
            if (_creation is not null && SdkCalls.ExplicitArgument(_creation.Arguments, parameter) is { } constructorArgument)
            {
                return constructorArgument;
            }

            return SdkCalls.ExplicitArgument(_invocation.Arguments, parameter);
        }
    }
}
