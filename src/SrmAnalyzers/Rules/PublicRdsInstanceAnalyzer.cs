using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SrmAnalyzers.Core;

namespace SrmAnalyzers.Rules
{
    /// <summary>
    /// SRM406: an RDS DB instance made reachable from the internet. <c>CreateDBInstanceRequest</c> and
    /// <c>ModifyDBInstanceRequest</c> that write <c>PubliclyAccessible = true</c> (on every path or on
    /// some), reported at that value. Leaving it unset is not reported: the instance is then private
    /// unless its subnet group's default says otherwise, which the code cannot show.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PublicRdsInstanceAnalyzer : SrmAnalyzer
    {
        internal const string PubliclyAccessibleProperty = "PubliclyAccessible";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.PublicRdsInstance);

        private protected override void OnAwsCompilationStart(SrmRegistrar context, AwsSymbols symbols) =>
            context.RegisterCreationAction(
                symbols.GetAll("Amazon.RDS.Model.CreateDBInstanceRequest", "Amazon.RDS.Model.ModifyDBInstanceRequest"),
                Analyze);

        private static void Analyze(CreationContext creation) =>
            creation.ReportFirstUnsafeWrite(
                creation.Tracked,
                PubliclyAccessibleProperty,
                MayBePublic,
                DiagnosticDescriptors.PublicRdsInstance,
                properties: null,
                certain => $"{creation.Tracked.Type.Name} {(certain ? "makes" : "may make")} the DB instance publicly accessible (PubliclyAccessible = true): its DNS name resolves to a public IP address, and only its security groups and password stand between the database and the internet");

        /// <summary>True when the value may be true (what the fix replaces with false).</summary>
        internal static bool MayBePublic(ResolvedValue value) => value.Any(v => v is true);
    }
}
