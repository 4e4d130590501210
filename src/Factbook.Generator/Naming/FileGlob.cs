using System;

namespace Factbook.Generator.Naming
{
    /// <summary>
    /// A file pattern of the schema's <c>files</c> key, matched against a path relative to the schema's folder with
    /// '/' separators: <c>*</c> is any text within one folder name, <c>?</c> one character (a character beyond U+FFFF
    /// too), <c>**</c> as a whole folder name any number of folders (<c>gems/**/*.yml</c>), and within a name the
    /// same as <c>*</c>. Matching is by ordinal comparison, so it is the same on every OS, and
    /// remembers each (pattern, path) position it has settled, so no pattern takes more than their product.
    /// </summary>
    internal sealed class FileGlob
    {
        private readonly string _pattern;

        private FileGlob(string pattern) => _pattern = pattern;

        /// <summary>The folder the pattern starts in (<c>gems/</c> for <c>gems/**/*.yml</c>), where path ids start.</summary>
        public string Base
        {
            get
            {
                var wildcard = _pattern.IndexOfAny(new[] { '*', '?' });
                var prefix = wildcard < 0 ? _pattern : _pattern.Substring(0, wildcard);
                return prefix.Substring(0, prefix.LastIndexOf('/') + 1);
            }
        }

        /// <summary>The pattern, or null with the reason it is refused.</summary>
        public static FileGlob? Parse(string pattern, out string? problem)
        {
            problem = pattern.Length == 0 ? "is empty"
                : pattern.IndexOf('\\') >= 0 ? "uses '\\'; write folders with '/'"
                : pattern.StartsWith("/", StringComparison.Ordinal) ? "starts with '/'; write it relative to the schema file's folder"
                : Array.Exists(pattern.Split('/'), part => part == "..") ? "leaves the schema file's folder with '..'"
                : pattern.IndexOf("***", StringComparison.Ordinal) >= 0 ? "has '***'; use '**' for any folders"
                : pattern.Length > MaxLength ? "is longer than " + MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters"
                : null;
            return problem is null ? new FileGlob(pattern.StartsWith("./", StringComparison.Ordinal) ? pattern.Substring(2) : pattern) : null;
        }

        /// <summary>Patterns longer than this are refused: matching costs up to their length times the path's.</summary>
        public const int MaxLength = 500;

        public bool Matches(string relativePath) => new Matcher(_pattern, relativePath).Match(0, 0);

        private sealed class Matcher
        {
            private readonly string pattern;
            private readonly string path;
            private readonly bool?[] settled;

            public Matcher(string pattern, string path)
            {
                this.pattern = pattern;
                this.path = path;
                settled = new bool?[(pattern.Length + 1) * (path.Length + 1)];
            }

            public bool Match(int p, int s)
            {
                var index = (p * (path.Length + 1)) + s;
                return settled[index] ??= MatchFrom(p, s);
            }

            private bool MatchFrom(int p, int s)
            {
                while (p < pattern.Length)
                {
                    var c = pattern[p];
                    if (c == '*' && p + 1 < pattern.Length && pattern[p + 1] == '*' && (p == 0 || pattern[p - 1] == '/') && (p + 2 == pattern.Length || pattern[p + 2] == '/'))
                    {
                        // '**/' matches zero or more whole folders; a trailing '**' matches the rest.
                        var rest = p + 2 < pattern.Length && pattern[p + 2] == '/' ? p + 3 : p + 2;
                        if (rest >= pattern.Length)
                        {
                            return true;
                        }

                        for (var start = s; start <= path.Length; start++)
                        {
                            if ((start == s || path[start - 1] == '/') && Match(rest, start))
                            {
                                return true;
                            }
                        }

                        return false;
                    }

                    if (c == '*')
                    {
                        while (p + 1 < pattern.Length && pattern[p + 1] == '*')
                        {
                            p++; // '**' within a folder name: the same as '*'
                        }

                        for (var end = s; end <= path.Length; end++)
                        {
                            if (Match(p + 1, end))
                            {
                                return true;
                            }

                            if (end < path.Length && path[end] == '/')
                            {
                                break;
                            }
                        }

                        return false;
                    }

                    if (s >= path.Length || (c == '?' ? path[s] == '/' : path[s] != c))
                    {
                        return false;
                    }

                    if (c == '?' && char.IsHighSurrogate(path[s]) && s + 1 < path.Length && char.IsLowSurrogate(path[s + 1]))
                    {
                        s++; // one character, in two UTF-16 units
                    }

                    p++;
                    s++;
                }

                return s == path.Length;
            }
        }
    }
}
