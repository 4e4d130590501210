using System.Collections.Generic;
using System.Linq;
using Factbook.Generator.Content;
using Factbook.Generator.Model;
using Factbook.Generator.Parsing;
using Factbook.Generator.Schema;

namespace Factbook.Generator
{
    /// <summary>
    /// The steps from YAML to the content model, defined once: the generator wires them into Roslyn's
    /// incremental pipeline, <see cref="ContentLoader"/> runs them in one go for the checker and the tests. Each
    /// step is guarded, so a bug of ours becomes FB0999 on its file, not a lost build.
    /// </summary>
    internal static class PipelineSteps
    {
        public static ParsedYamlFile ParseSchemaFile(string path, string text, ParseLimits limits) =>
            Guard.Run(path, () => YamlFileParser.Parse(path, text, limits), error => new ParsedYamlFile(path, true, null, error));

        public static SchemaSpec ReadSchema(IReadOnlyList<ParsedYamlFile> files) =>
            Guard.Run(
                files.FirstOrDefault()?.Path ?? string.Empty,
                () => SchemaReader.Read(files),
                error => SchemaSpec.None with { HasSchemaFile = true, Diagnostics = error });

        public static FileContent ReadContentFile(string path, string text, SchemaSpec schema, ParseLimits limits) =>
            Guard.Run(path, () => EntryReader.Read(YamlFileParser.Parse(path, text, limits), schema), error => new FileContent(path, EquatableArray<EntryDraft>.Empty, error));

        public static ContentIndex Index(IReadOnlyList<FileContent> fileKeys, SchemaSpec schema, bool stringTables) =>
            Guard.Run(
                fileKeys.FirstOrDefault()?.Path ?? string.Empty,
                () => ContentAssembler.Index(fileKeys, schema, stringTables),
                error => new ContentIndex(EquatableArray<CollectionIndex>.Empty, EquatableArray<FileKeys>.Empty, error));

        public static BoundFile Bind(FileContent file, ContentIndex index, SchemaSpec schema, string projectDirectory) =>
            Guard.Run(
                file.Path,
                () => ContentAssembler.Bind(file, index, schema, projectDirectory),
                error => new BoundFile(file.Path, EquatableArray<BoundEntry>.Empty, error));

        public static ContentModel Collect(IReadOnlyList<BoundFile> files, ContentIndex index, SchemaSpec schema) =>
            Guard.Run(
                files.FirstOrDefault()?.Path ?? string.Empty,
                () => ContentAssembler.Collect(files, index, schema),
                error => new ContentModel(EquatableArray<CollectionModel>.Empty, error));

        public static EquatableArray<Diagnostics.DiagnosticInfo> FindUnmatchedPatterns(SchemaSpec schema, IReadOnlyList<string> contentPaths) =>
            Guard.Run(schema.Types.FirstOrDefault()?.Binding.SchemaPath ?? string.Empty, () => UnmatchedPatterns.Find(schema, contentPaths), error => error);

        public static EquatableArray<Diagnostics.DiagnosticInfo> CheckVerbatim(IEnumerable<Citation> citations, IEnumerable<DocumentText> documents, IReadOnlyList<SourceTextFile> texts, IReadOnlyList<string> otherFiles) =>
            Guard.Run(string.Empty, () => VerbatimCheck.Check(citations, documents, texts, otherFiles: otherFiles), error => error);

        /// <param name="stringTables">Whether tables are string constants, kept within the compiler's heap of string literals (FB0037); UTF-8 tables are not.</param>
        public static ContentModel Assemble(IReadOnlyList<FileContent> files, SchemaSpec schema, string projectDirectory, bool stringTables = false) =>
            Guard.Run(
                files.FirstOrDefault()?.Path ?? string.Empty,
                () => ContentAssembler.Assemble(files, schema, projectDirectory, stringTables),
                error => new ContentModel(EquatableArray<CollectionModel>.Empty, error));
    }
}
