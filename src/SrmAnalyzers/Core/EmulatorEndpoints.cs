using System;

namespace SrmAnalyzers.Core
{
    /// <summary>
    /// Endpoints of a local AWS emulator (LocalStack, MinIO, ...) on the developer's machine or in a
    /// compose network: traffic and dummy keys sent there never reach AWS.
    /// </summary>
    internal static class EmulatorEndpoints
    {
        /// <summary>
        /// True for a URL whose host is loopback (127.0.0.0/8, ::1), <c>localhost</c> or
        /// <c>*.localhost</c>, <c>0.0.0.0</c>, <c>host.docker.internal</c>, LocalStack's
        /// <c>localhost.localstack.cloud</c> (resolves to 127.0.0.1), or a bare compose-style service
        /// name <c>localstack</c> / <c>minio</c>. An internal FQDN (<c>minio.corp.internal</c>) is not local.
        /// </summary>
        public static bool IsLocal(string? url)
        {
            if (url is null || !ResolvedValue.IsComplete(url))
            {
                return false;
            }

            var text = url.Trim();
            if (text.IndexOf("://", StringComparison.Ordinal) < 0)
            {
                text = "http://" + text;
            }

            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            {
                return false;
            }

            if (uri.IsLoopback)
            {
                return true;
            }

            var host = uri.Host.TrimEnd('.').ToLowerInvariant();
            return host is "localhost" or "0.0.0.0" or "localstack" or "minio" or "host.docker.internal" or "localhost.localstack.cloud"
                || host.EndsWith(".localhost", StringComparison.Ordinal)
                || host.EndsWith(".localhost.localstack.cloud", StringComparison.Ordinal);
        }
    }
}
