using System;
using System.Linq;
using System.Reflection;

namespace SrmAnalyzers.Tests.Package
{
    /// <summary>The demo shows every rule of the package, once.</summary>
    public class DemoTests
    {
        [Fact]
        public void Demo_marks_exactly_one_finding_of_every_rule()
        {
            var ruleIds = typeof(RuleIdentifiers)
                .GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(field => field.IsLiteral && field.FieldType == typeof(string))
                .Select(field => (string)field.GetRawConstantValue()!)
                .Where(value => value.StartsWith("SRM", StringComparison.Ordinal))
                .OrderBy(id => id, StringComparer.Ordinal)
                .ToList();
            var markers = DemoMarkers.Read(DemoMarkers.DemoDirectory);

            Assert.NotEmpty(ruleIds);
            Assert.Equal(ruleIds, markers.Select(marker => marker.RuleId).OrderBy(id => id, StringComparer.Ordinal));
        }
    }
}
