using System;
using System.Collections.Generic;
using System.Linq;

namespace SrmAnalyzers.Core.LeastPrivilege
{
    /// <summary>
    /// ARNs built from the names the code fixes. Every builder takes the resolved strings of a value
    /// (several for a conditional) and returns the resources, or <c>*</c> alone when any path is
    /// unknown: a resource is never guessed. A string with an unresolved part
    /// (<see cref="ResolvedValue.Hole"/>, e.g. an interpolation hole) keeps its known start and ends
    /// in <c>*</c>. Region and account are <c>*</c> unless the value is itself an ARN or URL that names them.
    /// </summary>
    internal static class IamResources
    {
        private static readonly string[] Any = { RequiredPermission.AnyResource };

        /// <summary>The resolved strings of a value, or null when some path is unknown, not a string, or null.</summary>
        public static IReadOnlyList<string>? KnownStrings(ResolvedValue value)
        {
            if (value.IsUnknown || value.HasUnknown || value.Values.Any(v => v is not string))
            {
                return null;
            }

            return value.Strings;
        }

        /// <summary>The text before the first unresolved part, then <c>*</c>; the text itself when complete.</summary>
        public static string Pattern(string text)
        {
            var hole = text.IndexOf(ResolvedValue.Hole);
            return hole < 0 ? text : text.Substring(0, hole) + "*";
        }

        /// <summary>Maps each known string to resources, or <c>*</c> when the value is not known on every path.</summary>
        public static IReadOnlyList<string> Each(ResolvedValue value, Func<string, string?> map)
        {
            var strings = KnownStrings(value);
            if (strings is null || strings.Count == 0)
            {
                return Any;
            }

            var result = new List<string>();
            foreach (var text in strings)
            {
                var resource = map(text);
                if (resource is null)
                {
                    return Any;
                }

                result.Add(resource);
            }

            return result;
        }

        /// <summary><c>arn:aws:s3:::bucket</c>.</summary>
        public static IReadOnlyList<string> S3Bucket(ResolvedValue bucket) =>
            Each(bucket, name => StartsKnown(name) ? "arn:aws:s3:::" + Pattern(name) : null);

        /// <summary>
        /// <c>arn:aws:s3:::bucket/key</c> for a known key, <c>bucket/prefix*</c> for a key prefix (or a
        /// key with an unresolved part), <c>bucket/*</c> when the key is not known.
        /// </summary>
        public static IReadOnlyList<string> S3Object(ResolvedValue bucket, ResolvedValue key, bool keyIsPrefix)
        {
            var buckets = S3Bucket(bucket);
            if (buckets.Count == 1 && buckets[0] == RequiredPermission.AnyResource)
            {
                return Any;
            }

            var keys = KnownStrings(key);
            var keyPatterns = keys is null || keys.Count == 0
                ? new[] { "*" }
                : keys.Select(k => keyIsPrefix ? Pattern(k).TrimEnd('*') + "*" : Pattern(k)).ToArray();
            return buckets.SelectMany(b => keyPatterns.Select(k => b + "/" + k)).ToList();
        }

        /// <summary><c>arn:aws:dynamodb:*:*:table/name</c> (a table ARN given as the name is kept), with <c>/index/name</c> for an index.</summary>
        public static IReadOnlyList<string> DynamoDbTable(ResolvedValue table) =>
            Each(table, name => name.StartsWith("arn:", StringComparison.Ordinal) ? Pattern(name)
                : StartsKnown(name) ? "arn:aws:dynamodb:*:*:table/" + Pattern(name) : null);

        /// <summary>
        /// The index ARNs of the tables: <c>.../table/name/index/index</c>, or <c>/index/*</c> when the
        /// index name is not known.
        /// </summary>
        public static IReadOnlyList<string> DynamoDbIndex(ResolvedValue table, ResolvedValue index)
        {
            var tables = DynamoDbTable(table);
            if (tables.Count == 1 && tables[0] == RequiredPermission.AnyResource)
            {
                return Any;
            }

            var indexes = KnownStrings(index);
            var indexPatterns = indexes is null || indexes.Count == 0 ? new[] { "*" } : indexes.Select(Pattern).ToArray();
            return tables.SelectMany(t => indexPatterns.Select(i => t + "/index/" + i)).ToList();
        }

        /// <summary>
        /// The queue ARN of a queue URL: <c>https://sqs.REGION.amazonaws.com/ACCOUNT/NAME</c> (also the
        /// legacy <c>REGION.queue.amazonaws.com</c> host) becomes <c>arn:aws:sqs:REGION:ACCOUNT:NAME</c>.
        /// A URL of another shape (a local emulator) is <c>*</c>.
        /// </summary>
        public static IReadOnlyList<string> SqsQueueUrl(ResolvedValue url) => Each(url, SqsArnOfUrl);

        /// <summary><c>arn:aws:sqs:*:*:name</c> for a queue name (CreateQueue, GetQueueUrl).</summary>
        public static IReadOnlyList<string> SqsQueueName(ResolvedValue name) =>
            Each(name, text => StartsKnown(text) ? "arn:aws:sqs:*:*:" + Pattern(text) : null);

        /// <summary>An SNS topic ARN as written (<c>arn:aws:sns:...</c>).</summary>
        public static IReadOnlyList<string> SnsTopicArn(ResolvedValue arn) =>
            Each(arn, text => text.StartsWith("arn:", StringComparison.Ordinal) ? ArnPattern(text) : null);

        /// <summary><c>arn:aws:sns:*:*:name</c> for a topic name (CreateTopic).</summary>
        public static IReadOnlyList<string> SnsTopicName(ResolvedValue name) =>
            Each(name, text => StartsKnown(text) ? "arn:aws:sns:*:*:" + Pattern(text) : null);

        /// <summary>
        /// <c>arn:aws:ssm:*:*:parameter/name</c>: the ARN of <c>/app/key</c> is <c>parameter/app/key</c>
        /// (one leading slash dropped). With <paramref name="isPath"/> (GetParametersByPath), the path
        /// and everything below it.
        /// </summary>
        public static IReadOnlyList<string> SsmParameter(ResolvedValue name, bool isPath) =>
            Each(name, text =>
            {
                if (text.StartsWith("arn:", StringComparison.Ordinal))
                {
                    return ArnPattern(text);
                }

                var trimmed = text.StartsWith("/", StringComparison.Ordinal) ? text.Substring(1) : text;
                if (!StartsKnown(trimmed) && trimmed.Length > 0)
                {
                    return null;
                }

                var pattern = Pattern(trimmed);
                return "arn:aws:ssm:*:*:parameter/" + (isPath ? pattern.TrimEnd('*') + "*" : pattern);
            });

        /// <summary>
        /// A Secrets Manager secret: an ARN as written; a name as <c>arn:aws:secretsmanager:*:*:secret:NAME-??????</c>,
        /// because AWS appends a hyphen and six random characters to every secret's ARN.
        /// </summary>
        public static IReadOnlyList<string> Secret(ResolvedValue secretId) =>
            Each(secretId, text => text.StartsWith("arn:", StringComparison.Ordinal) ? ArnPattern(text)
                : !StartsKnown(text) ? null
                : ResolvedValue.IsComplete(text) ? "arn:aws:secretsmanager:*:*:secret:" + text + "-??????"
                : "arn:aws:secretsmanager:*:*:secret:" + Pattern(text));

        /// <summary>
        /// A KMS key: a key ARN as written, a key ID as <c>arn:aws:kms:*:*:key/ID</c>. An alias (by
        /// name or ARN) is <c>*</c>: a key used through an alias is authorized on the key, which the code does not name.
        /// </summary>
        public static IReadOnlyList<string> KmsKey(ResolvedValue keyId) =>
            Each(keyId, text =>
                !ResolvedValue.IsComplete(text) || text.StartsWith("alias/", StringComparison.Ordinal) || text.Contains(":alias/") ? null
                : text.StartsWith("arn:", StringComparison.Ordinal) ? text
                : IsKeyId(text) ? "arn:aws:kms:*:*:key/" + text
                : null);

        /// <summary>A Lambda function: an ARN as written, a name as <c>arn:aws:lambda:*:*:function:NAME</c>.</summary>
        public static IReadOnlyList<string> LambdaFunction(ResolvedValue function) =>
            Each(function, text => text.StartsWith("arn:", StringComparison.Ordinal) ? ArnPattern(text)
                : StartsKnown(text) && text.IndexOf(':') < 0 ? "arn:aws:lambda:*:*:function:" + Pattern(text)
                : null);

        /// <summary>An IAM role ARN as written (<c>iam:PassRole</c> of a Lambda function's role).</summary>
        public static IReadOnlyList<string> RoleArn(ResolvedValue role) =>
            Each(role, text => text.StartsWith("arn:", StringComparison.Ordinal) && text.Contains(":role/") ? ArnPattern(text) : null);

        private static string? SqsArnOfUrl(string url)
        {
            if (!Uri.TryCreate(url.Replace(ResolvedValue.Hole.ToString(), "HOLE"), UriKind.Absolute, out _))
            {
                return null;
            }

            var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
            var parts = url.Substring(schemeEnd + 3).Split('/');
            if (parts.Length != 3)
            {
                return null;
            }

            var host = parts[0];
            string? region = null;
            if (host.StartsWith("sqs.", StringComparison.Ordinal) && host.EndsWith(".amazonaws.com", StringComparison.Ordinal))
            {
                region = host.Substring(4, host.Length - 4 - ".amazonaws.com".Length);
            }
            else if (host.EndsWith(".queue.amazonaws.com", StringComparison.Ordinal))
            {
                region = host.Substring(0, host.Length - ".queue.amazonaws.com".Length);
            }

            if (region is null || parts[2].Length == 0)
            {
                return null;
            }

            var name = Pattern(parts[2]);
            return name == "*" ? null : "arn:aws:sqs:" + Segment(region) + ":" + Segment(parts[1]) + ":" + name;
        }

        /// <summary>An ARN with unresolved parts: each colon-separated field with a hole becomes its known start and <c>*</c>.</summary>
        private static string? ArnPattern(string arn)
        {
            if (ResolvedValue.IsComplete(arn))
            {
                return arn;
            }

            var fields = arn.Split(':');
            var result = string.Join(":", fields.Select(Pattern));

            // The resource part must keep a known start, or the ARN says nothing.
            return fields.Length >= 6 && StartsKnown(fields[fields.Length - 1]) ? result : null;
        }

        /// <summary>A region or account field: <c>*</c> when any part of it is unresolved.</summary>
        private static string Segment(string text) => ResolvedValue.IsComplete(text) ? text : "*";

        private static bool StartsKnown(string text) => text.Length > 0 && text[0] != ResolvedValue.Hole;

        private static bool IsKeyId(string text) => text.Length == 36 && text.Count(c => c == '-') == 4 && text.All(c => c == '-' || Uri.IsHexDigit(c));
    }
}
