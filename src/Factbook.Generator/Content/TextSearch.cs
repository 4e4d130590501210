namespace Factbook.Generator.Content
{
    /// <summary>
    /// Finds, for many short texts at once, the longest start of each that occurs in one long text: the whole text
    /// when it occurs. One pass over the long text with an Aho–Corasick automaton of the short ones, so the time
    /// grows with the sum of the lengths, never with their product, whatever the content.
    /// </summary>
    internal static class TextSearch
    {
        /// <summary>For each pattern, the length of its longest prefix that occurs in <paramref name="text"/>.</summary>
        public static int[] LongestPrefixes(string text, IReadOnlyList<string> patterns) =>
            LongestPrefixMatches(text, patterns).Select(match => match.Length).ToArray();

        /// <summary>
        /// For each pattern, its longest prefix that occurs in <paramref name="text"/>: its length, and where in the
        /// text one of its occurrences ends (0 for the empty prefix).
        /// </summary>
        public static PrefixMatch[] LongestPrefixMatches(string text, IReadOnlyList<string> patterns, CancellationToken cancellationToken = default)
        {
            var trie = new Trie();
            foreach (var pattern in patterns)
            {
                trie.Add(pattern);
            }

            var endsAt = EarliestEnds(text, trie, cancellationToken);
            var matches = new PrefixMatch[patterns.Count];
            for (var p = 0; p < patterns.Count; p++)
            {
                var node = 0;
                var length = 0;
                while (length < patterns[p].Length && trie.TryStep(node, patterns[p][length], out var next) && endsAt[next] >= 0)
                {
                    node = next;
                    length++;
                }

                matches[p] = new PrefixMatch(length, endsAt[node]);
            }

            return matches;
        }

        /// <summary>For each node of the trie, where in the text its prefix first ends, or -1 where it never occurs: one pass.</summary>
        private static int[] EarliestEnds(string text, Trie trie, CancellationToken cancellationToken)
        {
            var order = trie.LinkFailures();
            var endsAt = new int[trie.Count];
            for (var i = 0; i < endsAt.Length; i++)
            {
                endsAt[i] = -1;
            }

            endsAt[0] = 0;
            var state = 0;
            for (var position = 0; position < text.Length; position++)
            {
                if ((position & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested(); // a text of millions of characters is searched in one pass
                }

                var c = text[position];
                int next;
                while (!trie.TryStep(state, c, out next) && state != 0)
                {
                    state = trie.Failure[state];
                }

                state = trie.TryStep(state, c, out next) ? next : 0;
                if (endsAt[state] < 0)
                {
                    endsAt[state] = position + 1;
                }
            }

            // Whatever ends at a position ends there with every shorter suffix of it that is also a prefix: spread
            // each mark down its failure links, deepest first, so every occurring prefix is marked.
            for (var i = order.Count - 1; i > 0; i--)
            {
                var node = order[i];
                // The earliest end wins, so where a prefix is shown never depends on the other patterns.
                var failure = trie.Failure[node];
                if (endsAt[node] >= 0 && (endsAt[failure] < 0 || endsAt[node] < endsAt[failure]))
                {
                    endsAt[failure] = endsAt[node];
                }
            }

            return endsAt;
        }

        /// <summary>A pattern's longest prefix found in the text: its length, and the text position one occurrence ends at.</summary>
        public readonly struct PrefixMatch
        {
            public PrefixMatch(int length, int end)
            {
                Length = length;
                End = end;
            }

            public int Length { get; }

            public int End { get; }
        }

        /// <summary>
        /// The patterns' prefixes as numbered nodes, in three flat lists and one map of edges: no object per node,
        /// as a node is made for every character of every distinct pattern.
        /// </summary>
        private sealed class Trie
        {
            private readonly Dictionary<long, int> _edges = new();
            private readonly List<int> _parents = new() { 0 };
            private readonly List<char> _labels = new() { '\0' };
            private readonly List<int> _depths = new() { 0 };

            public int Count => _parents.Count;

            public int[] Failure { get; private set; } = System.Array.Empty<int>();

            public void Add(string pattern)
            {
                var node = 0;
                foreach (var c in pattern)
                {
                    if (!TryStep(node, c, out var next))
                    {
                        next = _parents.Count;
                        _parents.Add(node);
                        _labels.Add(c);
                        _depths.Add(_depths[node] + 1);
                        _edges.Add(Key(node, c), next);
                    }

                    node = next;
                }
            }

            public bool TryStep(int node, char c, out int next) => _edges.TryGetValue(Key(node, c), out next);

            /// <summary>
            /// Links each node to its longest proper suffix in the trie, shallow nodes first (a node's link is found
            /// from its parent's); returns the nodes in that order.
            /// </summary>
            public List<int> LinkFailures()
            {
                Failure = new int[Count];
                var order = Enumerable.Range(0, Count).OrderBy(node => _depths[node]).ToList();
                foreach (var node in order)
                {
                    var parent = _parents[node];
                    if (node == 0 || parent == 0)
                    {
                        continue; // the root, and single characters, fall back to the root
                    }

                    var label = _labels[node];
                    var fallback = Failure[parent];
                    int target;
                    while (!TryStep(fallback, label, out target) && fallback != 0)
                    {
                        fallback = Failure[fallback];
                    }

                    Failure[node] = TryStep(fallback, label, out target) ? target : 0;
                }

                return order;
            }

            private static long Key(int node, char c) => ((long)node << 16) | c;
        }
    }
}
