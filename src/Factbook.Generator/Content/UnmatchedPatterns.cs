namespace Factbook.Generator.Content
{
    /// <summary>
    /// A <c>files</c> pattern that matches no file of the build leaves its type empty without a word; it is said at
    /// the pattern (FB0048), with the folder searched and the nearest folder that would match (<c>gem/**</c> →
    /// <c>gems/**</c>). Runs over the paths alone, so only adding, removing or renaming a file re-runs it.
    /// </summary>
    internal static class UnmatchedPatterns
    {
        public static EquatableArray<DiagnosticInfo> Find(SchemaSpec schema, IReadOnlyList<string> contentPaths, CancellationToken cancellationToken = default)
        {
            var diagnostics = new List<DiagnosticInfo>();
            var belowRoot = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var type in schema.Types.Where(type => type.Binding.IsBound && type.Binding.FileSpans.Count == type.Binding.Files.Count))
            {
                var binding = type.Binding;
                if (!belowRoot.TryGetValue(binding.Root, out var relatives))
                {
                    belowRoot[binding.Root] = relatives = contentPaths
                        .Select(path => path.Replace('\\', '/'))
                        .Where(path => path.StartsWith(binding.Root, StringComparison.Ordinal))
                        .Select(path => path.Substring(binding.Root.Length))
                        .OrderBy(path => path, StringComparer.Ordinal)
                        .ToList();
                }

                for (var i = 0; i < binding.Files.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var pattern = binding.Files[i];
                    if (FileGlob.Parse(pattern, out _) is not { } glob || relatives.Any(glob.Matches))
                    {
                        continue;
                    }

                    diagnostics.Add(DiagnosticInfo.Create(
                        FactbookDiagnostics.PatternMatchesNothing,
                        binding.SchemaPath,
                        binding.FileSpans[i],
                        MessageText.Quote(binding.WrittenFiles.Count == binding.Files.Count ? binding.WrittenFiles[i] : pattern),
                        type.Name,
                        MessageText.QuoteEnd(binding.Root + glob.Base),
                        Suggestion(pattern, glob.Base, relatives)));
                }
            }

            return diagnostics.ToEquatableArray();
        }

        /// <summary>"; did you mean 'gems/**/*.yml'? It reads 1,234 files", for the folder a typo away from the pattern's.</summary>
        private static string Suggestion(string pattern, string baseFolder, List<string> relatives)
        {
            if (baseFolder.Length == 0)
            {
                return string.Empty;
            }

            var depth = baseFolder.Count(c => c == '/');
            var folders = new HashSet<string>(StringComparer.Ordinal);
            foreach (var relative in relatives)
            {
                var end = -1;
                for (var d = 0; d < depth && end + 1 < relative.Length; d++)
                {
                    end = relative.IndexOf('/', end + 1);
                    if (end < 0)
                    {
                        break;
                    }
                }

                if (end > 0)
                {
                    folders.Add(relative.Substring(0, end));
                }
            }

            var written = baseFolder.TrimEnd('/');
            var closest = new SuggestionIndex(folders).Closest(written);
            if (closest is null || closest == written)
            {
                return string.Empty;
            }

            var suggested = closest + "/" + pattern.Substring(baseFolder.Length);
            var count = FileGlob.Parse(suggested, out _) is { } glob ? relatives.Count(glob.Matches) : 0;
            return count == 0 ? string.Empty
                : "; did you mean '" + MessageText.Quote(suggested) + "'? It reads " + count.ToString("N0", CultureInfo.InvariantCulture) + (count == 1 ? " file" : " files");
        }

        /// <summary>
        /// One FB0039 for the build when more than two files are unread: a type whose pattern misses would otherwise
        /// leave every file it meant with a warning of its own (1,234 for a gem advisory database). The first file
        /// keeps it and counts the others, with the folder they share; two are still named one by one.
        /// </summary>
        public static IEnumerable<DiagnosticInfo> FoldUnreadFiles(IEnumerable<DiagnosticInfo> diagnostics)
        {
            var all = diagnostics.ToList();
            var unread = all.Where(diagnostic => diagnostic.Id == FactbookDiagnostics.UnreadFile.Id).OrderBy(diagnostic => diagnostic.Path, StringComparer.Ordinal).ToList();
            if (unread.Count <= 2)
            {
                return all;
            }

            var others = unread.Count - 1;
            var shared = unread.Skip(1).Select(diagnostic => TypeBindingReader.Folder(diagnostic.Path)).Aggregate(CommonStart);
            var folded = unread[0] with
            {
                Consequence = "; nor are " + others.ToString("N0", CultureInfo.InvariantCulture) + (others == 1 ? " other file" : " other files") +
                    (shared.Length > 0 ? " under '" + MessageText.QuoteEnd(shared) + "'" : string.Empty),
            };
            var dropped = new HashSet<DiagnosticInfo>(unread.Skip(1));
            return all.Where(diagnostic => !dropped.Contains(diagnostic)).Select(diagnostic => diagnostic == unread[0] ? folded : diagnostic);
        }

        /// <summary>The longest start two folders share, ending at a '/'.</summary>
        private static string CommonStart(string a, string b)
        {
            var length = 0;
            while (length < a.Length && length < b.Length && a[length] == b[length])
            {
                length++;
            }

            return a.Substring(0, a.LastIndexOf('/', Math.Max(0, length - 1)) + 1);
        }
    }
}
