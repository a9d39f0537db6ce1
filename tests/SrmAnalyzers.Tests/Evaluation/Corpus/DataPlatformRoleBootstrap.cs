// Evaluation corpus: data-platform bootstrap creating roles for Glue, EMR and Airflow with inline policies from a dictionary. Sdk: v4
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

namespace Northwind.DataPlatform.Bootstrap
{
    public sealed class DataPlatformRoleBootstrap
    {
        private const string GlueTrust = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"glue.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";
        private const string AirflowTrust = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"airflow-env.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";
        private readonly IAmazonIdentityManagementService _iam;
        private readonly string _accountId;

        public DataPlatformRoleBootstrap(IAmazonIdentityManagementService iam, string accountId)
        {
            _iam = iam;
            _accountId = accountId;
        }

        public async Task RunAsync()
        {
            await _iam.CreateRoleAsync(new CreateRoleRequest { RoleName = "glue-jobs", AssumeRolePolicyDocument = GlueTrust });
            await _iam.CreateRoleAsync(new CreateRoleRequest { RoleName = "airflow", AssumeRolePolicyDocument = AirflowTrust });

            var inlinePolicies = new Dictionary<string, string>
            {
                ["glue-jobs"] = $$"""
                    {"Version":"2012-10-17","Statement":[
                      {"Effect":"Allow","Action":["s3:GetObject","s3:PutObject"],"Resource":"arn:aws:s3:::northwind-lake-{{_accountId}}/*"},
                      {"Effect":"Allow","Action":"iam:PassRole","Resource":"arn:aws:iam::{{_accountId}}:role/glue-jobs"}
                    ]}
                    """,
                // Airflow DAGs start EMR clusters with several service and instance roles.
                ["airflow"] = """
                    {"Version":"2012-10-17","Statement":[
                      {"Effect":"Allow","Action":["elasticmapreduce:RunJobFlow","elasticmapreduce:DescribeCluster"],"Resource":"*"},
                      {"Effect":"Allow","Action":"iam:PassRole","Resource":"*"}
                    ]}
                    """, // expect: SRM203
            };

            foreach (var (role, document) in inlinePolicies)
            {
                await _iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = role, PolicyName = role + "-inline", PolicyDocument = document });
            }
        }

        // The role name arrives from the job definition: nothing known here.
        public Task AllowPassingAsync(string roleName, string targetRoleArn) =>
            _iam.PutRolePolicyAsync(new PutRolePolicyRequest
            {
                RoleName = roleName,
                PolicyName = "pass-target",
                PolicyDocument = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"iam:PassRole\",\"Resource\":\"" + targetRoleArn + "\"}]}",
            });

        // Analysts may do anything except IAM; NotAction with Allow is SRM201's concern.
        public Task GrantAnalystsAsync() =>
            _iam.PutGroupPolicyAsync(new PutGroupPolicyRequest // expect: SRM201
            {
                GroupName = "analysts",
                PolicyName = "everything-but-iam",
                PolicyDocument = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","NotAction":["iam:*","organizations:*"],"Resource":"*"}]}""",
            });
    }
}
