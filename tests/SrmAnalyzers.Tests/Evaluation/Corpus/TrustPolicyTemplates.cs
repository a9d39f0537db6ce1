// Evaluation corpus: role factory with trust policy templates for EC2, an account-wide trust and an "anyone" trust. Sdk: v3
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

namespace Northwind.Infra.Roles
{
    public enum TrustKind
    {
        Ec2Instance,
        SameAccount,
        AnyPrincipal,
    }

    public class TrustPolicyTemplates
    {
        private const string Ec2Trust =
            @"{""Version"":""2012-10-17"",""Statement"":[{""Effect"":""Allow"",""Principal"":{""Service"":""ec2.amazonaws.com""},""Action"":""sts:AssumeRole""}]}";

        private const string SameAccountTrust =
            @"{""Version"":""2012-10-17"",""Statement"":[{""Effect"":""Allow"",""Principal"":{""AWS"":""arn:aws:iam::123456789012:root""},""Action"":""sts:AssumeRole"",""Condition"":{""Bool"":{""aws:MultiFactorAuthPresent"":""true""}}}]}";

        private const string AnyPrincipalTrust =
            @"{""Version"":""2012-10-17"",""Statement"":[{""Effect"":""Allow"",""Principal"":""*"",""Action"":""sts:AssumeRole""}]}";

        private readonly IAmazonIdentityManagementService _iam;

        public TrustPolicyTemplates(IAmazonIdentityManagementService iam) => _iam = iam;

        public Task CreateInstanceRoleAsync(string name) =>
            _iam.CreateRoleAsync(new CreateRoleRequest { RoleName = name, AssumeRolePolicyDocument = Ec2Trust });

        public Task CreateRoleAsync(string name, TrustKind kind)
        {
            var request = new CreateRoleRequest // expect: SRM202
            {
                RoleName = name,
                Path = "/app/",
                AssumeRolePolicyDocument = kind switch
                {
                    TrustKind.Ec2Instance => Ec2Trust,
                    TrustKind.SameAccount => SameAccountTrust,
                    _ => AnyPrincipalTrust,
                },
            };
            return _iam.CreateRoleAsync(request);
        }

        public Task ResetTrustAsync(string name, bool breakGlass)
        {
            return _iam.UpdateAssumeRolePolicyAsync(new UpdateAssumeRolePolicyRequest
            {
                RoleName = name,
                PolicyDocument = breakGlass ? SameAccountTrust : Ec2Trust,
            });
        }
    }
}
