using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SrmAnalyzers.Core;

namespace SrmAnalyzers.Rules
{
    /// <summary>
    /// SRM101: an S3 object write that does not choose its server-side encryption (or chooses
    /// <c>ServerSideEncryptionMethod.None</c>). S3 applies SSE-S3 by default since January 2023, so
    /// the finding is about the customer choosing encryption and key control, not about plaintext.
    /// A presigned PUT URL (<c>GetPreSignedUrlRequest</c> with <c>Verb = HttpVerb.PUT</c>) is judged the
    /// same way: the encryption it signs is the only one the uploader is held to.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class S3ObjectEncryptionAnalyzer : SrmAnalyzer
    {
        /// <summary>Diagnostic property: how the fixer sets the encryption (<see cref="AddFix"/> or <see cref="ReplaceFix"/>); absent when there is no fix.</summary>
        public const string FixProperty = "Fix";

        /// <summary>The request never sets ServerSideEncryptionMethod: add it to the initializer.</summary>
        public const string AddFix = "Add";

        /// <summary>The request sets a value that is not accepted: replace it where it is written.</summary>
        public const string ReplaceFix = "Replace";

        /// <summary>Diagnostic property present when SSE-S3 (AES256) is an acceptable fix (not under <c>required_encryption = kms</c>, no KMS key id set).</summary>
        public const string OfferSseS3Property = "OfferSseS3";

        /// <summary>Diagnostic property present when <c>srm.SRM101.required_encryption = kms</c> was in effect (AES256 values are then replaced too).</summary>
        public const string KmsRequiredProperty = "KmsRequired";

        internal const string MethodProperty = "ServerSideEncryptionMethod";

        private const string CustomerMethodProperty = "ServerSideEncryptionCustomerMethod";
        private const string KmsKeyIdProperty = "ServerSideEncryptionKeyManagementServiceKeyId";

        private static readonly string[] RequestTypes =
        {
            "Amazon.S3.Model.PutObjectRequest",
            "Amazon.S3.Model.CopyObjectRequest",
            "Amazon.S3.Model.InitiateMultipartUploadRequest",
            "Amazon.S3.Transfer.TransferUtilityUploadRequest",
            "Amazon.S3.Transfer.TransferUtilityUploadDirectoryRequest",
        };

        private const string PresignRequestType = "Amazon.S3.Model.GetPreSignedUrlRequest";
        private const string HttpVerbType = "Amazon.S3.HttpVerb";
        private const string VerbProperty = "Verb";

        private static readonly string OptionKey = OptionDefinitions.RequiredEncryption.Key;

        private static readonly ImmutableDictionary<string, string?>[] FixProperties = BuildFixProperties();

        private static readonly string[] TransferUtilityTypes = { "Amazon.S3.Transfer.TransferUtility", "Amazon.S3.Transfer.ITransferUtility" };

        /// <summary>
        /// Methods of TransferUtility that write objects; their overloads without a request object cannot
        /// choose encryption. Asked for every invocation of the compilation: a plain hash set, not an
        /// immutable (tree) one.
        /// </summary>
        private static readonly HashSet<string> UploadMethods = new(StringComparer.Ordinal)
        {
            "Upload",
            "UploadAsync",
            "UploadWithResponse",
            "UploadWithResponseAsync",
            "UploadDirectory",
            "UploadDirectoryAsync",
            "UploadDirectoryWithResponse",
            "UploadDirectoryWithResponseAsync",
        };

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.S3ObjectWithoutChosenEncryption);

        /// <summary>Values of <c>srm.SRM101.required_encryption</c>.</summary>
        internal enum RequiredEncryption
        {
            /// <summary>SSE-S3, SSE-KMS, DSSE-KMS and SSE-C all count as chosen.</summary>
            Any,

            /// <summary>Only SSE-KMS, DSSE-KMS (and SSE-C, where the customer holds the key) count.</summary>
            Kms,
        }

        private enum Choice
        {
            /// <summary>A value the analyzer cannot resolve, or one it does not judge.</summary>
            Unjudged,
            NoEncryption,
            SseS3,
            Kms,
        }

        private protected override void OnAwsCompilationStart(SrmRegistrar context, AwsSymbols symbols)
        {
            var requestTypes = symbols.GetAll(RequestTypes);
            context.RegisterCreationAction(requestTypes, AnalyzeRequest);

            // HttpVerb is an enum: PUT is compared by its constant, so a PUT written as a constant or
            // local of the enum is seen too.
            var putVerb = symbols.Get(HttpVerbType)?.GetMembers("PUT").OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue)?.ConstantValue;
            if (putVerb is not null)
            {
                context.RegisterCreationAction(symbols.GetAll(PresignRequestType), creation => AnalyzePresignedUpload(creation, putVerb));
            }

            var transferUtilities = symbols.GetAll(TransferUtilityTypes);
            if (!transferUtilities.IsEmpty)
            {
                context.RegisterOperationAction(operationContext => AnalyzeUpload(operationContext, transferUtilities, requestTypes), OperationKind.Invocation);
            }
        }

        private static void AnalyzeRequest(CreationContext creation) =>
            Judge(creation, new Wording(creation.Tracked.Type.Name, "does not choose server-side encryption", consequence: ""));

        /// <summary>
        /// A presigned URL signs the encryption header only when the request chooses one; without it the
        /// uploader's own request decides. The verb is GET unless written, and only a PUT URL uploads.
        /// </summary>
        private static void AnalyzePresignedUpload(CreationContext creation, object putVerb)
        {
            var request = creation.Tracked;
            var verb = request.ResolveFinal(VerbProperty, creation.Resolver);
            if (!verb.Any(v => Equals(v, putVerb)))
            {
                return;
            }

            var certainPut = verb.IsSingleConstant && request.WritesOf(VerbProperty).Any(w => w.Unconditional);
            Judge(creation, new Wording(
                $"{request.Type.Name} {(certainPut ? "makes" : "may make")} a PUT URL that",
                "does not sign a server-side encryption choice",
                consequence: ", so whoever uploads with it decides how the object is encrypted"));
        }

        private static void Judge(CreationContext creation, Wording wording)
        {
            var request = creation.Tracked;
            if (ChoosesCustomerProvidedKey(request, creation.Resolver))
            {
                return;
            }

            // The option is read only when a value's verdict or a message depends on it: most
            // requests choose SSE-KMS, which every setting accepts.
            bool? kmsRequired = null;
            bool KmsRequired() => kmsRequired ??= ReadRequiredEncryption(creation.Context.Options, creation.Creation.Syntax.SyntaxTree) == RequiredEncryption.Kms;

            if (request.IsDefinitelyUnset(MethodProperty))
            {
                Report(creation, Locations.OfCreation(creation.Creation), requestLocation: null, AddFix, KmsRequired(), $"{wording.Subject} {wording.Unset}{wording.Consequence}; set ServerSideEncryptionMethod ({Choose(KmsRequired())})");
                return;
            }

            foreach (var write in request.FinalWritesOf(MethodProperty))
            {
                var value = creation.Resolver.Resolve(write.Value);
                var values = value.Values.IsDefault ? ImmutableArray<object?>.Empty : value.Values;
                bool choosesNone = false, choosesSseS3 = false;
                foreach (var candidate in values)
                {
                    var choice = Classify(candidate);
                    choosesNone |= choice == Choice.NoEncryption;
                    choosesSseS3 |= choice == Choice.SseS3;
                }

                var certain = !value.HasUnknown && values.Length == 1;
                string? message = null;
                if (choosesNone)
                {
                    var onlyNull = value.Values.Where(v => Classify(v) == Choice.NoEncryption).All(v => v is null);
                    var what = (certain, onlyNull) switch
                    {
                        (true, true) => "sets ServerSideEncryptionMethod to null, which chooses no server-side encryption",
                        (true, false) => "chooses ServerSideEncryptionMethod.None",
                        (false, true) => "may set ServerSideEncryptionMethod to null, which chooses no server-side encryption",
                        (false, false) => "may choose ServerSideEncryptionMethod.None",
                    };
                    message = $"{wording.Subject} {what}{wording.Consequence}; choose {Choose(KmsRequired())}";
                }
                else if (choosesSseS3 && KmsRequired())
                {
                    message = $"{wording.Subject} {(certain ? "uses" : "may use")} SSE-S3 (AES256) but {OptionKey} = kms requires SSE-KMS";
                }

                if (message is not null)
                {
                    Report(creation, Locations.OfValue(write), Locations.OfCreation(creation.Creation), ReplaceFix, KmsRequired(), message);
                    return;
                }
            }
        }

        private static string Choose(bool kmsRequired) => kmsRequired ? $"SSE-KMS, as {OptionKey} = kms requires" : "SSE-KMS for key control, or SSE-S3";

        private static void AnalyzeUpload(OperationAnalysisContext context, ImmutableHashSet<INamedTypeSymbol> transferUtilities, ImmutableHashSet<INamedTypeSymbol> requestTypes)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            if (!UploadMethods.Contains(method.Name)
                || !transferUtilities.Contains(method.ContainingType.OriginalDefinition)
                || method.Parameters.Any(p => p.Type is INamedTypeSymbol type && requestTypes.Contains(type.OriginalDefinition))
                || TestDoubles.IsInTestDoubleExpression(invocation))
            {
                return;
            }

            var requestName = method.Name.StartsWith("UploadDirectory", StringComparison.Ordinal) ? "TransferUtilityUploadDirectoryRequest" : "TransferUtilityUploadRequest";
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.S3ObjectWithoutChosenEncryption,
                Locations.OfInvocation(invocation),
                $"{method.ContainingType.Name}.{method.Name} without a request object cannot choose server-side encryption; pass a {requestName} that sets ServerSideEncryptionMethod (SSE-KMS for key control)"));
        }

        private static RequiredEncryption ReadRequiredEncryption(AnalyzerOptions options, SyntaxTree tree) =>
            SrmOptions.GetEnum(options, tree, OptionDefinitions.RequiredEncryption.RuleId, OptionDefinitions.RequiredEncryption.Name, RequiredEncryption.Any).Value;

        /// <summary>
        /// SSE-C: a customer-provided key is a choice of encryption (and of key control). Any write
        /// other than a certain <c>None</c>/null counts, so unresolvable values are never reported.
        /// </summary>
        private static bool ChoosesCustomerProvidedKey(TrackedObject request, ValueResolver resolver)
        {
            if (!request.IsWritten(CustomerMethodProperty))
            {
                return false;
            }

            var value = request.ResolveFinal(CustomerMethodProperty, resolver);
            return value.HasUnknown || value.Values.Any(v => v is string s && s.Length > 0);
        }

        /// <summary>True when some path gives a value the rule does not accept: None/null, or AES256 when KMS is required.</summary>
        internal static bool IsRejected(ResolvedValue value, bool kmsRequired) =>
            value.Any(v => Classify(v) == Choice.NoEncryption || kmsRequired && Classify(v) == Choice.SseS3);

        private static Choice Classify(object? value) => value switch
        {
            null => Choice.NoEncryption,
            string { Length: 0 } => Choice.NoEncryption,
            string s when !ResolvedValue.IsComplete(s) => Choice.Unjudged,
            string s when string.Equals(s, "AES256", StringComparison.OrdinalIgnoreCase) => Choice.SseS3,
            string s when string.Equals(s, "aws:kms", StringComparison.OrdinalIgnoreCase) || string.Equals(s, "aws:kms:dsse", StringComparison.OrdinalIgnoreCase) => Choice.Kms,
            _ => Choice.Unjudged,
        };

        /// <param name="requestLocation">The request's <c>new</c> when the diagnostic is elsewhere (at a value): the fixer edits that request.</param>
        private static void Report(CreationContext creation, Location location, Location? requestLocation, string fix, bool kmsRequired, string message)
        {
            var offerSseS3 = !kmsRequired && !creation.Tracked.IsWritten(KmsKeyIdProperty);
            creation.Context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.S3ObjectWithoutChosenEncryption,
                location,
                additionalLocations: requestLocation is null ? null : new[] { requestLocation },
                FixProperties[(fix == AddFix ? 4 : 0) + (offerSseS3 ? 2 : 0) + (kmsRequired ? 1 : 0)],
                message));
        }

        /// <summary>The eight property sets a finding can carry, built once: they are immutable.</summary>
        private static ImmutableDictionary<string, string?>[] BuildFixProperties()
        {
            var sets = new ImmutableDictionary<string, string?>[8];
            for (var i = 0; i < sets.Length; i++)
            {
                var properties = ImmutableDictionary<string, string?>.Empty.Add(FixProperty, (i & 4) != 0 ? AddFix : ReplaceFix);
                if ((i & 2) != 0)
                {
                    properties = properties.Add(OfferSseS3Property, "true");
                }

                if ((i & 1) != 0)
                {
                    properties = properties.Add(KmsRequiredProperty, "true");
                }

                sets[i] = properties;
            }

            return sets;
        }

        /// <summary>How a finding names what it judges: an object write, or a presigned upload URL.</summary>
        private readonly struct Wording
        {
            public Wording(string subject, string unset, string consequence)
            {
                Subject = subject;
                Unset = unset;
                Consequence = consequence;
            }

            /// <summary>The start of every message, e.g. "PutObjectRequest".</summary>
            public string Subject { get; }

            /// <summary>What the request does when it leaves ServerSideEncryptionMethod unset.</summary>
            public string Unset { get; }

            /// <summary>Appended to the "unset" and "None" messages: what follows from them.</summary>
            public string Consequence { get; }
        }
    }
}
