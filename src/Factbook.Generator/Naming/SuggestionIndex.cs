using System;
using System.Collections.Generic;
using System.Linq;

namespace Factbook.Generator.Naming
{
    /// <summary>
    /// "Did you mean" over one set of names, fast enough to ask thousands of times: candidates are sorted and
    /// lowercased once, a candidate whose length differs by more than the allowed edits is skipped, the edit
    /// distance is computed in a band that stops as soon as it cannot win, and answers are remembered per
    /// misspelling (renaming an id that 5,000 entries refer to asks the same question 5,000 times).
    /// Safe to share between threads (the analyzer asks from several).
    /// </summary>
    internal sealed class SuggestionIndex
    {
        /// <summary>Misspellings remembered; past this, answers are computed each time.</summary>
        private const int MemoLimit = 10_000;

        private readonly string[] _candidates;
        private readonly string[] _lowered;
        private readonly Dictionary<string, string?> _memo = new(StringComparer.Ordinal);

        public SuggestionIndex(IEnumerable<string> candidates)
        {
            _candidates = candidates.Distinct(StringComparer.Ordinal).OrderBy(candidate => candidate, StringComparer.Ordinal).ToArray();
            _lowered = _candidates.Select(candidate => candidate.ToLowerInvariant()).ToArray();
        }

        /// <summary>How many edits still read as a typo of a name this long: a third of it, from 2 to 8.</summary>
        public static int AllowedEdits(int length) => Math.Max(2, Math.Min(length / 3, 8));

        /// <summary>The candidate closest to <paramref name="text"/>, if it is close enough to be a likely typo.</summary>
        public string? Closest(string text)
        {
            lock (_memo)
            {
                if (_memo.TryGetValue(text, out var known))
                {
                    return known;
                }
            }

            var closest = Compute(text);
            lock (_memo)
            {
                if (_memo.Count < MemoLimit)
                {
                    _memo[text] = closest;
                }
            }

            return closest;
        }

        /// <summary>" (did you mean 'x'?)" or nothing; never the name already written.</summary>
        public string Suggestion(string text) =>
            Closest(text) is { } closest && !string.Equals(closest, text, StringComparison.Ordinal) ? " (did you mean '" + closest + "'?)" : string.Empty;

        private string? Compute(string text)
        {
            var lowered = text.ToLowerInvariant();
            string? best = null;
            var bestDistance = int.MaxValue;
            for (var i = 0; i < _candidates.Length; i++)
            {
                // Only a strictly closer candidate can win: candidates are in order, and the first of equals stays.
                var limit = Math.Min(AllowedEdits(_candidates[i].Length), bestDistance - 1);
                if (limit < 0 || Math.Abs(_lowered[i].Length - lowered.Length) > limit)
                {
                    continue;
                }

                var distance = BoundedDistance(lowered, _lowered[i], limit);
                if (distance <= limit)
                {
                    best = _candidates[i];
                    bestDistance = distance;
                    if (distance == 0)
                    {
                        break;
                    }
                }
            }

            return best;
        }

        /// <summary>The edit distance of <paramref name="a"/> and <paramref name="b"/>, or <c>limit + 1</c> once it is sure to exceed <paramref name="limit"/>.</summary>
        private static int BoundedDistance(string a, string b, int limit)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            var outside = limit + 1;
            for (var j = 0; j <= b.Length; j++)
            {
                previous[j] = j <= limit ? j : outside;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                // Only cells within `limit` of the diagonal can stay within the limit.
                var from = Math.Max(1, i - limit);
                var to = Math.Min(b.Length, i + limit);
                current[0] = i <= limit ? i : outside;
                if (from > 1)
                {
                    current[from - 1] = outside;
                }

                var rowMinimum = current[0];
                for (var j = from; j <= to; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var value = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                    current[j] = Math.Min(value, outside);
                    rowMinimum = Math.Min(rowMinimum, current[j]);
                }

                if (to < b.Length)
                {
                    current[to + 1] = outside;
                }

                if (rowMinimum > limit)
                {
                    return outside;
                }

                (previous, current) = (current, previous);
            }

            return Math.Min(previous[b.Length], outside);
        }
    }
}
