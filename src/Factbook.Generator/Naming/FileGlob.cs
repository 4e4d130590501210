namespace Factbook.Generator.Naming
{
    /// <summary>
    /// A file pattern of the schema's <c>files</c> key, matched against a path relative to the schema's folder with
    /// '/' separators: <c>*</c> is any text within one folder name, <c>?</c> one character (a character beyond U+FFFF
    /// too), <c>**</c> as a whole folder name any number of folders (<c>gems/**/*.yml</c>), and within a name the
    /// same as <c>*</c>. Matching is by ordinal comparison, so it is the same on every OS. A path is first compared
    /// with the pattern's literal start and end, which settles most paths at once; the rest are matched folder name
    /// by folder name (<see cref="Matcher"/>), and a pattern has at most <see cref="MaxWildcards"/> wildcards.
    /// </summary>
    internal sealed class FileGlob
    {
        /// <summary>Patterns longer than this are refused: matching costs up to their length times the path's.</summary>
        public const int MaxLength = 500;

        /// <summary>More wildcards than this are refused: each one multiplies what a match may have to try.</summary>
        public const int MaxWildcards = 8;

        private readonly string _pattern;

        /// <summary>The pattern's text before its first wildcard, and after its last: every path it matches starts and ends so.</summary>
        private readonly string _prefix;
        private readonly string _suffix;
        private readonly bool _hasWildcard;

        /// <summary>The pattern's folder names below <see cref="Base"/>; <c>**</c> alone is any number of folders.</summary>
        private readonly string[] _segments;

        private FileGlob(string pattern)
        {
            _pattern = pattern;
            var first = pattern.IndexOfAny(new[] { '*', '?' });
            var last = pattern.LastIndexOfAny(new[] { '*', '?' });
            _hasWildcard = first >= 0;
            _prefix = first < 0 ? pattern : pattern.Substring(0, first);
            // After '**/' the '/' is not certain: '**/' also matches no folder at all ("x/**/y" matches "x/y").
            _suffix = last < 0 ? string.Empty : pattern.Substring(last + 1).TrimStart('/');
            _baseLength = _prefix.LastIndexOf('/') + 1;
            _segments = pattern.Substring(_baseLength).Split('/');
        }

        /// <summary>The length of <see cref="Base"/>.</summary>
        private readonly int _baseLength;

        /// <summary>The folder the pattern starts in (<c>gems/</c> for <c>gems/**/*.yml</c>), where path ids start.</summary>
        public string Base => _pattern.Substring(0, _baseLength);

        /// <summary>The pattern, or null with the reason it is refused.</summary>
        public static FileGlob? Parse(string pattern, out string? problem)
        {
            problem = pattern.Length == 0 ? "is empty"
                : pattern.IndexOf('\\') >= 0 ? "uses '\\'; write folders with '/'"
                : pattern.StartsWith("/", StringComparison.Ordinal) ? "starts with '/'; write it relative to the schema file's folder"
                : Array.Exists(pattern.Split('/').Skip(LeadingUps(pattern)).ToArray(), part => part == "..") ? "has '..' inside it; '../' may only start a pattern, to reach files beside the schema's folder ('../.github/workflows/*.yml')"
                : LeadingUps(pattern) * 3 == pattern.Length ? "names only folders above; add the files' pattern after '../' ('../data/*.yml')"
                : LeadingUps(pattern) > MaxUps ? "goes up more than " + MaxUps.ToString(System.Globalization.CultureInfo.InvariantCulture) + " folders with '../'"
                : pattern.IndexOf("***", StringComparison.Ordinal) >= 0 ? "has '***'; use '**' for any folders"
                : pattern.Length > MaxLength ? "is longer than " + MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters"
                : Wildcards(pattern) > MaxWildcards ? "has more than " + MaxWildcards.ToString(System.Globalization.CultureInfo.InvariantCulture) + " wildcards ('*' and '?'); a folder of files needs a few ('gems/**/*.yml')"
                : null;
            return problem is null ? new FileGlob(pattern.StartsWith("./", StringComparison.Ordinal) ? pattern.Substring(2) : pattern) : null;
        }

        /// <summary>More leading <c>../</c> than this are refused: content sits near its schema, within its project.</summary>
        public const int MaxUps = 8;

        /// <summary>How many <c>../</c> start the pattern: each is a folder above the schema file's.</summary>
        public static int LeadingUps(string pattern)
        {
            var ups = 0;
            while (string.CompareOrdinal(pattern, ups * 3, "../", 0, 3) == 0)
            {
                ups++;
            }

            return ups;
        }

        private static int Wildcards(string pattern)
        {
            var count = 0;
            foreach (var c in pattern)
            {
                if (c is '*' or '?')
                {
                    count++;
                }
            }

            return count;
        }

        public bool Matches(string relativePath) => Matches(relativePath, out _);

        /// <param name="steps">How many characters and folders the match compared or tried: tests bound it.</param>
        internal bool Matches(string relativePath, out long steps)
        {
            steps = 0;
            // Most paths differ in the literal start or end, which are compared before anything is allocated.
            if (!_hasWildcard)
            {
                return string.Equals(relativePath, _pattern, StringComparison.Ordinal);
            }

            if (!relativePath.StartsWith(_prefix, StringComparison.Ordinal) || !relativePath.EndsWith(_suffix, StringComparison.Ordinal))
            {
                return false;
            }

            // The folders of the literal start are settled: the match starts below them.
            var matcher = new Matcher(_segments, relativePath.Substring(_baseLength).Split('/'));
            var matched = matcher.Match(0, 0);
            steps = matcher.Steps;
            return matched;
        }

        /// <summary>
        /// One match, folder name by folder name: a name against a name in one pass that returns to its last '*'
        /// (time bounded by the two lengths' product, and linear for ordinary names), and <c>**</c> against any
        /// number of folders, remembering what each (pattern folder, path folder) pair settled.
        /// </summary>
        private sealed class Matcher
        {
            private readonly string[] patterns;
            private readonly string[] names;
            private bool?[]? settled;

            public Matcher(string[] patterns, string[] names)
            {
                this.patterns = patterns;
                this.names = names;
            }

            public long Steps { get; private set; }

            public bool Match(int p, int n)
            {
                Steps++;
                if (p == patterns.Length)
                {
                    return n == names.Length;
                }

                if (patterns[p] != "**")
                {
                    return n < names.Length && MatchesName(patterns[p], names[n]) && Match(p + 1, n + 1);
                }

                if (p + 1 == patterns.Length)
                {
                    return true; // a trailing '**' matches the rest
                }

                settled ??= new bool?[(patterns.Length + 1) * (names.Length + 1)];
                var index = (p * (names.Length + 1)) + n;
                if (settled[index] is { } known)
                {
                    return known;
                }

                var result = false;
                for (var start = n; start <= names.Length && !result; start++)
                {
                    result = Match(p + 1, start); // '**/' matches zero or more whole folders
                }

                settled[index] = result;
                return result;
            }

            /// <summary><c>*</c> any text within the name (<c>**</c> inside a name too), <c>?</c> one character, anything else itself.</summary>
            private bool MatchesName(string pattern, string name)
            {
                int p = 0, s = 0, star = -1, resume = 0;
                while (s < name.Length)
                {
                    Steps++;
                    if (p < pattern.Length && pattern[p] == '*')
                    {
                        star = p++;
                        resume = s;
                    }
                    else if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == name[s]))
                    {
                        s += pattern[p] == '?' && IsPair(name, s) ? 2 : 1; // '?' is one character, in one or two UTF-16 units
                        p++;
                    }
                    else if (star >= 0)
                    {
                        // Back to the last '*', which takes one more character.
                        resume += IsPair(name, resume) ? 2 : 1;
                        s = resume;
                        p = star + 1;
                    }
                    else
                    {
                        return false;
                    }
                }

                while (p < pattern.Length && pattern[p] == '*')
                {
                    p++;
                }

                return p == pattern.Length;
            }

            private static bool IsPair(string text, int i) =>
                i + 1 < text.Length && char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]);
        }
    }
}
