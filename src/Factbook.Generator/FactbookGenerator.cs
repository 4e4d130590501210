using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Factbook.Generator.Content;
using Factbook.Generator.Diagnostics;
using Factbook.Generator.Emit;
using Factbook.Generator.Model;
using Factbook.Generator.Naming;
using Factbook.Generator.Parsing;
using Factbook.Generator.Schema;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Factbook.Generator
{
    /// <summary>
    /// Wires the pipeline: parse each YAML file → read the schema → bind content → emit one source per type.
    /// Every step's output is plain equatable data, so Roslyn re-runs only what an edit changed.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class FactbookGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var yamlFiles = context.AdditionalTextsProvider.Where(text => ParsedYamlFile.IsYamlPath(text.Path));

            var schemaFiles = yamlFiles
                .Where(text => ParsedYamlFile.IsSchemaPath(text.Path))
                .Select((text, cancellationToken) => Guard.Run(
                    text.Path,
                    () => YamlFileParser.Parse(text.Path, Read(text, cancellationToken)),
                    error => new ParsedYamlFile(text.Path, true, null, error)))
                .WithTrackingName(TrackingNames.SchemaFiles);

            var schema = schemaFiles
                .Collect()
                .Select((files, _) => Guard.Run(
                    files.FirstOrDefault()?.Path ?? string.Empty,
                    () => SchemaReader.Read(files),
                    error => SchemaSpec.None with { HasSchemaFile = true, Diagnostics = error }))
                .WithTrackingName(TrackingNames.Schema);

            // Each content file is parsed and checked on its own, so an edit re-reads only the edited file.
            var contentFiles = yamlFiles
                .Where(text => !ParsedYamlFile.IsSchemaPath(text.Path))
                .Combine(schema)
                .Select((input, cancellationToken) => Guard.Run(
                    input.Left.Path,
                    () => EntryReader.Read(YamlFileParser.Parse(input.Left.Path, Read(input.Left, cancellationToken)), input.Right),
                    error => new FileContent(input.Left.Path, EquatableArray<EntryDraft>.Empty, error)))
                .WithTrackingName(TrackingNames.ContentFiles);

            var content = contentFiles
                .Collect()
                .Combine(schema)
                .Select((input, _) => Guard.Run(
                    input.Left.FirstOrDefault()?.Path ?? string.Empty,
                    () => ContentAssembler.Assemble(input.Left, input.Right),
                    error => new ContentModel(EquatableArray<CollectionModel>.Empty, error)))
                .WithTrackingName(TrackingNames.Content);

            var emitContext = context.AnalyzerConfigOptionsProvider
                .Combine(context.CompilationProvider.Select((compilation, _) => (compilation.AssemblyName, HasNotNullWhen: compilation.GetTypeByMetadataName("System.Diagnostics.CodeAnalysis.NotNullWhenAttribute") is not null)))
                .Select((input, _) => ReadEmitContext(input.Left, input.Right.AssemblyName, input.Right.HasNotNullWhen))
                .WithTrackingName(TrackingNames.Options);

            context.RegisterSourceOutput(schemaFiles.Select((file, _) => file.Diagnostics), ReportAll);
            context.RegisterSourceOutput(schema.Select((spec, _) => spec.Diagnostics), ReportAll);
            context.RegisterSourceOutput(content.Select((model, _) => model.Diagnostics), ReportAll);
            context.RegisterSourceOutput(emitContext.Select((options, _) => options.Diagnostics), ReportAll);

            // One source per type: an edit re-emits only the types whose model changed.
            var collections = content
                .SelectMany((model, _) => model.Collections)
                .WithTrackingName(TrackingNames.Collections);
            context.RegisterSourceOutput(collections.Combine(emitContext), (output, input) =>
                output.AddSource(input.Left.Type.Name + ".g.cs", SourceText.From(TypeEmitter.Emit(input.Left, input.Right.Context), Encoding.UTF8)));

            var hasTypes = content
                .Select((model, _) => model.Collections.Count > 0)
                .WithTrackingName(TrackingNames.HasTypes);
            context.RegisterSourceOutput(hasTypes.Combine(emitContext), (output, input) =>
            {
                if (input.Left)
                {
                    output.AddSource(SupportEmitter.HintName, SourceText.From(SupportEmitter.Emit(input.Right.Context), Encoding.UTF8));
                }
            });
        }

        private static string Read(AdditionalText text, System.Threading.CancellationToken cancellationToken) =>
            text.GetText(cancellationToken)?.ToString() ?? string.Empty;

        /// <summary>The emit context plus any problem with the configured namespace.</summary>
        private sealed record EmitOptions(EmitContext Context, EquatableArray<DiagnosticInfo> Diagnostics);

        private static EmitOptions ReadEmitContext(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider options, string? assemblyName, bool hasNotNullWhen)
        {
            var global = options.GlobalOptions;
            const string fallback = "Factbook.Content";
            string wanted;
            if (global.TryGetValue("build_property.FactbookNamespace", out var configured) && !string.IsNullOrWhiteSpace(configured))
            {
                wanted = configured.Trim();
            }
            else
            {
                global.TryGetValue("build_property.RootNamespace", out var root);
                var baseName = !string.IsNullOrWhiteSpace(root) ? root!.Trim() : assemblyName;
                wanted = string.IsNullOrWhiteSpace(baseName) ? fallback : baseName + ".Content";
            }

            if (IsNamespace(wanted))
            {
                return new EmitOptions(new EmitContext(wanted, hasNotNullWhen), EquatableArray<DiagnosticInfo>.Empty);
            }

            var problem = DiagnosticInfo.Create(FactbookDiagnostics.InvalidNamespace, string.Empty, SourceSpan.FileStart, wanted, fallback);
            return new EmitOptions(new EmitContext(fallback, hasNotNullWhen), new EquatableArray<DiagnosticInfo>(new[] { problem }));
        }

        private static bool IsNamespace(string name) =>
            name.Split('.').All(part => Identifiers.IsAsciiIdentifier(part) && !Identifiers.IsKeyword(part));

        private static void ReportAll(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
        {
            foreach (var diagnostic in diagnostics)
            {
                context.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(diagnostic));
            }
        }
    }
}
