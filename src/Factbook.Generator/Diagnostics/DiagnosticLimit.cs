namespace Factbook.Generator.Diagnostics
{
    /// <summary>
    /// A cap on how many problems are reported: two megabytes of content could otherwise give a million
    /// errors, which no one reads and which cost the IDE more than the build. The first ones of each file
    /// are kept, then one FB0036 says how many more there are.
    /// </summary>
    internal static class DiagnosticLimit
    {
        public const int PerFile = 200;

        public const int PerBuild = 5_000;

        /// <summary>At most <see cref="PerFile"/> problems of each file, then one FB0036 per file that had more.</summary>
        public static List<DiagnosticInfo> PerFileOf(IEnumerable<DiagnosticInfo> diagnostics)
        {
            var byFile = new Dictionary<string, List<DiagnosticInfo>>(System.StringComparer.Ordinal);
            var order = new List<string>();
            foreach (var diagnostic in diagnostics)
            {
                if (!byFile.TryGetValue(diagnostic.Path, out var list))
                {
                    byFile[diagnostic.Path] = list = new List<DiagnosticInfo>();
                    order.Add(diagnostic.Path);
                }

                list.Add(diagnostic);
            }

            var kept = new List<DiagnosticInfo>();
            foreach (var path in order)
            {
                var list = byFile[path];
                kept.AddRange(path.Length == 0 ? list : Keep(list, PerFile, path, "in this file"));
            }

            return kept;
        }

        /// <summary>At most <see cref="PerBuild"/> problems in all, then one FB0036 without a location.</summary>
        public static List<DiagnosticInfo> InAll(List<DiagnosticInfo> diagnostics) =>
            Keep(diagnostics, PerBuild, string.Empty, "in other files");

        /// <summary>
        /// The first <paramref name="limit"/> problems, errors before warnings so the build never passes on
        /// hidden errors, in their original order; then how many were left out.
        /// </summary>
        private static List<DiagnosticInfo> Keep(List<DiagnosticInfo> diagnostics, int limit, string path, string where)
        {
            if (diagnostics.Count <= limit)
            {
                return diagnostics;
            }

            var keep = new bool[diagnostics.Count];
            var left = limit;
            foreach (var errors in new[] { true, false })
            {
                for (var i = 0; i < diagnostics.Count && left > 0; i++)
                {
                    if (diagnostics[i].Definition.IsError == errors)
                    {
                        keep[i] = true;
                        left--;
                    }
                }
            }

            var kept = new List<DiagnosticInfo>(limit + 1);
            for (var i = 0; i < diagnostics.Count; i++)
            {
                if (keep[i])
                {
                    kept.Add(diagnostics[i]);
                }
            }

            kept.Add(More(path, diagnostics.Count - limit, where));
            return kept;
        }

        private static DiagnosticInfo More(string path, int count, string where) =>
            DiagnosticInfo.Create(FactbookDiagnostics.MoreProblems, path, SourceSpan.FileStart, count.ToString(CultureInfo.InvariantCulture), where);
    }
}
