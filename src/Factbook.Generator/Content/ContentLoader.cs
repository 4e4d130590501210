namespace Factbook.Generator.Content
{
    /// <summary>Everything known about a set of YAML files: the schema, the checked content, every problem.</summary>
    internal sealed record LoadedContent(SchemaSpec Schema, ContentModel Content, EquatableArray<DiagnosticInfo> Diagnostics)
    {
        public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.Definition.IsError);
    }

    /// <summary>
    /// The generator's steps (<see cref="PipelineSteps"/>) run in one go, for tools outside the compiler (the
    /// <c>factbook</c> command): the same steps with the same limits, so they report exactly what a build reports.
    /// </summary>
    internal static class ContentLoader
    {
        /// <param name="texts">Texts read already, beside any the files hold, that documents may name (fields of type <c>file</c>).</param>
        /// <param name="stringTables">Whether the project's tables are string constants, which the compiler's heap of string literals bounds (FB0037).</param>
        /// <param name="foldUnreadFiles">Whether unread files get one FB0039 between them, as a build reports them; a checker asked about some files folds after keeping theirs.</param>
        public static LoadedContent Load(IEnumerable<(string Path, string Text)> files, ParseLimits limits, string projectDirectory = "", IEnumerable<SourceTextFile>? texts = null, bool stringTables = false, bool foldUnreadFiles = true, CancellationToken cancellationToken = default)
        {
            var yaml = files.Where(file => ParsedYamlFile.IsYamlPath(file.Path)).ToList();
            var schemaFiles = yaml.Where(file => ParsedYamlFile.IsSchemaPath(file.Path)).Select(file => PipelineSteps.ParseSchemaFile(file.Path, file.Text, limits, cancellationToken)).ToList();
            var schema = PipelineSteps.ReadSchema(schemaFiles, cancellationToken);
            var contentFiles = yaml.Where(file => !ParsedYamlFile.IsSchemaPath(file.Path)).Select(file => PipelineSteps.ReadContentFile(file.Path, file.Text, schema, limits, cancellationToken)).ToList();
            var content = PipelineSteps.Assemble(contentFiles, schema, projectDirectory, stringTables, cancellationToken);
            var documents = contentFiles.SelectMany(file => file.Documents).ToList();
            var citations = contentFiles.SelectMany(file => file.Citations).ToList();
            var fileNames = VerbatimCheck.FileNames(documents, citations);
            var otherTexts = texts?.ToList() ?? new List<SourceTextFile>();
            var named = files
                .Where(file => !ParsedYamlFile.IsYamlPath(file.Path) && VerbatimCheck.IsNamed(file.Path, fileNames))
                .Select(file => VerbatimCheck.Read(file.Path, () => file.Text, file.Text.Length, limits.MaxFileChars))
                .Concat(otherTexts.Where(text => VerbatimCheck.IsNamed(text.Path, fileNames)))
                .ToList();
            var otherFiles = PipelineSteps.OtherFiles(files.Where(file => !ParsedYamlFile.IsYamlPath(file.Path)).Select(file => file.Path).Concat(otherTexts.Select(text => text.Path)));
            var verbatim = PipelineSteps.CheckVerbatim(citations, documents, named, otherFiles, cancellationToken);
            var unmatched = PipelineSteps.FindUnmatchedPatterns(schema, yaml.Where(file => !ParsedYamlFile.IsSchemaPath(file.Path)).Select(file => file.Path).OrderBy(path => path, System.StringComparer.Ordinal).ToList(), cancellationToken);
            var diagnostics = schemaFiles.SelectMany(file => file.Diagnostics)
                .Concat(schema.Diagnostics)
                .Concat(unmatched)
                .Concat(foldUnreadFiles ? UnmatchedPatterns.FoldUnreadFiles(content.Diagnostics) : content.Diagnostics)
                .Concat(verbatim)
                .OrderBy(diagnostic => diagnostic.Path, System.StringComparer.Ordinal)
                .ThenBy(diagnostic => diagnostic.Span.Start)
                .ThenBy(diagnostic => diagnostic.Id, System.StringComparer.Ordinal)
                .ToEquatableArray();
            return new LoadedContent(schema, content, diagnostics);
        }
    }
}
