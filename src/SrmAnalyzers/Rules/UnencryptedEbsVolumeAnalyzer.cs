using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SrmAnalyzers.Core;

namespace SrmAnalyzers.Rules
{
    /// <summary>
    /// SRM103: EBS volumes created without encryption. <c>CreateVolumeRequest</c> without
    /// <c>Encrypted = true</c>, and the EBS devices of the block device mappings of
    /// <c>RunInstancesRequest</c> and of launch template data
    /// (<c>CreateLaunchTemplateRequest</c>/<c>CreateLaunchTemplateVersionRequest</c>) without it.
    /// Account-level EBS encryption by default may still encrypt them; the code cannot show that.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnencryptedEbsVolumeAnalyzer : SrmAnalyzer
    {
        internal const string EncryptedProperty = "Encrypted";

        private const string CreateVolumeRequest = "Amazon.EC2.Model.CreateVolumeRequest";
        private const string RunInstancesRequest = "Amazon.EC2.Model.RunInstancesRequest";
        private const string BlockDeviceMappingsProperty = "BlockDeviceMappings";
        private const string LaunchTemplateDataProperty = "LaunchTemplateData";

        /// <summary>Longest device name shown in a message; anything longer is left out.</summary>
        private const int MaxShownDeviceName = 64;

        private static readonly string[] LaunchTemplateRequests = { "Amazon.EC2.Model.CreateLaunchTemplateRequest", "Amazon.EC2.Model.CreateLaunchTemplateVersionRequest" };
        private static readonly string[] MappingTypes = { "Amazon.EC2.Model.BlockDeviceMapping", "Amazon.EC2.Model.LaunchTemplateBlockDeviceMappingRequest" };
        private static readonly string[] DeviceTypes = { "Amazon.EC2.Model.EbsBlockDevice", "Amazon.EC2.Model.LaunchTemplateEbsBlockDeviceRequest" };

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.UnencryptedEbsVolume);

        private protected override void OnAwsCompilationStart(SrmRegistrar context, AwsSymbols symbols)
        {
            var volumeTypes = symbols.GetAll(CreateVolumeRequest);
            context.RegisterCreationAction(volumeTypes, creation => AnalyzeVolume(creation, volumeTypes));

            var mappingTypes = symbols.GetAll(MappingTypes);
            var deviceTypes = symbols.GetAll(DeviceTypes);
            if (mappingTypes.IsEmpty || deviceTypes.IsEmpty)
            {
                return;
            }

            context.RegisterCreationAction(
                symbols.GetAll(RunInstancesRequest),
                creation => AnalyzeMappings(creation, creation.Tracked, "RunInstancesRequest", mappingTypes, deviceTypes));
            context.RegisterCreationAction(
                symbols.GetAll(LaunchTemplateRequests),
                creation =>
                {
                    if (creation.Tracked.Nested(LaunchTemplateDataProperty) is { } data)
                    {
                        AnalyzeMappings(creation, data, "the launch template data", mappingTypes, deviceTypes);
                    }
                });
        }

        private static void AnalyzeVolume(CreationContext creation, ImmutableHashSet<INamedTypeSymbol> volumeTypes)
        {
            var request = creation.Tracked;
            var fromSnapshot = request.IsWritten("SnapshotId")
                || creation.Creation.Arguments.Any(a => a.Parameter?.Name == "snapshotId");
            var unsetMessage = fromSnapshot
                ? "CreateVolumeRequest restores a snapshot without Encrypted = true: the volume is encrypted only if the snapshot is, or if EBS encryption by default is on"
                : "CreateVolumeRequest does not set Encrypted = true: the volume is unencrypted unless EBS encryption by default is on";
            Judge(
                creation,
                request,
                Locations.OfCreation(creation.Creation),
                "CreateVolumeRequest",
                unsetMessage,
                ownerMayBeModifiedElsewhere: false,
                () => CollectionElements.HasUnattributedWrite(creation.Resolver.Scope, EncryptedProperty, volumeTypes));
        }

        /// <summary>One diagnostic per EBS device of the owner's block device mappings that is not encrypted.</summary>
        private static void AnalyzeMappings(
            CreationContext creation,
            TrackedObject owner,
            string ownerName,
            ImmutableHashSet<INamedTypeSymbol> mappingTypes,
            ImmutableHashSet<INamedTypeSymbol> deviceTypes)
        {
            var judged = new HashSet<IOperation>();
            bool? unattributedWrite = null;
            foreach (var element in CollectionElements.Of(owner, BlockDeviceMappingsProperty, creation.Resolver))
            {
                if (creation.Resolver.FollowToSource(element) is not IObjectCreationOperation { Type: INamedTypeSymbol mappingType } mappingCreation
                    || !mappingTypes.Contains(mappingType.OriginalDefinition))
                {
                    continue;
                }

                var mapping = creation.Tracker.Track(mappingCreation);

                // NoDevice suppresses an AMI device and VirtualName names an instance store volume: not EBS.
                if (mapping.IsWritten("NoDevice") || mapping.IsWritten("VirtualName") || mapping.Nested("Ebs") is not { } device || !judged.Add(device.Creation))
                {
                    continue;
                }

                var what = device.Type.Name + DeviceName(mapping, creation.Resolver) + " in " + ownerName;
                Judge(
                    creation,
                    device,
                    Locations.OfCreation(device.Creation),
                    what,
                    $"{what} does not set Encrypted = true: the volume is unencrypted unless its snapshot is encrypted or EBS encryption by default is on",
                    owner.MayBeModifiedElsewhere,
                    () => unattributedWrite ??= CollectionElements.HasUnattributedWrite(creation.Resolver.Scope, EncryptedProperty, deviceTypes));
            }
        }

        private static void Judge(
            CreationContext creation,
            TrackedObject target,
            Location location,
            string what,
            string unsetMessage,
            bool ownerMayBeModifiedElsewhere,
            Func<bool> hasUnattributedWrite) =>
            RequiredTrueSetting.Judge(
                creation,
                target,
                EncryptedProperty,
                DiagnosticDescriptors.UnencryptedEbsVolume,
                location,
                unsetMessage,
                certain => certain
                    ? $"{what} sets Encrypted to false: the volume is not encrypted"
                    : $"{what} may set Encrypted to false: on that path the volume is not encrypted",
                ownerMayBeModifiedElsewhere,
                hasUnattributedWrite);

        /// <summary>" /dev/sdf" when the mapping's device name is a known, short constant; empty otherwise.</summary>
        private static string DeviceName(TrackedObject mapping, ValueResolver resolver)
        {
            var name = mapping.ResolveFinal("DeviceName", resolver);
            return name.IsSingleConstant && name.Values[0] is string { Length: > 0 and <= MaxShownDeviceName } text && ResolvedValue.IsComplete(text) && !text.Any(char.IsControl)
                ? " " + text
                : string.Empty;
        }
    }
}
