// Evaluation corpus: Lambda handler onboarding a partner: stores its endpoint and credentials, and a presigned welcome pack. Sdk: v4
using System;
using System.Text.Json;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;

namespace Northwind.Partners.Onboarding
{
    public sealed record OnboardingEvent(string PartnerId, string Endpoint, string ApiKey, string ClientSecret, string Region);

    public sealed class PartnerOnboardingFunction
    {
        private const string WelcomeBucket = "northwind-partner-welcome";
        private readonly IAmazonSimpleSystemsManagement _ssm;
        private readonly IAmazonS3 _s3;

        public PartnerOnboardingFunction()
            : this(new AmazonSimpleSystemsManagementClient(), new AmazonS3Client())
        {
        }

        public PartnerOnboardingFunction(IAmazonSimpleSystemsManagement ssm, IAmazonS3 s3)
        {
            _ssm = ssm;
            _s3 = s3;
        }

        public async Task<string> HandleAsync(string payload)
        {
            var evt = JsonSerializer.Deserialize<OnboardingEvent>(payload) ?? throw new ArgumentException("empty event", nameof(payload));
            var prefix = "/partners/" + evt.PartnerId;

            await _ssm.PutParameterAsync(new PutParameterRequest { Name = prefix + "/endpoint", Value = evt.Endpoint, Type = ParameterType.String, Overwrite = true });
            await _ssm.PutParameterAsync(new PutParameterRequest { Name = prefix + "/region", Value = evt.Region, Type = ParameterType.String, Overwrite = true });

            await _ssm.PutParameterAsync(new PutParameterRequest // expect: SRM104
            {
                Name = prefix + "/api-key",
                Value = evt.ApiKey,
                Type = ParameterType.String,
                Overwrite = true,
            });

            await _ssm.PutParameterAsync(new PutParameterRequest
            {
                Name = prefix + "/client-secret",
                Value = evt.ClientSecret,
                Type = ParameterType.SecureString,
                Overwrite = true,
            });

            var credentialsParameter = new PutParameterRequest // expect: SRM104
            {
                Name = prefix + "/sftp",
                Description = "SFTP credential for the nightly drop (user:pass)",
                Value = evt.PartnerId + ":" + Guid.NewGuid().ToString("N"),
                Type = ParameterType.String,
            };
            await _ssm.PutParameterAsync(credentialsParameter);

            var welcome = new GetPreSignedUrlRequest
            {
                BucketName = WelcomeBucket,
                Key = "packs/" + evt.PartnerId + ".pdf",
                Verb = HttpVerb.GET,
                Expires = DateTime.UtcNow.AddDays(7),
                Protocol = Protocol.HTTPS,
            };
            return _s3.GetPreSignedURL(welcome);
        }
    }
}
