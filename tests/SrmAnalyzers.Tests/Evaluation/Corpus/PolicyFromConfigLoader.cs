// Evaluation corpus: policy documents loaded from files, configuration and embedded resources (unknown at analysis time). Sdk: v4
using System.IO;
using System.Reflection;
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Configuration;

namespace Adatum.Infrastructure.Policies
{
    public sealed class PolicyFromConfigLoader
    {
        private readonly IAmazonIdentityManagementService _iam;
        private readonly IAmazonS3 _s3;
        private readonly IConfiguration _configuration;

        public PolicyFromConfigLoader(IAmazonIdentityManagementService iam, IAmazonS3 s3, IConfiguration configuration)
        {
            _iam = iam;
            _s3 = s3;
            _configuration = configuration;
        }

        public async Task ApplyRolePoliciesAsync(string policyDirectory)
        {
            foreach (var file in Directory.EnumerateFiles(policyDirectory, "*.json"))
            {
                var roleName = Path.GetFileNameWithoutExtension(file);
                var document = await File.ReadAllTextAsync(file);
                await _iam.PutRolePolicyAsync(new PutRolePolicyRequest
                {
                    RoleName = roleName,
                    PolicyName = "managed-by-pipeline",
                    PolicyDocument = document,
                });
            }
        }

        public Task ApplyBucketPolicyAsync(string bucket)
        {
            var policy = _configuration[$"Buckets:{bucket}:Policy"] ?? throw new InvalidDataException($"No policy configured for {bucket}.");
            return _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest { BucketName = bucket, Policy = policy });
        }

        public async Task ApplyBaselineAsync()
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Adatum.Infrastructure.Policies.baseline.json")
                ?? throw new FileNotFoundException("baseline.json");
            using var reader = new StreamReader(stream);
            var baseline = await reader.ReadToEndAsync();

            await _iam.CreatePolicyAsync(new CreatePolicyRequest { PolicyName = "adatum-baseline", PolicyDocument = baseline });
        }

        public Task ApplyTemplateAsync(string roleName, string template, string bucket) =>
            _iam.PutRolePolicyAsync(new PutRolePolicyRequest
            {
                RoleName = roleName,
                PolicyName = "template",
                PolicyDocument = template.Replace("${Bucket}", bucket),
            });
    }
}
