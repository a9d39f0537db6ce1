// Evaluation corpus: internal admin CLI attaching inline policies to users and groups (NotAction, NotResource, MFA deny). Sdk: v3
using System;
using System.Threading.Tasks;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

namespace Adatum.Admin.Cli
{
    internal sealed class UserPolicyAdminTool
    {
        private const string ForceMfaPolicy = @"{
  ""Version"": ""2012-10-17"",
  ""Statement"": [
    {
      ""Sid"": ""DenyAllExceptListedIfNoMFA"",
      ""Effect"": ""Deny"",
      ""NotAction"": [ ""iam:ChangePassword"", ""iam:CreateVirtualMFADevice"", ""iam:EnableMFADevice"", ""iam:GetUser"", ""sts:GetSessionToken"" ],
      ""Resource"": ""*"",
      ""Condition"": { ""BoolIfExists"": { ""aws:MultiFactorAuthPresent"": ""false"" } }
    }
  ]
}";

        private const string PowerUserPolicy = @"{
  ""Version"": ""2012-10-17"",
  ""Statement"": [
    { ""Effect"": ""Allow"", ""NotAction"": [ ""iam:*"", ""organizations:*"" ], ""Resource"": ""*"" }
  ]
}";

        private readonly IAmazonIdentityManagementService _iam;

        public UserPolicyAdminTool(IAmazonIdentityManagementService iam) => _iam = iam;

        public async Task<int> RunAsync(string command, string target)
        {
            switch (command)
            {
                case "require-mfa":
                    await _iam.PutGroupPolicyAsync(new PutGroupPolicyRequest { GroupName = target, PolicyName = "require-mfa", PolicyDocument = ForceMfaPolicy });
                    return 0;

                case "make-power-user":
                    await _iam.PutUserPolicyAsync(new PutUserPolicyRequest { UserName = target, PolicyName = "power-user", PolicyDocument = PowerUserPolicy }); // expect: SRM201
                    return 0;

                case "grant-all-but-billing":
                    var version = new CreatePolicyVersionRequest // expect: SRM201
                    {
                        PolicyArn = target,
                        SetAsDefault = true,
                        PolicyDocument = "{ \"Version\": \"2012-10-17\", \"Statement\": [ { \"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", " +
                                         "\"NotResource\": \"arn:aws:s3:::adatum-billing/*\" } ] }",
                    };
                    await _iam.CreatePolicyVersionAsync(version);
                    return 0;

                default:
                    Console.Error.WriteLine($"unknown command {command}");
                    return 1;
            }
        }
    }
}
