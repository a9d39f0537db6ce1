using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace SrmAnalyzers.Core
{
    /// <summary>
    /// AWS SDK symbols of one compilation, looked up by metadata name (v3 and v4 share names) and
    /// cached for the compilation's lifetime. Create it in a compilation-start action; when
    /// <see cref="TryCreate"/> fails the compilation does not use the SDK and nothing is registered.
    /// </summary>
    internal sealed class AwsSymbols
    {
        /// <summary>One table of shared lookups per compilation; weakly keyed, it dies with the compilation.</summary>
        private static readonly ConditionalWeakTable<Compilation, SharedLookups> LookupsByCompilation = new();

        private readonly SharedLookups _shared;
        private readonly ConcurrentDictionary<INamedTypeSymbol, string> _metadataNames = new(SymbolEqualityComparer.Default);

        private AwsSymbols(Compilation compilation, SharedLookups shared, INamedTypeSymbol webServiceRequest)
        {
            Compilation = compilation;
            AmazonWebServiceRequest = webServiceRequest;
            _shared = shared;

            // Asked for nearly every SDK value the rules resolve: looked up once, not per value.
            ConstantClass = Get("Amazon.Runtime.ConstantClass");
            AmazonServiceClient = Get("Amazon.Runtime.AmazonServiceClient");
        }

        public Compilation Compilation { get; }

        /// <summary>Base type of every SDK request (in AWSSDK.Core).</summary>
        public INamedTypeSymbol AmazonWebServiceRequest { get; }

        public INamedTypeSymbol? ConstantClass { get; }

        public INamedTypeSymbol? AmazonServiceClient { get; }

        /// <summary>
        /// True when the compilation references Moq, NSubstitute or FakeItEasy (a test project): only
        /// then can a client be a test double (<see cref="TestDoubles"/>).
        /// </summary>
        public bool ReferencesMockingLibrary => _shared.ReferencesMockingLibrary;

        /// <summary>What the cross-member checks derive from other members of this compilation (shared by every analyzer).</summary>
        public CrossMemberCaches CrossMember => _shared.CrossMember;

        public static bool TryCreate(Compilation compilation, out AwsSymbols symbols)
        {
            // One instance for every analyzer of the compilation (it holds only lookups and caches).
            var shared = LookupsByCompilation.GetValue(compilation, c => new SharedLookups(c));
            symbols = shared.Symbols!;
            return symbols is not null;
        }

        /// <summary>The type with this metadata name, or null when the compilation lacks it (or has it twice).</summary>
        public INamedTypeSymbol? Get(string metadataName) => _shared.GetType(metadataName);

        /// <summary>
        /// The value of a static readonly field declared in a referenced assembly (an SDK constant
        /// such as <c>ServerSideEncryptionMethod.AWSKMS</c>, or <c>string.Empty</c>), computed once
        /// per compilation for all analyzers (<see cref="RememberReferencedFieldValue"/>): it depends
        /// on the field alone, and the same few constants are resolved for nearly every SDK request.
        /// </summary>
        public bool TryGetReferencedFieldValue(IFieldSymbol field, out ResolvedValue value) =>
            _shared.ReferencedFieldValues.TryGetValue(field, out value);

        /// <summary>Keeps the value computed for a field; a value another callback kept first wins (they are equal).</summary>
        public ResolvedValue RememberReferencedFieldValue(IFieldSymbol field, ResolvedValue value) =>
            _shared.ReferencedFieldValues.GetOrAdd(field, value);

        /// <summary>The types of <paramref name="metadataNames"/> that this compilation has.</summary>
        public ImmutableHashSet<INamedTypeSymbol> GetAll(params string[] metadataNames)
        {
            // Asked by every rule at every compilation start, mostly for services the project does not
            // use: an empty result allocates nothing.
            ImmutableHashSet<INamedTypeSymbol>.Builder? builder = null;
            foreach (var name in metadataNames)
            {
                if (Get(name) is { } type)
                {
                    (builder ??= ImmutableHashSet.CreateBuilder<INamedTypeSymbol>(SymbolEqualityComparer.Default)).Add(type);
                }
            }

            return builder?.ToImmutable() ?? NoTypes;
        }

        private static readonly ImmutableHashSet<INamedTypeSymbol> NoTypes = ImmutableHashSet<INamedTypeSymbol>.Empty.WithComparer(SymbolEqualityComparer.Default);

        /// <summary>
        /// A value derived from this compilation's symbols alone that several analyzers need (the policy
        /// sinks of SRM201-203): made once per compilation for all of them. <paramref name="key"/> is a
        /// static object of the caller; a race makes two values, one of which is kept.
        /// </summary>
        public T Shared<T>(object key, System.Func<AwsSymbols, T> create)
            where T : class =>
            (T)_shared.Derived.GetOrAdd(key, _ => create(this));

        /// <summary>True for SDK "enum-like" classes (S3CannedACL, ServerSideEncryptionMethod, ...).</summary>
        public bool IsConstantClass(ITypeSymbol? type) => ConstantClass is { } constantClass && InheritsFrom(type, constantClass);

        /// <summary>
        /// The wire value of an SDK constant-class member (<c>S3CannedACL.PublicRead</c> is "public-read"),
        /// from <see cref="SdkConstants"/>. The class's metadata name is built once per compilation:
        /// constant-class fields are resolved for nearly every SDK request property.
        /// </summary>
        public bool TryGetWireValue(INamedTypeSymbol constantClass, string memberName, out string value) =>
            SdkConstants.TryGetWireValue(_metadataNames.GetOrAdd(constantClass, ValueResolver.MetadataName), memberName, out value);

        /// <summary>True for an SDK service client (AmazonS3Client, AmazonIdentityManagementServiceClient, ...).</summary>
        public bool IsServiceClient(ITypeSymbol? type) => AmazonServiceClient is { } client && InheritsFrom(type, client);

        /// <summary>True when the symbol is declared by the AWS SDK (namespace Amazon or below).</summary>
        public static bool IsSdkSymbol(ISymbol? symbol) => RootNamespace(symbol) == "Amazon";

        /// <summary>The outermost namespace a symbol is declared in ("Amazon" for Amazon.S3.Model); null in the global namespace.</summary>
        public static string? RootNamespace(ISymbol? symbol)
        {
            var ns = symbol?.ContainingNamespace;
            while (ns is { IsGlobalNamespace: false, ContainingNamespace.IsGlobalNamespace: false })
            {
                ns = ns.ContainingNamespace;
            }

            return ns is { IsGlobalNamespace: false } ? ns.Name : null;
        }

        /// <summary>Lookups shared by every SRM analyzer of one compilation: pure results of the compilation's symbols.</summary>
        private sealed class SharedLookups
        {
            private const string WebServiceRequestName = "Amazon.Runtime.AmazonWebServiceRequest";

            /// <summary>
            /// Slots for the type names the rules ask for (about 150, all constants of the rules): each name
            /// gets one slot for the life of the process, and each compilation keeps its answers in an array
            /// of that many slots, so that a lookup is an array read without locks, and a compilation's start
            /// (every analyzer asking for its types) adds no table entries. Names beyond the slots (there are
            /// none today) go to a table per compilation.
            /// </summary>
            private const int TypeNameSlots = 512;

            private static readonly ConcurrentDictionary<string, int> SlotByTypeName = new(System.StringComparer.Ordinal);

            private static int lastSlot = -1;

            /// <summary>Kept in a slot for a name the compilation does not have.</summary>
            private static readonly object NoSuchType = new();

            private readonly Compilation _compilation;

            /// <summary>Made on first use; a race makes two, one of which is kept (each entry is a pure function of the compilation).</summary>
            private CrossMemberCaches? _crossMember;

            private AwsSymbols? _symbols;

            /// <summary>
            /// Where SDK types are looked up: the compilation's own assembly (which wins, as in
            /// <see cref="Compilation.GetTypeByMetadataName(string)"/>) and the referenced AWSSDK.*
            /// assemblies. Null: search every reference (the SDK's base types came from an assembly
            /// with another name, so no assumption about where the SDK lives holds).
            /// </summary>
            private readonly ImmutableArray<IAssemblySymbol> _sdkAssemblies;

            /// <summary>Types by the slot of their metadata name (<see cref="TypeNameSlots"/>): each analyzer would otherwise repeat the same lookups.</summary>
            private readonly object?[] _typesBySlot = new object?[TypeNameSlots];

            /// <summary>Types whose names got no slot; made on first need.</summary>
            private ConcurrentDictionary<string, INamedTypeSymbol?>? _typesWithoutSlot;

            public SharedLookups(Compilation compilation)
            {
                _compilation = compilation;

                // A compilation-wide lookup asks every referenced assembly (~200 for a .NET app), and the
                // rules ask for some 60 SDK types, most of them absent from a given project (a project that
                // uses S3 has no EC2 types): that was most of the fixed cost per compilation
                // (docs/performance.md). The SDK's assemblies are all named AWSSDK.*, so ask those alone.
                var assemblies = new List<IAssemblySymbol>(8) { compilation.Assembly };
                foreach (var referenced in compilation.SourceModule.ReferencedAssemblySymbols)
                {
                    var name = referenced.Identity.Name;
                    if (name.StartsWith("AWSSDK", System.StringComparison.Ordinal))
                    {
                        assemblies.Add(referenced);
                    }
                    else if (TestDoubles.IsMockingLibraryName(name))
                    {
                        ReferencesMockingLibrary = true;
                    }
                }

                _sdkAssemblies = ImmutableArray.CreateRange(assemblies);
                WebServiceRequest = FindInSdkAssemblies(WebServiceRequestName);
                if (WebServiceRequest is null && compilation.GetTypeByMetadataName(WebServiceRequestName) is { } elsewhere)
                {
                    WebServiceRequest = elsewhere;
                    _sdkAssemblies = default;
                }
            }

            /// <summary>Base type of every SDK request; null when the compilation does not use the SDK.</summary>
            public INamedTypeSymbol? WebServiceRequest { get; }

            /// <summary>Made on first use; a race makes two, one of which is kept (both are the same lookups).</summary>
            public AwsSymbols? Symbols =>
                _symbols ??= WebServiceRequest is { } request ? new AwsSymbols(_compilation, this, request) : null;

            public bool ReferencesMockingLibrary { get; }

            public CrossMemberCaches CrossMember => _crossMember ??= new CrossMemberCaches(_compilation);

            public ConcurrentDictionary<IFieldSymbol, ResolvedValue> ReferencedFieldValues { get; } = new(SymbolEqualityComparer.Default);

            /// <summary>Values made once per compilation for several analyzers (<see cref="AwsSymbols.Shared"/>).</summary>
            public ConcurrentDictionary<object, object> Derived { get; } = new(concurrencyLevel: 2, capacity: 4);

            /// <summary>SDK types (namespace Amazon) from the SDK's assemblies; other types (a JSON serializer) from the whole compilation.</summary>
            public INamedTypeSymbol? GetType(string metadataName)
            {
                var slot = SlotOf(metadataName);
                if (slot < 0)
                {
                    var withoutSlot = _typesWithoutSlot ?? System.Threading.Interlocked.CompareExchange(ref _typesWithoutSlot, new(System.StringComparer.Ordinal), null) ?? _typesWithoutSlot!;
                    return withoutSlot.GetOrAdd(metadataName, Find);
                }

                // A race looks the name up twice and stores the same symbol (a compilation has one symbol per type).
                var known = System.Threading.Volatile.Read(ref _typesBySlot[slot]);
                if (known is null)
                {
                    known = (object?)Find(metadataName) ?? NoSuchType;
                    System.Threading.Volatile.Write(ref _typesBySlot[slot], known);
                }

                return known as INamedTypeSymbol;
            }

            /// <summary>The name's slot, given on its first lookup in the process; -1 when the slots are all taken.</summary>
            private static int SlotOf(string metadataName)
            {
                if (SlotByTypeName.TryGetValue(metadataName, out var slot))
                {
                    return slot;
                }

                if (System.Threading.Volatile.Read(ref lastSlot) >= TypeNameSlots - 1)
                {
                    return -1;
                }

                slot = SlotByTypeName.GetOrAdd(metadataName, _ => System.Threading.Interlocked.Increment(ref lastSlot));
                return slot < TypeNameSlots ? slot : -1;
            }

            private INamedTypeSymbol? Find(string metadataName) =>
                _sdkAssemblies.IsDefault || !metadataName.StartsWith("Amazon.", System.StringComparison.Ordinal)
                    ? _compilation.GetTypeByMetadataName(metadataName)
                    : FindInSdkAssemblies(metadataName);

            /// <summary>The type from the compilation's own assembly, else from the one SDK assembly that has it (null when two do).</summary>
            private INamedTypeSymbol? FindInSdkAssemblies(string metadataName)
            {
                // Most names the rules ask for belong to services the project does not use: an assembly
                // without a namespace of the service's name ("EC2" in Amazon.EC2.Model) cannot have the
                // type, and that set is a hash lookup where a type lookup parses the name and walks namespaces.
                var service = ServiceNamespace(metadataName);

                // The first is the compilation's own assembly.
                if (_sdkAssemblies[0].NamespaceNames.Contains(service) && _sdkAssemblies[0].GetTypeByMetadataName(metadataName) is { } declaredHere)
                {
                    return declaredHere;
                }

                INamedTypeSymbol? found = null;
                for (var i = 1; i < _sdkAssemblies.Length; i++)
                {
                    if (_sdkAssemblies[i].NamespaceNames.Contains(service) && _sdkAssemblies[i].GetTypeByMetadataName(metadataName) is { } type)
                    {
                        if (found is not null)
                        {
                            return null;
                        }

                        found = type;
                    }
                }

                return found;
            }

            /// <summary>"EC2" for Amazon.EC2.Model.RunInstancesRequest; "Amazon" for a type of the Amazon namespace itself (Amazon.RegionEndpoint).</summary>
            private static string ServiceNamespace(string metadataName)
            {
                var start = "Amazon.".Length;
                var end = metadataName.IndexOf('.', start);
                return end < 0 ? "Amazon" : metadataName.Substring(start, end - start);
            }
        }

        public static bool InheritsFrom(ITypeSymbol? type, INamedTypeSymbol baseType)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
