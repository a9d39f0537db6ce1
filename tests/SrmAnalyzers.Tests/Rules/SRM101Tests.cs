using System.Threading.Tasks;
using SrmAnalyzers.CodeFixes.Rules;
using SrmAnalyzers.Tests.Infrastructure;
using VerifyCS = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.S3ObjectEncryptionAnalyzer>;
using VerifyFix = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.S3ObjectEncryptionAnalyzer, SrmAnalyzers.CodeFixes.Rules.S3ObjectEncryptionCodeFixProvider>;

namespace SrmAnalyzers.Tests.Rules
{
    public class SRM101Tests
    {
        private const string Usings = @"
using System.IO;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.S3.Transfer;
";

        private const string Duty = " (customer duty: data protection — encryption at rest)";

        private const string KmsOption = "srm.SRM101.required_encryption = kms\n";

        // ---------------------------------------------------------------- requests that choose nothing

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Every_request_type_without_a_choice_is_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Storage
{
    async Task Write(IAmazonS3 s3, TransferUtility transfer)
    {
        await s3.PutObjectAsync({|SRM101:new PutObjectRequest|} { BucketName = ""b"", Key = ""k"", ContentBody = ""x"" });
        await s3.CopyObjectAsync({|SRM101:new CopyObjectRequest|} { SourceBucket = ""a"", SourceKey = ""k"", DestinationBucket = ""b"", DestinationKey = ""k"" });
        await s3.InitiateMultipartUploadAsync({|SRM101:new InitiateMultipartUploadRequest|} { BucketName = ""b"", Key = ""k"" });
        await transfer.UploadAsync({|SRM101:new TransferUtilityUploadRequest|} { BucketName = ""b"", Key = ""k"", FilePath = ""f"" });
        await transfer.UploadDirectoryAsync({|SRM101:new TransferUtilityUploadDirectoryRequest|} { BucketName = ""b"", Directory = ""d"" });
        var bare = {|SRM101:new PutObjectRequest()|};
        await s3.PutObjectAsync(bare);
    }
}", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Messages_say_what_is_missing_without_claiming_plaintext(Sdk sdk) => VerifyCS.AnalyzerAsync(
            Usings + @"
class Storage
{
    async Task Write(IAmazonS3 s3, TransferUtility transfer, ITransferUtility shared, bool legacy)
    {
        shared.{|#9:Upload(""file.txt"", ""b"")|};
        await s3.PutObjectAsync({|#0:new PutObjectRequest|} { BucketName = ""b"", Key = ""k"" });
        await s3.PutObjectAsync({|#6:new PutObjectRequest|} { BucketName = ""b"", ServerSideEncryptionMethod = {|#1:ServerSideEncryptionMethod.None|} });
        await s3.CopyObjectAsync({|#7:new CopyObjectRequest|} { DestinationBucket = ""b"", ServerSideEncryptionMethod = {|#2:legacy ? ServerSideEncryptionMethod.None : ServerSideEncryptionMethod.AWSKMS|} });
        await s3.PutObjectAsync({|#8:new PutObjectRequest|} { BucketName = ""b"", ServerSideEncryptionMethod = {|#3:null|} });
        await transfer.{|#4:UploadAsync(""file.txt"", ""b"", ""k"")|};
        await transfer.{|#5:UploadDirectoryAsync(""dir"", ""b"")|};
    }
}",
            sdk,
            VerifyCS.Diagnostic("SRM101").WithLocation(0).WithArguments("PutObjectRequest does not choose server-side encryption; set ServerSideEncryptionMethod (SSE-KMS for key control, or SSE-S3)"),
            VerifyCS.Diagnostic("SRM101").WithLocation(1).WithLocation(6).WithArguments("PutObjectRequest chooses ServerSideEncryptionMethod.None; choose SSE-KMS for key control, or SSE-S3"),
            VerifyCS.Diagnostic("SRM101").WithLocation(2).WithLocation(7).WithArguments("CopyObjectRequest may choose ServerSideEncryptionMethod.None; choose SSE-KMS for key control, or SSE-S3"),
            VerifyCS.Diagnostic("SRM101").WithLocation(3).WithLocation(8).WithArguments("PutObjectRequest sets ServerSideEncryptionMethod to null, which chooses no server-side encryption; choose SSE-KMS for key control, or SSE-S3"),
            VerifyCS.Diagnostic("SRM101").WithLocation(4).WithArguments("TransferUtility.UploadAsync without a request object cannot choose server-side encryption; pass a TransferUtilityUploadRequest that sets ServerSideEncryptionMethod (SSE-KMS for key control)"),
            VerifyCS.Diagnostic("SRM101").WithLocation(9).WithArguments("ITransferUtility.Upload without a request object cannot choose server-side encryption; pass a TransferUtilityUploadRequest that sets ServerSideEncryptionMethod (SSE-KMS for key control)"),
            VerifyCS.Diagnostic("SRM101").WithLocation(5).WithArguments("TransferUtility.UploadDirectoryAsync without a request object cannot choose server-side encryption; pass a TransferUtilityUploadDirectoryRequest that sets ServerSideEncryptionMethod (SSE-KMS for key control)"));

        [Fact]
        public void Messages_never_claim_the_object_is_unencrypted()
        {
            // S3 encrypts every new object with SSE-S3 since January 2023: the rule is about choosing.
            var descriptor = DiagnosticDescriptors.S3ObjectWithoutChosenEncryption;
            foreach (var text in new[] { descriptor.Title.ToString(), descriptor.Description.ToString(), descriptor.MessageFormat.ToString() })
            {
                Assert.DoesNotContain("plaintext", text, System.StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("unencrypted", text, System.StringComparison.OrdinalIgnoreCase);
            }
        }

        // ---------------------------------------------------------------- TransferUtility without a request

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Transfer_utility_overloads_without_a_request_are_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Storage
{
    async Task Write(IAmazonS3 s3, ITransferUtility shared, Stream body)
    {
        var transfer = new TransferUtility(s3);
        transfer.{|SRM101:Upload(""file.txt"", ""b"")|};
        transfer.{|SRM101:Upload(""file.txt"", ""b"", ""k"")|};
        transfer.{|SRM101:Upload(body, ""b"", ""k"")|};
        await transfer.{|SRM101:UploadAsync(""file.txt"", ""b"")|};
        await transfer.{|SRM101:UploadAsync(""file.txt"", ""b"", ""k"")|};
        await transfer.{|SRM101:UploadAsync(body, ""b"", ""k"", default)|};
        transfer.{|SRM101:UploadDirectory(""dir"", ""b"")|};
        transfer.{|SRM101:UploadDirectory(""dir"", ""b"", ""*.csv"", SearchOption.AllDirectories)|};
        await transfer.{|SRM101:UploadDirectoryAsync(""dir"", ""b"")|};
        await transfer.{|SRM101:UploadDirectoryAsync(""dir"", ""b"", ""*.csv"", SearchOption.TopDirectoryOnly)|};

        shared.{|SRM101:Upload(""file.txt"", ""b"")|};
        await shared.{|SRM101:UploadAsync(body, ""b"", ""k"")|};
        await shared.{|SRM101:UploadDirectoryAsync(""dir"", ""b"")|};
    }
}", sdk);

        [Fact]
        public Task Transfer_utility_v4_response_overloads_without_a_request_are_reported() => VerifyCS.AnalyzerAsync(Usings + @"
class Storage
{
    async Task Write(ITransferUtility transfer, Stream body)
    {
        transfer.{|SRM101:UploadWithResponse(""file.txt"", ""b"")|};
        transfer.{|SRM101:UploadWithResponse(body, ""b"", ""k"")|};
        await transfer.{|SRM101:UploadWithResponseAsync(""file.txt"", ""b"", ""k"")|};
        transfer.{|SRM101:UploadDirectoryWithResponse(""dir"", ""b"")|};
        await transfer.{|SRM101:UploadDirectoryWithResponseAsync(""dir"", ""b"", ""*"", SearchOption.AllDirectories)|};
        await transfer.UploadWithResponseAsync(new TransferUtilityUploadRequest { BucketName = ""b"", FilePath = ""f"", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS });
    }
}", Sdk.V4);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Transfer_utility_overloads_with_a_request_and_other_methods_are_not_reported_at_the_call(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Storage
{
    async Task Write(ITransferUtility transfer, TransferUtilityUploadRequest fromCaller, TransferUtilityUploadDirectoryRequest directoryFromCaller)
    {
        transfer.Upload(fromCaller);
        await transfer.UploadAsync(fromCaller);
        transfer.UploadDirectory(directoryFromCaller);
        await transfer.UploadDirectoryAsync(directoryFromCaller);
        await transfer.DownloadAsync(new TransferUtilityDownloadRequest { BucketName = ""b"", Key = ""k"", FilePath = ""f"" });
        transfer.AbortMultipartUploads(""b"", System.DateTime.UtcNow);
    }
}", sdk);

        // ---------------------------------------------------------------- None, through every value form

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task None_is_reported_through_constants_strings_and_branches(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Storage
{
    private const string NoEncryption = """";
    private static readonly ServerSideEncryptionMethod Plain = ServerSideEncryptionMethod.None;

    async Task Write(IAmazonS3 s3, bool legacy, int mode)
    {
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", ServerSideEncryptionMethod = {|SRM101:ServerSideEncryptionMethod.None|} });
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", ServerSideEncryptionMethod = {|SRM101:""""|} });
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", ServerSideEncryptionMethod = {|SRM101:ServerSideEncryptionMethod.FindValue("""")|} });
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", ServerSideEncryptionMethod = {|SRM101:NoEncryption|} });
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", ServerSideEncryptionMethod = {|SRM101:$""{NoEncryption}""|} });
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", ServerSideEncryptionMethod = {|SRM101:Plain|} });
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", ServerSideEncryptionMethod = {|SRM101:legacy ? ServerSideEncryptionMethod.None : ServerSideEncryptionMethod.AWSKMS|} });
        await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = ""b"",
            ServerSideEncryptionMethod = {|SRM101:mode switch { 0 => ServerSideEncryptionMethod.AES256, 1 => """", _ => ServerSideEncryptionMethod.AWSKMS }|},
        });

        var method = ServerSideEncryptionMethod.None;
        await s3.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest { BucketName = ""b"", Key = ""k"", ServerSideEncryptionMethod = {|SRM101:method|} });
    }
}", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task None_on_every_request_type_is_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Storage
{
    async Task Write(IAmazonS3 s3, TransferUtility transfer)
    {
        await s3.CopyObjectAsync(new CopyObjectRequest { SourceBucket = ""a"", SourceKey = ""k"", DestinationBucket = ""b"", DestinationKey = ""k"", ServerSideEncryptionMethod = {|SRM101:ServerSideEncryptionMethod.None|} });
        await s3.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest { BucketName = ""b"", Key = ""k"", ServerSideEncryptionMethod = {|SRM101:ServerSideEncryptionMethod.None|} });
        await transfer.UploadAsync(new TransferUtilityUploadRequest { BucketName = ""b"", FilePath = ""f"", ServerSideEncryptionMethod = {|SRM101:ServerSideEncryptionMethod.None|} });
        await transfer.UploadDirectoryAsync(new TransferUtilityUploadDirectoryRequest { BucketName = ""b"", Directory = ""d"", ServerSideEncryptionMethod = {|SRM101:ServerSideEncryptionMethod.None|} });
    }
}", sdk);

        // ---------------------------------------------------------------- later assignments

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Later_assignments_are_followed(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Storage
{
    async Task Write(IAmazonS3 s3, bool legacy)
    {
        var fixedLater = new PutObjectRequest { BucketName = ""b"", ServerSideEncryptionMethod = ServerSideEncryptionMethod.None };
        fixedLater.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS;
        await s3.PutObjectAsync(fixedLater);

        var setLater = new PutObjectRequest { BucketName = ""b"" };
        setLater.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256;
        await s3.PutObjectAsync(setLater);

        var brokenLater = new PutObjectRequest { BucketName = ""b"", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS };
        brokenLater.ServerSideEncryptionMethod = {|SRM101:ServerSideEncryptionMethod.None|};
        await s3.PutObjectAsync(brokenLater);

        var sometimesBroken = new CopyObjectRequest { DestinationBucket = ""b"", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS };
        if (legacy)
        {
            sometimesBroken.ServerSideEncryptionMethod = {|SRM101:""""|};
        }

        await s3.CopyObjectAsync(sometimesBroken);

        var sometimesChosen = new PutObjectRequest { BucketName = ""b"" };
        if (!legacy)
        {
            sometimesChosen.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS;
        }

        await s3.PutObjectAsync(sometimesChosen);
    }
}", sdk);

        // ---------------------------------------------------------------- chosen encryption

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Chosen_encryption_is_not_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Storage
{
    private const string Kms = ""aws:kms"";

    async Task Write(IAmazonS3 s3, TransferUtility transfer, ServerSideEncryptionMethod fromConfig, string suffix, string keyId)
    {
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 });
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS, ServerSideEncryptionKeyManagementServiceKeyId = keyId });
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMSDSSE });
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", ServerSideEncryptionMethod = Kms });
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", ServerSideEncryptionMethod = $""aws:{""kms""}"" });
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", ServerSideEncryptionMethod = $""aws:{suffix}"" });
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", ServerSideEncryptionMethod = fromConfig });
        await s3.CopyObjectAsync(new CopyObjectRequest { DestinationBucket = ""b"", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS });
        await s3.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest { BucketName = ""b"", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 });
        await transfer.UploadAsync(new TransferUtilityUploadRequest { BucketName = ""b"", FilePath = ""f"", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS });
        await transfer.UploadDirectoryAsync(new TransferUtilityUploadDirectoryRequest { BucketName = ""b"", Directory = ""d"", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMSDSSE });
    }
}", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Customer_provided_keys_count_as_chosen(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Storage
{
    async Task Write(IAmazonS3 s3, TransferUtility transfer, string key, ServerSideEncryptionCustomerMethod fromConfig)
    {
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", ServerSideEncryptionCustomerMethod = ServerSideEncryptionCustomerMethod.AES256, ServerSideEncryptionCustomerProvidedKey = key });
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", ServerSideEncryptionCustomerMethod = fromConfig, ServerSideEncryptionCustomerProvidedKey = key });
        await s3.CopyObjectAsync(new CopyObjectRequest { DestinationBucket = ""b"", ServerSideEncryptionCustomerMethod = ServerSideEncryptionCustomerMethod.AES256, ServerSideEncryptionCustomerProvidedKey = key });
        await s3.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest { BucketName = ""b"", ServerSideEncryptionCustomerMethod = ServerSideEncryptionCustomerMethod.AES256, ServerSideEncryptionCustomerProvidedKey = key });
        await transfer.UploadAsync(new TransferUtilityUploadRequest { BucketName = ""b"", FilePath = ""f"", ServerSideEncryptionCustomerMethod = ServerSideEncryptionCustomerMethod.AES256, ServerSideEncryptionCustomerProvidedKey = key });
        await transfer.UploadDirectoryAsync(new TransferUtilityUploadDirectoryRequest { BucketName = ""b"", Directory = ""d"", ServerSideEncryptionCustomerMethod = ServerSideEncryptionCustomerMethod.AES256, ServerSideEncryptionCustomerProvidedKey = key });

        // SSE-C with ServerSideEncryptionMethod.None: the customer key is the choice.
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", ServerSideEncryptionMethod = ServerSideEncryptionMethod.None, ServerSideEncryptionCustomerMethod = ServerSideEncryptionCustomerMethod.AES256 });

        var later = new PutObjectRequest { BucketName = ""b"" };
        later.ServerSideEncryptionCustomerMethod = ServerSideEncryptionCustomerMethod.AES256;
        await s3.PutObjectAsync(later);
    }
}", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Source_side_or_none_customer_keys_do_not_count(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Storage
{
    async Task Write(IAmazonS3 s3, string key)
    {
        // The copy source's SSE-C key decrypts the source; it chooses nothing for the new object.
        await s3.CopyObjectAsync({|SRM101:new CopyObjectRequest|}
        {
            SourceBucket = ""a"",
            SourceKey = ""k"",
            DestinationBucket = ""b"",
            DestinationKey = ""k"",
            CopySourceServerSideEncryptionCustomerMethod = ServerSideEncryptionCustomerMethod.AES256,
            CopySourceServerSideEncryptionCustomerProvidedKey = key,
        });
        await s3.PutObjectAsync({|SRM101:new PutObjectRequest|} { BucketName = ""b"", ServerSideEncryptionCustomerMethod = ServerSideEncryptionCustomerMethod.None });
    }
}", sdk);

        // ---------------------------------------------------------------- option required_encryption

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Kms_option_reports_sse_s3_but_not_kms(Sdk sdk) => VerifyCS.AnalyzerAsync(
            Usings + @"
class Storage
{
    async Task Write(IAmazonS3 s3, TransferUtility transfer, string key, bool fast)
    {
        await s3.PutObjectAsync({|#4:new PutObjectRequest|} { BucketName = ""b"", ServerSideEncryptionMethod = {|#0:ServerSideEncryptionMethod.AES256|} });
        await s3.CopyObjectAsync({|#5:new CopyObjectRequest|} { DestinationBucket = ""b"", ServerSideEncryptionMethod = {|#1:fast ? ServerSideEncryptionMethod.AES256 : ServerSideEncryptionMethod.AWSKMS|} });
        await s3.PutObjectAsync({|#2:new PutObjectRequest|} { BucketName = ""b"" });
        await transfer.UploadAsync({|#6:new TransferUtilityUploadRequest|} { BucketName = ""b"", FilePath = ""f"", ServerSideEncryptionMethod = {|#3:""AES256""|} });

        await s3.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS });
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMSDSSE });
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", ServerSideEncryptionCustomerMethod = ServerSideEncryptionCustomerMethod.AES256, ServerSideEncryptionCustomerProvidedKey = key });
    }
}",
            sdk,
            KmsOption,
            stubs: null,
            VerifyCS.Diagnostic("SRM101").WithLocation(0).WithLocation(4).WithArguments("PutObjectRequest uses SSE-S3 (AES256) but srm.SRM101.required_encryption = kms requires SSE-KMS"),
            VerifyCS.Diagnostic("SRM101").WithLocation(1).WithLocation(5).WithArguments("CopyObjectRequest may use SSE-S3 (AES256) but srm.SRM101.required_encryption = kms requires SSE-KMS"),
            VerifyCS.Diagnostic("SRM101").WithLocation(2).WithArguments("PutObjectRequest does not choose server-side encryption; set ServerSideEncryptionMethod (SSE-KMS, as srm.SRM101.required_encryption = kms requires)"),
            VerifyCS.Diagnostic("SRM101").WithLocation(3).WithLocation(6).WithArguments("TransferUtilityUploadRequest uses SSE-S3 (AES256) but srm.SRM101.required_encryption = kms requires SSE-KMS"));

        [Theory]
        [InlineData(Sdk.V3, "KMS")]
        [InlineData(Sdk.V4, " Kms ")]
        public Task Kms_option_is_case_insensitive(Sdk sdk, string value) => VerifyCS.AnalyzerAsync(
            Usings + @"
class Storage
{
    Task Write(IAmazonS3 s3) => s3.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", ServerSideEncryptionMethod = {|SRM101:ServerSideEncryptionMethod.AES256|} });
}",
            sdk,
            "srm.SRM101.required_encryption = " + value + "\n",
            stubs: null);

        [Theory]
        [InlineData(Sdk.V3, "any")]
        [InlineData(Sdk.V4, "strict")]
        [InlineData(Sdk.V4, "1")]
        [InlineData(Sdk.V3, "kms, any")]
        [InlineData(Sdk.V4, "")]
        public Task Any_and_unknown_option_values_accept_sse_s3(Sdk sdk, string value) => VerifyCS.AnalyzerAsync(
            Usings + @"
class Storage
{
    async Task Write(IAmazonS3 s3)
    {
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 });
        await s3.PutObjectAsync({|#0:new PutObjectRequest|} { BucketName = ""b"" });
    }
}",
            sdk,
            "srm.SRM101.required_encryption = " + value + "\n",
            stubs: null,
            VerifyCS.Diagnostic("SRM101").WithLocation(0).WithArguments("PutObjectRequest does not choose server-side encryption; set ServerSideEncryptionMethod (SSE-KMS for key control, or SSE-S3)"));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Option_applies_per_file(Sdk sdk)
        {
            var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<SrmAnalyzers.Rules.S3ObjectEncryptionAnalyzer, Microsoft.CodeAnalysis.Testing.DefaultVerifier>
            {
                ReferenceAssemblies = TestReferences.None,
            };
            test.TestState.AdditionalReferences.AddRange(AwsReferences.For(sdk));
            test.TestState.Sources.Add(("/src/Secure/Vault.cs", Usings + @"
class Vault
{
    Task Write(IAmazonS3 s3) => s3.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", ServerSideEncryptionMethod = {|SRM101:ServerSideEncryptionMethod.AES256|} });
}"));
            test.TestState.Sources.Add(("/src/Web/Assets.cs", Usings + @"
class Assets
{
    Task Write(IAmazonS3 s3) => s3.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 });
}"));
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[/src/Secure/*.cs]\n" + KmsOption));
            return test.RunAsync();
        }

        // ---------------------------------------------------------------- out of sight, mocks, look-alikes

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Requests_that_other_code_may_complete_are_not_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Storage
{
    private PutObjectRequest _pending = null!;

    async Task Write(IAmazonS3 s3, TransferUtility transfer)
    {
        var request = new PutObjectRequest { BucketName = ""b"", Key = ""k"" };
        ApplyEncryptionPolicy(request);
        await s3.PutObjectAsync(request);

        await s3.PutObjectAsync(WithPolicy(new PutObjectRequest { BucketName = ""b"" }));

        _pending = new PutObjectRequest { BucketName = ""b"" };

        var directory = new TransferUtilityUploadDirectoryRequest { BucketName = ""b"", Directory = ""d"" };
        directory.UploadDirectoryFileRequestEvent += (sender, e) => e.UploadRequest.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS;
        await transfer.UploadDirectoryAsync(directory);
    }

    static void ApplyEncryptionPolicy(PutObjectRequest request) => request.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS;

    static PutObjectRequest WithPolicy(PutObjectRequest request) => request;
}", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Progress_event_subscriptions_do_not_hide_the_request(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Uploader
{
    async Task Write(TransferUtility transfer, string path)
    {
        var upload = {|SRM101:new TransferUtilityUploadRequest|} { BucketName = ""b"", Key = ""k"", FilePath = path };
        upload.UploadProgressEvent += (sender, e) => System.Console.WriteLine(e.PercentDone);
        await transfer.UploadAsync(upload);
    }
}", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Mock_expressions_and_look_alike_types_are_not_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(@"
using System;
using System.Linq.Expressions;
using System.Threading.Tasks;

namespace Moq
{
    public static class It
    {
        public static T Is<T>(Func<T, bool> match) => default!;
        public static T IsAny<T>() => default!;
    }

    public class Mock<T>
    {
        public void Setup(Expression<Action<T>> call) { }
        public void Verify(Expression<Action<T>> call) { }
    }
}

namespace MyCompany
{
    public class PutObjectRequest { public string ServerSideEncryptionMethod { get; set; } = """"; }
    public class TransferUtility { public void Upload(string filePath, string bucketName) { } }
}

namespace App
{
    using Amazon.S3;
    using Amazon.S3.Transfer;

    class Tests
    {
        void Arrange(Moq.Mock<IAmazonS3> s3, Moq.Mock<ITransferUtility> transfer)
        {
            s3.Setup(c => c.PutObjectAsync(Moq.It.Is<Amazon.S3.Model.PutObjectRequest>(r => r.BucketName == ""b""), default));
            s3.Verify(c => c.PutObjectAsync(Moq.It.Is<Amazon.S3.Model.PutObjectRequest>(r => r.Key == new Amazon.S3.Model.PutObjectRequest().Key), default));
            transfer.Setup(t => t.Upload(Moq.It.IsAny<string>(), ""b""));
            transfer.Verify(t => t.UploadAsync(""f"", ""b"", ""k"", default));

            var mine = new MyCompany.PutObjectRequest { ServerSideEncryptionMethod = """" };
            new MyCompany.TransferUtility().Upload(""f"", ""b"");
        }
    }
}", sdk);

        [Fact]
        public Task No_analysis_without_the_sdk()
        {
            // Same metadata names, but no AWSSDK.Core: the rule registers nothing.
            var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<SrmAnalyzers.Rules.S3ObjectEncryptionAnalyzer, Microsoft.CodeAnalysis.Testing.DefaultVerifier>
            {
                ReferenceAssemblies = TestReferences.None,
                TestCode = @"
namespace Amazon.S3.Model { public class PutObjectRequest { public string? ServerSideEncryptionMethod { get; set; } } }
namespace Amazon.S3.Transfer { public class TransferUtility { public void Upload(string filePath, string bucketName) { } } }
class C
{
    object M() => new Amazon.S3.Model.PutObjectRequest { ServerSideEncryptionMethod = """" };
    void N() => new Amazon.S3.Transfer.TransferUtility().Upload(""f"", ""b"");
}",
            };
            test.TestState.AdditionalReferences.AddRange(AwsReferences.RuntimeOnly);
            return test.RunAsync();
        }

        // ---------------------------------------------------------------- presigned PUT URLs

        private const string PresignConsequence = ", so whoever uploads with it decides how the object is encrypted";

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Presigned_put_urls_that_sign_no_encryption_are_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Uploads
{
    private const HttpVerb Upload = HttpVerb.PUT;

    string[] Urls(IAmazonS3 s3, bool upload, bool legacy)
    {
        var later = {|#2:new GetPreSignedUrlRequest|} { BucketName = ""b"", Key = ""k"", Verb = HttpVerb.GET };
        later.Verb = HttpVerb.PUT;

        var sometimes = {|#7:new GetPreSignedUrlRequest|} { BucketName = ""b"", Key = ""k"" };
        if (upload)
        {
            sometimes.Verb = HttpVerb.PUT;
        }

        return new[]
        {
            s3.GetPreSignedURL({|#0:new GetPreSignedUrlRequest|} { BucketName = ""b"", Key = ""k"", Verb = HttpVerb.PUT, Expires = System.DateTime.UtcNow.AddMinutes(15) }),
            s3.GetPreSignedURL({|#1:new GetPreSignedUrlRequest|} { BucketName = ""b"", Key = ""k"", Verb = upload ? HttpVerb.PUT : HttpVerb.GET }),
            s3.GetPreSignedURL(later),
            s3.GetPreSignedURL({|#4:new GetPreSignedUrlRequest|} { BucketName = ""b"", Verb = Upload, ServerSideEncryptionMethod = {|#3:ServerSideEncryptionMethod.None|} }),
            s3.GetPreSignedURL({|#6:new GetPreSignedUrlRequest|} { BucketName = ""b"", Verb = HttpVerb.PUT, ServerSideEncryptionMethod = {|#5:legacy ? null : ServerSideEncryptionMethod.AWSKMS|} }),
            s3.GetPreSignedURL(sometimes),
        };
    }
}",
            sdk,
            VerifyCS.Diagnostic("SRM101").WithLocation(0).WithMessage("GetPreSignedUrlRequest makes a PUT URL that does not sign a server-side encryption choice" + PresignConsequence + "; set ServerSideEncryptionMethod (SSE-KMS for key control, or SSE-S3)" + Duty),
            VerifyCS.Diagnostic("SRM101").WithLocation(1).WithMessage("GetPreSignedUrlRequest may make a PUT URL that does not sign a server-side encryption choice" + PresignConsequence + "; set ServerSideEncryptionMethod (SSE-KMS for key control, or SSE-S3)" + Duty),
            VerifyCS.Diagnostic("SRM101").WithLocation(2).WithMessage("GetPreSignedUrlRequest makes a PUT URL that does not sign a server-side encryption choice" + PresignConsequence + "; set ServerSideEncryptionMethod (SSE-KMS for key control, or SSE-S3)" + Duty),
            VerifyCS.Diagnostic("SRM101").WithLocation(3).WithLocation(4).WithMessage("GetPreSignedUrlRequest makes a PUT URL that chooses ServerSideEncryptionMethod.None" + PresignConsequence + "; choose SSE-KMS for key control, or SSE-S3" + Duty),
            VerifyCS.Diagnostic("SRM101").WithLocation(5).WithLocation(6).WithMessage("GetPreSignedUrlRequest makes a PUT URL that may set ServerSideEncryptionMethod to null, which chooses no server-side encryption" + PresignConsequence + "; choose SSE-KMS for key control, or SSE-S3" + Duty),
            VerifyCS.Diagnostic("SRM101").WithLocation(7).WithMessage("GetPreSignedUrlRequest may make a PUT URL that does not sign a server-side encryption choice" + PresignConsequence + "; set ServerSideEncryptionMethod (SSE-KMS for key control, or SSE-S3)" + Duty));

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Presigned_urls_that_do_not_upload_or_that_choose_encryption_are_not_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Urls
{
    async Task<string[]> Make(IAmazonS3 s3, HttpVerb fromCaller, string key, string keyId)
    {
        var correctedVerb = new GetPreSignedUrlRequest { BucketName = ""b"", Key = ""k"", Verb = HttpVerb.PUT };
        correctedVerb.Verb = HttpVerb.GET;

        var encryptedLater = new GetPreSignedUrlRequest { BucketName = ""b"", Key = ""k"", Verb = HttpVerb.PUT };
        encryptedLater.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS;

        var completedElsewhere = new GetPreSignedUrlRequest { BucketName = ""b"", Key = ""k"", Verb = HttpVerb.PUT };
        ApplyEncryptionPolicy(completedElsewhere);

        return new[]
        {
            s3.GetPreSignedURL(new GetPreSignedUrlRequest { BucketName = ""b"", Key = ""k"" }),
            s3.GetPreSignedURL(new GetPreSignedUrlRequest { BucketName = ""b"", Key = ""k"", Verb = HttpVerb.GET }),
            s3.GetPreSignedURL(new GetPreSignedUrlRequest { BucketName = ""b"", Key = ""k"", Verb = HttpVerb.DELETE }),
            s3.GetPreSignedURL(new GetPreSignedUrlRequest { BucketName = ""b"", Key = ""k"", Verb = HttpVerb.HEAD }),
            s3.GetPreSignedURL(new GetPreSignedUrlRequest { BucketName = ""b"", Key = ""k"", Verb = fromCaller }),
            s3.GetPreSignedURL(new GetPreSignedUrlRequest { BucketName = ""b"", Key = ""k"", Verb = HttpVerb.PUT, ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS, ServerSideEncryptionKeyManagementServiceKeyId = keyId }),
            s3.GetPreSignedURL(new GetPreSignedUrlRequest { BucketName = ""b"", Key = ""k"", Verb = HttpVerb.PUT, ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 }),
            s3.GetPreSignedURL(new GetPreSignedUrlRequest { BucketName = ""b"", Key = ""k"", Verb = HttpVerb.PUT, ServerSideEncryptionCustomerMethod = ServerSideEncryptionCustomerMethod.AES256 }),
            s3.GetPreSignedURL(new GetPreSignedUrlRequest { BucketName = ""b"", Key = ""k"", Verb = HttpVerb.GET, ServerSideEncryptionMethod = ServerSideEncryptionMethod.None }),
            s3.GetPreSignedURL(correctedVerb),
            s3.GetPreSignedURL(encryptedLater),
            s3.GetPreSignedURL(completedElsewhere),
        };
    }

    static void ApplyEncryptionPolicy(GetPreSignedUrlRequest request) => request.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS;
}", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Presigned_look_alikes_and_mock_expressions_are_not_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
namespace Moq
{
    public static class It { public static T Is<T>(System.Func<T, bool> match) => default!; }
}

namespace MyCompany.Storage
{
    public enum HttpVerb { GET, PUT }
    public class GetPreSignedUrlRequest { public HttpVerb Verb { get; set; } public string? ServerSideEncryptionMethod { get; set; } }

    class Links
    {
        void Make()
        {
            var mine = new GetPreSignedUrlRequest { Verb = HttpVerb.PUT };
            var sdkVerb = new GetPreSignedUrlRequest { Verb = (HttpVerb)(int)Amazon.S3.HttpVerb.PUT };
            var expectation = Moq.It.Is<Amazon.S3.Model.GetPreSignedUrlRequest>(r => r.Verb == new Amazon.S3.Model.GetPreSignedUrlRequest { Verb = Amazon.S3.HttpVerb.PUT }.Verb);
        }
    }
}", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Presigned_put_urls_follow_the_kms_option(Sdk sdk) => VerifyCS.AnalyzerAsync(
            Usings + @"
class Uploads
{
    string[] Urls(IAmazonS3 s3) => new[]
    {
        s3.GetPreSignedURL({|#1:new GetPreSignedUrlRequest|} { BucketName = ""b"", Verb = HttpVerb.PUT, ServerSideEncryptionMethod = {|#0:ServerSideEncryptionMethod.AES256|} }),
        s3.GetPreSignedURL({|#2:new GetPreSignedUrlRequest|} { BucketName = ""b"", Verb = HttpVerb.PUT }),
        s3.GetPreSignedURL(new GetPreSignedUrlRequest { BucketName = ""b"", Verb = HttpVerb.PUT, ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS }),
        s3.GetPreSignedURL(new GetPreSignedUrlRequest { BucketName = ""b"", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 }),
    };
}",
            sdk,
            KmsOption,
            stubs: null,
            VerifyCS.Diagnostic("SRM101").WithLocation(0).WithLocation(1).WithArguments("GetPreSignedUrlRequest makes a PUT URL that uses SSE-S3 (AES256) but srm.SRM101.required_encryption = kms requires SSE-KMS"),
            VerifyCS.Diagnostic("SRM101").WithLocation(2).WithArguments("GetPreSignedUrlRequest makes a PUT URL that does not sign a server-side encryption choice" + PresignConsequence + "; set ServerSideEncryptionMethod (SSE-KMS, as srm.SRM101.required_encryption = kms requires)"));

        // ---------------------------------------------------------------- code fix

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_adds_kms_to_an_empty_initializer(Sdk sdk) => VerifyFix.CodeFixAsync(Usings + @"
class Storage
{
    Task Write(IAmazonS3 s3) => s3.PutObjectAsync({|SRM101:new PutObjectRequest|} { });
}", Usings + @"
class Storage
{
    Task Write(IAmazonS3 s3) => s3.PutObjectAsync(new PutObjectRequest { ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS });
}", sdk, S3ObjectEncryptionCodeFixProvider.UseSseKmsEquivalenceKey);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_adds_an_initializer_when_there_is_none(Sdk sdk) => VerifyFix.CodeFixAsync(Usings + @"
class Storage
{
    async Task Write(IAmazonS3 s3)
    {
        var request = {|SRM101:new PutObjectRequest()|};
        request.BucketName = ""b"";
        await s3.PutObjectAsync(request);
    }
}", Usings + @"
class Storage
{
    async Task Write(IAmazonS3 s3)
    {
        var request = new PutObjectRequest { ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS };
        request.BucketName = ""b"";
        await s3.PutObjectAsync(request);
    }
}", sdk, S3ObjectEncryptionCodeFixProvider.UseSseKmsEquivalenceKey);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_appends_to_a_multi_line_initializer_with_trailing_comma(Sdk sdk) => VerifyFix.CodeFixAsync(Usings + @"
class Storage
{
    Task Write(TransferUtility transfer) => transfer.UploadAsync({|SRM101:new TransferUtilityUploadRequest|}
    {
        BucketName = ""b"",
        FilePath = ""report.pdf"", // generated nightly
    });
}", Usings + @"
class Storage
{
    Task Write(TransferUtility transfer) => transfer.UploadAsync(new TransferUtilityUploadRequest
    {
        BucketName = ""b"",
        FilePath = ""report.pdf"", // generated nightly
        ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256,
    });
}", sdk, S3ObjectEncryptionCodeFixProvider.UseSseS3EquivalenceKey);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_replaces_none_in_the_initializer(Sdk sdk) => VerifyFix.CodeFixAsync(Usings + @"
class Storage
{
    Task Write(IAmazonS3 s3, bool legacy) => s3.CopyObjectAsync(new CopyObjectRequest
    {
        DestinationBucket = ""b"",
        ServerSideEncryptionMethod = {|SRM101:legacy ? ServerSideEncryptionMethod.None : ServerSideEncryptionMethod.AWSKMS|},
        DestinationKey = ""k"",
    });
}", Usings + @"
class Storage
{
    Task Write(IAmazonS3 s3, bool legacy) => s3.CopyObjectAsync(new CopyObjectRequest
    {
        DestinationBucket = ""b"",
        ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
        DestinationKey = ""k"",
    });
}", sdk, S3ObjectEncryptionCodeFixProvider.UseSseKmsEquivalenceKey);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_sse_s3_replaces_an_empty_string(Sdk sdk) => VerifyFix.CodeFixAsync(Usings + @"
class Storage
{
    Task Write(IAmazonS3 s3) => s3.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest { BucketName = ""b"", ServerSideEncryptionMethod = {|SRM101:""""|} });
}", Usings + @"
class Storage
{
    Task Write(IAmazonS3 s3) => s3.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest { BucketName = ""b"", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 });
}", sdk, S3ObjectEncryptionCodeFixProvider.UseSseS3EquivalenceKey);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_replaces_none_at_a_later_assignment(Sdk sdk) => VerifyFix.CodeFixAsync(Usings + @"
class Storage
{
    async Task Write(IAmazonS3 s3)
    {
        var request = new PutObjectRequest { BucketName = ""b"", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 };
        request.ServerSideEncryptionMethod = {|SRM101:ServerSideEncryptionMethod.None|}; // temporary
        await s3.PutObjectAsync(request);
    }
}", Usings + @"
class Storage
{
    async Task Write(IAmazonS3 s3)
    {
        var request = new PutObjectRequest { BucketName = ""b"", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 };
        request.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS; // temporary
        await s3.PutObjectAsync(request);
    }
}", sdk, S3ObjectEncryptionCodeFixProvider.UseSseKmsEquivalenceKey);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_adds_the_missing_using(Sdk sdk) => VerifyFix.CodeFixAsync(@"
using System.Threading.Tasks;
using Amazon.S3.Model;

class Storage
{
    Task Write(Amazon.S3.IAmazonS3 s3) => s3.PutObjectAsync({|SRM101:new PutObjectRequest|} { BucketName = ""b"" });
}", @"
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

class Storage
{
    Task Write(Amazon.S3.IAmazonS3 s3) => s3.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS });
}", sdk, S3ObjectEncryptionCodeFixProvider.UseSseKmsEquivalenceKey);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_completes_a_target_typed_new(Sdk sdk) => VerifyFix.CodeFixAsync(Usings + @"
class Storage
{
    async Task Write(IAmazonS3 s3)
    {
        PutObjectRequest request = {|SRM101:new()|};
        request.BucketName = ""b"";
        await s3.PutObjectAsync(request);
        InitiateMultipartUploadRequest start = {|SRM101:new()|} { BucketName = ""b"" };
        await s3.InitiateMultipartUploadAsync(start);
    }
}", Usings + @"
class Storage
{
    async Task Write(IAmazonS3 s3)
    {
        PutObjectRequest request = new() { ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS };
        request.BucketName = ""b"";
        await s3.PutObjectAsync(request);
        InitiateMultipartUploadRequest start = new() { BucketName = ""b"", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS };
        await s3.InitiateMultipartUploadAsync(start);
    }
}", sdk, S3ObjectEncryptionCodeFixProvider.UseSseKmsEquivalenceKey);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_under_kms_option_replaces_sse_s3(Sdk sdk) => VerifyFix.CodeFixAsync(Usings + @"
class Storage
{
    async Task Write(IAmazonS3 s3)
    {
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", ServerSideEncryptionMethod = {|SRM101:ServerSideEncryptionMethod.AES256|} });
        await s3.PutObjectAsync({|SRM101:new PutObjectRequest|} { BucketName = ""b"" });
    }
}", Usings + @"
class Storage
{
    async Task Write(IAmazonS3 s3)
    {
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS });
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = ""b"", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS });
    }
}", sdk, S3ObjectEncryptionCodeFixProvider.UseSseKmsEquivalenceKey, KmsOption);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_all_fixes_every_request_of_the_document(Sdk sdk) => VerifyFix.CodeFixAsync(@"
using System.Threading.Tasks;
using Amazon.S3.Model;

class Storage
{
    async Task Write(Amazon.S3.IAmazonS3 s3)
    {
        var first = {|SRM101:new PutObjectRequest|}
        {
            BucketName = ""b"",
            Key = ""k""
        };
        await s3.PutObjectAsync(first);

        var second = new CopyObjectRequest { DestinationBucket = ""b"" };
        second.ServerSideEncryptionMethod = {|SRM101:Amazon.S3.ServerSideEncryptionMethod.None|};
        await s3.CopyObjectAsync(second);
    }
}", @"
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

class Storage
{
    async Task Write(Amazon.S3.IAmazonS3 s3)
    {
        var first = new PutObjectRequest
        {
            BucketName = ""b"",
            Key = ""k"",
            ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS
        };
        await s3.PutObjectAsync(first);

        var second = new CopyObjectRequest { DestinationBucket = ""b"" };
        second.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS;
        await s3.CopyObjectAsync(second);
    }
}", sdk, S3ObjectEncryptionCodeFixProvider.UseSseKmsEquivalenceKey);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public async Task Fix_offers_sse_kms_first_and_sse_s3_only_when_acceptable(Sdk sdk)
        {
            const string Source = Usings + @"
class Storage
{
    async Task Write(IAmazonS3 s3, TransferUtility transfer, string keyId)
    {
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = ""unset"" });
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = ""keyid"", ServerSideEncryptionKeyManagementServiceKeyId = keyId });
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = ""none"", ServerSideEncryptionMethod = ServerSideEncryptionMethod.None });
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = ""aes"", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 });
        transfer.Upload(""file"", ""call"");
    }
}";
            var any = await OfferedFixes.ForAsync<SrmAnalyzers.Rules.S3ObjectEncryptionAnalyzer, S3ObjectEncryptionCodeFixProvider>(Source, sdk, options: null);
            Assert.Equal(
                new[]
                {
                    "new PutObjectRequest: SRM101.UseSseKms, SRM101.UseSseS3",
                    "new PutObjectRequest: SRM101.UseSseKms",
                    "ServerSideEncryptionMethod.None: SRM101.UseSseKms, SRM101.UseSseS3",
                    "Upload(\"file\", \"call\"): ",
                },
                any);

            var kms = await OfferedFixes.ForAsync<SrmAnalyzers.Rules.S3ObjectEncryptionAnalyzer, S3ObjectEncryptionCodeFixProvider>(Source, sdk, KmsOption);
            Assert.Equal(
                new[]
                {
                    "new PutObjectRequest: SRM101.UseSseKms",
                    "new PutObjectRequest: SRM101.UseSseKms",
                    "ServerSideEncryptionMethod.None: SRM101.UseSseKms",
                    "ServerSideEncryptionMethod.AES256: SRM101.UseSseKms",
                    "Upload(\"file\", \"call\"): ",
                },
                kms);
        }

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_signs_sse_kms_into_a_presigned_put_url(Sdk sdk) => VerifyFix.CodeFixAsync(Usings + @"
class Uploads
{
    string Url(IAmazonS3 s3, bool legacy)
    {
        var request = {|SRM101:new GetPreSignedUrlRequest|}
        {
            BucketName = ""b"",
            Key = ""k"",
            Verb = HttpVerb.PUT,
        };
        var replaced = new GetPreSignedUrlRequest { BucketName = ""b"", Verb = HttpVerb.PUT, ServerSideEncryptionMethod = {|SRM101:legacy ? ServerSideEncryptionMethod.None : ServerSideEncryptionMethod.AWSKMS|} };
        return s3.GetPreSignedURL(request) + s3.GetPreSignedURL(replaced);
    }
}", Usings + @"
class Uploads
{
    string Url(IAmazonS3 s3, bool legacy)
    {
        var request = new GetPreSignedUrlRequest
        {
            BucketName = ""b"",
            Key = ""k"",
            Verb = HttpVerb.PUT,
            ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
        };
        var replaced = new GetPreSignedUrlRequest { BucketName = ""b"", Verb = HttpVerb.PUT, ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS };
        return s3.GetPreSignedURL(request) + s3.GetPreSignedURL(replaced);
    }
}", sdk, S3ObjectEncryptionCodeFixProvider.UseSseKmsEquivalenceKey);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_signs_sse_s3_into_a_presigned_put_url(Sdk sdk) => VerifyFix.CodeFixAsync(Usings + @"
class Uploads
{
    string Url(IAmazonS3 s3) => s3.GetPreSignedURL({|SRM101:new GetPreSignedUrlRequest|} { BucketName = ""b"", Key = ""k"", Verb = HttpVerb.PUT });
}", Usings + @"
class Uploads
{
    string Url(IAmazonS3 s3) => s3.GetPreSignedURL(new GetPreSignedUrlRequest { BucketName = ""b"", Key = ""k"", Verb = HttpVerb.PUT, ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 });
}", sdk, S3ObjectEncryptionCodeFixProvider.UseSseS3EquivalenceKey);
    }
}
