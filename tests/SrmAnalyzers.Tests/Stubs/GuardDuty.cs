// Exact-shape stub of AWSSDK.GuardDuty (missing from the NuGet mirror): the detector requests that
// create, change and delete a detector, the FindingPublishingFrequency constants, and the client
// methods tests call. Names and namespaces match the SDK. Value-type properties have the 3.x shape
// (bool); 4.x makes them nullable (bool?). The request base class and the constant class live in
// Amazon.GuardDuty, as in the SDK. IAmazonGuardDuty leaves out the SDK's IAmazonService and
// AmazonGuardDutyClient does not derive from AmazonServiceClient: their abstract members differ
// between the majors.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.GuardDuty.Model;
using Amazon.Runtime;

namespace Amazon.GuardDuty
{
    public partial class AmazonGuardDutyRequest : AmazonWebServiceRequest { }

    public partial class FindingPublishingFrequency : ConstantClass
    {
        public static readonly FindingPublishingFrequency FIFTEEN_MINUTES = new FindingPublishingFrequency("FIFTEEN_MINUTES");
        public static readonly FindingPublishingFrequency ONE_HOUR = new FindingPublishingFrequency("ONE_HOUR");
        public static readonly FindingPublishingFrequency SIX_HOURS = new FindingPublishingFrequency("SIX_HOURS");

        public FindingPublishingFrequency(string value)
            : base(value)
        {
        }
    }

    public partial interface IAmazonGuardDuty : System.IDisposable
    {
        Task<CreateDetectorResponse> CreateDetectorAsync(CreateDetectorRequest request, CancellationToken cancellationToken = default);
        Task<DeleteDetectorResponse> DeleteDetectorAsync(DeleteDetectorRequest request, CancellationToken cancellationToken = default);
        Task<ListDetectorsResponse> ListDetectorsAsync(ListDetectorsRequest request, CancellationToken cancellationToken = default);
        Task<UpdateDetectorResponse> UpdateDetectorAsync(UpdateDetectorRequest request, CancellationToken cancellationToken = default);
    }

    public partial class AmazonGuardDutyClient : IAmazonGuardDuty
    {
        public AmazonGuardDutyClient() { }

        public AmazonGuardDutyClient(RegionEndpoint region) { }

        public AmazonGuardDutyClient(AWSCredentials credentials) { }

        public AmazonGuardDutyClient(AWSCredentials credentials, RegionEndpoint region) { }

        public virtual Task<CreateDetectorResponse> CreateDetectorAsync(CreateDetectorRequest request, CancellationToken cancellationToken = default) =>
            throw new System.NotImplementedException();

        public virtual Task<DeleteDetectorResponse> DeleteDetectorAsync(DeleteDetectorRequest request, CancellationToken cancellationToken = default) =>
            throw new System.NotImplementedException();

        public virtual Task<ListDetectorsResponse> ListDetectorsAsync(ListDetectorsRequest request, CancellationToken cancellationToken = default) =>
            throw new System.NotImplementedException();

        public virtual Task<UpdateDetectorResponse> UpdateDetectorAsync(UpdateDetectorRequest request, CancellationToken cancellationToken = default) =>
            throw new System.NotImplementedException();

        public void Dispose()
        {
            Dispose(true);
            System.GC.SuppressFinalize(this);
        }

        protected virtual void Dispose(bool disposing) { }
    }
}

namespace Amazon.GuardDuty.Model
{
    public partial class CreateDetectorRequest : AmazonGuardDutyRequest
    {
        public string ClientToken { get; set; }
        public bool Enable { get; set; }
        public FindingPublishingFrequency FindingPublishingFrequency { get; set; }
        public Dictionary<string, string> Tags { get; set; }
    }

    public partial class UpdateDetectorRequest : AmazonGuardDutyRequest
    {
        public string DetectorId { get; set; }
        public bool Enable { get; set; }
        public FindingPublishingFrequency FindingPublishingFrequency { get; set; }
    }

    public partial class DeleteDetectorRequest : AmazonGuardDutyRequest
    {
        public string DetectorId { get; set; }
    }

    public partial class CreateDetectorResponse : AmazonWebServiceResponse
    {
        public string DetectorId { get; set; }
    }

    public partial class UpdateDetectorResponse : AmazonWebServiceResponse { }
    public partial class DeleteDetectorResponse : AmazonWebServiceResponse { }

    public partial class ListDetectorsRequest : AmazonGuardDutyRequest
    {
        public int MaxResults { get; set; }
        public string NextToken { get; set; }
    }

    public partial class ListDetectorsResponse : AmazonWebServiceResponse
    {
        public List<string> DetectorIds { get; set; }
        public string NextToken { get; set; }
    }
}
