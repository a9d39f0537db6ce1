using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SrmAnalyzers.Core;

namespace SrmAnalyzers.Rules
{
    /// <summary>
    /// SRM405: an EBS snapshot, AMI or RDS DB (cluster) snapshot shared with every AWS account. EC2 takes
    /// the share in two forms, both judged: a permission of group <c>all</c> in the <c>Add</c> list of
    /// <c>CreateVolumePermission</c> / <c>LaunchPermission</c>, or the flat <c>OperationType = add</c> with
    /// <c>all</c> in <c>GroupNames</c> / <c>UserGroups</c>. RDS takes <c>all</c> in <c>ValuesToAdd</c> of
    /// the <c>restore</c> attribute. Reported where <c>all</c> is written; removing it is never reported.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PublicSnapshotShareAnalyzer : SrmAnalyzer
    {
        /// <summary>The permission group (EC2) and attribute value (RDS) that means every AWS account.</summary>
        private const string Everyone = "all";

        private static readonly ImmutableArray<SharedResource> Resources = ImmutableArray.Create(
            new SharedResource(
                "Amazon.EC2.Model.ModifySnapshotAttributeRequest",
                "the EBS snapshot",
                "group \"all\" added to its create-volume permission",
                "any AWS account can copy the snapshot or create a volume from it, so the data it holds is public",
                modificationsProperty: "CreateVolumePermission",
                permissionType: "Amazon.EC2.Model.CreateVolumePermission",
                // Only the create-volume permission of a snapshot can be modified: Attribute may be left out.
                new Setting("Attribute", "attribute", "createVolumePermission", mayBeOmitted: true),
                new Setting("OperationType", "operationType", "add", mayBeOmitted: false),
                groupsProperty: "GroupNames"),
            new SharedResource(
                "Amazon.EC2.Model.ModifyImageAttributeRequest",
                "the AMI",
                "group \"all\" added to its launch permission",
                "any AWS account can launch instances from the image or copy it, and read everything baked into its volumes, credentials included",
                modificationsProperty: "LaunchPermission",
                permissionType: "Amazon.EC2.Model.LaunchPermission",
                new Setting("Attribute", "attribute", "launchPermission", mayBeOmitted: true),
                new Setting("OperationType", constructorParameter: null, "add", mayBeOmitted: false),
                groupsProperty: "UserGroups"),
            new SharedResource(
                "Amazon.RDS.Model.ModifyDBSnapshotAttributeRequest",
                "the DB snapshot",
                "\"all\" added to its restore attribute",
                "any AWS account can copy the snapshot or restore a database from it, so the data it holds is public",
                modificationsProperty: null,
                permissionType: null,
                new Setting("AttributeName", constructorParameter: null, "restore", mayBeOmitted: false),
                operation: null,
                groupsProperty: "ValuesToAdd"),
            new SharedResource(
                "Amazon.RDS.Model.ModifyDBClusterSnapshotAttributeRequest",
                "the DB cluster snapshot",
                "\"all\" added to its restore attribute",
                "any AWS account can copy the snapshot or restore a DB cluster from it, so the data it holds is public",
                modificationsProperty: null,
                permissionType: null,
                new Setting("AttributeName", constructorParameter: null, "restore", mayBeOmitted: false),
                operation: null,
                groupsProperty: "ValuesToAdd"));

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.PublicSnapshotShare);

        private protected override void OnAwsCompilationStart(SrmRegistrar context, AwsSymbols symbols)
        {
            var byType = new Dictionary<INamedTypeSymbol, (SharedResource Resource, INamedTypeSymbol? PermissionType)>(SymbolEqualityComparer.Default);
            foreach (var resource in Resources)
            {
                if (symbols.Get(resource.RequestType) is { } requestType)
                {
                    byType[requestType] = (resource, resource.PermissionType is null ? null : symbols.Get(resource.PermissionType));
                }
            }

            context.RegisterCreationAction(byType.Keys.ToImmutableHashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default), creation =>
            {
                var (resource, permissionType) = byType[(INamedTypeSymbol)creation.Creation.Type!.OriginalDefinition];
                Analyze(creation, resource, permissionType);
            });
        }

        private static void Analyze(CreationContext creation, SharedResource resource, INamedTypeSymbol? permissionType)
        {
            var reported = new HashSet<Location>();
            if (resource.ModificationsProperty is { } modificationsProperty
                && permissionType is not null
                && creation.Tracked.Nested(modificationsProperty) is { } modifications)
            {
                // CreateVolumePermission = new CreateVolumePermissionModifications { Add = [ new CreateVolumePermission { Group = PermissionGroup.All } ] }
                foreach (var element in CollectionElements.Of(modifications, "Add", creation.Resolver))
                {
                    if (creation.Resolver.FollowToSource(element) is not IObjectCreationOperation { Type: { } type } permission
                        || !SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, permissionType))
                    {
                        continue;
                    }

                    foreach (var group in creation.Tracker.Track(permission).FinalWritesOf("Group"))
                    {
                        var value = creation.Resolver.Resolve(group.Value);
                        if (value.AnyString(Everyone))
                        {
                            Report(creation, resource, Locations.OfValue(group), certain: value.IsSingleConstant, reported);
                        }
                    }
                }
            }

            // The flat form: Attribute (when given) names the permission, OperationType is add, and the group list holds "all".
            if (!Allows(creation, resource.Attribute, out var attributeCertain))
            {
                return;
            }

            var operationCertain = true;
            if (resource.Operation is { } operation && !Allows(creation, operation, out operationCertain))
            {
                return;
            }

            var settingsCertain = attributeCertain && operationCertain;
            foreach (var element in CollectionElements.Of(creation.Tracked, resource.GroupsProperty, creation.Resolver))
            {
                var value = creation.Resolver.Resolve(element);
                if (value.AnyString(Everyone))
                {
                    Report(creation, resource, element.Syntax.GetLocation(), certain: settingsCertain && value.IsSingleConstant, reported);
                }
            }
        }

        private static void Report(CreationContext creation, SharedResource resource, Location location, bool certain, HashSet<Location> reported)
        {
            if (reported.Add(location))
            {
                creation.Report(
                    DiagnosticDescriptors.PublicSnapshotShare,
                    location,
                    properties: null,
                    $"{creation.Tracked.Type.Name} {(certain ? "shares" : "may share")} {resource.Subject} with everyone ({resource.How}): {resource.Consequence}");
            }
        }

        /// <summary>
        /// True when the setting may have the value that makes the group list a share: it is written (or
        /// passed to the constructor) with that value on some path, or left out where the API allows it.
        /// A value the analyzer cannot resolve allows nothing.
        /// </summary>
        private static bool Allows(CreationContext creation, Setting setting, out bool certain)
        {
            var value = ValueOf(creation, setting);
            if (value is null)
            {
                certain = setting.MayBeOmitted;
                return setting.MayBeOmitted;
            }

            certain = value.Value.IsSingleConstant && value.Value.AnyString(setting.Expected);
            return value.Value.AnyString(setting.Expected);
        }

        /// <summary>The union of the property's final writes and the matching constructor argument; null when neither is written.</summary>
        private static ResolvedValue? ValueOf(CreationContext creation, Setting setting)
        {
            ResolvedValue? result = null;
            foreach (var write in creation.Tracked.FinalWritesOf(setting.Property))
            {
                result = Union(result, creation.Resolver.Resolve(write.Value));
            }

            if (result is null && setting.ConstructorParameter is { } parameter)
            {
                foreach (var argument in creation.Creation.Arguments)
                {
                    if (argument.Parameter?.Name == parameter && !argument.IsImplicit)
                    {
                        result = Union(result, creation.Resolver.Resolve(argument.Value));
                    }
                }
            }

            return result;
        }

        private static ResolvedValue Union(ResolvedValue? left, ResolvedValue right) => left is null ? right : ResolvedValue.Union(left.Value, right);

        private sealed class Setting
        {
            public Setting(string property, string? constructorParameter, string expected, bool mayBeOmitted)
            {
                Property = property;
                ConstructorParameter = constructorParameter;
                Expected = expected;
                MayBeOmitted = mayBeOmitted;
            }

            public string Property { get; }

            public string? ConstructorParameter { get; }

            /// <summary>The wire value that makes the request add to the permission (compared ignoring case).</summary>
            public string Expected { get; }

            public bool MayBeOmitted { get; }
        }

        private sealed class SharedResource
        {
            public SharedResource(string requestType, string subject, string how, string consequence, string? modificationsProperty, string? permissionType, Setting attribute, Setting? operation, string groupsProperty)
            {
                RequestType = requestType;
                Subject = subject;
                How = how;
                Consequence = consequence;
                ModificationsProperty = modificationsProperty;
                PermissionType = permissionType;
                Attribute = attribute;
                Operation = operation;
                GroupsProperty = groupsProperty;
            }

            public string RequestType { get; }

            public string Subject { get; }

            public string How { get; }

            public string Consequence { get; }

            /// <summary>The EC2 property taking a modifications object with Add/Remove permission lists.</summary>
            public string? ModificationsProperty { get; }

            public string? PermissionType { get; }

            public Setting Attribute { get; }

            /// <summary>The EC2 OperationType of the flat form; RDS has separate add and remove lists.</summary>
            public Setting? Operation { get; }

            /// <summary>The list whose "all" shares with everyone (never the remove list).</summary>
            public string GroupsProperty { get; }
        }
    }
}
