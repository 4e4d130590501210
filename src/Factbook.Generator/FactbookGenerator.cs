using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using static Factbook.Generator.GeneratorOptions;

namespace Factbook.Generator
{
    /// <summary>
    /// Wires the pipeline (<see cref="PipelineSteps"/>): parse each YAML file → read the schema → bind content → emit one source per type.
    /// Every step's output is plain equatable data, so Roslyn re-runs only what an edit changed.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class FactbookGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var yamlFiles = context.AdditionalTextsProvider.Where(text => ParsedYamlFile.IsYamlPath(text.Path));
            var limits = context.AnalyzerConfigOptionsProvider
                .Select((options, _) => ReadLimits(options.GlobalOptions))
                .WithTrackingName(TrackingNames.Limits);
            context.RegisterSourceOutput(limits.Select((options, _) => options.Diagnostics), ReportAll);

            var schema = ReadSchema(context, yamlFiles, limits);

            // Each content file is parsed and checked on its own, so an edit re-reads only the edited file.
            var contentFiles = yamlFiles
                .Where(text => !ParsedYamlFile.IsSchemaPath(text.Path))
                .Combine(schema)
                .Combine(limits)
                .Select((input, cancellationToken) => PipelineSteps.ReadContentFile(input.Left.Left.Path, Read(input.Left.Left, cancellationToken), input.Left.Right, input.Right.Limits, cancellationToken))
                .WithTrackingName(TrackingNames.ContentFiles);

            CheckVerbatim(context, contentFiles, limits);
            ReportUnmatchedPatterns(context, yamlFiles, schema);
            ReportNoContent(context, yamlFiles);

            // Tables are UTF-8 data where the project's C# and framework allow it; else string constants, which
            // the assembler must keep within the compiler's heap of string literals.
            var language = context.ParseOptionsProvider
                .Select((options, _) => (Problem: LanguageVersionCheck.Of(options), HasUtf8Literals: LanguageVersionCheck.HasUtf8Literals(options)));
            var utf8Tables = language
                .Combine(context.AnalyzerConfigOptionsProvider.Select((options, _) => HasSpans(options.GlobalOptions)))
                .Select((input, _) => input.Left.HasUtf8Literals && input.Right);
            var content = Assemble(context, contentFiles, schema, utf8Tables);

            // Only the assembly name is taken from the compilation: anything that searches it (a type lookup)
            // would run on every keystroke in the IDE.
            var emitContext = context.AnalyzerConfigOptionsProvider
                .Combine(context.CompilationProvider.Select((compilation, _) => compilation.AssemblyName))
                .Combine(language.Select((facts, _) => facts.Problem))
                .Combine(utf8Tables)
                .Select((input, _) => ReadEmitContext(input.Left.Left.Left.GlobalOptions, input.Left.Left.Right, input.Left.Right, input.Right))
                .WithTrackingName(TrackingNames.Options);
            context.RegisterSourceOutput(emitContext.Select((options, _) => options.Diagnostics), ReportAll);
            Emit(context, content, schema, emitContext);
        }

        private static IncrementalValueProvider<SchemaSpec> ReadSchema(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<AdditionalText> yamlFiles, IncrementalValueProvider<LimitOptions> limits)
        {
            var schemaFiles = yamlFiles
                .Where(text => ParsedYamlFile.IsSchemaPath(text.Path))
                .Combine(limits)
                .Select((input, cancellationToken) => PipelineSteps.ParseSchemaFile(input.Left.Path, Read(input.Left, cancellationToken), input.Right.Limits, cancellationToken))
                .WithTrackingName(TrackingNames.SchemaFiles);
            var schema = schemaFiles
                .Collect()
                .Select((files, cancellationToken) => PipelineSteps.ReadSchema(files, cancellationToken))
                .WithTrackingName(TrackingNames.Schema);
            context.RegisterSourceOutput(schemaFiles.Select((file, _) => file.Diagnostics), ReportAll);
            context.RegisterSourceOutput(schema.Select((spec, _) => spec.Diagnostics), ReportAll);
            return schema;
        }

        /// <summary>
        /// Quotes and excerpts checked against the texts their documents name; a text file is read only when a
        /// document names it, and the check runs over all citations at once, one pass per text. One step per file
        /// for both, as every per-file step costs each run a visit of every file.
        /// </summary>
        private static void CheckVerbatim(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<FileContent> contentFiles, IncrementalValueProvider<LimitOptions> limits)
        {
            var quoting = contentFiles
                .Select((file, _) => new FileQuoting(file.Documents, file.Citations))
                .Collect();
            var documents = quoting
                .Select((all, _) => all.SelectMany(file => file.Documents).ToEquatableArray())
                .WithTrackingName(TrackingNames.Documents);
            var citedFileNames = quoting
                .Select((all, _) => VerbatimCheck.FileNames(all.SelectMany(file => file.Documents), all.SelectMany(file => file.Citations)));
            var sourceTexts = context.AdditionalTextsProvider
                .Where(text => !ParsedYamlFile.IsYamlPath(text.Path))
                .Combine(citedFileNames)
                .Where(input => VerbatimCheck.IsNamed(input.Left.Path, input.Right))
                .Combine(limits)
                .Select((input, cancellationToken) => ReadSourceText(input.Left.Left, input.Right.Limits, cancellationToken))
                .WithTrackingName(TrackingNames.SourceTexts)
                .Collect();
            var otherFiles = context.AdditionalTextsProvider
                .Where(text => !ParsedYamlFile.IsYamlPath(text.Path))
                .Select((text, _) => text.Path)
                .Collect()
                .Select((paths, _) => PipelineSteps.OtherFiles(paths));
            var verbatim = quoting
                .Combine(documents)
                .Combine(sourceTexts)
                .Combine(otherFiles)
                .Select((input, cancellationToken) => PipelineSteps.CheckVerbatim(input.Left.Left.Left.SelectMany(file => file.Citations), input.Left.Left.Right, input.Left.Right, input.Right, cancellationToken))
                .WithTrackingName(TrackingNames.Verbatim);
            context.RegisterSourceOutput(verbatim, ReportAll);
        }

        /// <summary>Over the paths alone: only adding, removing or renaming a file re-runs it, never an edit.</summary>
        private static void ReportUnmatchedPatterns(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<AdditionalText> yamlFiles, IncrementalValueProvider<SchemaSpec> schema)
        {
            var unmatchedPatterns = yamlFiles
                .Where(text => !ParsedYamlFile.IsSchemaPath(text.Path))
                .Select((text, _) => text.Path)
                .Collect()
                .Select((paths, _) => paths.OrderBy(path => path, StringComparer.Ordinal).ToEquatableArray())
                .Combine(schema)
                .Select((input, cancellationToken) => PipelineSteps.FindUnmatchedPatterns(input.Right, input.Left, cancellationToken))
                .WithTrackingName(TrackingNames.UnmatchedPatterns);
            context.RegisterSourceOutput(unmatchedPatterns, ReportAll);
        }

        /// <summary>
        /// A content glob that matches nothing (Content/ on a case-sensitive file system, data/) would otherwise
        /// be silent until the user's own code fails with CS0246.
        /// </summary>
        private static void ReportNoContent(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<AdditionalText> yamlFiles)
        {
            var noContent = yamlFiles
                .Collect()
                .Select((files, _) => files.IsEmpty)
                .Combine(context.AnalyzerConfigOptionsProvider.Select((options, _) => NoContentSearch.Describe(options.GlobalOptions)))
                .Select((input, _) => input.Left ? NoContentSearch.Report(input.Right) : EquatableArray<DiagnosticInfo>.Empty)
                .WithTrackingName(TrackingNames.NoContent);
            context.RegisterSourceOutput(noContent, ReportAll);
        }

        /// <summary>
        /// Assembly in three steps (<see cref="PipelineSteps.Assemble"/> runs them in one go), so an edit of values
        /// reruns no work over other files: the index is made from every file's ids and references only, each
        /// file is bound against it, then the files are collected.
        /// </summary>
        private static IncrementalValueProvider<ContentModel> Assemble(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<FileContent> contentFiles, IncrementalValueProvider<SchemaSpec> schema, IncrementalValueProvider<bool> utf8Tables)
        {
            var projectDirectory = context.AnalyzerConfigOptionsProvider
                .Select((options, _) => ProjectDirectory(options.GlobalOptions));
            var index = contentFiles
                .Combine(utf8Tables)
                .Select((input, _) => PipelineSteps.KeysOf(input.Left, stringTables: !input.Right))
                .WithTrackingName(TrackingNames.FileKeys)
                .Collect()
                .Combine(schema)
                .Combine(utf8Tables)
                .Select((input, cancellationToken) => PipelineSteps.Index(input.Left.Left, input.Left.Right, stringTables: !input.Right, cancellationToken))
                .WithTrackingName(TrackingNames.Index);
            var boundFiles = contentFiles
                .Combine(index)
                .Combine(schema)
                .Combine(projectDirectory)
                .Select((input, cancellationToken) => PipelineSteps.Bind(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right, cancellationToken))
                .WithTrackingName(TrackingNames.BoundFiles);
            var content = boundFiles
                .Collect()
                .Combine(index)
                .Combine(schema)
                .Select((input, cancellationToken) => PipelineSteps.Collect(input.Left.Left, input.Left.Right, input.Right, cancellationToken))
                .WithTrackingName(TrackingNames.Content);
            context.RegisterSourceOutput(content.Select((model, _) => PipelineSteps.ContentDiagnostics(model)), ReportAll);
            return content;
        }

        /// <summary>
        /// Three sources per type (shape, members, tables in chunks), so an edit re-emits only what it changed; one per
        /// object declared under <c>objects</c>, whichever types use it; and the shared support code.
        /// </summary>
        private static void Emit(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<ContentModel> content, IncrementalValueProvider<SchemaSpec> schema, IncrementalValueProvider<EmitOptions> emitContext)
        {
            var collections = content
                .SelectMany((model, _) => model.Collections)
                .WithTrackingName(TrackingNames.Collections);
            var shapes = collections
                .Select((collection, _) => new TypeShape(collection.Type, collection.Entries.Count, collection.Entries.Count(entry => entry.Retirement is null)))
                .WithTrackingName(TrackingNames.Shapes);
            var members = collections
                .Select((collection, _) => new MembersModel(collection.Type, collection.Entries.Select(entry => new EntryMember(entry.Id, entry.MemberName, MembersEmitter.ObsoleteMessage(collection.Type, entry.Retirement))).ToEquatableArray(), collection.IdsWithProblems))
                .WithTrackingName(TrackingNames.Members);
            var tables = collections
                .SelectMany((collection, _) => Chunk(collection))
                .WithTrackingName(TrackingNames.Tables);

            // A project whose C# is too old gets FB0038 alone, not hundreds of errors inside generated code.
            var canEmit = emitContext.Select((options, _) => options.CanEmit ? new EquatableArray<EmitOptions>(new[] { options }) : EquatableArray<EmitOptions>.Empty);
            context.RegisterSourceOutput(shapes.Combine(canEmit), (output, input) =>
                AddSources(output, input.Left.HintName, input.Right, context => TypeEmitter.Emit(input.Left, context)));
            context.RegisterSourceOutput(members.Combine(canEmit), (output, input) =>
                AddSources(output, input.Left.HintName, input.Right, context => MembersEmitter.Emit(input.Left, context)));
            // Objects only beside types, which bring the shared reader their code uses.
            var objects = schema
                .SelectMany((spec, _) => spec.Types.Count > 0 ? spec.Objects : EquatableArray<FieldSpec>.Empty)
                .WithTrackingName(TrackingNames.Objects);
            context.RegisterSourceOutput(objects.Combine(canEmit), (output, input) =>
                AddSources(output, GeneratedNames.ShapeHintName(input.Left.TypeName), input.Right, context => TypeEmitter.EmitObject(input.Left, context)));
            context.RegisterSourceOutput(tables.Combine(canEmit), (output, input) =>
                AddSources(output, input.Left.HintName, input.Right, context => TableEmitter.Emit(input.Left, context)));

            var hasTypes = content
                .Select((model, _) => model.Collections.Count > 0)
                .WithTrackingName(TrackingNames.HasTypes);
            context.RegisterSourceOutput(hasTypes.Combine(canEmit), (output, input) =>
            {
                if (input.Left)
                {
                    AddSources(output, SupportEmitter.HintName, input.Right, SupportEmitter.Emit);
                }
            });
        }

        private static EquatableArray<TableChunk> Chunk(CollectionModel collection)
        {
            var chunks = new TableChunk[(collection.Entries.Count + TableEmitter.ChunkSize - 1) / TableEmitter.ChunkSize];
            for (var i = 0; i < chunks.Length; i++)
            {
                chunks[i] = new TableChunk(collection.Type, i, collection.Entries.Skip(i * TableEmitter.ChunkSize).Take(TableEmitter.ChunkSize).ToEquatableArray(), GeneratedNames.HasEntryMembers(collection.Type, collection.Entries.Count));
            }

            return new EquatableArray<TableChunk>(chunks);
        }

        /// <summary>Emits one source when the project can compile it (zero or one emit options).</summary>
        private static void AddSources(SourceProductionContext output, string hintName, EquatableArray<EmitOptions> options, Func<EmitContext, string> emit)
        {
            foreach (var option in options)
            {
                AddSource(output, hintName, () => emit(option.Context));
            }
        }

        /// <summary>Emits one source; a bug of ours while emitting becomes FB0999 for that file, never CS8785 for all.</summary>
        private static void AddSource(SourceProductionContext output, string hintName, Func<string> emit)
        {
            var problems = EquatableArray<DiagnosticInfo>.Empty;
            var text = Guard.Run<string?>(hintName, emit, error =>
            {
                problems = error;
                return null;
            });
            if (text is null)
            {
                ReportAll(output, problems);
                return;
            }

            output.AddSource(hintName, SourceText.From(text, Encoding.UTF8));
        }

        private static string Read(AdditionalText text, System.Threading.CancellationToken cancellationToken) =>
            text.GetText(cancellationToken)?.ToString() ?? string.Empty;

        /// <summary>What a file gives the verbatim check: the texts its entries name and the quotes they make.</summary>
        private sealed record FileQuoting(EquatableArray<DocumentText> Documents, EquatableArray<Citation> Citations);

        private static SourceTextFile ReadSourceText(AdditionalText file, ParseLimits limits, System.Threading.CancellationToken cancellationToken)
        {
            // The compiler gives no text for a binary file (and reports CS2015 itself), and reads a file that is not
            // UTF-8 with a fallback code page, which its encoding then says.
            var text = file.GetText(cancellationToken);
            return text is null
                ? VerbatimCheck.Read(file.Path, () => null, 0, limits.MaxFileChars)
                : VerbatimCheck.Read(file.Path, () => text.ToString(), text.Length, limits.MaxFileChars, IsUnicode(text.Encoding));
        }

        /// <summary>UTF-8, UTF-16 or UTF-32; a text made in memory (an unsaved editor buffer) has no encoding and is text.</summary>
        private static bool IsUnicode(Encoding? encoding) =>
            encoding is null or UTF8Encoding or UnicodeEncoding or UTF32Encoding;

        private static void ReportAll(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
        {
            foreach (var diagnostic in diagnostics)
            {
                // Reporting is guarded too: an exception here would be CS8785 and drop every generated file.
                var reported = Guard.Run(diagnostic.Path, () => DiagnosticDescriptors.ToDiagnostic(diagnostic), error => DiagnosticDescriptors.ToDiagnostic(error[0] with { Path = string.Empty }));
                context.ReportDiagnostic(reported);
            }
        }
    }
}
