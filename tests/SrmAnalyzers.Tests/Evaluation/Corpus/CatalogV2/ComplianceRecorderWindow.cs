// Evaluation corpus: hosted service that pauses the AWS Config recorder during the nightly bulk re-tagging job, plus an admin command that resets the recorder. Sdk: both
using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.ConfigService;
using Amazon.ConfigService.Model;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Northwind.Platform.Tagging
{
    public interface IBulkRetagger { Task RetagAllAsync(CancellationToken ct); }

    public sealed class ComplianceRecorderWindow : BackgroundService
    {
        private const string Recorder = "default";
        private readonly IAmazonConfigService _config;
        private readonly IBulkRetagger _retagger;
        private readonly ILogger<ComplianceRecorderWindow> _logger;

        public ComplianceRecorderWindow(IAmazonConfigService config, IBulkRetagger retagger, ILogger<ComplianceRecorderWindow> logger)
        {
            _config = config;
            _retagger = retagger;
            _logger = logger;
        }

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await RunNightlyWindowAsync(stoppingToken);
                await Task.Delay(TimeSpan.FromHours(24), stoppingToken);
            }
        }

        // Re-tagging 40k resources produces 40k configuration items; the recorder is paused to keep the bill flat.
        private async Task RunNightlyWindowAsync(CancellationToken ct)
        {
            var pause = new StopConfigurationRecorderRequest { ConfigurationRecorderName = Recorder }; // expect: SRM502
            await _config.StopConfigurationRecorderAsync(pause, ct);
            try
            {
                await _retagger.RetagAllAsync(ct);
            }
            finally
            {
                await _config.StartConfigurationRecorderAsync(new StartConfigurationRecorderRequest { ConfigurationRecorderName = Recorder }, ct);
                _logger.LogInformation("recorder {Recorder} resumed", Recorder);
            }
        }
    }

    public sealed class RecorderAdminCommands
    {
        private readonly IAmazonConfigService _config;

        public RecorderAdminCommands(IAmazonConfigService config) => _config = config;

        // config-admin start <name>
        public Task StartAsync(string name, CancellationToken ct) =>
            _config.StartConfigurationRecorderAsync(new StartConfigurationRecorderRequest { ConfigurationRecorderName = name }, ct);

        // config-admin stop <name>
        public Task StopAsync(string name, CancellationToken ct) =>
            _config.StopConfigurationRecorderAsync(new StopConfigurationRecorderRequest { ConfigurationRecorderName = name }, ct); // expect: SRM502

        // config-admin reset <name>: the recorder was created with the wrong role; drop it so Terraform recreates it.
        public async Task ResetAsync(string name, CancellationToken ct)
        {
            await _config.DeleteConfigurationRecorderAsync(new DeleteConfigurationRecorderRequest // expect: SRM502
            {
                ConfigurationRecorderName = name,
            }, ct);
            Console.WriteLine($"recorder {name} deleted; run terraform apply to recreate it");
        }
    }
}
