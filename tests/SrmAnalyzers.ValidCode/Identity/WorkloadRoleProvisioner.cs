// ValidCode: IAM roles and least-privilege policies for the archive's workloads and deployment pipeline. Sdk: v4
using System.Threading;
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

namespace Acme.ValidCode.Identity
{
    /// <summary>Roles for the archive service, its deployer and a partner; every grant names its actions and resources.</summary>
    public sealed class WorkloadRoleProvisioner
    {
        private readonly IAmazonIdentityManagementService _iam;

        public WorkloadRoleProvisioner(IAmazonIdentityManagementService iam) => _iam = iam;

        public async Task ProvisionArchiveServiceRoleAsync(CancellationToken cancellationToken = default)
        {
            // Only EC2 may assume the role (a service principal, not everyone).
            await _iam.CreateRoleAsync(new CreateRoleRequest
            {
                RoleName = "archive-service",
                Description = "Runs the document archive on EC2",
                AssumeRolePolicyDocument = """
                    {
                      "Version": "2012-10-17",
                      "Statement": [
                        { "Effect": "Allow", "Principal": { "Service": "ec2.amazonaws.com" }, "Action": "sts:AssumeRole" }
                      ]
                    }
                    """, // compliant: SRM202
            }, cancellationToken);

            await _iam.PutRolePolicyAsync(new PutRolePolicyRequest
            {
                RoleName = "archive-service",
                PolicyName = "archive-data-access",
                PolicyDocument = """
                    {
                      "Version": "2012-10-17",
                      "Statement": [
                        {
                          "Sid": "ArchiveObjects",
                          "Effect": "Allow",
                          "Action": [ "s3:GetObject", "s3:PutObject", "s3:ListBucket" ],
                          "Resource": [ "arn:aws:s3:::acme-document-archive", "arn:aws:s3:::acme-document-archive/*" ]
                        },
                        {
                          "Sid": "ArchiveKey",
                          "Effect": "Allow",
                          "Action": [ "kms:Decrypt", "kms:GenerateDataKey" ],
                          "Resource": "arn:aws:kms:eu-west-1:111122223333:key/0f3c9a8e-6d1b-4b7a-9c52-2e8f4d7a1b90"
                        }
                      ]
                    }
                    """, // compliant: SRM201, SRM202, SRM203
            }, cancellationToken);
        }

        public async Task ProvisionDeployerPolicyAsync(CancellationToken cancellationToken = default)
        {
            // The deployer launches instances and may hand them exactly one role, only to EC2.
            await _iam.CreatePolicyAsync(new CreatePolicyRequest
            {
                PolicyName = "archive-deployer",
                Path = "/deploy/",
                PolicyDocument = """
                    {
                      "Version": "2012-10-17",
                      "Statement": [
                        {
                          "Sid": "LaunchWorkers",
                          "Effect": "Allow",
                          "Action": [ "ec2:RunInstances", "ec2:CreateTags", "ec2:DescribeInstances" ],
                          "Resource": "*"
                        },
                        {
                          "Sid": "PassArchiveRole",
                          "Effect": "Allow",
                          "Action": "iam:PassRole",
                          "Resource": "arn:aws:iam::111122223333:role/archive-service",
                          "Condition": { "StringEquals": { "iam:PassedToService": "ec2.amazonaws.com" } }
                        }
                      ]
                    }
                    """, // compliant: SRM201, SRM203
            }, cancellationToken);
        }

        /// <summary>The batch scheduler may pass the roles under its own path, and only those.</summary>
        public Task ProvisionBatchSchedulerPolicyAsync(CancellationToken cancellationToken = default) =>
            _iam.PutUserPolicyAsync(new PutUserPolicyRequest
            {
                UserName = "batch-scheduler",
                PolicyName = "pass-batch-roles",
                PolicyDocument = """
                    {
                      "Version": "2012-10-17",
                      "Statement": [
                        { "Effect": "Allow", "Action": [ "iam:PassRole", "iam:GetRole" ], "Resource": "arn:aws:iam::111122223333:role/batch/*" },
                        { "Effect": "Allow", "Action": [ "batch:SubmitJob", "batch:Describe*", "batch:List*" ], "Resource": "*" }
                      ]
                    }
                    """, // compliant: SRM201, SRM203
            }, cancellationToken);

        /// <summary>The security auditors read IAM everywhere (no resource-level permissions for these actions).</summary>
        public Task ProvisionAuditorPolicyAsync(CancellationToken cancellationToken = default) =>
            _iam.CreatePolicyVersionAsync(new CreatePolicyVersionRequest
            {
                PolicyArn = "arn:aws:iam::111122223333:policy/security-auditor",
                SetAsDefault = true,
                PolicyDocument = """
                    {
                      "Version": "2012-10-17",
                      "Statement": [
                        { "Effect": "Allow", "Action": [ "iam:Get*", "iam:List*", "iam:GenerateCredentialReport", "s3:GetBucketPolicy", "s3:GetBucketAcl" ], "Resource": "*" },
                        { "Effect": "Deny", "Action": [ "iam:PassRole", "iam:Create*", "iam:Put*" ], "Resource": "*" }
                      ]
                    }
                    """, // compliant: SRM201, SRM203
            }, cancellationToken);

        public async Task ProvisionPartnerRoleAsync(string partnerExternalId, CancellationToken cancellationToken = default)
        {
            // A partner account may assume the role only with the external id agreed with it.
            await _iam.CreateRoleAsync(new CreateRoleRequest
            {
                RoleName = "partner-ingest",
                AssumeRolePolicyDocument = """
                    {
                      "Version": "2012-10-17",
                      "Statement": [
                        {
                          "Effect": "Allow",
                          "Principal": { "AWS": "arn:aws:iam::444455556666:root" },
                          "Action": "sts:AssumeRole",
                          "Condition": { "StringEquals": { "sts:ExternalId": "partner-7f3a91" } }
                        }
                      ]
                    }
                    """, // compliant: SRM202
            }, cancellationToken);

            // GitHub Actions deploys through OIDC: any caller of the web identity, restricted by conditions to one repository.
            await _iam.UpdateAssumeRolePolicyAsync(new UpdateAssumeRolePolicyRequest
            {
                RoleName = "archive-github-deploy",
                PolicyDocument = """
                    {
                      "Version": "2012-10-17",
                      "Statement": [
                        {
                          "Effect": "Allow",
                          "Principal": { "Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" },
                          "Action": "sts:AssumeRoleWithWebIdentity",
                          "Condition": {
                            "StringEquals": { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" },
                            "StringLike": { "token.actions.githubusercontent.com:sub": "repo:acme/document-archive:ref:refs/heads/main" }
                          }
                        }
                      ]
                    }
                    """, // compliant: SRM202
            }, cancellationToken);
        }

        /// <summary>A permissions guardrail for developers: deny everything outside the two EU regions except global services.</summary>
        public async Task ProvisionRegionGuardrailAsync(CancellationToken cancellationToken = default)
        {
            await _iam.PutGroupPolicyAsync(new PutGroupPolicyRequest
            {
                GroupName = "developers",
                PolicyName = "eu-regions-only",
                PolicyDocument = """
                    {
                      "Version": "2012-10-17",
                      "Statement": [
                        {
                          "Sid": "DenyOutsideEu",
                          "Effect": "Deny",
                          "NotAction": [ "iam:*", "sts:*", "cloudfront:*", "route53:*", "support:*" ],
                          "Resource": "*",
                          "Condition": { "StringNotEquals": { "aws:RequestedRegion": [ "eu-west-1", "eu-central-1" ] } }
                        }
                      ]
                    }
                    """, // compliant: SRM201, SRM203
            }, cancellationToken);
        }
    }
}
