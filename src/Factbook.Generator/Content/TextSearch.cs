using System.Collections.Generic;

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
        public static int[] LongestPrefixes(string text, IReadOnlyList<string> patterns)
        {
            var trie = new Trie();
            foreach (var pattern in patterns)
            {
                trie.Add(pattern);
            }

            var order = trie.LinkFailures();
            var seen = new bool[trie.Count];
            var state = 0;
            foreach (var c in text)
            {
                int next;
                while (!trie.TryStep(state, c, out next) && state != 0)
                {
                    state = trie.Failure[state];
                }

                state = trie.TryStep(state, c, out next) ? next : 0;
                seen[state] = true;
            }

            // Whatever ends at a position ends there with every shorter suffix of it that is also a prefix: spread
            // each mark down its failure links, deepest first, so every occurring prefix is marked.
            for (var i = order.Count - 1; i > 0; i--)
            {
                var node = order[i];
                if (seen[node])
                {
                    seen[trie.Failure[node]] = true;
                }
            }

            var lengths = new int[patterns.Count];
            for (var p = 0; p < patterns.Count; p++)
            {
                var node = 0;
                var length = 0;
                while (length < patterns[p].Length && trie.TryStep(node, patterns[p][length], out var next) && seen[next])
                {
                    node = next;
                    length++;
                }

                lengths[p] = length;
            }

            return lengths;
        }

        private sealed class Trie
        {
            private readonly Dictionary<long, int> _edges = new();
            private readonly List<List<int>> _children = new() { new List<int>() };
            private readonly List<char> _labels = new() { '\0' };

            public int Count => _children.Count;

            public int[] Failure { get; private set; } = System.Array.Empty<int>();

            public void Add(string pattern)
            {
                var node = 0;
                foreach (var c in pattern)
                {
                    if (!TryStep(node, c, out var next))
                    {
                        next = _children.Count;
                        _children.Add(new List<int>());
                        _labels.Add(c);
                        _children[node].Add(next);
                        _edges.Add(Key(node, c), next);
                    }

                    node = next;
                }
            }

            public bool TryStep(int node, char c, out int next) => _edges.TryGetValue(Key(node, c), out next);

            /// <summary>Links each node to its longest proper suffix in the trie; returns the nodes in breadth-first order.</summary>
            public List<int> LinkFailures()
            {
                Failure = new int[Count];
                var order = new List<int>(Count) { 0 };
                for (var i = 0; i < order.Count; i++)
                {
                    var node = order[i];
                    foreach (var child in _children[node])
                    {
                        var label = _labels[child];
                        var fallback = Failure[node];
                        int target = 0;
                        while (node != 0 && !TryStep(fallback, label, out target) && fallback != 0)
                        {
                            fallback = Failure[fallback];
                        }

                        Failure[child] = node != 0 && TryStep(fallback, label, out target) ? target : 0;
                        order.Add(child);
                    }
                }

                return order;
            }

            private static long Key(int node, char c) => ((long)node << 16) | c;
        }
    }
}
