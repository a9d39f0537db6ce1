// Evaluation corpus: ops worker rolling instance metadata settings across a fleet, with a rollback command for agents that still need IMDSv1. Sdk: v4
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;
using Microsoft.Extensions.Configuration;

namespace Woodgrove.Ops.Imds
{
    public sealed record FleetInstance(string InstanceId, string AgentVersion, bool AgentSupportsImdsV2);

    public sealed class InstanceMetadataRollout
    {
        private readonly IAmazonEC2 _ec2;
        private readonly IConfiguration _configuration;

        public InstanceMetadataRollout(IAmazonEC2 ec2, IConfiguration configuration)
        {
            _ec2 = ec2;
            _configuration = configuration;
        }

        // imds enforce <instance>
        public Task EnforceAsync(string instanceId, CancellationToken ct) =>
            _ec2.ModifyInstanceMetadataOptionsAsync(new ModifyInstanceMetadataOptionsRequest { InstanceId = instanceId, HttpTokens = HttpTokensState.Required, HttpEndpoint = InstanceMetadataEndpointState.Enabled }, ct);

        // imds rollback <instance>: the monitoring agent 4.x crashed after enforcement, put it back.
        public Task RollbackAsync(string instanceId, CancellationToken ct) =>
            _ec2.ModifyInstanceMetadataOptionsAsync(new ModifyInstanceMetadataOptionsRequest { InstanceId = instanceId, HttpTokens = HttpTokensState.Optional }, ct); // expect: SRM404

        public async Task RollOutAsync(IEnumerable<FleetInstance> fleet, CancellationToken ct)
        {
            foreach (var instance in fleet)
            {
                var request = new ModifyInstanceMetadataOptionsRequest // expect: SRM404
                {
                    InstanceId = instance.InstanceId,
                    HttpTokens = instance.AgentSupportsImdsV2 ? HttpTokensState.Required : HttpTokensState.Optional,
                    HttpPutResponseHopLimit = 2,
                };
                await _ec2.ModifyInstanceMetadataOptionsAsync(request, ct);
            }
        }

        public async Task ApplyContainerHostSettingsAsync(FleetInstance instance, CancellationToken ct)
        {
            var request = new ModifyInstanceMetadataOptionsRequest { InstanceId = instance.InstanceId, HttpTokens = HttpTokensState.Required, HttpPutResponseHopLimit = 2 };
            if (instance.AgentVersion.StartsWith("3.", StringComparison.Ordinal))
            {
                // Agent 3.x reads its credentials without a session token.
                request.HttpTokens = HttpTokensState.Optional; // expect: SRM404
            }

            await _ec2.ModifyInstanceMetadataOptionsAsync(request, ct);
        }

        // Containers on these hosts need one more hop; the token setting is left as it is.
        public Task RaiseHopLimitAsync(string instanceId, CancellationToken ct) =>
            _ec2.ModifyInstanceMetadataOptionsAsync(new ModifyInstanceMetadataOptionsRequest { InstanceId = instanceId, HttpPutResponseHopLimit = 3 }, ct);

        // Per-environment setting from appsettings ("Imds:Tokens"); unknown values fall back to the old behaviour.
        public Task ApplyConfiguredAsync(string instanceId, CancellationToken ct) =>
            _ec2.ModifyInstanceMetadataOptionsAsync(new ModifyInstanceMetadataOptionsRequest { InstanceId = instanceId, HttpTokens = TokensFromConfiguration(_configuration["Imds:Tokens"]) }, ct);

        private static HttpTokensState TokensFromConfiguration(string? configured)
        {
            if (string.Equals(configured, "required", StringComparison.OrdinalIgnoreCase))
            {
                return HttpTokensState.Required;
            }

            return HttpTokensState.Optional; // expect: SRM404
        }

        // Value is only known at run time: no finding.
        public Task ApplyRawSettingAsync(string instanceId, CancellationToken ct) =>
            _ec2.ModifyInstanceMetadataOptionsAsync(new ModifyInstanceMetadataOptionsRequest { InstanceId = instanceId, HttpTokens = HttpTokensState.FindValue(_configuration["Imds:RawTokens"] ?? "required") }, ct);
    }

    public sealed class MetadataTokenSwitch
    {
        private readonly IAmazonEC2 _ec2;

        public MetadataTokenSwitch(IAmazonEC2 ec2) => _ec2 = ec2;

        public async Task SetTokensAsync(string instanceId, HttpTokensState tokens, CancellationToken ct)
        {
            await _ec2.ModifyInstanceMetadataOptionsAsync(new ModifyInstanceMetadataOptionsRequest { InstanceId = instanceId, HttpTokens = tokens }, ct);
            Console.WriteLine($"{instanceId}: http tokens {tokens}");
        }

        public Task HardenBastionAsync(string instanceId, CancellationToken ct) => SetTokensAsync(instanceId, HttpTokensState.Required, ct);

        // The vendor's license server on this host polls IMDSv1.
        public Task RelaxLicenseServerAsync(string instanceId, CancellationToken ct) => SetTokensAsync(instanceId, HttpTokensState.Optional, ct); // expect: SRM404
    }
}
