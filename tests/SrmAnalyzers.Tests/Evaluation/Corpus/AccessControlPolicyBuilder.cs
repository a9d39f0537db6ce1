// Evaluation corpus: bucket policies built with the SDK's Amazon.Auth.AccessControlPolicy object model. Sdk: v3
using System.Threading.Tasks;
using Amazon.Auth.AccessControlPolicy;
using Amazon.Auth.AccessControlPolicy.ActionIdentifiers;
using Amazon.S3;
using Amazon.S3.Model;

namespace Contoso.Downloads.Setup
{
    public class AccessControlPolicyBuilder
    {
        private readonly IAmazonS3 _s3;

        public AccessControlPolicyBuilder(IAmazonS3 s3) => _s3 = s3;

        public Task PublishDownloadsAsync(string bucket)
        {
            var statement = new Statement(Statement.StatementEffect.Allow)
                .WithPrincipals(Principal.AllUsers)
                .WithActionIdentifiers(S3ActionIdentifiers.GetObject)
                .WithResources(ResourceFactory.NewS3ObjectResource(bucket, "releases/*"));
            var policy = new Policy("public-downloads").WithStatements(statement);

            return _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest { BucketName = bucket, Policy = policy.ToJson() }); // expect: SRM202
        }

        public Task GrantBuildAccountAsync(string bucket, string buildAccountId)
        {
            var policy = new Policy
            {
                Statements =
                {
                    new Statement(Statement.StatementEffect.Allow)
                    {
                        Principals = { new Principal(buildAccountId) },
                        Actions = { S3ActionIdentifiers.AllS3Actions },
                        Resources = { new Resource("arn:aws:s3:::" + bucket), new Resource("arn:aws:s3:::" + bucket + "/*") },
                    },
                },
            };

            return _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest { BucketName = bucket, Policy = policy.ToJson() }); // expect: SRM201
        }

        public Task DelegateToReleaseRoleAsync(string bucket, string releaseRoleArn)
        {
            var statement = new Statement(Statement.StatementEffect.Allow)
                .WithPrincipals(new Principal(Principal.AWS_PROVIDER, releaseRoleArn))
                .WithActionIdentifiers(new ActionIdentifier("*"))
                .WithResources(ResourceFactory.NewS3ObjectResource(bucket, "releases/*"));

            var json = new Policy("release-delegation").WithStatements(statement).ToJson();
            return _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest { BucketName = bucket, Policy = json }); // expect: SRM201
        }

        public Task AllowOfficeNetworkAsync(string bucket, string officeCidr)
        {
            var statement = new Statement(Statement.StatementEffect.Allow)
                .WithPrincipals(Principal.AllUsers)
                .WithActionIdentifiers(S3ActionIdentifiers.GetObject, S3ActionIdentifiers.ListBucket)
                .WithResources(ResourceFactory.NewS3BucketResource(bucket), ResourceFactory.NewS3ObjectResource(bucket, "*"))
                .WithConditions(ConditionFactory.NewIpAddressCondition(officeCidr));

            return _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest { BucketName = bucket, Policy = new Policy().WithStatements(statement).ToJson() });
        }

        public Task DenyUnencryptedTransportAsync(string bucket)
        {
            var deny = new Statement(Statement.StatementEffect.Deny)
                .WithPrincipals(Principal.AllUsers)
                .WithActionIdentifiers(new ActionIdentifier("s3:*"))
                .WithResources(ResourceFactory.NewS3ObjectResource(bucket, "*"))
                .WithConditions(ConditionFactory.NewSecureTransportCondition());

            return _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest { BucketName = bucket, Policy = new Policy().WithStatements(deny).ToJson() });
        }
    }
}
