using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Factbook.Generator.Content;
using Factbook.Generator.Parsing;
using Factbook.Generator.Schema;
using Factbook.Generator.Tests.Infrastructure;
using Xunit;

namespace Factbook.Generator.Tests;

/// <summary>
/// Completion and checking as a content author sees them in VS Code: the exported JSON Schemas, named in the
/// one-line <c># yaml-language-server: $schema=…</c> header, driven through the YAML language server that
/// VS Code's YAML extension runs (Editor/lsp-client.mjs speaks its protocol over stdio).
/// </summary>
[Trait("Category", "Slow")]
public sealed class EditorTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "factbook-editor-" + Guid.NewGuid().ToString("N"));

    public EditorTests()
    {
        var loaded = ContentLoader.Load(RepositoryPaths.ContentFiles().Select(file => (file.Path, file.Text)), ParseLimits.Default);
        Directory.CreateDirectory(Path.Combine(_folder, "schemas"));
        foreach (var (fileName, json) in JsonSchemaExporter.Export(loaded.Schema, loaded.Content))
        {
            File.WriteAllText(Path.Combine(_folder, "schemas", fileName), json);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void TheSchemaHeaderGivesFieldAndIdCompletionAndTheGeneratorsComplaints()
    {
        var header = "# yaml-language-server: $schema=" + Path.Combine(_folder, "schemas", "places.schema.json") + "\n";
        var results = Ask(
            new EditorRequest("fields.yaml", header + "places:\n  - id: sopot\n    \n", Line: 3, Character: 4),
            new EditorRequest("ids.yaml", header + "places:\n  - id: sopot\n    name: Sopot\n    kind: city\n    part_of: \n", Line: 5, Character: 13),
            new EditorRequest("broken.yaml", header + "places:\n  - id: sopot\n    nmae: Sopot\n    kind: town\n"));

        Assert.Equal(["borders", "kind", "name", "other_names", "part_of", "retired"], results[0].Completions.Where(label => char.IsLower(label[0])).Order(StringComparer.Ordinal));
        Assert.Contains("kaliningrad", results[1].Completions);
        Assert.Contains("suwalki-gap", results[1].Completions);
        Assert.Contains(results[2].Diagnostics, d => d.Line == 3 && d.Message.Contains("nmae", StringComparison.Ordinal));
        Assert.Contains(results[2].Diagnostics, d => d.Line == 4 && d.Message.Contains("\"land corridor\"", StringComparison.Ordinal));
        Assert.Contains(results[2].Diagnostics, d => d.Line == 2 && d.Message.Contains("\"name\"", StringComparison.Ordinal));
    }

    private EditorResult[] Ask(params EditorRequest[] requests)
    {
        var requestFile = Path.Combine(_folder, "requests.json");
        File.WriteAllText(requestFile, JsonSerializer.Serialize(requests.Select(r => new { path = Path.Combine(_folder, r.Name), text = r.Text, line = r.Line, character = r.Character })));
        var (exitCode, output) = DotnetCommand.RunProgram("node", Path.Combine(RepositoryPaths.Root(), "tests", "Factbook.Generator.Tests", "Editor"), null, "lsp-client.mjs", requestFile);
        Assert.True(exitCode == 0, output);
        return JsonSerializer.Deserialize<EditorResult[]>(output, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }

    private sealed record EditorRequest(string Name, string Text, int? Line = null, int? Character = null);

    private sealed record EditorResult(int Index, string[] Completions, EditorDiagnostic[] Diagnostics);

    private sealed record EditorDiagnostic(int Line, string Message);
}
