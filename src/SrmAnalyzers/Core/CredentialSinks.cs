using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SrmAnalyzers.Core
{
    /// <summary>What kind of object receives explicit credentials.</summary>
    internal enum CredentialSinkKind
    {
        /// <summary>An SDK service client constructor with <c>awsAccessKeyId</c>/<c>awsSecretAccessKey</c> parameters.</summary>
        ServiceClient,

        /// <summary><c>BasicAWSCredentials</c> or <c>SessionAWSCredentials</c>: an <c>AWSCredentials</c> a client can take.</summary>
        AwsCredentials,

        /// <summary><c>ImmutableCredentials</c>: a credentials snapshot, not something a client takes.</summary>
        ImmutableCredentials,
    }

    /// <summary>One creation that receives explicit AWS credentials, with the arguments holding them.</summary>
    internal sealed class CredentialSink
    {
        public CredentialSink(IObjectCreationOperation creation, CredentialSinkKind kind, IArgumentOperation? accessKeyId, IArgumentOperation? secretAccessKey, IArgumentOperation? sessionToken)
        {
            Creation = creation;
            Kind = kind;
            AccessKeyId = accessKeyId;
            SecretAccessKey = secretAccessKey;
            SessionToken = sessionToken;
        }

        public IObjectCreationOperation Creation { get; }

        public CredentialSinkKind Kind { get; }

        public IArgumentOperation? AccessKeyId { get; }

        public IArgumentOperation? SecretAccessKey { get; }

        public IArgumentOperation? SessionToken { get; }

        /// <summary>The access key ID, secret and session token arguments that are present.</summary>
        public IEnumerable<IArgumentOperation> CredentialArguments
        {
            get
            {
                foreach (var argument in new[] { AccessKeyId, SecretAccessKey, SessionToken })
                {
                    if (argument is not null)
                    {
                        yield return argument;
                    }
                }
            }
        }
    }

    /// <summary>
    /// Recognises the SDK objects that take explicit credentials (<c>BasicAWSCredentials</c>,
    /// <c>SessionAWSCredentials</c>, <c>ImmutableCredentials</c>, and every service client
    /// constructor with <c>awsAccessKeyId</c>/<c>awsSecretAccessKey</c>/<c>awsSessionToken</c>
    /// parameters), matched by metadata name and parameter name so v3 and v4 are alike. Also
    /// tells which clients the credentials go to and whether they target a local emulator.
    /// Build one per compilation.
    /// </summary>
    internal sealed class CredentialSinks
    {
        private readonly AwsSymbols _symbols;
        private readonly ImmutableHashSet<INamedTypeSymbol> _awsCredentialTypes;
        private readonly INamedTypeSymbol? _immutableCredentials;
        private readonly INamedTypeSymbol? _awsCredentials;
        private readonly INamedTypeSymbol? _clientConfig;

        public CredentialSinks(AwsSymbols symbols)
        {
            _symbols = symbols;
            _awsCredentialTypes = symbols.GetAll("Amazon.Runtime.BasicAWSCredentials", "Amazon.Runtime.SessionAWSCredentials");
            _immutableCredentials = symbols.Get("Amazon.Runtime.ImmutableCredentials");
            _awsCredentials = symbols.Get("Amazon.Runtime.AWSCredentials");
            _clientConfig = symbols.Get("Amazon.Runtime.ClientConfig");
        }

        public AwsSymbols Symbols => _symbols;

        /// <summary>The sink that <paramref name="creation"/> is, or null.</summary>
        public CredentialSink? Find(IObjectCreationOperation creation)
        {
            if (creation.Type is not INamedTypeSymbol type || creation.Constructor is null)
            {
                return null;
            }

            CredentialSinkKind kind;
            if (_awsCredentialTypes.Contains(type.OriginalDefinition))
            {
                kind = CredentialSinkKind.AwsCredentials;
            }
            else if (_immutableCredentials is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, _immutableCredentials))
            {
                kind = CredentialSinkKind.ImmutableCredentials;
            }
            else if (_symbols.IsServiceClient(type))
            {
                kind = CredentialSinkKind.ServiceClient;
            }
            else
            {
                return null;
            }

            IArgumentOperation? accessKeyId = null, secretAccessKey = null, sessionToken = null;
            foreach (var argument in creation.Arguments)
            {
                if (argument.Parameter is not { Type.SpecialType: SpecialType.System_String } parameter || argument.ArgumentKind != ArgumentKind.Explicit)
                {
                    continue;
                }

                // Service clients name them awsAccessKeyId/awsSecretAccessKey/awsSessionToken; the
                // credential classes also use accessKey/secretKey/token.
                switch (parameter.Name)
                {
                    case "awsAccessKeyId":
                    case "accessKey" when kind != CredentialSinkKind.ServiceClient:
                        accessKeyId = argument;
                        break;
                    case "awsSecretAccessKey":
                    case "secretKey" when kind != CredentialSinkKind.ServiceClient:
                        secretAccessKey = argument;
                        break;
                    case "awsSessionToken":
                    case "token" when kind != CredentialSinkKind.ServiceClient:
                        sessionToken = argument;
                        break;
                }
            }

            return accessKeyId is null && secretAccessKey is null
                ? null
                : new CredentialSink(creation, kind, accessKeyId, secretAccessKey, sessionToken);
        }

        /// <summary>True for a client constructor parameter that takes an <c>AWSCredentials</c> object.</summary>
        public bool IsCredentialsParameter(IParameterSymbol? parameter) =>
            parameter is not null && _awsCredentials is not null && AwsSymbols.InheritsFrom(parameter.Type, _awsCredentials);

        /// <summary>
        /// The service client creation that takes the credentials object <paramref name="credentials"/>
        /// directly as its <c>AWSCredentials</c> argument (<c>new AmazonS3Client(new BasicAWSCredentials(...), ...)</c>), or null.
        /// </summary>
        public IObjectCreationOperation? ClientTakingDirectly(IOperation credentials)
        {
            var argument = credentials.ParentSkippingConversions();
            return argument is IArgumentOperation { Parent: IObjectCreationOperation client } credentialsArgument
                && IsCredentialsParameter(credentialsArgument.Parameter)
                && _symbols.IsServiceClient(client.Type)
                ? client
                : null;
        }

        /// <summary>
        /// The service client creations in the same member body that receive the credentials object
        /// created by <paramref name="credentials"/>, directly or through a single-assignment local.
        /// <paramref name="complete"/> is false when the object also goes somewhere else.
        /// </summary>
        public IReadOnlyList<IObjectCreationOperation> ClientsTaking(IObjectCreationOperation credentials, ValueResolver resolver, out bool complete)
        {
            complete = true;
            if (ClientTakingDirectly(credentials) is { } direct)
            {
                return new[] { direct };
            }

            if (credentials.ParentSkippingConversions() is not IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }
                || resolver.Scope.SingleAssignedValue(declarator.Symbol) is null)
            {
                complete = false;
                return System.Array.Empty<IObjectCreationOperation>();
            }

            var clients = new List<IObjectCreationOperation>();
            foreach (var operation in resolver.Scope.Operations)
            {
                if (operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, declarator.Symbol))
                {
                    if (ClientTakingDirectly(reference) is { } client)
                    {
                        clients.Add(client);
                    }
                    else
                    {
                        complete = false;
                    }
                }
            }

            return clients;
        }

        /// <summary>
        /// True when the client's configuration argument (created in view) sets <c>ServiceURL</c>
        /// only to a local emulator endpoint (<c>http://localhost:4566</c>, <c>http://minio:9000</c>, ...).
        /// </summary>
        public bool TargetsLocalEmulator(IObjectCreationOperation client, ValueResolver resolver)
        {
            if (_clientConfig is null)
            {
                return false;
            }

            foreach (var argument in client.Arguments)
            {
                if (argument.Parameter is not { } parameter || !AwsSymbols.InheritsFrom(parameter.Type, _clientConfig))
                {
                    continue;
                }

                if (resolver.FollowToSource(argument.Value) is not IObjectCreationOperation configCreation)
                {
                    return false;
                }

                var serviceUrl = new RequestTracker(resolver).Track(configCreation).ResolveFinal("ServiceURL", resolver);
                if (serviceUrl.HasUnknown || serviceUrl.IsUnknown)
                {
                    return false;
                }

                foreach (var value in serviceUrl.Values)
                {
                    if (value is not string url || !EmulatorEndpoints.IsLocal(url))
                    {
                        return false;
                    }
                }

                return true;
            }

            return false;
        }
    }
}
