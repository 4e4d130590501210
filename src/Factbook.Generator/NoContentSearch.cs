using Microsoft.CodeAnalysis.Diagnostics;

namespace Factbook.Generator
{
    /// <summary>Where the build looked for content, for the warning that it found none (FB0035).</summary>
    internal static class NoContentSearch
    {
        /// <summary>Where the package's glob searched, and how to change it.</summary>
        public static (string Where, string Fix) Describe(AnalyzerConfigOptions global)
        {
            global.TryGetValue("build_property.FactbookIncludeContent", out var include);
            if (string.Equals(include?.Trim(), "false", System.StringComparison.OrdinalIgnoreCase))
            {
                return ("among the project's AdditionalFiles items", "; FactbookIncludeContent is false, so add the schema and content files as AdditionalFiles items");
            }

            if (!global.TryGetValue("build_property.FactbookContentRoot", out var root) || string.IsNullOrWhiteSpace(root))
            {
                return ("among the project's AdditionalFiles items", "; add the schema and content files as AdditionalFiles items");
            }

            global.TryGetValue("build_property.ProjectDir", out var projectDirectory);
            return (
                "under '" + Combine(projectDirectory ?? string.Empty, root.Trim()) + "'",
                "; put the schema and content there, or set the MSBuild property FactbookContentRoot to the folder that holds them (folder names are case-sensitive on Linux and macOS)");
        }

        public static EquatableArray<DiagnosticInfo> Report((string Where, string Fix) search) =>
            new(new[] { DiagnosticInfo.Create(FactbookDiagnostics.NoContent, string.Empty, SourceSpan.FileStart, search.Where, search.Fix) });

        /// <summary>Joins by hand: <c>Path.Combine</c> throws on characters some file systems forbid.</summary>
        private static string Combine(string directory, string relative)
        {
            var isRooted = relative.StartsWith("/", System.StringComparison.Ordinal) || relative.StartsWith("\\", System.StringComparison.Ordinal) || (relative.Length > 1 && relative[1] == ':');
            if (isRooted || directory.Length == 0)
            {
                return relative;
            }

            var separator = directory.IndexOf('\\') >= 0 && directory.IndexOf('/') < 0 ? "\\" : "/";
            return directory.TrimEnd('/', '\\') + separator + relative;
        }
    }
}
