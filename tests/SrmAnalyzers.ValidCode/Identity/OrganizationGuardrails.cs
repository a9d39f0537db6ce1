// ValidCode: AWS Organizations service control policies (allow-list strategy). Sdk: v4
using System.Threading;
using System.Threading.Tasks;
using Amazon.Organizations;
using Amazon.Organizations.Model;

namespace Acme.ValidCode.Identity
{
    /// <summary>
    /// The organization's allow list: an SCP limits what member accounts can ever be granted and grants
    /// nothing itself, so service-wide actions in it are the normal way to write it (not an IAM policy).
    /// </summary>
    public sealed class OrganizationGuardrails
    {
        private readonly IAmazonOrganizations _organizations;

        public OrganizationGuardrails(IAmazonOrganizations organizations) => _organizations = organizations;

        public Task CreateWorkloadAllowListAsync(CancellationToken cancellationToken = default) =>
            _organizations.CreatePolicyAsync(new CreatePolicyRequest
            {
                Name = "workload-services",
                Description = "Services the workload accounts may use",
                Content = """
                    {
                      "Version": "2012-10-17",
                      "Statement": [
                        { "Effect": "Allow", "Action": [ "s3:*", "kms:*", "dynamodb:*", "sqs:*", "ec2:*", "ssm:*" ], "Resource": "*" }
                      ]
                    }
                    """, // compliant: SRM201
            }, cancellationToken);
    }
}
