namespace Factbook.Generator.Diagnostics
{
    /// <summary>
    /// One kind of problem Factbook reports, as plain data (no Roslyn types, so the checker can use it without
    /// Roslyn). Ids are stable: never reuse or renumber one.
    /// </summary>
    /// <param name="Category">One of <see cref="DiagnosticCategories.All"/>.</param>
    /// <param name="Description">What is wrong and how to fix it, in a sentence or two, each ending with a period.</param>
    internal sealed record FactbookDiagnostic(string Id, string Title, string MessageFormat, FactbookSeverity Severity, string Category, string Description)
    {
        public bool IsError => Severity == FactbookSeverity.Error;
    }

    /// <summary>The default severity of a diagnostic; a project can change it like the compiler's own.</summary>
    internal enum FactbookSeverity
    {
        Warning,
        Error,
    }

    /// <summary>The categories of <see cref="FactbookDiagnostics"/>: what the author has to change.</summary>
    internal static class DiagnosticCategories
    {
        /// <summary>YAML syntax and content files (and ids written in C#, which name content).</summary>
        public const string Content = "Factbook.Content";

        /// <summary>The schema language: <c>*.schema.yaml</c> files.</summary>
        public const string Schema = "Factbook.Schema";

        /// <summary>The project: MSBuild properties, the C# version, where content is looked for.</summary>
        public const string Configuration = "Factbook.Configuration";

        /// <summary>A failure of Factbook itself.</summary>
        public const string Internal = "Factbook.Internal";

        public static readonly string[] All = { Content, Schema, Configuration, Internal };
    }
}
