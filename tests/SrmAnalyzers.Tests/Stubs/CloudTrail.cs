// Exact-shape stub of AWSSDK.CloudTrail (missing from the NuGet mirror): the trail requests that
// create, change, start, stop and delete a trail, and the client methods tests call. Names and
// namespaces match the SDK. Value-type properties have the 3.x shape (bool); 4.x makes them nullable
// (bool?). The request base class lives in Amazon.CloudTrail, as in the SDK. IAmazonCloudTrail leaves
// out the SDK's IAmazonService and AmazonCloudTrailClient does not derive from AmazonServiceClient:
// their abstract members differ between the majors.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.CloudTrail.Model;
using Amazon.Runtime;

namespace Amazon.CloudTrail
{
    public partial class AmazonCloudTrailRequest : AmazonWebServiceRequest { }

    public partial interface IAmazonCloudTrail : System.IDisposable
    {
        Task<CreateTrailResponse> CreateTrailAsync(CreateTrailRequest request, CancellationToken cancellationToken = default);
        Task<DeleteTrailResponse> DeleteTrailAsync(DeleteTrailRequest request, CancellationToken cancellationToken = default);
        Task<StartLoggingResponse> StartLoggingAsync(StartLoggingRequest request, CancellationToken cancellationToken = default);
        Task<StopLoggingResponse> StopLoggingAsync(StopLoggingRequest request, CancellationToken cancellationToken = default);
        Task<UpdateTrailResponse> UpdateTrailAsync(UpdateTrailRequest request, CancellationToken cancellationToken = default);
    }

    public partial class AmazonCloudTrailClient : IAmazonCloudTrail
    {
        public AmazonCloudTrailClient() { }

        public AmazonCloudTrailClient(RegionEndpoint region) { }

        public AmazonCloudTrailClient(AWSCredentials credentials) { }

        public AmazonCloudTrailClient(AWSCredentials credentials, RegionEndpoint region) { }

        public virtual Task<CreateTrailResponse> CreateTrailAsync(CreateTrailRequest request, CancellationToken cancellationToken = default) =>
            throw new System.NotImplementedException();

        public virtual Task<DeleteTrailResponse> DeleteTrailAsync(DeleteTrailRequest request, CancellationToken cancellationToken = default) =>
            throw new System.NotImplementedException();

        public virtual Task<StartLoggingResponse> StartLoggingAsync(StartLoggingRequest request, CancellationToken cancellationToken = default) =>
            throw new System.NotImplementedException();

        public virtual Task<StopLoggingResponse> StopLoggingAsync(StopLoggingRequest request, CancellationToken cancellationToken = default) =>
            throw new System.NotImplementedException();

        public virtual Task<UpdateTrailResponse> UpdateTrailAsync(UpdateTrailRequest request, CancellationToken cancellationToken = default) =>
            throw new System.NotImplementedException();

        public void Dispose()
        {
            Dispose(true);
            System.GC.SuppressFinalize(this);
        }

        protected virtual void Dispose(bool disposing) { }
    }
}

namespace Amazon.CloudTrail.Model
{
    public partial class CreateTrailRequest : AmazonCloudTrailRequest
    {
        public string CloudWatchLogsLogGroupArn { get; set; }
        public string CloudWatchLogsRoleArn { get; set; }
        public bool EnableLogFileValidation { get; set; }
        public bool IncludeGlobalServiceEvents { get; set; }
        public bool IsMultiRegionTrail { get; set; }
        public bool IsOrganizationTrail { get; set; }
        public string KmsKeyId { get; set; }
        public string Name { get; set; }
        public string S3BucketName { get; set; }
        public string S3KeyPrefix { get; set; }
        public string SnsTopicName { get; set; }
    }

    public partial class UpdateTrailRequest : AmazonCloudTrailRequest
    {
        public string CloudWatchLogsLogGroupArn { get; set; }
        public string CloudWatchLogsRoleArn { get; set; }
        public bool EnableLogFileValidation { get; set; }
        public bool IncludeGlobalServiceEvents { get; set; }
        public bool IsMultiRegionTrail { get; set; }
        public bool IsOrganizationTrail { get; set; }
        public string KmsKeyId { get; set; }
        public string Name { get; set; }
        public string S3BucketName { get; set; }
        public string S3KeyPrefix { get; set; }
        public string SnsTopicName { get; set; }
    }

    public partial class StartLoggingRequest : AmazonCloudTrailRequest
    {
        public string Name { get; set; }
    }

    public partial class StopLoggingRequest : AmazonCloudTrailRequest
    {
        public string Name { get; set; }
    }

    public partial class DeleteTrailRequest : AmazonCloudTrailRequest
    {
        public string Name { get; set; }
    }

    public partial class CreateTrailResponse : AmazonWebServiceResponse
    {
        public bool LogFileValidationEnabled { get; set; }
        public string Name { get; set; }
        public string TrailARN { get; set; }
    }

    public partial class UpdateTrailResponse : AmazonWebServiceResponse
    {
        public bool LogFileValidationEnabled { get; set; }
        public string Name { get; set; }
        public string TrailARN { get; set; }
    }

    public partial class StartLoggingResponse : AmazonWebServiceResponse { }
    public partial class StopLoggingResponse : AmazonWebServiceResponse { }
    public partial class DeleteTrailResponse : AmazonWebServiceResponse { }
}
