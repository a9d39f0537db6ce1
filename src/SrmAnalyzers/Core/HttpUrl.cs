using System;

namespace SrmAnalyzers.Core
{
    /// <summary>The scheme a resolved URL names.</summary>
    internal enum UrlScheme
    {
        /// <summary>No <c>scheme://</c>: the SDK picks it (https unless <c>UseHttp</c>).</summary>
        None,
        Http,
        Https,
        Other,
    }

    /// <summary>
    /// The scheme and host of a URL the resolver built, possibly with unresolved parts
    /// (<see cref="ResolvedValue.Hole"/>): <c>"http://" + host</c> has no known host, while
    /// <c>$"http://s3.corp.internal:{port}"</c> does.
    /// </summary>
    internal readonly struct HttpUrl
    {
        private HttpUrl(UrlScheme scheme, string? host)
        {
            Scheme = scheme;
            Host = host;
        }

        public UrlScheme Scheme { get; }

        /// <summary>The host name or IP literal (IPv6 in brackets); null when a part the analyzer could not resolve may change it.</summary>
        public string? Host { get; }

        public bool HasKnownHost => Host is not null;

        public static HttpUrl Parse(string url)
        {
            var text = url.Trim();
            var scheme = UrlScheme.None;
            var separator = text.IndexOf("://", StringComparison.Ordinal);
            if (separator >= 0)
            {
                var name = text.Substring(0, separator);
                scheme = string.Equals(name, "http", StringComparison.OrdinalIgnoreCase) ? UrlScheme.Http
                    : string.Equals(name, "https", StringComparison.OrdinalIgnoreCase) ? UrlScheme.Https
                    : UrlScheme.Other;
                if (name.IndexOf(ResolvedValue.Hole) >= 0)
                {
                    return new HttpUrl(UrlScheme.Other, host: null);
                }

                text = text.Substring(separator + 3);
            }

            // User information ends at the last '@' before any query or fragment. Credentials pasted
            // into a URL often hold an unencoded '/' (secret keys do), so the authority is not cut at
            // the first '/' before that: "http://KEY:se/cret@host" has the host "host", never "KEY".
            var queryStart = text.IndexOfAny(new[] { '?', '#' });
            var userInfoEnd = (queryStart < 0 ? text : text.Substring(0, queryStart)).LastIndexOf('@');
            var afterUserInfo = userInfoEnd < 0 ? text : text.Substring(userInfoEnd + 1);
            var authorityEnd = afterUserInfo.IndexOfAny(new[] { '/', '?', '#' });
            var hostPart = authorityEnd < 0 ? afterUserInfo : afterUserInfo.Substring(0, authorityEnd);

            string host;
            if (hostPart.StartsWith("[", StringComparison.Ordinal))
            {
                var close = hostPart.IndexOf(']');
                host = close < 0 ? string.Empty : hostPart.Substring(0, close + 1);
            }
            else
            {
                var portStart = hostPart.IndexOf(':');
                host = portStart < 0 ? hostPart : hostPart.Substring(0, portStart);
            }

            return host.Length == 0 || !ResolvedValue.IsComplete(host)
                ? new HttpUrl(scheme, host: null)
                : new HttpUrl(scheme, host.TrimEnd('.').ToLowerInvariant());
        }
    }
}
