namespace Factbook.Generator.Kinds
{
    /// <summary>
    /// <c>file</c>: a text file among the project's <c>AdditionalFiles</c>, named by its file name or the end of
    /// its path (<c>source-article.txt</c>, <c>texts/source-article.txt</c>). Fields marked <c>verbatim_in</c> are
    /// checked against the text of the file their entry's document names (<see cref="Content.VerbatimCheck"/>).
    /// </summary>
    internal sealed class FileKind : ScalarKind
    {
        public override string Keyword => "file";

        public override string Expectation => "the name of a file among the project's AdditionalFiles";

        public override string? Parse(string text) => Problem(text) is null ? text : null;

        public override string Explain(string text) => Problem(text) is { } problem ? "; " + problem : string.Empty;

        public override string CSharpType(EmitContext context) => "string";

        public override JsonSchemaFacts JsonSchema { get; } = new("string") { Pattern = "^[^/\\\\]" };

        /// <summary>
        /// Names are matched against the ends of the project's paths, so a name that climbs out of a folder, starts
        /// at a root, or holds a line break or control character could never match one; spaces around it are a slip.
        /// </summary>
        private static string? Problem(string text)
        {
            if (text.Length == 0 || text.Trim().Length != text.Length)
            {
                return "write the file's name without spaces around it, as in source-article.txt";
            }

            foreach (var c in text)
            {
                if (char.IsControl(c) || c is '\u2028' or '\u2029' or '*' or '?')
                {
                    return "a file name holds no line breaks, control characters or wildcards";
                }
            }

            if (Parsing.ParsedYamlFile.IsYamlPath(text))
            {
                return "a YAML file is content, read as entries, not a text: name the file the quotes come from, as in source-article.txt";
            }

            var path = text.Replace('\\', '/');
            if (path.StartsWith("/", StringComparison.Ordinal) || (path.Length > 1 && path[1] == ':'))
            {
                return "write the file's name or the end of its path, not a path from a root: it is matched against the ends of the project's AdditionalFiles paths";
            }

            foreach (var segment in path.Split('/'))
            {
                if (segment is "" or "." or "..")
                {
                    return "write the file's name or the end of its path, without '.', '..' or empty segments: it is matched against the ends of the project's AdditionalFiles paths";
                }
            }

            return null;
        }

        /// <summary>Whether a project's path ends with the file a value names: the whole path, or after a separator.</summary>
        public static bool Names(string name, string path)
        {
            var normalisedPath = path.Replace('\\', '/');
            var normalisedName = name.Replace('\\', '/');
            return normalisedPath.Length >= normalisedName.Length &&
                normalisedPath.EndsWith(normalisedName, StringComparison.Ordinal) &&
                (normalisedPath.Length == normalisedName.Length || normalisedPath[normalisedPath.Length - normalisedName.Length - 1] == '/');
        }
    }
}
