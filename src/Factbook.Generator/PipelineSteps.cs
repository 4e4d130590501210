namespace Factbook.Generator
{
    /// <summary>
    /// The steps from YAML to the content model and the verbatim check, defined once: the generator wires them
    /// into Roslyn's incremental pipeline, <see cref="ContentLoader"/> runs the same steps in the same order in one
    /// go for the checker and the tests. Each step is guarded, so a bug of ours becomes FB0999 on its file, not
    /// a lost build, and each is given the cancellation token, so an edit in the IDE stops a stale run.
    /// </summary>
    internal static class PipelineSteps
    {
        public static ParsedYamlFile ParseSchemaFile(string path, string text, ParseLimits limits, CancellationToken cancellationToken) =>
            Guard.Run(path, () => YamlFileParser.Parse(path, text, limits, cancellationToken), error => new ParsedYamlFile(path, true, null, error));

        public static SchemaSpec ReadSchema(IReadOnlyList<ParsedYamlFile> files, CancellationToken cancellationToken) =>
            Guard.Run(
                files.FirstOrDefault()?.Path ?? string.Empty,
                () => SchemaReader.Read(files, cancellationToken),
                error => SchemaSpec.None with { HasSchemaFile = true, Diagnostics = error });

        public static FileContent ReadContentFile(string path, string text, SchemaSpec schema, ParseLimits limits, CancellationToken cancellationToken) =>
            Guard.Run(
                path,
                () => EntryReader.Read(YamlFileParser.Parse(path, text, limits, cancellationToken), schema, cancellationToken),
                error => new FileContent(path, EquatableArray<EntryDraft>.Empty, error));

        /// <summary>What the cross-file index reads of a file (<see cref="ContentAssembler.KeysOf"/>).</summary>
        public static FileContent KeysOf(FileContent file, bool stringTables) =>
            Guard.Run(file.Path, () => ContentAssembler.KeysOf(file, stringTables), error => new FileContent(file.Path, EquatableArray<EntryDraft>.Empty, error));

        public static ContentIndex Index(IReadOnlyList<FileContent> fileKeys, SchemaSpec schema, bool stringTables, CancellationToken cancellationToken) =>
            Guard.Run(
                fileKeys.FirstOrDefault()?.Path ?? string.Empty,
                () => ContentAssembler.Index(fileKeys, schema, stringTables, cancellationToken),
                error => new ContentIndex(EquatableArray<CollectionIndex>.Empty, EquatableArray<FileKeys>.Empty, error));

        public static BoundFile Bind(FileContent file, ContentIndex index, SchemaSpec schema, string projectDirectory, CancellationToken cancellationToken) =>
            Guard.Run(
                file.Path,
                () => ContentAssembler.Bind(file, index, schema, projectDirectory, cancellationToken),
                error => new BoundFile(file.Path, EquatableArray<BoundEntry>.Empty, error));

        public static ContentModel Collect(IReadOnlyList<BoundFile> files, ContentIndex index, SchemaSpec schema, CancellationToken cancellationToken) =>
            Guard.Run(
                files.FirstOrDefault()?.Path ?? string.Empty,
                () => ContentAssembler.Collect(files, index, schema, cancellationToken),
                error => new ContentModel(EquatableArray<CollectionModel>.Empty, error));

        /// <summary>
        /// Index, bind and collect in one go, as the generator runs them step by step.
        /// </summary>
        /// <param name="stringTables">Whether tables are string constants, kept within the compiler's heap of string literals (FB0037); UTF-8 tables are not.</param>
        public static ContentModel Assemble(IReadOnlyList<FileContent> files, SchemaSpec schema, string projectDirectory, bool stringTables, CancellationToken cancellationToken)
        {
            var index = Index(files.Select(file => KeysOf(file, stringTables)).ToList(), schema, stringTables, cancellationToken);
            return Collect(files.Select(file => Bind(file, index, schema, projectDirectory, cancellationToken)).ToList(), index, schema, cancellationToken);
        }

        /// <summary>The problems of the content model as a build reports them: unread files folded into one FB0039, the cap per build.</summary>
        public static EquatableArray<DiagnosticInfo> ContentDiagnostics(ContentModel model) =>
            DiagnosticLimit.InAll(UnmatchedPatterns.FoldUnreadFiles(model.Diagnostics).ToList()).ToEquatableArray();

        public static EquatableArray<DiagnosticInfo> FindUnmatchedPatterns(SchemaSpec schema, IReadOnlyList<string> contentPaths, CancellationToken cancellationToken) =>
            Guard.Run(schema.Types.FirstOrDefault()?.Binding.SchemaPath ?? string.Empty, () => UnmatchedPatterns.Find(schema, contentPaths, cancellationToken), error => error);

        /// <summary>The names of the project's files that are not YAML, in path order, for "did you mean" when a named text is not among them.</summary>
        public static EquatableArray<string> OtherFiles(IEnumerable<string> paths) =>
            paths.OrderBy(path => path, StringComparer.Ordinal).ToEquatableArray();

        public static EquatableArray<DiagnosticInfo> CheckVerbatim(IEnumerable<Citation> citations, IEnumerable<DocumentText> documents, IReadOnlyList<SourceTextFile> texts, IReadOnlyList<string> otherFiles, CancellationToken cancellationToken) =>
            Guard.Run(string.Empty, () => VerbatimCheck.Check(citations, documents, texts, otherFiles: otherFiles, cancellationToken: cancellationToken), error => error);
    }
}
