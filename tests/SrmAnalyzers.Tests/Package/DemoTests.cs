using System;
using System.Linq;
using SrmAnalyzers.Tests.Infrastructure;

namespace SrmAnalyzers.Tests.Package
{
    /// <summary>The demo shows every rule of the package, once.</summary>
    public class DemoTests
    {
        /// <summary>
        /// Rules the demo cannot show. SRM203 reads IAM permission policies; AWSSDK.IdentityManagement
        /// is not available from the package feed this repository builds with, and iam:PassRole in an S3, SQS, KMS or
        /// SNS resource policy would be an unrealistic example. SRM106 and SRM406 judge RDS requests, and AWSSDK.RDS
        /// is not available from that feed either (the demo builds against real packages only). SRM502 judges
        /// CloudTrail, GuardDuty, AWS Config and VPC flow log requests: an upload service has no reason to stop
        /// or delete them, and only its EC2 sink (DeleteFlowLogsRequest) is on the feed.
        /// </summary>
        private static readonly string[] NotInDemo = { "SRM106", "SRM203", "SRM406", "SRM502" };

        [Fact]
        public void Demo_marks_exactly_one_finding_of_every_rule()
        {
            // Every security rule that has an analyzer; SRM9xx are about the package's own configuration.
            var ruleIds = AnalyzerCatalog.Descriptors(AnalyzerCatalog.AnalyzerAssembly)
                .Where(descriptor => descriptor.Category == DiagnosticDescriptors.Category)
                .Select(descriptor => descriptor.Id)
                .Distinct()
                .Except(NotInDemo, StringComparer.Ordinal)
                .OrderBy(id => id, StringComparer.Ordinal)
                .ToList();
            var markers = DemoMarkers.Read(DemoMarkers.DemoDirectory);

            Assert.NotEmpty(ruleIds);
            Assert.Equal(ruleIds, markers.Select(marker => marker.RuleId).OrderBy(id => id, StringComparer.Ordinal));
        }
    }
}
