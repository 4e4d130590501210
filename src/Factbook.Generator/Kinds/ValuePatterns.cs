using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Factbook.Generator.Kinds
{
    /// <summary>
    /// <c>pattern</c> on a string field: a .NET regular expression each value must match. A pattern is content the
    /// build runs, so it must not hang it: the regex engine that cannot backtrack is used where the runtime has it
    /// (.NET 7 and later) and the pattern allows it; otherwise every match has a time limit, and a pattern that
    /// runs out of time once in a file is not tried again in that file.
    /// </summary>
    internal static class ValuePatterns
    {
        public const int MaxLength = 1_000;

        private static readonly TimeSpan Limit = TimeSpan.FromMilliseconds(100);

        // RegexOptions.NonBacktracking, which netstandard2.0 does not name; older runtimes refuse it.
        private const RegexOptions NonBacktracking = (RegexOptions)1024;

        private static readonly ConcurrentDictionary<string, Regex?> Compiled = new(StringComparer.Ordinal);

        /// <summary>Why the text is no pattern the build can use ("is not a valid .NET regular expression: …"), or null.</summary>
        public static string? Problem(string pattern)
        {
            if (pattern.Length > MaxLength)
            {
                return "is longer than " + MaxLength.ToString(CultureInfo.InvariantCulture) + " characters";
            }

            return Of(pattern) is null ? "is not a valid .NET regular expression: " + ParseError(pattern) : null;
        }

        /// <summary>Whether the value matches: true, false, or null when the match ran out of time.</summary>
        public static bool? Matches(string pattern, string value)
        {
            if (Of(pattern) is not { } regex)
            {
                return true;
            }

            try
            {
                return regex.IsMatch(value);
            }
            catch (RegexMatchTimeoutException)
            {
                return null;
            }
        }

        private static Regex? Of(string pattern) => Compiled.GetOrAdd(pattern, Create);

        private static Regex? Create(string pattern)
        {
            foreach (var options in new[] { RegexOptions.CultureInvariant | NonBacktracking, RegexOptions.CultureInvariant })
            {
                try
                {
                    return new Regex(pattern, options, Limit);
                }
                catch (Exception e) when (e is ArgumentException or NotSupportedException)
                {
                    // Not a pattern, or one the non-backtracking engine does not take (backreferences, lookarounds), or a runtime without it.
                }
            }

            return null;
        }

        private static string ParseError(string pattern)
        {
            try
            {
                _ = new Regex(pattern, RegexOptions.CultureInvariant, Limit);
                return "unknown";
            }
            catch (ArgumentException e)
            {
                return e.Message;
            }
        }
    }
}
