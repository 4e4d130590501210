using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using Factbook.Cli;

namespace Factbook.Generator.Tests.Editor;

/// <summary>
/// Completion and checking as a content author sees them in VS Code: the JSON Schemas that
/// <c>factbook schema</c> writes into <c>content/.schemas</c>, named in the one-line
/// <c># yaml-language-server: $schema=…</c> header or mapped by the settings in docs/checker-and-editors.md, driven through the YAML
/// language server that VS Code's YAML extension runs (Editor/lsp-client.mjs speaks its protocol over stdio).
/// </summary>
[Trait("Category", "Slow")]
public sealed class EditorTests : IDisposable
{
    private const string SchemaLanguageHeader = "# yaml-language-server: $schema=.schemas/schema-language.schema.json\n";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "factbook-editor-" + Guid.NewGuid().ToString("N"));
    private readonly string _content;

    public EditorTests()
    {
        _content = Path.Combine(_folder, "content");
        var exit = CliApp.Run(["schema", RepositoryPaths.Content, "-o", Path.Combine(_content, ".schemas")], TextWriter.Null, TextWriter.Null);
        Assert.Equal(CliApp.Success, exit);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void TheSchemaHeaderGivesFieldAndIdCompletionAndTheGeneratorsComplaints()
    {
        const string header = "# yaml-language-server: $schema=.schemas/places.schema.json\n";
        var results = Ask(
            new EditorRequest("fields.yaml", header + "places:\n  - id: sopot\n    \n", Line: 3, Character: 4),
            new EditorRequest("ids.yaml", header + "places:\n  - id: sopot\n    name: Sopot\n    kind: city\n    part_of: \n", Line: 5, Character: 13),
            new EditorRequest("broken.yaml", header + "places:\n  - id: sopot\n    nmae: Sopot\n    kind: town\n"));

        Assert.Equal(["background", "borders", "kind", "links", "name", "other_names", "part_of", "retired"], results[0].Completions.Where(label => char.IsLower(label[0])).Order(StringComparer.Ordinal));
        Assert.Contains("kaliningrad", results[1].Completions);
        Assert.Contains("suwalki-gap", results[1].Completions);
        Assert.Contains(results[2].Diagnostics, d => d.Line == 3 && d.Message.Contains("nmae", StringComparison.Ordinal));
        Assert.Contains(results[2].Diagnostics, d => d.Line == 4 && d.Message.Contains("\"land corridor\"", StringComparison.Ordinal));
        Assert.Contains(results[2].Diagnostics, d => d.Line == 2 && d.Message.Contains("\"name\"", StringComparison.Ordinal));
    }

    [Fact]
    public void TheSchemaLanguageHeaderGivesCompletionAndComplaintsInSchemaFiles()
    {
        var results = Ask(
            new EditorRequest("field.schema.yaml", SchemaLanguageHeader + "types:\n  Port:\n    fields:\n      kind:\n        type: enum\n        \n", Line: 6, Character: 8),
            new EditorRequest("type.schema.yaml", SchemaLanguageHeader + "types:\n  Port:\n    \n", Line: 3, Character: 4),
            new EditorRequest("types.schema.yaml", SchemaLanguageHeader + "types:\n  Port:\n    fields:\n      city: \n", Line: 4, Character: 12),
            new EditorRequest("broken.schema.yaml", SchemaLanguageHeader + "types:\n  Port:\n    colection: ports\n    fields:\n      city: { type: Place, required: true }\n"));

        Assert.Superset(new HashSet<string> { "default", "description", "optional", "values" }, results[0].Completions.ToHashSet());
        Assert.Equal(["at", "collection", "description", "display", "extra_fields", "fields", "files", "group", "id", "in", "layout", "members", "parent", "retired"], results[1].Completions.Order(StringComparer.Ordinal));
        Assert.Superset(new HashSet<string> { "string", "Place", "Place[]" }, results[2].Completions.ToHashSet());
        Assert.Contains(results[3].Diagnostics, d => d.Line == 3 && d.Message.Contains("colection", StringComparison.Ordinal));
        Assert.Contains(results[3].Diagnostics, d => d.Line == 5 && d.Message.Contains("required", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadmesEditorSettingsGiveContentFilesTheContentSchemaAndSchemaFilesTheSchemaLanguage()
    {
        var results = AskIn(
            _folder,
            ReadmeYamlSchemas(),
            new EditorRequest("content/places.yaml", "places:\n  - id: sopot\n    nmae: Sopot\n    kind: town\n"),
            new EditorRequest("content/article.schema.yaml", File.ReadAllText(Path.Combine(RepositoryPaths.Content, "article.schema.yaml"))),
            new EditorRequest("content/more.schema.yaml", "types:\n  Port:\n    fields:\n      city: { type: Place, required: true }\n"));

        Assert.Contains(results[0].Diagnostics, d => d.Line == 2 && d.Message.Contains("nmae", StringComparison.Ordinal));
        Assert.Contains(results[0].Diagnostics, d => d.Line == 3 && d.Message.Contains("\"land corridor\"", StringComparison.Ordinal));
        Assert.Empty(results[1].Diagnostics);
        Assert.Contains(results[2].Diagnostics, d => d.Line == 3 && d.Message.Contains("required", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadmesMappingByPatternChecksExistingYamlThatHasNoHeader()
    {
        var fixtures = Path.Combine(RepositoryPaths.Root(), "tests", "fixtures", "existing-yaml");
        var schemas = Path.Combine(_folder, "content", ".schemas");
        Assert.Equal(CliApp.Success, CliApp.Run(["schema", Path.Combine(fixtures, "advisories"), "-o", schemas], TextWriter.Null, TextWriter.Null));
        Assert.Equal(CliApp.Success, CliApp.Run(["schema", Path.Combine(fixtures, "languages"), "-o", schemas], TextWriter.Null, TextWriter.Null));
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root(), "docs", "existing-yaml.md"));
        var start = readme.IndexOf("```json\n{ \"yaml.schemas\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/existing-yaml.md has no yaml.schemas mapping for existing YAML");
        var mapping = JsonNode.Parse(readme[(start + "```json\n".Length)..readme.IndexOf("```", start + 3, StringComparison.Ordinal)])!["yaml.schemas"]!;

        var results = AskIn(
            _folder,
            mapping,
            new EditorRequest("content/gems/rack/CVE-2024-1.yml", "---\ngem: rack\ncve: 2024-1\nurl: https://example.org/\ntitle: T\ndate: 2024-02-01\ndescription: D\npatched_versions: []\nseverity: high\n"),
            new EditorRequest("content/languages.yml", "Go:\n  type: programing\n  extensions: [\".go\"]\n"));

        Assert.Contains(results[0].Diagnostics, d => d.Line == 8 && d.Message.Contains("severity", StringComparison.Ordinal));
        Assert.Contains(results[1].Diagnostics, d => d.Line == 1 && d.Message.Contains("programming", StringComparison.Ordinal));
    }

    /// <summary>The <c>yaml.schemas</c> of the VS Code settings in docs/checker-and-editors.md, as written there.</summary>
    private static JsonNode ReadmeYamlSchemas()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root(), "docs", "checker-and-editors.md"));
        var start = readme.IndexOf("```json\n{\n  \"yaml.schemas\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/checker-and-editors.md has no VS Code settings with yaml.schemas");
        var json = readme[(start + "```json\n".Length)..readme.IndexOf("```", start + 3, StringComparison.Ordinal)];
        return JsonNode.Parse(json)!["yaml.schemas"]!;
    }

    private EditorResult[] Ask(params EditorRequest[] requests) => AskIn(null, null, requests);

    /// <summary>Opens the documents, under the content folder, in a workspace with the given yaml.schemas setting.</summary>
    private EditorResult[] AskIn(string? workspace, JsonNode? schemas, params EditorRequest[] requests)
    {
        var editor = Path.Combine(RepositoryPaths.Root(), "tests", "Factbook.Generator.Tests", "Editor");
        Assert.SkipWhen(
            !File.Exists(Path.Combine(editor, "node_modules", "yaml-language-server", "package.json")),
            "The YAML language server is not installed: install Node.js (22.13 or later) with npm and build the test project again, which runs npm ci");
        var requestFile = Path.Combine(_folder, "requests.json");
        var documents = requests.Select(r => new { path = Path.Combine(workspace ?? _content, r.Name), text = r.Text, line = r.Line, character = r.Character });
        File.WriteAllText(requestFile, JsonSerializer.Serialize(new { workspace, yaml = schemas is null ? null : new { schemas }, documents }));
        var (exitCode, output) = DotnetCommand.RunProgram("node", Path.Combine(RepositoryPaths.Root(), "tests", "Factbook.Generator.Tests", "Editor"), null, "lsp-client.mjs", requestFile);
        Assert.True(exitCode == 0, output);
        return JsonSerializer.Deserialize<EditorResult[]>(output, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }

    private sealed record EditorRequest(string Name, string Text, int? Line = null, int? Character = null);

    private sealed record EditorResult(int Index, string[] Completions, EditorDiagnostic[] Diagnostics);

    private sealed record EditorDiagnostic(int Line, string Message);
}
