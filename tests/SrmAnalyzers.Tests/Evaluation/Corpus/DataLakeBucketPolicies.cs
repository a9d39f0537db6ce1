// Evaluation corpus: data lake bucket policies (cross-account analytics, organization-wide read, legacy partner drop). Sdk: v3
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace Litware.DataLake.Governance
{
    public class DataLakeBucketPolicies
    {
        private readonly IAmazonS3 _s3;

        public DataLakeBucketPolicies(IAmazonS3 s3)
        {
            _s3 = s3;
        }

        public Task GrantAnalyticsAccountAsync(string bucket, string analyticsAccountId)
        {
            string policy = @"{
  ""Version"": ""2012-10-17"",
  ""Statement"": [{
    ""Sid"": ""AnalyticsRead"",
    ""Effect"": ""Allow"",
    ""Principal"": { ""AWS"": ""arn:aws:iam::" + analyticsAccountId + @":role/athena-query"" },
    ""Action"": [ ""s3:GetObject"", ""s3:ListBucket"" ],
    ""Resource"": [ ""arn:aws:s3:::" + bucket + @""", ""arn:aws:s3:::" + bucket + @"/curated/*"" ]
  }]
}";
            return _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest { BucketName = bucket, Policy = policy });
        }

        public Task GrantOrganizationReadAsync(string bucket, string organizationId)
        {
            string policy = @"{
  ""Version"": ""2012-10-17"",
  ""Statement"": [{
    ""Sid"": ""OrgRead"",
    ""Effect"": ""Allow"",
    ""Principal"": ""*"",
    ""Action"": ""s3:GetObject"",
    ""Resource"": ""arn:aws:s3:::" + bucket + @"/shared/*"",
    ""Condition"": { ""StringEquals"": { ""aws:PrincipalOrgID"": """ + organizationId + @""" } }
  }]
}";
            return _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest { BucketName = bucket, Policy = policy });
        }

        public Task OpenPartnerDropAsync(string bucket)
        {
            // Partners upload without credentials; "temporary" since 2019.
            string policy = @"{
  ""Version"": ""2012-10-17"",
  ""Statement"": [{
    ""Sid"": ""PartnerDrop"",
    ""Effect"": ""Allow"",
    ""Principal"": { ""AWS"": ""*"" },
    ""Action"": ""s3:PutObject"",
    ""Resource"": ""arn:aws:s3:::" + bucket + @"/incoming/*""
  }]
}";
            return _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest { BucketName = bucket, Policy = policy }); // expect: SRM202
        }

        public Task OpenSampleDataAsync(string bucket)
        {
            // Valid IAM JSON: "Statement" may be a single object instead of an array.
            var policy = @"{ ""Version"": ""2012-10-17"", ""Statement"": { ""Sid"": ""Samples"", ""Effect"": ""Allow"", ""Principal"": { ""AWS"": ""*"" },
  ""Action"": [ ""s3:GetObject"" ], ""Resource"": ""arn:aws:s3:::" + bucket + @"/samples/*"" } }";
            return _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest { BucketName = bucket, Policy = policy }); // expect: SRM202
        }

        public Task OpenPartnerDropV2Async(string bucket)
        {
            // The 2023 rewrite added a Condition block "to be filled in later".
            var policy = @"{ ""Version"": ""2012-10-17"", ""Statement"": [ { ""Effect"": ""Allow"", ""Principal"": ""*"", ""Action"": ""s3:PutObject"",
  ""Resource"": ""arn:aws:s3:::" + bucket + @"/incoming-v2/*"", ""Condition"": { } } ] }";
            return _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest { BucketName = bucket, Policy = policy }); // expect: SRM202
        }
    }
}
