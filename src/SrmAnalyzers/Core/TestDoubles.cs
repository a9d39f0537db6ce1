using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SrmAnalyzers.Core
{
    /// <summary>
    /// Test code that talks to a test double instead of AWS. Two shapes are not findings: a request
    /// that only exists inside a mocking expression (<c>It.Is&lt;PutObjectRequest&gt;(...)</c>,
    /// <c>Arg.Is(...)</c>), and a request whose only destinations are SDK calls on a client that a
    /// mocking library made (Moq <c>new Mock&lt;IAmazonS3&gt;().Object</c> and <c>Mock.Of&lt;T&gt;()</c>,
    /// NSubstitute <c>Substitute.For&lt;T&gt;()</c>, FakeItEasy <c>A.Fake&lt;T&gt;()</c>), directly, through a
    /// local, or through a field, property or factory method of the same compilation. A real client
    /// in an integration test is still a destination, so its requests are still judged.
    /// </summary>
    internal static class TestDoubles
    {
        /// <summary>How many fields, properties and factory methods are followed from a client to where it is made.</summary>
        private const int MaxDepth = 4;

        /// <summary>Per compilation: whether a field, property or method of the source always holds or returns a test double.</summary>
        private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<ISymbol, bool>> MakesTestDoubles = new();

        /// <summary>True when the operation sits inside a test-double setup or verification: such a request describes an expectation, not a call to AWS.</summary>
        public static bool IsInTestDoubleExpression(IOperation operation)
        {
            for (var current = operation.Parent; current is not null; current = current.Parent)
            {
                if (current is IInvocationOperation invocation
                    && (IsMockingLibrary(invocation.TargetMethod) || invocation.Instance.WithoutConversions() is IInvocationOperation { TargetMethod: var receiver } && IsMockingLibrary(receiver)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// True when every place the created request goes is an SDK call on a test double (and it
        /// goes somewhere). A request returned, stored, or handed to a method that is not an SDK
        /// client's may reach a real client: false.
        /// </summary>
        public static bool IsSentOnlyToTestDoubles(IObjectCreationOperation creation, AwsSymbols symbols)
        {
            if (!symbols.ReferencesMockingLibrary)
            {
                return false;
            }

            var scope = OperationScope.For(creation);
            var calls = new List<IInvocationOperation>();
            if (!CollectSdkCalls(creation, scope, calls) || calls.Count == 0)
            {
                return false;
            }

            foreach (var call in calls)
            {
                if (!IsTestDoubleClient(call.Instance, scope, symbols.Compilation, new HashSet<ISymbol>(SymbolEqualityComparer.Default)))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// True when a property write belongs to a request whose only destinations are test doubles: a
        /// write in the request's initializer, or through the local that holds its creation.
        /// </summary>
        public static bool IsWriteToRequestSentOnlyToTestDoubles(IAssignmentOperation write, ValueResolver resolver, AwsSymbols symbols)
        {
            if (!symbols.ReferencesMockingLibrary)
            {
                return false;
            }

            var owner = write.Parent is IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation created }
                ? created
                : write.Target is IPropertyReferenceOperation { Instance: ILocalReferenceOperation holder }
                    ? resolver.FollowToSource(holder) as IObjectCreationOperation
                    : null;
            return owner is not null && IsSentOnlyToTestDoubles(owner, symbols);
        }

        /// <summary>True when the receiver of an SDK call is a test double (see the class summary).</summary>
        public static bool IsTestDoubleClient(IOperation? client, AwsSymbols symbols) =>
            client is not null
            && symbols.ReferencesMockingLibrary
            && IsTestDoubleClient(client, OperationScope.For(client), symbols.Compilation, new HashSet<ISymbol>(SymbolEqualityComparer.Default));

        /// <summary>Moq, NSubstitute and FakeItEasy name their assemblies and root namespaces alike.</summary>
        public static bool IsMockingLibraryName(string? name) => name is "Moq" or "NSubstitute" or "FakeItEasy";

        private static bool IsMockingLibrary(ISymbol symbol) => IsMockingLibraryName(AwsSymbols.RootNamespace(symbol));

        /// <summary>The SDK calls the request is an argument of; false when it also goes anywhere else.</summary>
        private static bool CollectSdkCalls(IObjectCreationOperation creation, OperationScope scope, List<IInvocationOperation> calls)
        {
            var parent = creation.ParentSkippingConversions();
            if (parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator })
            {
                if (scope.SingleAssignedValue(declarator.Symbol) is null)
                {
                    return false;
                }

                foreach (var reference in scope.ReferencesTo(declarator.Symbol))
                {
                    var use = reference.ParentSkippingConversions(out var child);
                    if (reference.IsDeclaration || use is IPropertyReferenceOperation property && property.Instance == child)
                    {
                        // request.Key = ...; request.Key: reading or completing it sends it nowhere.
                        continue;
                    }

                    if (!AddSdkCall(use, calls))
                    {
                        return false;
                    }
                }

                return true;
            }

            return AddSdkCall(parent, calls);
        }

        private static bool AddSdkCall(IOperation? use, List<IInvocationOperation> calls)
        {
            if (use is IArgumentOperation { Parent: IInvocationOperation { Instance: not null } call } && AwsSymbols.IsSdkSymbol(call.TargetMethod))
            {
                calls.Add(call);
                return true;
            }

            return false;
        }

        private static bool IsTestDoubleClient(IOperation? client, OperationScope scope, Compilation compilation, HashSet<ISymbol> visiting)
        {
            switch (client.WithoutConversions())
            {
                case IPropertyReferenceOperation { Property.Name: "Object" } mockObject when IsMockingLibrary(mockObject.Property):
                    // Moq: new Mock<IAmazonS3>().Object, mock.Object, fixture.Freeze<Mock<IAmazonS3>>().Object.
                    return true;
                case IInvocationOperation invocation when IsMockingLibrary(invocation.TargetMethod):
                    // Mock.Of<T>(), Substitute.For<T>(), A.Fake<T>().
                    return true;
                case ILocalReferenceOperation local:
                    return scope.SingleAssignedValue(local.Local) is { } value && IsTestDoubleClient(value, scope, compilation, visiting);
                case IFieldReferenceOperation field:
                    return MakesOnlyTestDoubles(field.Field, compilation, visiting);
                case IPropertyReferenceOperation property:
                    return MakesOnlyTestDoubles(property.Property, compilation, visiting);
                case IInvocationOperation factory:
                    return MakesOnlyTestDoubles(factory.TargetMethod, compilation, visiting);
                default:
                    return false;
            }
        }

        /// <summary>
        /// True when every value the source gives this field or property, or every value the method
        /// returns, is a test double. Computed once per compilation and member (a pure function of the
        /// source); a member in a cycle or beyond <see cref="MaxDepth"/> is not followed (false).
        /// </summary>
        private static bool MakesOnlyTestDoubles(ISymbol member, Compilation compilation, HashSet<ISymbol> visiting)
        {
            member = member.OriginalDefinition;

            // A virtual, abstract or overridable member may be replaced by code the analyzer does not read here.
            if (!MemberBodies.HasReadableBody(member) || visiting.Count >= MaxDepth || !visiting.Add(member))
            {
                return false;
            }

            try
            {
                var summaries = MakesTestDoubles.GetValue(compilation, _ => new ConcurrentDictionary<ISymbol, bool>(SymbolEqualityComparer.Default));
                if (!summaries.TryGetValue(member, out var result))
                {
                    result = ComputeMakesOnlyTestDoubles(member, compilation, visiting);

                    // Only a result that no enclosing visit cut short is kept: a member reached through
                    // a cycle or at the depth limit may be decided otherwise from another start.
                    if (visiting.Count == 1)
                    {
                        summaries.TryAdd(member, result);
                    }
                }

                return result;
            }
            finally
            {
                visiting.Remove(member);
            }
        }

        private static bool ComputeMakesOnlyTestDoubles(ISymbol member, Compilation compilation, HashSet<ISymbol> visiting)
        {
            var values = new List<IOperation>();
            switch (member)
            {
                case IMethodSymbol { MethodKind: MethodKind.Ordinary } method:
                    MemberBodies.CollectReturnedValues(method, compilation, values);
                    break;
                case IFieldSymbol:
                case IPropertySymbol { IsIndexer: false }:
                    if (!MemberBodies.CollectWrittenValues(member, compilation, values))
                    {
                        return false;
                    }

                    break;
                default:
                    return false;
            }

            if (values.Count == 0)
            {
                return false;
            }

            foreach (var value in values)
            {
                if (!IsTestDoubleClient(value, OperationScope.For(value), compilation, visiting))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
