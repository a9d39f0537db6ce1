using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SrmAnalyzers.Core.Policies
{
    /// <summary>
    /// Turns the value a policy sink receives into the policy documents it may be: JSON text in any
    /// string form the <see cref="ValueResolver"/> resolves, an <c>Amazon.Auth.AccessControlPolicy</c>
    /// object graph reached through <c>policy.ToJson()</c>, or objects given to
    /// <c>System.Text.Json.JsonSerializer.Serialize</c> / <c>Newtonsoft.Json.JsonConvert.SerializeObject</c>.
    /// Conditionals give one document per branch. What cannot be read gives no document.
    /// </summary>
    internal sealed class PolicyReader
    {
        private const int MaxDepth = 16;

        /// <summary>Documents per sink value, shared by the policy rules (see <see cref="ReadShared"/>).</summary>
        private static readonly ConditionalWeakTable<IOperation, StrongBox<ImmutableArray<PolicyDocument>>> Documents = new();

        private readonly ValueResolver _resolver;
        private readonly AwsSymbols _symbols;

        public PolicyReader(ValueResolver resolver, AwsSymbols symbols)
        {
            _resolver = resolver;
            _symbols = symbols;
        }

        /// <summary>The documents <paramref name="value"/> may hold (empty when none can be read).</summary>
        public ImmutableArray<PolicyDocument> Read(IOperation value)
        {
            var documents = ImmutableArray.CreateBuilder<PolicyDocument>();
            Collect(value, documents, 0);
            return documents.ToImmutable();
        }

        /// <summary>
        /// <see cref="Read"/>, computed once per sink value for all policy rules (SRM201/202/203 each
        /// look at every sink). Weakly keyed by the operation, so it lives as long as the operation
        /// tree; reading is a pure function of that tree, so sharing changes no result. Looked up
        /// before GetValue so that the two rules which find the documents read do not build its delegate.
        /// Not shared while another member is re-run (<see cref="WrapperCall.IsReanalysing"/>): the documents then depend on bound arguments or helper results.
        public ImmutableArray<PolicyDocument> ReadShared(IOperation value) =>
            WrapperCall.IsReanalysing ? Read(value)
            : Documents.TryGetValue(value, out var known) ? known.Value
            : Documents.GetValue(value, v => new StrongBox<ImmutableArray<PolicyDocument>>(Read(v))).Value;

        /// <summary>The document of a JSON text (holes allowed), as the reader sees it.</summary>
        public static PolicyDocument FromJsonText(string text, SyntaxNode? origin) =>
            PolicyDocument.FromJson(TolerantJsonReader.Read(text), PolicySourceKind.JsonText, origin);

        private void Collect(IOperation? value, ImmutableArray<PolicyDocument>.Builder documents, int depth)
        {
            if (value is null || depth > MaxDepth)
            {
                return;
            }

            var source = _resolver.FollowToSource(value) ?? value;
            if (HelperReturn.Current is { } flow && flow.Excluded && source.Syntax == flow.ChosenValue.Syntax)
            {
                // The run that measures what a finding owes to a helper's returned policy (HelperReturn).
                return;
            }

            if (Branches.TryGet(source, out var branches))
            {
                foreach (var branch in branches)
                {
                    Collect(branch, documents, depth + 1);
                }

                return;
            }

            switch (source)
            {
                case IInvocationOperation helperCall when HelperReturn.Current is not null && HelperReturn.IsFollowableHelper(helperCall.TargetMethod):
                    // While a helper's return is judged: a policy built and returned by a helper of the
                    // compilation (`new Policy { ... }.ToJson()`), read in the helper's own body.
                    foreach (var returned in MemberBodies.ReturnedValuesOf(helperCall.TargetMethod.OriginalDefinition, _symbols.Compilation))
                    {
                        new PolicyReader(new ValueResolver(_symbols, returned), _symbols).Collect(returned, documents, depth + 1);
                    }

                    return;
                case IInvocationOperation invocation when AccessControlPolicyReader.IsToJson(invocation, _symbols):
                    var graph = new AccessControlPolicyReader(_resolver, _symbols, invocation).ReadPolicy(invocation.Instance);
                    documents.Add(PolicyDocument.FromJson(graph, PolicySourceKind.AccessControlPolicy, invocation.Syntax));
                    return;
                case IInvocationOperation invocation when SerializedObjectReader.TryGetSerializedValue(invocation, _symbols, out var serialized):
                    var json = new SerializedObjectReader(_resolver, invocation).Read(serialized);
                    documents.Add(PolicyDocument.FromJson(json, PolicySourceKind.SerializedObject, invocation.Syntax));
                    return;
            }

            var resolved = _resolver.Resolve(source);
            foreach (var text in resolved.Strings)
            {
                if (HasContent(text))
                {
                    documents.Add(FromJsonText(text, source.Syntax));
                }
            }
        }

        /// <summary>
        /// True when something is left of the text once white space and then holes are trimmed from
        /// both ends: <c>text.Trim().Trim(Hole).Length &gt; 0</c> without copying a policy-sized string twice.
        /// </summary>
        private static bool HasContent(string text)
        {
            int start = 0, end = text.Length - 1;
            while (start <= end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end >= start && char.IsWhiteSpace(text[end]))
            {
                end--;
            }

            while (start <= end && text[start] == ResolvedValue.Hole)
            {
                start++;
            }

            while (end >= start && text[end] == ResolvedValue.Hole)
            {
                end--;
            }

            return start <= end;
        }
    }
}
