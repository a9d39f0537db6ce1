// ValidCode: the thumbnail function lets the uploads bucket, and the accounts of the organization, invoke it. Sdk: v4
using System.Threading;
using System.Threading.Tasks;
using Amazon.Lambda;
using Amazon.Lambda.Model;

namespace Acme.ValidCode.Compute
{
    /// <summary>Grants invoke on the thumbnail function to the callers that need it, each pinned to its source.</summary>
    public sealed class ThumbnailInvokePermissions
    {
        private const string FunctionName = "thumbnailer";

        private readonly IAmazonLambda _lambda;

        public ThumbnailInvokePermissions(IAmazonLambda lambda) => _lambda = lambda;

        /// <summary>S3 may invoke the function for the uploads bucket only, and only while the account owns it.</summary>
        public Task AllowUploadsBucketAsync(string accountId, CancellationToken cancellationToken = default) =>
            _lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = FunctionName,
                StatementId = "uploads-bucket",
                Action = "lambda:InvokeFunction",
                Principal = "s3.amazonaws.com", // compliant: SRM202
                SourceArn = "arn:aws:s3:::acme-uploads",
                SourceAccount = accountId,
            }, cancellationToken);

        /// <summary>Every account of the organization may invoke the function, and no other.</summary>
        public Task AllowOrganizationAsync(string organizationId, CancellationToken cancellationToken = default) =>
            _lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = FunctionName,
                StatementId = "organization",
                Action = "lambda:InvokeFunction",
                Principal = "*", // compliant: SRM202
                PrincipalOrgID = organizationId,
            }, cancellationToken);
    }
}
