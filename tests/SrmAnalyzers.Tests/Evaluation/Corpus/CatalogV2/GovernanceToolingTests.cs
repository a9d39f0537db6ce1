// Evaluation corpus: unit tests of governance tooling with Moq, NSubstitute and FakeItEasy clients, beside sandbox-account integration tests that use real clients. Sdk: both
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon;
using Amazon.CloudTrail;
using Amazon.CloudTrail.Model;
using Amazon.GuardDuty;
using Amazon.GuardDuty.Model;
using Amazon.Lambda;
using Amazon.Lambda.Model;
using Amazon.RDS;
using Amazon.RDS.Model;
using Amazon.S3;
using Amazon.S3.Model;
using FakeItEasy;
using Moq;
using NSubstitute;
using Xunit;

namespace Adatum.Governance.Tests
{
    public class GovernanceToolingUnitTests
    {
        private readonly Mock<IAmazonCloudTrail> _cloudTrail = new();
        private readonly IAmazonRDS _rds = Substitute.For<IAmazonRDS>();

        private static IAmazonLambda CreateLambda() => new Mock<IAmazonLambda>().Object;

        [Fact]
        public async Task Stopping_and_deleting_a_trail_is_recorded()
        {
            _cloudTrail.Setup(c => c.StopLoggingAsync(It.IsAny<StopLoggingRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(new StopLoggingResponse());

            await _cloudTrail.Object.StopLoggingAsync(new StopLoggingRequest { Name = "org-trail" });
            await _cloudTrail.Object.DeleteTrailAsync(new DeleteTrailRequest { Name = "org-trail" });
            await _cloudTrail.Object.CreateTrailAsync(new CreateTrailRequest { Name = "dev", S3BucketName = "logs", EnableLogFileValidation = false });

            _cloudTrail.Verify(c => c.UpdateTrailAsync(It.Is<UpdateTrailRequest>(r => r.EnableLogFileValidation == false), It.IsAny<CancellationToken>()), Moq.Times.Never);
        }

        [Fact]
        public async Task Public_invoke_permission_goes_to_the_fake()
        {
            var lambda = CreateLambda();
            await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "status", StatementId = "public", Action = "lambda:InvokeFunctionUrl", Principal = "*", FunctionUrlAuthType = FunctionUrlAuthType.NONE });
        }

        [Fact]
        public async Task Decommission_lifts_protection_and_shares_nothing()
        {
            await _rds.ModifyDBInstanceAsync(new ModifyDBInstanceRequest { DBInstanceIdentifier = "qa-1", DeletionProtection = false });
            await _rds.ModifyDBSnapshotAttributeAsync(new ModifyDBSnapshotAttributeRequest { DBSnapshotIdentifier = "qa-1-final", AttributeName = "restore", ValuesToAdd = new List<string> { "all" } });

            await _rds.Received(1).ModifyDBInstanceAsync(Arg.Is<ModifyDBInstanceRequest>(r => r.DeletionProtection == false), Arg.Any<CancellationToken>());
        }

        [Fact]
        public async Task Detector_pause_is_sent_once()
        {
            var guardDuty = A.Fake<IAmazonGuardDuty>();

            await guardDuty.UpdateDetectorAsync(new UpdateDetectorRequest { DetectorId = "d-1", Enable = false });
            await guardDuty.DeleteDetectorAsync(new DeleteDetectorRequest { DetectorId = "d-2" });

            A.CallTo(() => guardDuty.UpdateDetectorAsync(A<UpdateDetectorRequest>.That.Matches(r => r.Enable == false), A<CancellationToken>._)).MustHaveHappenedOnceExactly();
        }

        [Fact]
        public void Upload_url_comes_from_the_mock()
        {
            var s3 = new Mock<IAmazonS3>();
            s3.Setup(c => c.GetPreSignedURL(It.IsAny<GetPreSignedUrlRequest>())).Returns("https://example.test/upload");

            var url = s3.Object.GetPreSignedURL(new GetPreSignedUrlRequest { BucketName = "b", Key = "k", Verb = HttpVerb.PUT, Expires = DateTime.UtcNow.AddMinutes(5) });

            Assert.StartsWith("https://", url);
        }
    }

    [Trait("Category", "Sandbox")]
    public class GovernanceToolingSandboxTests
    {
        private static IAmazonCloudTrail LiveCloudTrail() => new AmazonCloudTrailClient(RegionEndpoint.EUWest1);

        [Fact(Skip = "Runs against the governance sandbox account")]
        public async Task Trail_can_be_paused_and_resumed()
        {
            using var cloudTrail = LiveCloudTrail();
            await cloudTrail.StopLoggingAsync(new StopLoggingRequest { Name = "sandbox-trail" }); // expect: SRM502
            await cloudTrail.StartLoggingAsync(new StartLoggingRequest { Name = "sandbox-trail" });
        }

        [Fact(Skip = "Runs against the governance sandbox account")]
        public async Task Throwaway_database_is_created_unprotected()
        {
            using IAmazonRDS rds = new AmazonRDSClient(RegionEndpoint.EUWest1);
            await rds.CreateDBInstanceAsync(new CreateDBInstanceRequest { DBInstanceIdentifier = "it-throwaway", DBInstanceClass = "db.t4g.micro", Engine = "postgres", AllocatedStorage = 20, StorageEncrypted = true, DeletionProtection = false }); // expect: SRM501
        }

        [Fact(Skip = "Runs against the governance sandbox account")]
        public async Task Upload_link_works_end_to_end()
        {
            using var s3 = new AmazonS3Client(RegionEndpoint.EUWest1);
            var url = await s3.GetPreSignedURLAsync(new GetPreSignedUrlRequest { BucketName = "adatum-it-uploads", Key = "it/probe.txt", Verb = HttpVerb.PUT, Expires = DateTime.UtcNow.AddMinutes(5) }); // expect: SRM101
            Assert.Contains("X-Amz-Signature", url);
        }
    }
}
