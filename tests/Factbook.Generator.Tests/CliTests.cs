using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Factbook.Cli;
using Factbook.Generator.Tests.Infrastructure;
using Xunit;

namespace Factbook.Generator.Tests;

/// <summary>The factbook command on good and broken content: its output and exit codes.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "factbook-cli-" + Guid.NewGuid().ToString("N"));

    public CliTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "content"));
        File.WriteAllText(Path.Combine(_folder, "content", "places.schema.yaml"), TestContent.PlaceSchema);
        File.WriteAllText(Path.Combine(_folder, "content", "places.yaml"), "places:\n  - id: russia\n    name: Russia\n    kind: country\n  - id: moscow\n    name: Moscow\n    kind: city\n    part_of: russia\n");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void CheckPassesTheRealContent()
    {
        var (exit, output, _) = Run("check", RepositoryPaths.Content);

        Assert.Equal(CliApp.Success, exit);
        Assert.Equal("50 entries in 8 collections: 0 errors, 0 warnings", output.Trim());
    }

    [Fact]
    public void CheckPrintsTheGeneratorsDiagnosticsInTheCompilersFormAndFails()
    {
        File.WriteAllText(Path.Combine(_folder, "content", "places.yaml"), "places:\n  - id: moscow\n    name: Moscow\n    kind: town\n    part_of: rusia\n");
        var content = Path.Combine(_folder, "content").Replace('\\', '/');

        var (exit, output, _) = Run("check", content);

        Assert.Equal(CliApp.ContentErrors, exit);
        Assert.Equal(
            [
                content + "/places.yaml(4,11): error FB0028: 'town' is not an allowed value of 'kind'; allowed values are country, city",
                content + "/places.yaml(5,14): error FB0029: The field 'part_of' refers to Place 'rusia', which does not exist",
                "0 entries in 1 collection: 2 errors, 0 warnings",
            ],
            output.Trim().Split('\n').Select(line => line.TrimEnd('\r')));
    }

    [Fact]
    public void SchemaWritesOneJsonSchemaPerCollectionAndOneForAll()
    {
        var target = Path.Combine(_folder, "schemas");

        var (exit, output, _) = Run("schema", Path.Combine(_folder, "content"), "-o", target);

        Assert.Equal(CliApp.Success, exit);
        Assert.Equal(["content.schema.json", "places.schema.json"], Directory.GetFiles(target).Select(Path.GetFileName).OrderBy(name => name));
        Assert.Equal(2, output.Trim().Split('\n').Count(line => line.StartsWith("wrote ", StringComparison.Ordinal)));
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(target, "places.schema.json")));
        var partOf = schema.RootElement.GetProperty("$defs").GetProperty("Place").GetProperty("properties").GetProperty("part_of");
        Assert.Contains("\"moscow\"", partOf.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void ListPrintsCollectionsAndCounts()
    {
        var (exit, output, _) = Run("list", Path.Combine(_folder, "content"));

        Assert.Equal(CliApp.Success, exit);
        Assert.Equal("places (Place): 2", output.Trim());
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("check", "--help")]
    [InlineData("schema", "--help")]
    [InlineData("list", "--help")]
    public void EveryCommandHasHelp(params string[] arguments)
    {
        var (exit, output, _) = Run(arguments);

        Assert.Equal(CliApp.Success, exit);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingFolderCannotRun()
    {
        var (exit, _, error) = Run("check", Path.Combine(_folder, "nowhere"));

        Assert.Equal(CliApp.CannotRun, exit);
        Assert.Contains("No folder", error, StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) Run(params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(arguments, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
