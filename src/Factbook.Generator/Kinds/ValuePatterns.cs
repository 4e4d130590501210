using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Factbook.Generator.Kinds
{
    /// <summary>
    /// <c>pattern</c> on a string field: a .NET regular expression each value must match. A pattern is content the
    /// build runs, so it must not hang it: the regex engine that cannot backtrack is used where the runtime has it
    /// (.NET 7 and later), and a pattern it cannot take is refused there. On older runtimes every match has a time
    /// limit, and a pattern that runs out of time once in a file is not tried again in that file.
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

            if (Of(pattern) is null)
            {
                return "is not a valid .NET regular expression: " + ParseError(pattern);
            }

            // Where the engine that cannot backtrack exists, a pattern it refuses (a backreference, a lookaround) is
            // refused too: with a time limit instead, whether a value is checked would depend on the machine's load.
            return HasNonBacktracking && !TakesNonBacktracking(pattern)
                ? "uses a backreference or a lookaround, which can make matching take very long; write it without them"
                : null;
        }

        private static readonly bool HasNonBacktracking = TakesNonBacktracking("a");

        private static bool TakesNonBacktracking(string pattern)
        {
            try
            {
                _ = new Regex(pattern, RegexOptions.CultureInvariant | NonBacktracking, Limit);
                return true;
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException)
            {
                return false;
            }
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
