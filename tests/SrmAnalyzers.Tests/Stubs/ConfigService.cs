// Exact-shape stub of AWSSDK.ConfigService (missing from the NuGet mirror): the requests that start,
// stop and delete the AWS Config configuration recorder, and the client methods tests call. Names and
// namespaces match the SDK. The request base class lives in Amazon.ConfigService, as in the SDK.
// IAmazonConfigService leaves out the SDK's IAmazonService and AmazonConfigServiceClient does not
// derive from AmazonServiceClient: their abstract members differ between the majors.
using System.Threading;
using System.Threading.Tasks;
using Amazon.ConfigService.Model;
using Amazon.Runtime;

namespace Amazon.ConfigService
{
    public partial class AmazonConfigServiceRequest : AmazonWebServiceRequest { }

    public partial interface IAmazonConfigService : System.IDisposable
    {
        Task<DeleteConfigurationRecorderResponse> DeleteConfigurationRecorderAsync(DeleteConfigurationRecorderRequest request, CancellationToken cancellationToken = default);
        Task<StartConfigurationRecorderResponse> StartConfigurationRecorderAsync(StartConfigurationRecorderRequest request, CancellationToken cancellationToken = default);
        Task<StopConfigurationRecorderResponse> StopConfigurationRecorderAsync(StopConfigurationRecorderRequest request, CancellationToken cancellationToken = default);
    }

    public partial class AmazonConfigServiceClient : IAmazonConfigService
    {
        public AmazonConfigServiceClient() { }

        public AmazonConfigServiceClient(RegionEndpoint region) { }

        public AmazonConfigServiceClient(AWSCredentials credentials) { }

        public AmazonConfigServiceClient(AWSCredentials credentials, RegionEndpoint region) { }

        public virtual Task<DeleteConfigurationRecorderResponse> DeleteConfigurationRecorderAsync(DeleteConfigurationRecorderRequest request, CancellationToken cancellationToken = default) =>
            throw new System.NotImplementedException();

        public virtual Task<StartConfigurationRecorderResponse> StartConfigurationRecorderAsync(StartConfigurationRecorderRequest request, CancellationToken cancellationToken = default) =>
            throw new System.NotImplementedException();

        public virtual Task<StopConfigurationRecorderResponse> StopConfigurationRecorderAsync(StopConfigurationRecorderRequest request, CancellationToken cancellationToken = default) =>
            throw new System.NotImplementedException();

        public void Dispose()
        {
            Dispose(true);
            System.GC.SuppressFinalize(this);
        }

        protected virtual void Dispose(bool disposing) { }
    }
}

namespace Amazon.ConfigService.Model
{
    public partial class StartConfigurationRecorderRequest : AmazonConfigServiceRequest
    {
        public string ConfigurationRecorderName { get; set; }
    }

    public partial class StopConfigurationRecorderRequest : AmazonConfigServiceRequest
    {
        public string ConfigurationRecorderName { get; set; }
    }

    public partial class DeleteConfigurationRecorderRequest : AmazonConfigServiceRequest
    {
        public string ConfigurationRecorderName { get; set; }
    }

    public partial class StartConfigurationRecorderResponse : AmazonWebServiceResponse { }
    public partial class StopConfigurationRecorderResponse : AmazonWebServiceResponse { }
    public partial class DeleteConfigurationRecorderResponse : AmazonWebServiceResponse { }
}
