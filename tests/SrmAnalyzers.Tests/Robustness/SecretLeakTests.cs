using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SrmAnalyzers.Core;
using SrmAnalyzers.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SrmAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Issue 4: no secret ever appears in a diagnostic. Sources hold real-looking credentials
    /// (<see cref="FakeCredentials"/>) in every shape the rules can see: each credential sink of
    /// SRM301 and each value resolution it follows, and secrets inside what other rules read (URLs,
    /// SSM parameters, policy documents, KMS, S3 and EC2 requests). Every analyzer of the package runs
    /// over them on SDK v3 and v4; each source must produce its rule (so the check has something to
    /// check), and no message, property or descriptor text may show more of a key ID than its first
    /// and last 4 characters, or any 8 characters of a secret, token or password. The SARIF side is
    /// in Package/SarifSecretTests.
    /// </summary>
    public class SecretLeakTests
    {
        private static readonly string K = FakeCredentials.AccessKeyId;
        private static readonly string T = FakeCredentials.TemporaryAccessKeyId;
        private static readonly string K2 = FakeCredentials.OtherAccessKeyId;
        private static readonly string S = FakeCredentials.SecretAccessKey;
        private static readonly string S2 = FakeCredentials.OtherSecretAccessKey;
        private static readonly string Token = FakeCredentials.SessionToken;
        private static readonly string P = FakeCredentials.Password;

        private const string CredentialUsings = """
            using System;
            using System.Collections.Generic;
            using Amazon;
            using Amazon.Runtime;
            using Amazon.S3;
            using Amazon.SecurityToken;

            """;

        private const string S3Usings = """
            using System.Threading.Tasks;
            using Amazon.S3;
            using Amazon.S3.Model;

            """;

        private const string IamUsings = """
            using System.Threading.Tasks;
            using Amazon.IdentityManagement;
            using Amazon.IdentityManagement.Model;

            """;

        private static readonly ConcurrentDictionary<Sdk, Lazy<Task<AnalyzerRunner.Result>>> Runs = new();

        /// <summary>One source, the rule it must produce, and whether its API exists in the v3 references.</summary>
        private sealed record LeakCase(string Name, string Rule, bool OnV3, string Source);

        private const string UserInfoLeak = "SRM102 ServiceURL with a raw key and secret as user information";
        private const string SidLeak = "SRM201 statement whose Sid names the key";

        private static readonly LeakCase[] Cases = BuildCases();

        private static readonly Dictionary<string, LeakCase> KnownLeaks = BuildKnownLeaks();

        private readonly ITestOutputHelper _output;

        public SecretLeakTests(ITestOutputHelper output) => _output = output;

        public static IEnumerable<object[]> CaseNames() =>
            Cases.SelectMany(c => (c.OnV3 ? new[] { Sdk.V3, Sdk.V4 } : new[] { Sdk.V4 }).Select(sdk => new object[] { c.Name, sdk }));

        [Fact]
        public void Credentials_have_the_shapes_the_rules_look_for()
        {
            Assert.All(FakeCredentials.KeyIds, keyId => Assert.True(SecretPatterns.IsRealLookingAccessKeyId(keyId), keyId.Substring(0, 4)));
            Assert.StartsWith("AKIA", K, StringComparison.Ordinal);
            Assert.StartsWith("ASIA", T, StringComparison.Ordinal);
            Assert.True(SecretPatterns.LooksLikeSecretAccessKey(S));
            Assert.True(SecretPatterns.LooksLikeSecretAccessKey(S2));
            Assert.False(SecretPatterns.IsPlaceholder(Token));
            Assert.False(SecretPatterns.IsPlaceholder(P));
            Assert.Equal(FakeCredentials.KeyIds.Length + FakeCredentials.Secrets.Length, FakeCredentials.KeyIds.Concat(FakeCredentials.Secrets).Distinct().Count());
        }

        /// <summary>The check itself can fail: it sees a key ID shown whole, in part or in another case, and a piece of a secret.</summary>
        [Fact]
        public void Exposure_check_tells_a_redacted_key_from_a_revealed_one()
        {
            var exposure = FakeCredentials.Exposure;
            Assert.False(exposure.Reveals("String contains the AWS access key ID " + SecretPatterns.RedactAccessKeyId(K) + "; rotate it"));
            Assert.True(exposure.Reveals("key " + K));
            Assert.True(exposure.Reveals("key " + K.Substring(0, 5) + "\u2026"));
            Assert.True(exposure.Reveals("key \u2026" + K.Substring(15)));
            Assert.True(exposure.Reveals("host " + K.ToLowerInvariant()));
            Assert.True(exposure.Reveals("secret " + S.Substring(16, 8)));
            Assert.True(exposure.Reveals("token " + Token.Substring(200, 8)));
            Assert.True(exposure.Reveals("password " + P.Substring(10, 8)));
            Assert.False(exposure.Reveals("secret " + S.Substring(16, 7)));
        }

        /// <summary>Titles, descriptions and message formats are fixed text, but they reach SARIF too.</summary>
        [Fact]
        public void Descriptors_hold_no_credential()
        {
            var descriptors = AnalyzerCatalog.Descriptors(AnalyzerCatalog.AnalyzerAssembly);
            Assert.NotEmpty(descriptors);
            foreach (var descriptor in descriptors)
            {
                foreach (var text in DescriptorTexts(descriptor))
                {
                    Assert.False(FakeCredentials.Exposure.Reveals(text), $"{descriptor.Id}: {text}");
                }
            }
        }

        [Theory]
        [MemberData(nameof(CaseNames))]
        public async Task Source_reports_its_rule_without_revealing_a_credential(string name, Sdk sdk)
        {
            var leakCase = Cases.Single(c => c.Name == name);
            var result = await RunAsync(sdk);
            var path = PathOf(CasesFor(sdk), leakCase);
            foreach (var diagnostic in result.Srm.Where(d => d.Location.SourceTree?.FilePath == path))
            {
                _output.WriteLine($"{diagnostic.Id} {diagnostic.Location.GetLineSpan().StartLinePosition}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
            }

            AssertCase(leakCase, sdk, result, path);
        }

        /// <summary>Also diagnostics outside the case files (compilation-wide, no location), and no analyzer exception.</summary>
        [Theory]
        [InlineData(Sdk.V3)]
        [InlineData(Sdk.V4)]
        public async Task No_diagnostic_of_the_run_reveals_a_credential(Sdk sdk)
        {
            var result = await RunAsync(sdk);

            Assert.Empty(result.Exceptions);
            Assert.NotEmpty(result.Srm);
            var leaks = result.Srm.SelectMany(Leaks).ToList();
            Assert.True(leaks.Count == 0, string.Join("\n", leaks));
        }

        /// <summary>
        /// LEAK (SRM102, src/SrmAnalyzers/Core/HttpUrl.cs Parse): the authority ends at the first '/',
        /// so in <c>http://KEYID:SECRET@host</c> with a secret holding '/' (as most do) the user
        /// information is taken for the host, and TlsDisabledAnalyzer.ServiceUrlMessage shows the
        /// whole key ID, lower-cased: "ServiceURL uses http:// to akia…(20 chars)".
        /// </summary>
        [Fact]
        public Task ServiceURL_user_information_is_never_shown_as_the_host() => AssertKnownLeakAsync(UserInfoLeak);

        /// <summary>
        /// LEAK (SRM201, SRM203, src/SrmAnalyzers/Core/Policies/PolicyMessages.cs Statement): the
        /// statement's Sid is quoted whole (up to 64 characters), so a Sid holding a key ID shows it.
        /// </summary>
        [Fact]
        public Task Statement_sid_holding_a_key_id_is_redacted() => AssertKnownLeakAsync(SidLeak);

        private static async Task AssertKnownLeakAsync(string name)
        {
            var leakCase = KnownLeaks[name];
            foreach (var sdk in new[] { Sdk.V3, Sdk.V4 }.Where(sdk => sdk == Sdk.V4 || leakCase.OnV3))
            {
                var cases = new[] { leakCase };
                AssertCase(leakCase, sdk, await CompileAndRunAsync(cases, sdk), PathOf(cases, leakCase));
            }
        }

        private static void AssertCase(LeakCase leakCase, Sdk sdk, AnalyzerRunner.Result result, string path)
        {
            var diagnostics = result.Srm.Where(d => d.Location.SourceTree?.FilePath == path).ToList();
            var summary = string.Join("\n", diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan().StartLinePosition}"));

            Assert.True(diagnostics.Any(d => d.Id == leakCase.Rule), $"{leakCase.Name} on {sdk}: expected at least one {leakCase.Rule}; got:\n{summary}");
            var leaks = diagnostics.SelectMany(Leaks).ToList();
            Assert.True(leaks.Count == 0, $"{leakCase.Name} on {sdk}: diagnostics show more of a credential than the catalog allows:\n" + string.Join("\n", leaks));
        }

        /// <summary>What one diagnostic shows of a credential: its message, property values and descriptor texts (additional locations are source, not shown text).</summary>
        private static IEnumerable<string> Leaks(Diagnostic diagnostic)
        {
            var texts = new List<(string Where, string? Text)> { ("message", diagnostic.GetMessage(CultureInfo.InvariantCulture)) };
            texts.AddRange(diagnostic.Properties.Select(property => ("property " + property.Key, property.Value)));
            texts.AddRange(diagnostic.Properties.Select(property => ("property name", (string?)property.Key)));
            texts.AddRange(DescriptorTexts(diagnostic.Descriptor).Select(text => ("descriptor", (string?)text)));
            foreach (var (where, text) in texts)
            {
                var found = FakeCredentials.Exposure.FoundIn(text);
                if (found.Count > 0)
                {
                    yield return $"{diagnostic.Id} at {diagnostic.Location.GetLineSpan()}: {where} shows {found.Count} credential window(s): {text}";
                }
            }
        }

        private static IEnumerable<string> DescriptorTexts(DiagnosticDescriptor descriptor) => new[]
        {
            descriptor.Title.ToString(CultureInfo.InvariantCulture),
            descriptor.Description.ToString(CultureInfo.InvariantCulture),
            descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture),
            descriptor.HelpLinkUri,
        }.Concat(descriptor.CustomTags);

        private static Task<AnalyzerRunner.Result> RunAsync(Sdk sdk) =>
            Runs.GetOrAdd(sdk, s => new Lazy<Task<AnalyzerRunner.Result>>(() => CompileAndRunAsync(CasesFor(s), s))).Value;

        private static IReadOnlyList<LeakCase> CasesFor(Sdk sdk) => Cases.Where(c => sdk == Sdk.V4 || c.OnV3).ToList();

        /// <summary>The path AnalyzerRunner gives the case's tree: each case is its own file of one compilation.</summary>
        private static string PathOf(IReadOnlyList<LeakCase> cases, LeakCase leakCase) => $"/src/File{cases.ToList().IndexOf(leakCase)}.cs";

        private static async Task<AnalyzerRunner.Result> CompileAndRunAsync(IReadOnlyList<LeakCase> cases, Sdk sdk)
        {
            var sources = cases.Select(c => c.Source).Append(Stubs.Get("IdentityManagement.cs").Source);
            var compilation = AnalyzerRunner.Compile(sources, sdk);
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, $"Case sources do not compile on {sdk}:\n" + string.Join("\n", errors.Select(e => $"{e.Location.SourceTree?.FilePath} {e.Location.GetLineSpan().StartLinePosition}: {e.Id} {e.GetMessage(CultureInfo.InvariantCulture)}")));
            return await AnalyzerRunner.RunAsync(compilation);
        }

        /// <summary>
        /// Leaks found by this test, left to the lead to fix in analyzer code (issue 4). Each runs in
        /// a skipped test of its own, so the main run stays a guard for everything else.
        /// </summary>
        private static Dictionary<string, LeakCase> BuildKnownLeaks() => new()
        {
            [UserInfoLeak] = new LeakCase(UserInfoLeak, "SRM102", true, S3Usings + $$"""
                class Tls04 { AmazonS3Config Config() => new AmazonS3Config { ServiceURL = "http://{{K2}}:{{S2}}@storage.corp.internal:9000" }; }
                """),
            [SidLeak] = new LeakCase(SidLeak, "SRM201", true, IamUsings + $$""""
                class Policy05
                {
                    Task Create(IAmazonIdentityManagementService iam) => iam.CreatePolicyAsync(new CreatePolicyRequest
                    {
                        PolicyName = "rotation",
                        PolicyDocument = """{ "Version": "2012-10-17", "Statement": [ { "Sid": "Rotate{{K}}", "Effect": "Allow", "Action": "iam:*", "Resource": "*" } ] }""",
                    });
                }
                """"),
        };

        private static LeakCase[] BuildCases() => new[]
        {
            // ---- SRM301: the credential sinks ----
            new LeakCase("BasicAWSCredentials", "SRM301", true, CredentialUsings + $$"""
                class Sink01 { AWSCredentials Create() => new BasicAWSCredentials("{{K}}", "{{S}}"); }
                """),
            new LeakCase("SessionAWSCredentials", "SRM301", true, CredentialUsings + $$"""
                class Sink02 { AWSCredentials Create() => new SessionAWSCredentials("{{T}}", "{{S}}", "{{Token}}"); }
                """),
            new LeakCase("ImmutableCredentials", "SRM301", true, CredentialUsings + $$"""
                class Sink03 { ImmutableCredentials Create() => new ImmutableCredentials("{{T}}", "{{S}}", "{{Token}}"); }
                """),
            new LeakCase("S3 client with keys", "SRM301", true, CredentialUsings + $$"""
                class Sink04 { IAmazonS3 Create() => new AmazonS3Client("{{K}}", "{{S}}", RegionEndpoint.EUWest1); }
                """),
            new LeakCase("S3 client with session keys and config", "SRM301", true, CredentialUsings + $$"""
                class Sink05 { IAmazonS3 Create() => new AmazonS3Client("{{T}}", "{{S}}", "{{Token}}", new AmazonS3Config { RegionEndpoint = RegionEndpoint.USEast1 }); }
                """),
            new LeakCase("STS client with keys and config", "SRM301", true, CredentialUsings + $$"""
                class Sink06 { IAmazonSecurityTokenService Create(AmazonSecurityTokenServiceConfig config) => new AmazonSecurityTokenServiceClient("{{K}}", "{{S}}", config); }
                """),
            new LeakCase("Named arguments in any order", "SRM301", true, CredentialUsings + $$"""
                class Sink07 { IAmazonS3 Create() => new AmazonS3Client(region: RegionEndpoint.EUWest1, awsSecretAccessKey: "{{S}}", awsAccessKeyId: "{{K}}"); }
                """),
            new LeakCase("Target-typed new", "SRM301", true, CredentialUsings + $$"""
                class Sink08 { AmazonS3Client Create() { AmazonS3Client client = new("{{K}}", "{{S}}"); return client; } }
                """),
            new LeakCase("Credentials object passed to a client", "SRM301", true, CredentialUsings + $$"""
                class Sink09
                {
                    IAmazonS3 Create()
                    {
                        var credentials = new BasicAWSCredentials("{{K}}", "{{S}}");
                        return new AmazonS3Client(credentials, RegionEndpoint.EUWest1);
                    }
                }
                """),
            new LeakCase("Credentials kept in a field", "SRM301", true, CredentialUsings + $$"""
                class Sink10 { private readonly AWSCredentials _credentials = new SessionAWSCredentials("{{T}}", "{{S}}", "{{Token}}"); }
                """),
            new LeakCase("Secret alone, key ID from the environment", "SRM301", true, CredentialUsings + $$"""
                class Sink11 { AWSCredentials Create() => new BasicAWSCredentials(Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID"), "{{S}}"); }
                """),
            new LeakCase("Session token alone", "SRM301", true, CredentialUsings + $$"""
                class Sink12
                {
                    AWSCredentials Create() => new SessionAWSCredentials(Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID"), Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY"), "{{Token}}");
                }
                """),
            new LeakCase("Placeholder key ID with a real-shaped secret", "SRM301", true, CredentialUsings + $$"""
                class Sink13 { AWSCredentials Create() => new BasicAWSCredentials("your-access-key", "{{S2}}"); }
                """),

            // ---- SRM301: value resolution ----
            new LeakCase("Const fields", "SRM301", true, CredentialUsings + $$"""
                class Value01
                {
                    private const string AccessKey = "{{K}}";
                    private const string SecretKey = "{{S}}";
                    IAmazonS3 Create() => new AmazonS3Client(AccessKey, SecretKey);
                }
                """),
            new LeakCase("Static readonly fields", "SRM301", true, CredentialUsings + $$"""
                class Value02
                {
                    private static readonly string AccessKey = "{{T}}";
                    private static readonly string SecretKey = "{{S}}";
                    private static readonly string SessionToken = "{{Token}}";
                    AWSCredentials Create() => new SessionAWSCredentials(AccessKey, SecretKey, SessionToken);
                }
                """),
            new LeakCase("Locals and a later assignment", "SRM301", true, CredentialUsings + $$"""
                class Value03
                {
                    IAmazonS3 Create()
                    {
                        var accessKey = "{{K}}";
                        string secretKey;
                        secretKey = "{{S}}";
                        return new AmazonS3Client(accessKey, secretKey, RegionEndpoint.EUWest1);
                    }
                }
                """),
            new LeakCase("Concatenation", "SRM301", true, CredentialUsings + $$"""
                class Value04
                {
                    private const string Prefix = "{{K.Substring(0, 8)}}";
                    AWSCredentials Create() => new BasicAWSCredentials(Prefix + "{{K.Substring(8)}}", "{{S.Substring(0, 20)}}" + "{{S.Substring(20)}}");
                }
                """),
            new LeakCase("Interpolation", "SRM301", true, CredentialUsings + $$"""
                class Value05
                {
                    private const string Prefix = "{{K.Substring(0, 4)}}";
                    private const string Tail = "{{S.Substring(10)}}";
                    AWSCredentials Create() => new BasicAWSCredentials($"{Prefix}{{K.Substring(4)}}", $"{{S.Substring(0, 10)}}{Tail}");
                }
                """),
            new LeakCase("Conditional and coalesce", "SRM301", true, CredentialUsings + $$"""
                class Value06
                {
                    AWSCredentials Create(bool production) => new BasicAWSCredentials(
                        production ? Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID") : "{{K}}",
                        Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY") ?? "{{S}}");
                }
                """),
            new LeakCase("Verbatim and raw literals", "SRM301", true, CredentialUsings + $$""""
                class Value07
                {
                    IAmazonS3 Create() => new AmazonS3Client(@"{{K}}", """{{S}}""", RegionEndpoint.EUWest1);
                }
                """"),
            new LeakCase("Switch expression", "SRM301", true, CredentialUsings + $$"""
                class Value08
                {
                    AWSCredentials Create(string stage) => new BasicAWSCredentials(
                        stage switch { "dev" => "{{K}}", _ => "{{K2}}" },
                        stage switch { "dev" => "{{S}}", _ => "{{S2}}" });
                }
                """),

            // ---- SRM301: key IDs in any string ----
            new LeakCase("Configuration dictionary", "SRM301", true, CredentialUsings + $$"""
                class String01
                {
                    Dictionary<string, string?> Settings() => new()
                    {
                        ["AWS:AccessKey"] = "{{K}}",
                        ["AWS:SecretKey"] = "{{S}}",
                        ["AWS:SessionToken"] = "{{Token}}",
                    };
                }
                """),
            new LeakCase("Environment variable setters", "SRM301", true, CredentialUsings + $$"""
                class String02
                {
                    void Configure()
                    {
                        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "{{T}}");
                        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "{{S}}");
                        Environment.SetEnvironmentVariable("AWS_SESSION_TOKEN", "{{Token}}");
                    }
                }
                """),
            new LeakCase("In-memory configuration pairs", "SRM301", true, CredentialUsings + $$"""
                class String03
                {
                    IEnumerable<KeyValuePair<string, string?>> Settings() => new[]
                    {
                        new KeyValuePair<string, string?>("AWS:Credentials:AccessKeyId", "{{K2}}"),
                        new KeyValuePair<string, string?>("AWS:Credentials:SecretAccessKey", "{{S2}}"),
                    };
                }
                """),
            new LeakCase("Connection string", "SRM301", true, CredentialUsings + $$"""
                class String04 { const string Connection = "Endpoint=s3.eu-west-1.amazonaws.com;AccessKey={{K}};SecretKey={{S}};Password={{P}}"; }
                """),
            new LeakCase("Shared credentials file text", "SRM301", true, CredentialUsings + $$""""
                class String05
                {
                    const string Profile = """
                        [default]
                        aws_access_key_id = {{T}}
                        aws_secret_access_key = {{S}}
                        aws_session_token = {{Token}}
                        """;
                }
                """"),
            new LeakCase("Key ID assembled from literal parts", "SRM301", true, CredentialUsings + $$"""
                class String06 { string Header() => "Credential=" + "{{K.Substring(0, 10)}}" + "{{K.Substring(10)}}" + "/20240101/eu-west-1/s3/aws4_request"; }
                """),
            new LeakCase("Key ID in an interpolated string", "SRM301", true, CredentialUsings + $$"""
                class String07 { string Url(string bucket) => $"https://{bucket}.s3.amazonaws.com/report.csv?X-Amz-Credential={{K2}}%2F20240101&X-Amz-Security-Token={{Uri.EscapeDataString(Token)}}"; }
                """),

            // ---- Other rules reading strings that hold secrets ----
            new LeakCase("SRM102 ServiceURL with user and password", "SRM102", true, S3Usings + $$"""
                class Tls01 { AmazonS3Config Config() => new AmazonS3Config { ServiceURL = "http://backup:{{P}}@s3.corp.internal:9000" }; }
                """),
            new LeakCase("SRM102 ServiceURL with URL-encoded key and secret", "SRM102", true, S3Usings + $$"""
                class Tls02
                {
                    void Configure(AmazonS3Config config) => config.ServiceURL = "http://{{K}}:{{Uri.EscapeDataString(S)}}@storage.corp.internal/";
                }
                """),
            new LeakCase("SRM102 UseHttp with credentials in the URL", "SRM102", true, S3Usings + $$"""
                class Tls03 { AmazonS3Config Config() => new AmazonS3Config { ServiceURL = "https://admin:{{P}}@s3.corp.internal", UseHttp = true }; }
                """),
            new LeakCase("SRM104 secret-named String parameter holding a secret key", "SRM104", false, $$"""
                using System.Threading.Tasks;
                using Amazon.SimpleSystemsManagement;
                using Amazon.SimpleSystemsManagement.Model;

                class Ssm01
                {
                    Task Save(IAmazonSimpleSystemsManagement ssm) => ssm.PutParameterAsync(new PutParameterRequest
                    {
                        Name = "/prod/aws/secret-access-key",
                        Value = "{{S}}",
                        Description = "Secret for {{K}}, token {{Token.Substring(0, 40)}}",
                        Type = ParameterType.String,
                    });
                }
                """),
            new LeakCase("SRM104 password parameter as StringList", "SRM104", false, $$"""
                using System.Threading.Tasks;
                using Amazon.SimpleSystemsManagement;
                using Amazon.SimpleSystemsManagement.Model;

                class Ssm02
                {
                    Task Save(IAmazonSimpleSystemsManagement ssm)
                    {
                        var request = new PutParameterRequest { Name = "/prod/db/password", Value = "{{P}},{{S2}}" };
                        request.Type = ParameterType.StringList;
                        return ssm.PutParameterAsync(request);
                    }
                }
                """),
            new LeakCase("SRM201 policy with secrets in Resource and Condition", "SRM201", true, IamUsings + $$""""
                class Policy01
                {
                    Task Create(IAmazonIdentityManagementService iam) => iam.CreatePolicyAsync(new CreatePolicyRequest
                    {
                        PolicyName = "ops",
                        PolicyDocument = """
                            {
                              "Version": "2012-10-17",
                              "Statement": [
                                {
                                  "Effect": "Allow",
                                  "Action": "s3:*",
                                  "Resource": "arn:aws:s3:::vault/{{K}}/{{S}}/*",
                                  "Condition": { "StringEquals": { "aws:PrincipalTag/token": "{{Token.Substring(0, 60)}}", "s3:prefix": "{{P}}" } }
                                }
                              ]
                            }
                            """,
                    });
                }
                """"),
            new LeakCase("SRM202 bucket policy with secrets", "SRM202", true, S3Usings + $$""""
                class Policy02
                {
                    Task Open(IAmazonS3 s3) => s3.PutBucketPolicyAsync(new PutBucketPolicyRequest
                    {
                        BucketName = "site",
                        Policy = """
                            {
                              "Version": "2012-10-17",
                              "Statement": [
                                { "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::site/{{T}}/{{S}}" }
                              ]
                            }
                            """,
                    });
                }
                """"),
            new LeakCase("SRM202 trust policy with a secret external ID elsewhere", "SRM202", true, IamUsings + $$""""
                class Policy03
                {
                    Task Create(IAmazonIdentityManagementService iam) => iam.CreateRoleAsync(new CreateRoleRequest
                    {
                        RoleName = "partner",
                        AssumeRolePolicyDocument = """
                            {
                              "Version": "2012-10-17",
                              "Statement": [
                                { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::123456789012:root" }, "Action": "sts:AssumeRole", "Condition": { "StringEquals": { "sts:ExternalId": "{{S}}" } } },
                                { "Effect": "Allow", "Principal": { "AWS": "*" }, "Action": "sts:AssumeRole" }
                              ]
                            }
                            """,
                    });
                }
                """"),
            new LeakCase("SRM203 PassRole with secrets in other fields", "SRM203", true, IamUsings + $$""""
                class Policy04
                {
                    Task Attach(IAmazonIdentityManagementService iam) => iam.PutRolePolicyAsync(new PutRolePolicyRequest
                    {
                        RoleName = "deployer",
                        PolicyName = "deploy",
                        PolicyDocument = """{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Action": [ "iam:PassRole", "s3:GetObject" ], "Resource": "*", "Condition": { "StringLike": { "aws:userid": "{{K2}}:{{S2}}" } } } ] }""",
                    });
                }
                """"),
            new LeakCase("SRM105 KMS requests holding credentials", "SRM105", false, $$"""
                using System.Threading.Tasks;
                using Amazon.KeyManagementService;
                using Amazon.KeyManagementService.Model;

                class Kms01
                {
                    async Task Rotate(IAmazonKeyManagementService kms)
                    {
                        await kms.CreateKeyAsync(new CreateKeyRequest { Description = "Wraps {{S}} of {{K}}" });
                        await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = "alias/{{T}}-{{P}}", PendingWindowInDays = 7 });
                    }
                }
                """),
            new LeakCase("SRM101 object whose key and body are credentials", "SRM101", true, S3Usings + $$"""
                class Object01
                {
                    Task Upload(IAmazonS3 s3) => s3.PutObjectAsync(new PutObjectRequest { BucketName = "backup-{{P}}", Key = "keys/{{K}}.txt", ContentBody = "{{S}}" });
                }
                """),
            new LeakCase("SRM401 public object holding credentials", "SRM401", true, S3Usings + $$"""
                class Object02
                {
                    Task Upload(IAmazonS3 s3) => s3.PutObjectAsync(new PutObjectRequest
                    {
                        BucketName = "site",
                        Key = "{{T}}/{{S}}",
                        ContentBody = "{{Token}}",
                        CannedACL = S3CannedACL.PublicRead,
                        ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
                    });
                }
                """),
            new LeakCase("SRM402 bucket named after a secret", "SRM402", true, S3Usings + $$"""
                class Bucket01 { Task Open(IAmazonS3 s3) => s3.DeletePublicAccessBlockAsync(new DeletePublicAccessBlockRequest { BucketName = "{{P}}", ExpectedBucketOwner = "{{K}}" }); }
                """),
            new LeakCase("SRM501 versioning request holding secrets", "SRM501", true, S3Usings + $$"""
                class Bucket02
                {
                    Task Pause(IAmazonS3 s3) => s3.PutBucketVersioningAsync(new PutBucketVersioningRequest
                    {
                        BucketName = "{{P}}",
                        MfaCodes = new MfaCodes { SerialNumber = "{{K}}", AuthenticationValue = "{{S.Substring(0, 6)}}" },
                        VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Suspended },
                    });
                }
                """),
            new LeakCase("SRM103 volume tagged with secrets", "SRM103", false, $$"""
                using System.Collections.Generic;
                using System.Threading.Tasks;
                using Amazon.EC2;
                using Amazon.EC2.Model;

                class Ec2Volume01
                {
                    Task Create(IAmazonEC2 ec2) => ec2.CreateVolumeAsync(new CreateVolumeRequest
                    {
                        AvailabilityZone = "eu-west-1a",
                        Size = 100,
                        TagSpecifications = new List<TagSpecification> { new TagSpecification { Tags = new List<Tag> { new Tag("owner-key", "{{K}}"), new Tag("secret", "{{S}}") } } },
                    });
                }
                """),
            new LeakCase("SRM403 ingress described with secrets", "SRM403", false, $$"""
                using System.Collections.Generic;
                using System.Threading.Tasks;
                using Amazon.EC2;
                using Amazon.EC2.Model;

                class Ec2Ingress01
                {
                    Task Open(IAmazonEC2 ec2) => ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
                    {
                        GroupId = "sg-0123456789abcdef0",
                        IpPermissions = new List<IpPermission>
                        {
                            new IpPermission { IpProtocol = "tcp", FromPort = 22, ToPort = 22, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0", Description = "{{K}} {{S}}" } } },
                        },
                    });
                }
                """),
            new LeakCase("SRM404 instance whose user data exports credentials", "SRM404", false, $$"""
                using System.Threading.Tasks;
                using Amazon.EC2;
                using Amazon.EC2.Model;

                class Ec2Launch01
                {
                    Task Launch(IAmazonEC2 ec2) => ec2.RunInstancesAsync(new RunInstancesRequest
                    {
                        ImageId = "ami-1",
                        MinCount = 1,
                        MaxCount = 1,
                        UserData = "export AWS_ACCESS_KEY_ID={{T}} AWS_SECRET_ACCESS_KEY={{S}} AWS_SESSION_TOKEN={{Token}}",
                    });
                }
                """),
        };
    }
}
