using System.Threading.Tasks;
using SrmAnalyzers.CodeFixes.Rules;
using SrmAnalyzers.Tests.Infrastructure;
using VerifyCS = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.PublicS3AclAnalyzer>;
using VerifyFix = SrmAnalyzers.Tests.Infrastructure.Verify<SrmAnalyzers.Rules.PublicS3AclAnalyzer, SrmAnalyzers.CodeFixes.Rules.PublicS3AclCodeFixProvider>;

namespace SrmAnalyzers.Tests.Rules
{
    public class SRM401Tests
    {
        private const string Usings = @"
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.S3.Transfer;
";

        private const string Duty = " (customer duty: network and access configuration — public exposure)";

        // ---- Canned ACLs -------------------------------------------------------------------

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Public_canned_acls_on_every_request_type_are_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Storage
{
    async Task Publish(IAmazonS3 s3, TransferUtility transfer)
    {
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = ""site"", Key = ""index.html"", CannedACL = {|SRM401:S3CannedACL.PublicRead|} });
        await s3.PutBucketAsync(new PutBucketRequest { BucketName = ""site"", CannedACL = {|SRM401:S3CannedACL.PublicReadWrite|} });
        await s3.PutACLAsync(new PutACLRequest { BucketName = ""site"", CannedACL = {|SRM401:S3CannedACL.AuthenticatedRead|} });
        await s3.CopyObjectAsync(new CopyObjectRequest { SourceBucket = ""a"", SourceKey = ""k"", DestinationBucket = ""b"", DestinationKey = ""k"", CannedACL = {|SRM401:S3CannedACL.PublicRead|} });
        await s3.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest { BucketName = ""site"", Key = ""big.bin"", CannedACL = {|SRM401:S3CannedACL.PublicRead|} });
        await transfer.UploadAsync(new TransferUtilityUploadRequest { BucketName = ""site"", Key = ""a.css"", FilePath = ""a.css"", CannedACL = {|SRM401:S3CannedACL.PublicRead|} });
        await transfer.UploadDirectoryAsync(new TransferUtilityUploadDirectoryRequest { BucketName = ""site"", Directory = ""wwwroot"", CannedACL = {|SRM401:S3CannedACL.PublicRead|} });
        await s3.RestoreObjectAsync(new RestoreObjectRequest
        {
            BucketName = ""archive"",
            Key = ""k"",
            OutputLocation = new OutputLocation { S3 = new S3Location { BucketName = ""out"", CannedACL = {|SRM401:S3CannedACL.PublicRead|} } },
        });
    }
}", sdk);

        [Fact]
        public Task V4_PutObjectAcl_and_PutBucketAcl_ACL_property_is_reported() => VerifyCS.AnalyzerAsync(Usings + @"
class Storage
{
    async Task Open(IAmazonS3 s3)
    {
        await s3.PutObjectAclAsync(new PutObjectAclRequest { BucketName = ""site"", Key = ""k"", ACL = {|SRM401:S3CannedACL.PublicRead|} });
        var bucketAcl = new PutBucketAclRequest { BucketName = ""site"" };
        bucketAcl.ACL = {|SRM401:S3CannedACL.PublicReadWrite|};
        await s3.PutBucketAclAsync(bucketAcl);
    }
}", Sdk.V4);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Value_forms_are_resolved(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Storage
{
    private const string PublicAcl = ""public-read"";
    private const string Kind = ""read"";
    private static readonly S3CannedACL SharedAcl = S3CannedACL.PublicRead;
    private static readonly S3CannedACL SharedFromString = ""public-read-write"";

    async Task Publish(IAmazonS3 s3, bool shareIt, int level)
    {
        await s3.PutObjectAsync(new PutObjectRequest { CannedACL = {|SRM401:""public-read""|} });
        await s3.PutObjectAsync(new PutObjectRequest { CannedACL = {|SRM401:S3CannedACL.FindValue(""public-read"")|} });
        await s3.PutObjectAsync(new PutObjectRequest { CannedACL = {|SRM401:new S3CannedACL(""authenticated-read"")|} });
        await s3.PutObjectAsync(new PutObjectRequest { CannedACL = {|SRM401:PublicAcl|} });
        await s3.PutObjectAsync(new PutObjectRequest { CannedACL = {|SRM401:SharedAcl|} });
        await s3.PutObjectAsync(new PutObjectRequest { CannedACL = {|SRM401:SharedFromString|} });
        await s3.PutObjectAsync(new PutObjectRequest { CannedACL = {|SRM401:$""public-{Kind}""|} });

        var local = S3CannedACL.PublicRead;
        await s3.PutObjectAsync(new PutObjectRequest { CannedACL = {|SRM401:local|} });

        await s3.PutObjectAsync(new PutObjectRequest { CannedACL = {|SRM401:shareIt ? S3CannedACL.PublicRead : S3CannedACL.Private|} });
        await s3.PutObjectAsync(new PutObjectRequest
        {
            CannedACL = {|SRM401:level switch { 0 => S3CannedACL.Private, 1 => S3CannedACL.BucketOwnerFullControl, _ => S3CannedACL.PublicReadWrite }|},
        });
    }
}", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Later_assignments_and_writes_to_objects_from_elsewhere_are_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Storage
{
    private PutObjectRequest _template = new PutObjectRequest();

    async Task Publish(IAmazonS3 s3, PutObjectRequest fromCaller, bool share)
    {
        var request = new PutObjectRequest { BucketName = ""site"", Key = ""index.html"" };
        request.CannedACL = {|SRM401:S3CannedACL.PublicRead|};
        await s3.PutObjectAsync(request);

        var acl = new PutACLRequest { BucketName = ""site"" };
        if (share)
        {
            acl.CannedACL = {|SRM401:""public-read""|};
        }

        await s3.PutACLAsync(acl);

        fromCaller.CannedACL = {|SRM401:S3CannedACL.AuthenticatedRead|};
        _template.CannedACL = {|SRM401:S3CannedACL.PublicRead|};
        fromCaller.CannedACL ??= {|SRM401:S3CannedACL.PublicRead|};
    }
}", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task A_public_value_always_overwritten_later_is_not_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Storage
{
    async Task Publish(IAmazonS3 s3, bool keepPublic)
    {
        var request = new PutObjectRequest { BucketName = ""site"", CannedACL = S3CannedACL.PublicRead };
        request.CannedACL = S3CannedACL.Private;
        await s3.PutObjectAsync(request);

        var sometimes = new PutObjectRequest { BucketName = ""site"", CannedACL = {|SRM401:S3CannedACL.PublicRead|} };
        if (!keepPublic)
        {
            sometimes.CannedACL = S3CannedACL.Private;
        }

        await s3.PutObjectAsync(sometimes);

        // A statement without braces, or in a switch section, runs only on some paths.
        var braceless = new PutObjectRequest { BucketName = ""site"", CannedACL = {|SRM401:S3CannedACL.PublicRead|} };
        if (!keepPublic)
            braceless.CannedACL = S3CannedACL.Private;
        await s3.PutObjectAsync(braceless);

        var switched = new PutObjectRequest { BucketName = ""site"", CannedACL = {|SRM401:S3CannedACL.PublicRead|} };
        switch (keepPublic)
        {
            case false:
                switched.CannedACL = S3CannedACL.Private;
                break;
        }

        await s3.PutObjectAsync(switched);
    }
}", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Private_and_other_canned_acls_and_unknown_values_are_not_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Storage
{
    async Task Store(IAmazonS3 s3, S3CannedACL configured, string fromConfig)
    {
        await s3.PutObjectAsync(new PutObjectRequest { CannedACL = S3CannedACL.Private });
        await s3.PutObjectAsync(new PutObjectRequest { CannedACL = S3CannedACL.BucketOwnerFullControl });
        await s3.PutObjectAsync(new PutObjectRequest { CannedACL = S3CannedACL.BucketOwnerRead });
        await s3.PutObjectAsync(new PutObjectRequest { CannedACL = S3CannedACL.NoACL });
        await s3.PutObjectAsync(new PutObjectRequest { CannedACL = S3CannedACL.AWSExecRead });
        await s3.PutBucketAsync(new PutBucketRequest { CannedACL = S3CannedACL.LogDeliveryWrite });
        await s3.PutObjectAsync(new PutObjectRequest { CannedACL = ""private"" });
        await s3.PutObjectAsync(new PutObjectRequest { CannedACL = null });
        await s3.PutObjectAsync(new PutObjectRequest { CannedACL = configured });
        await s3.PutObjectAsync(new PutObjectRequest { CannedACL = fromConfig });
        await s3.PutObjectAsync(new PutObjectRequest { CannedACL = S3CannedACL.FindValue(fromConfig) });
        await s3.PutObjectAsync(new PutObjectRequest { CannedACL = $""public-{fromConfig}"" });
    }
}", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Look_alike_types_and_non_sdk_properties_are_not_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
namespace MyCompany
{
    public sealed class S3CannedACL
    {
        public static readonly S3CannedACL PublicRead = new S3CannedACL();
    }

    public class PutObjectRequest { public S3CannedACL CannedACL { get; set; } = S3CannedACL.PublicRead; }

    public class UploadOptions { public Amazon.S3.S3CannedACL DefaultAcl { get; set; } = Amazon.S3.S3CannedACL.Private; }

    class Uploader
    {
        void Run()
        {
            var mine = new PutObjectRequest { CannedACL = S3CannedACL.PublicRead };
            mine.CannedACL = MyCompany.S3CannedACL.PublicRead;
            var options = new UploadOptions { DefaultAcl = Amazon.S3.S3CannedACL.PublicRead };
            Amazon.S3.S3CannedACL unused = Amazon.S3.S3CannedACL.PublicRead;
        }
    }
}", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Comparisons_and_requests_in_test_double_expressions_are_not_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
namespace Moq
{
    public static class It { public static T Is<T>(System.Linq.Expressions.Expression<System.Func<T, bool>> match) => default!; }
    public class Mock<T> where T : class
    {
        public T Object => default!;
        public void Verify(System.Linq.Expressions.Expression<System.Action<T>> call) { }
    }
}

namespace Tests
{
    using Moq;

    class UploaderTests
    {
        void Verifies(Mock<IAmazonS3> s3, PutObjectRequest sent)
        {
            s3.Verify(x => x.PutObjectAsync(It.Is<PutObjectRequest>(r => r.CannedACL == S3CannedACL.PublicRead), default));
            s3.Verify(x => x.PutObjectAsync(new PutObjectRequest { CannedACL = S3CannedACL.PublicRead }, default));
            var wasPublic = sent.CannedACL == S3CannedACL.PublicRead || S3CannedACL.PublicRead.Equals(sent.CannedACL);
        }
    }
}", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Messages_name_the_acl_and_who_gets_access(Sdk sdk) => VerifyCS.AnalyzerAsync(
            Usings + @"
class Storage
{
    async Task Publish(IAmazonS3 s3, bool flag)
    {
        await s3.PutObjectAsync(new PutObjectRequest { CannedACL = {|#0:S3CannedACL.PublicRead|} });
        await s3.PutBucketAsync(new PutBucketRequest { CannedACL = {|#1:S3CannedACL.PublicReadWrite|} });
        await s3.PutObjectAsync(new PutObjectRequest { CannedACL = {|#2:S3CannedACL.AuthenticatedRead|} });
        await s3.PutObjectAsync(new PutObjectRequest { CannedACL = {|#3:flag ? S3CannedACL.PublicRead : S3CannedACL.PublicReadWrite|} });
        var acl = new S3AccessControlList();
        acl.AddGrant({|#4:new S3Grantee { URI = ""http://acs.amazonaws.com/groups/global/AllUsers"" }|}, S3Permission.READ);
        acl.Grants.Add({|#5:new S3Grant|} { Grantee = new S3Grantee { URI = ""http://acs.amazonaws.com/groups/global/AuthenticatedUsers"" } });
    }
}",
            sdk,
            VerifyCS.Diagnostic("SRM401").WithLocation(0).WithMessage("S3 canned ACL public-read makes the object readable by anyone on the internet" + Duty),
            VerifyCS.Diagnostic("SRM401").WithLocation(1).WithMessage("S3 canned ACL public-read-write makes the bucket readable and writable by anyone on the internet" + Duty),
            VerifyCS.Diagnostic("SRM401").WithLocation(2).WithMessage("S3 canned ACL authenticated-read makes the object readable by anyone with an AWS account (AuthenticatedUsers group)" + Duty),
            VerifyCS.Diagnostic("SRM401").WithLocation(3).WithMessage("S3 canned ACL public-read or public-read-write makes the object readable by anyone on the internet" + Duty),
            VerifyCS.Diagnostic("SRM401").WithLocation(4).WithMessage("S3 ACL grant to the AllUsers group gives anyone on the internet READ access" + Duty),
            VerifyCS.Diagnostic("SRM401").WithLocation(5).WithMessage("S3 ACL grant to the AuthenticatedUsers group gives anyone with an AWS account access" + Duty));

        // ---- Grants ------------------------------------------------------------------------

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Grants_to_AllUsers_and_AuthenticatedUsers_are_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Storage
{
    private const string AllUsers = ""http://acs.amazonaws.com/groups/global/AllUsers"";
    private static readonly string AuthenticatedUsers = ""http://acs.amazonaws.com/groups/global/"" + ""AuthenticatedUsers"";

    async Task Open(IAmazonS3 s3, S3Grantee someone)
    {
        var acl = new S3AccessControlList
        {
            Grants = new List<S3Grant>
            {
                {|SRM401:new S3Grant|} { Grantee = new S3Grantee { URI = AllUsers }, Permission = S3Permission.READ },
                {|SRM401:new S3Grant|} { Grantee = new S3Grantee { URI = ""https://acs.amazonaws.com/groups/global/AllUsers/"" }, Permission = S3Permission.READ },
            },
        };

        var everyone = new S3Grantee();
        everyone.URI = AuthenticatedUsers;
        acl.Grants.Add({|SRM401:new S3Grant|} { Grantee = everyone, Permission = S3Permission.FULL_CONTROL });

        var later = {|SRM401:new S3Grant|} { Permission = S3Permission.WRITE };
        later.Grantee = new S3Grantee { URI = AllUsers };
        acl.Grants.Add(later);

        var path = {|SRM401:new S3Grant|} { Grantee = new S3Grantee(), Permission = S3Permission.READ };
        path.Grantee.URI = AllUsers;
        acl.Grants.Add(path);

        acl.AddGrant({|SRM401:new S3Grantee { URI = AllUsers }|}, S3Permission.READ);
        var group = new S3Grantee { URI = "" http://acs.amazonaws.com/groups/global/authenticatedusers "" };
        acl.AddGrant({|SRM401:group|}, S3Permission.READ_ACP);

        var logging = new S3BucketLoggingConfig { TargetBucketName = ""logs"" };
        logging.AddGrant({|SRM401:new S3Grantee { URI = AllUsers }|}, S3Permission.READ);

        await s3.PutACLAsync(new PutACLRequest { BucketName = ""site"", AccessControlList = acl });
        await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = ""site"",
            Grants = new List<S3Grant> { {|SRM401:new S3Grant|} { Grantee = new S3Grantee { URI = AllUsers }, Permission = S3Permission.READ } },
        });
    }
}", sdk);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Grants_to_accounts_emails_LogDelivery_and_unknown_grantees_are_not_reported(Sdk sdk) => VerifyCS.AnalyzerAsync(Usings + @"
class Storage
{
    void Build(S3Grantee fromCaller, string uri)
    {
        var acl = new S3AccessControlList();
        acl.Grants.Add(new S3Grant { Grantee = new S3Grantee { CanonicalUser = ""79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"" }, Permission = S3Permission.FULL_CONTROL });
        acl.Grants.Add(new S3Grant { Grantee = new S3Grantee { EmailAddress = ""ops@example.com"" }, Permission = S3Permission.READ });
        acl.Grants.Add(new S3Grant { Grantee = new S3Grantee { URI = ""http://acs.amazonaws.com/groups/s3/LogDelivery"" }, Permission = S3Permission.WRITE });
        acl.Grants.Add(new S3Grant { Grantee = new S3Grantee { URI = ""http://acs.amazonaws.com/groups/global/AllUsersAndMore"" }, Permission = S3Permission.READ });
        acl.Grants.Add(new S3Grant { Grantee = new S3Grantee { URI = uri }, Permission = S3Permission.READ });
        acl.Grants.Add(new S3Grant { Grantee = fromCaller, Permission = S3Permission.READ });
        acl.Grants.Add(new S3Grant { Grantee = new S3Grantee { EmailAddress = ""ops@example.com"", URI = ""http://acs.amazonaws.com/groups/global/AllUsers"" } });
        acl.AddGrant(new S3Grantee { URI = ""http://acs.amazonaws.com/groups/s3/LogDelivery"" }, S3Permission.READ_ACP);

        // Removing a public grant is the remedy, not the mistake.
        acl.RemoveGrant(new S3Grantee { URI = ""http://acs.amazonaws.com/groups/global/AllUsers"" });
        acl.RemoveGrant(new S3Grantee { URI = ""http://acs.amazonaws.com/groups/global/AuthenticatedUsers"" }, S3Permission.READ);
    }
}", sdk);

        [Fact]
        public Task V4_header_grants_to_public_groups_are_reported() => VerifyCS.AnalyzerAsync(Usings + @"
class Storage
{
    private const string Everyone = ""uri=\""http://acs.amazonaws.com/groups/global/AllUsers\"""";

    async Task Open(IAmazonS3 s3, string owner)
    {
        await s3.PutObjectAclAsync(new PutObjectAclRequest { BucketName = ""site"", Key = ""k"", GrantRead = {|#0:Everyone|} });
        await s3.PutBucketAclAsync(new PutBucketAclRequest
        {
            BucketName = ""site"",
            GrantFullControl = $""id=\""{owner}\"""",
            GrantWrite = {|#1:$""id=\""{owner}\"", uri=\""http://acs.amazonaws.com/groups/global/AuthenticatedUsers\""""|},
        });
        await s3.CopyObjectAsync(new CopyObjectRequest { GrantReadACP = ""uri=\""http://acs.amazonaws.com/groups/s3/LogDelivery\"""" });
    }
}", Sdk.V4, VerifyCS.Diagnostic("SRM401").WithLocation(0).WithMessage("S3 ACL grant (GrantRead) to the AllUsers group gives anyone on the internet READ access" + Duty),
            VerifyCS.Diagnostic("SRM401").WithLocation(1).WithMessage("S3 ACL grant (GrantWrite) to the AuthenticatedUsers group gives anyone with an AWS account WRITE access" + Duty));

        [Fact]
        public Task No_analysis_without_the_sdk() => VerifyCS.AnalyzerAsync(@"
class S3CannedACL { public static readonly S3CannedACL PublicRead = new S3CannedACL(); }
class PutObjectRequest { public S3CannedACL CannedACL { get; set; } }
class C { object M() => new PutObjectRequest { CannedACL = S3CannedACL.PublicRead }; }", Sdk.V4);

        // ---- Code fix ----------------------------------------------------------------------

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_replaces_the_initializer_value(Sdk sdk) => VerifyFix.CodeFixAsync(Usings + @"
class Storage
{
    Task Publish(IAmazonS3 s3) => s3.PutObjectAsync(new PutObjectRequest
    {
        BucketName = ""site"",
        CannedACL = {|SRM401:S3CannedACL.PublicRead|}, // for the CDN
    });
}", Usings + @"
class Storage
{
    Task Publish(IAmazonS3 s3) => s3.PutObjectAsync(new PutObjectRequest
    {
        BucketName = ""site"",
        CannedACL = S3CannedACL.Private, // for the CDN
    });
}", sdk, PublicS3AclCodeFixProvider.EquivalenceKey);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_replaces_a_later_assignment_and_a_string_literal(Sdk sdk) => VerifyFix.CodeFixAsync(Usings + @"
class Storage
{
    async Task Publish(IAmazonS3 s3, TransferUtility transfer)
    {
        var request = new PutObjectRequest { BucketName = ""site"" };
        request.CannedACL = {|SRM401:""public-read""|};
        await s3.PutObjectAsync(request);
        await transfer.UploadAsync(new TransferUtilityUploadRequest { BucketName = ""site"", FilePath = ""a.css"", CannedACL = {|SRM401:""authenticated-read""|} });
    }
}", Usings + @"
class Storage
{
    async Task Publish(IAmazonS3 s3, TransferUtility transfer)
    {
        var request = new PutObjectRequest { BucketName = ""site"" };
        request.CannedACL = S3CannedACL.Private;
        await s3.PutObjectAsync(request);
        await transfer.UploadAsync(new TransferUtilityUploadRequest { BucketName = ""site"", FilePath = ""a.css"", CannedACL = S3CannedACL.Private });
    }
}", sdk, PublicS3AclCodeFixProvider.EquivalenceKey);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_replaces_only_the_public_branch(Sdk sdk) => VerifyFix.CodeFixAsync(Usings + @"
class Storage
{
    async Task Publish(IAmazonS3 s3, bool share, S3CannedACL configured, int level)
    {
        await s3.PutObjectAsync(new PutObjectRequest { CannedACL = {|SRM401:share ? S3CannedACL.PublicRead : S3CannedACL.BucketOwnerFullControl|} });
        await s3.PutObjectAsync(new PutObjectRequest { CannedACL = {|SRM401:share ? ""public-read"" : ""private""|} });
        await s3.PutObjectAsync(new PutObjectRequest { CannedACL = {|SRM401:configured ?? S3CannedACL.PublicRead|} });
        await s3.PutObjectAsync(new PutObjectRequest
        {
            CannedACL = {|SRM401:level switch { 0 => S3CannedACL.BucketOwnerRead, _ => S3CannedACL.PublicReadWrite }|},
        });
    }
}", Usings + @"
class Storage
{
    async Task Publish(IAmazonS3 s3, bool share, S3CannedACL configured, int level)
    {
        await s3.PutObjectAsync(new PutObjectRequest { CannedACL = share ? S3CannedACL.Private : S3CannedACL.BucketOwnerFullControl });
        await s3.PutObjectAsync(new PutObjectRequest { CannedACL = share ? S3CannedACL.Private : ""private"" });
        await s3.PutObjectAsync(new PutObjectRequest { CannedACL = configured ?? S3CannedACL.Private });
        await s3.PutObjectAsync(new PutObjectRequest
        {
            CannedACL = level switch { 0 => S3CannedACL.BucketOwnerRead, _ => S3CannedACL.Private },
        });
    }
}", sdk, PublicS3AclCodeFixProvider.EquivalenceKey);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_replaces_the_use_of_a_shared_constant_not_the_constant(Sdk sdk) => VerifyFix.CodeFixAsync(Usings + @"
class Storage
{
    private const string WebAcl = ""public-read"";
    private static readonly S3CannedACL SharedAcl = S3CannedACL.PublicRead;

    async Task Publish(IAmazonS3 s3, bool share)
    {
        var acl = share ? S3CannedACL.PublicRead : S3CannedACL.Private;
        await s3.PutObjectAsync(new PutObjectRequest { CannedACL = {|SRM401:WebAcl|} });
        await s3.PutObjectAsync(new PutObjectRequest { CannedACL = {|SRM401:SharedAcl|} });
        await s3.PutObjectAsync(new PutObjectRequest { CannedACL = {|SRM401:acl|} });
    }
}", Usings + @"
class Storage
{
    private const string WebAcl = ""public-read"";
    private static readonly S3CannedACL SharedAcl = S3CannedACL.PublicRead;

    async Task Publish(IAmazonS3 s3, bool share)
    {
        var acl = share ? S3CannedACL.PublicRead : S3CannedACL.Private;
        await s3.PutObjectAsync(new PutObjectRequest { CannedACL = S3CannedACL.Private });
        await s3.PutObjectAsync(new PutObjectRequest { CannedACL = S3CannedACL.Private });
        await s3.PutObjectAsync(new PutObjectRequest { CannedACL = S3CannedACL.Private });
    }
}", sdk, PublicS3AclCodeFixProvider.EquivalenceKey);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_adds_the_missing_using(Sdk sdk) => VerifyFix.CodeFixAsync(@"
using System.Threading.Tasks;

class Storage
{
    async Task Publish(Amazon.S3.IAmazonS3 s3)
    {
        await s3.PutObjectAsync(new Amazon.S3.Model.PutObjectRequest { BucketName = ""site"", CannedACL = {|SRM401:""public-read""|} });
        await s3.PutBucketAsync(new Amazon.S3.Model.PutBucketRequest { BucketName = ""site"", CannedACL = {|SRM401:Amazon.S3.S3CannedACL.PublicReadWrite|} });
    }
}", @"
using System.Threading.Tasks;
using Amazon.S3;

class Storage
{
    async Task Publish(Amazon.S3.IAmazonS3 s3)
    {
        await s3.PutObjectAsync(new Amazon.S3.Model.PutObjectRequest { BucketName = ""site"", CannedACL = S3CannedACL.Private });
        await s3.PutBucketAsync(new Amazon.S3.Model.PutBucketRequest { BucketName = ""site"", CannedACL = S3CannedACL.Private });
    }
}", sdk, PublicS3AclCodeFixProvider.EquivalenceKey);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Fix_all_fixes_every_canned_acl_in_the_document(Sdk sdk) => VerifyFix.CodeFixAsync(Usings + @"
class Storage
{
    async Task Publish(IAmazonS3 s3)
    {
        await s3.PutBucketAsync(new PutBucketRequest { BucketName = ""site"", CannedACL = {|SRM401:S3CannedACL.PublicReadWrite|} });
        var request = new PutObjectRequest { BucketName = ""site"" };
        request.CannedACL = {|SRM401:S3CannedACL.PublicRead|};
        await s3.PutObjectAsync(request);
    }
}", Usings + @"
class Storage
{
    async Task Publish(IAmazonS3 s3)
    {
        await s3.PutBucketAsync(new PutBucketRequest { BucketName = ""site"", CannedACL = S3CannedACL.Private });
        var request = new PutObjectRequest { BucketName = ""site"" };
        request.CannedACL = S3CannedACL.Private;
        await s3.PutObjectAsync(request);
    }
}", sdk, PublicS3AclCodeFixProvider.EquivalenceKey);

        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public Task Grants_get_no_fix(Sdk sdk)
        {
            var source = Usings + @"
class Storage
{
    void Build(S3AccessControlList acl) => acl.AddGrant({|SRM401:new S3Grantee { URI = ""http://acs.amazonaws.com/groups/global/AllUsers"" }|}, S3Permission.READ);
}";
            return VerifyFix.CodeFixAsync(source, source, sdk, PublicS3AclCodeFixProvider.EquivalenceKey);
        }
    }
}
