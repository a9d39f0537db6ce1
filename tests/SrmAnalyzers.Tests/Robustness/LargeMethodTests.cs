using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using SrmAnalyzers.Tests.Infrastructure;

namespace SrmAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Thousands of SDK objects in one method: tracking looks up the uses of each object's locals
    /// through the body's index instead of walking the whole body per object, so the analysis stays
    /// close to linear. (Walking the body per object took tens of seconds at this size.)
    /// </summary>
    public class LargeMethodTests
    {
        private const int Count = 3000;

        /// <summary>Analyzer time only (Roslyn telemetry), generous for a shared 2-core machine.</summary>
        private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

        [Fact]
        public Task Thousands_of_requests_in_one_method()
        {
            var body = new StringBuilder();
            for (var i = 0; i < Count; i++)
            {
                body.Append($"        var p{i} = new PutObjectRequest {{ BucketName = \"b\", Key = \"k{i}\" }};\n        s3.PutObjectAsync(p{i});\n");
                body.Append($"        var r{i} = new RunInstancesRequest {{ ImageId = \"ami-{i}\" }};\n        r{i}.MetadataOptions = new InstanceMetadataOptionsRequest {{ HttpPutResponseHopLimit = 2 }};\n        ec2.RunInstancesAsync(r{i});\n");
            }

            return AnalyzeAsync(body.ToString(), expected: 2 * Count);
        }

        [Fact]
        public Task Thousands_of_block_device_mappings_in_one_request()
        {
            var body = new StringBuilder("        var mappings = new List<BlockDeviceMapping>();\n");
            for (var i = 0; i < Count; i++)
            {
                body.Append($"        var m{i} = new BlockDeviceMapping {{ DeviceName = \"/dev/sd{i}\", Ebs = new EbsBlockDevice {{ VolumeSize = 8 }} }};\n        mappings.Add(m{i});\n");
            }

            body.Append("        ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = \"ami-1\", BlockDeviceMappings = mappings, MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Required } });\n");
            return AnalyzeAsync(body.ToString(), expected: Count);
        }

        private static async Task AnalyzeAsync(string body, int expected)
        {
            var source = "using System.Collections.Generic;\nusing Amazon.EC2;\nusing Amazon.EC2.Model;\nusing Amazon.S3;\nusing Amazon.S3.Model;\n"
                + "class C\n{\n    void M(IAmazonS3 s3, IAmazonEC2 ec2)\n    {\n" + body + "    }\n}\n";
            var result = await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(new[] { source }, Sdk.V4));
            Assert.Empty(result.Exceptions);
            Assert.Equal(expected, result.Srm.Count());
            Assert.True(result.AnalyzerTime < Bound, $"the analyzers took {result.AnalyzerTime}");
        }
    }
}
