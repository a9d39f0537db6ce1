// Evaluation corpus: xunit fixtures pointing S3 clients at emulators, a shared QA gateway and a lab MinIO. Sdk: both
using System;
using Amazon.Runtime;
using Amazon.S3;
using Xunit;

namespace Contoso.Media.Tests.Infrastructure
{
    public static class TestEndpoints
    {
        public const string LocalStack = "http://localhost:4566";
        public const string LocalStackSubdomain = "http://s3.localhost:4566";
        public const string Loopback = "http://127.0.0.1:9000";
        public const string LoopbackV6 = "http://[::1]:9000";
        public const string QaGateway = "http://qa-s3.contoso-lab.net";
        public const string LabMinio = "http://minio.corp.internal:9000";
    }

    public sealed class EmulatorS3Fixture : IDisposable
    {
        public EmulatorS3Fixture()
        {
            var config = new AmazonS3Config { ServiceURL = TestEndpoints.LocalStack, ForcePathStyle = true };
            // Explicit on purpose: the emulator only listens on plain HTTP.
            config.UseHttp = true;
            Client = new AmazonS3Client(new BasicAWSCredentials("test", "test"), config);

            VirtualHosted = new AmazonS3Client(new BasicAWSCredentials("test", "test"), new AmazonS3Config { ServiceURL = TestEndpoints.LocalStackSubdomain });
            Loopback = new AmazonS3Client(new BasicAWSCredentials("minioadmin", "minioadmin"), new AmazonS3Config { ServiceURL = TestEndpoints.Loopback, ForcePathStyle = true });
            LoopbackV6 = new AmazonS3Client(new BasicAWSCredentials("minioadmin", "minioadmin"), new AmazonS3Config { ServiceURL = TestEndpoints.LoopbackV6, ForcePathStyle = true });
        }

        public IAmazonS3 Client { get; }
        public IAmazonS3 VirtualHosted { get; }
        public IAmazonS3 Loopback { get; }
        public IAmazonS3 LoopbackV6 { get; }

        public void Dispose()
        {
            Client.Dispose();
            VirtualHosted.Dispose();
            Loopback.Dispose();
            LoopbackV6.Dispose();
        }
    }

    public sealed class SharedLabS3Fixture : IDisposable
    {
        public SharedLabS3Fixture()
        {
            // Both run on the lab network, not on the test machine: traffic crosses the LAN in clear text.
            QaGateway = new AmazonS3Client(new AmazonS3Config { ServiceURL = TestEndpoints.QaGateway, ForcePathStyle = true }); // expect: SRM102

            var labConfig = new AmazonS3Config { ForcePathStyle = true };
            labConfig.ServiceURL = TestEndpoints.LabMinio; // expect: SRM102
            LabMinio = new AmazonS3Client(labConfig);

            var ciEndpoint = Environment.GetEnvironmentVariable("S3_TEST_ENDPOINT");
            FromEnvironment = ciEndpoint is null ? null : new AmazonS3Client(new AmazonS3Config { ServiceURL = ciEndpoint, ForcePathStyle = true });
        }

        public IAmazonS3 QaGateway { get; }
        public IAmazonS3 LabMinio { get; }
        public IAmazonS3? FromEnvironment { get; }

        public void Dispose()
        {
            QaGateway.Dispose();
            LabMinio.Dispose();
            FromEnvironment?.Dispose();
        }
    }

    public class EndpointFixtureTests : IClassFixture<EmulatorS3Fixture>
    {
        private readonly EmulatorS3Fixture _fixture;

        public EndpointFixtureTests(EmulatorS3Fixture fixture) => _fixture = fixture;

        [Fact]
        public void Clients_are_created() => Assert.NotNull(_fixture.Client);
    }
}
