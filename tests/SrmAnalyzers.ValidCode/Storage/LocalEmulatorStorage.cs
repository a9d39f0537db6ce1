// ValidCode: S3 clients for local emulators (LocalStack, MinIO) in development and CI. Sdk: both
using Amazon.Runtime;
using Amazon.S3;

namespace Acme.ValidCode.Storage
{
    /// <summary>Clients for integration tests and local development: plain HTTP and dummy keys, but only to local endpoints.</summary>
    public static class LocalEmulatorStorage
    {
        /// <summary>LocalStack on the developer's machine: its documented dummy keys, over http://localhost.</summary>
        public static IAmazonS3 LocalStack()
        {
            var config = new AmazonS3Config
            {
                ServiceURL = "http://localhost:4566", // compliant: SRM102
                UseHttp = true, // compliant: SRM102
                ForcePathStyle = true,
            };
            return new AmazonS3Client(new BasicAWSCredentials("test", "test"), config); // compliant: SRM301
        }

        /// <summary>LocalStack started by Testcontainers: loopback on a port chosen at run time.</summary>
        public static IAmazonS3 TestcontainersLocalStack(int mappedPort)
        {
            var config = new AmazonS3Config { ServiceURL = $"http://127.0.0.1:{mappedPort}", ForcePathStyle = true }; // compliant: SRM102
            return new AmazonS3Client(new BasicAWSCredentials("test", "test"), config); // compliant: SRM301
        }

        /// <summary>Credentials the caller read from its secret store; the endpoint is a local IPv6 listener.</summary>
        public static IAmazonS3 WithCallerCredentials(string accessKeyId, string secretAccessKey) =>
            new AmazonS3Client(accessKeyId, secretAccessKey, new AmazonS3Config { ServiceURL = "http://[::1]:9000", ForcePathStyle = true }); // compliant: SRM102, SRM301

        /// <summary>MinIO as a docker compose service named "minio".</summary>
        public static IAmazonS3 ComposeMinio()
        {
            var config = new AmazonS3Config { ServiceURL = "http://minio:9000", ForcePathStyle = true }; // compliant: SRM102
            return new AmazonS3Client("minioadmin", "minioadmin", config); // compliant: SRM301
        }

        /// <summary>LocalStack reached from inside a container of the developer's docker compose setup.</summary>
        public static IAmazonS3 LocalStackFromContainer(bool useDockerHost)
        {
            var config = new AmazonS3Config { ForcePathStyle = true };
            config.ServiceURL = useDockerHost ? "http://host.docker.internal:4566" : "http://localhost.localstack.cloud:4566"; // compliant: SRM102
            return new AmazonS3Client(new BasicAWSCredentials("test", "test"), config); // compliant: SRM301
        }

        /// <summary>
        /// The CI pipeline's shared MinIO, reached over plain HTTP inside the build network: allowed by
        /// srm.SRM102.allowed_http_hosts in this project's .editorconfig. Credentials come from the environment.
        /// </summary>
        public static IAmazonS3 CiMinio()
        {
            var config = new AmazonS3Config { ServiceURL = "http://minio.ci.internal:9000", ForcePathStyle = true }; // compliant: SRM102, SRM901
            return new AmazonS3Client(new EnvironmentVariablesAWSCredentials(), config); // compliant: SRM301
        }
    }
}
