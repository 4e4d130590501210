namespace Factbook.Generator.Tests.Layouts;

/// <summary>
/// Data beside the content folder, in the layouts real projects keep: a repository's <c>.github/workflows/*.yml</c>
/// and a site's <c>_data/*.yml</c>. A pattern may start with <c>../</c>; the files must be among the project's
/// AdditionalFiles, as every content file is.
/// </summary>
public sealed class FilesBesideContentTests
{
    private const string Schema = """
        types:
          Workflow:
            files: "../.github/workflows/*.yml"
            layout: record
            fields:
              name: string
              "on": { type: "string[]", optional: true }
          Author:
            files: ["../_data/authors.yml", "people/*.yml"]
            layout: list
            id: { from: field, field: handle }
            fields:
              handle: string
              name: string
        """;

    private static GeneratorRun Run(string schema = Schema, params (string Path, string Text)[] extra) => GeneratorHarness.Run(
        new[]
        {
            new ContentFile("/p/content/site.schema.yaml", schema),
            new ContentFile("/p/.github/workflows/ci.yml", "name: CI\n\"on\": [push, pull_request]\n"),
            new ContentFile("/p/.github/workflows/release.yml", "name: Release\n"),
            new ContentFile("/p/_data/authors.yml", "- handle: ada\n  name: Ada Lovelace\n"),
            new ContentFile("/p/content/people/more.yml", "- handle: alan\n  name: Alan Turing\n"),
        }.Concat(extra.Select(file => new ContentFile(file.Path, file.Text))),
        "using Test.Content; public static class Probe { public static string Run() => string.Join(\",\", System.Linq.Enumerable.Select(Workflows.All, w => w.Id + \"=\" + w.Name)) + \"|\" + Workflows.Ci.On.Count + \"|\" + string.Join(\",\", System.Linq.Enumerable.Select(Authors.All, a => a.Id)); }");

    [Fact]
    public void PatternsThatStartWithDotDotReadTheFilesBesideTheSchemasFolder()
    {
        var run = Run();

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        // Path ids start where each pattern's folder does, as inside the schema's folder.
        Assert.Equal("ci=CI,release=Release|2|ada,alan", run.Invoke("Probe", "Run"));
    }

    [Fact]
    public void DotDotInsideAPatternIsRefusedWithTheFixAndNoFollowOnError()
    {
        var run = Run(Schema.Replace("\"../.github/workflows/*.yml\"", "\".github/../../.github/workflows/*.yml\"", StringComparison.Ordinal));

        var diagnostic = Assert.Single(run.FactbookDiagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Assert.Equal(("FB0051", 3, 12), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("has '..' inside it; '../' may only start a pattern, to reach files beside the schema's folder ('../.github/workflows/*.yml')", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"../\"", "FB0051", "names only folders above; add the files' pattern after '../'")]
    [InlineData("\"../../../../x/*.yml\"", "FB0051", "goes above the file system's root with '../'")]
    [InlineData("[\"../.github/workflows/*.yml\", \"lcoal/*.yml\"]", "FB0048", "The file pattern 'lcoal/*.yml' of type 'Workflow' matches no file")]
    public void PatternsThatCannotReachAFileSaySoInTheirOwnWords(string files, string id, string message)
    {
        var run = Run(Schema.Replace("\"../.github/workflows/*.yml\"", files, StringComparison.Ordinal));

        Assert.Contains(run.FactbookDiagnostics, d => d.Id == id && d.GetMessage().Contains(message, StringComparison.Ordinal));
    }

    /// <summary>An unread file beside the content folder gets FB0039 with a <c>files</c> line that does match it.</summary>
    [Fact]
    public void AnUnreadFileBesideTheFolderGetsAFilesLineThatMatchesIt()
    {
        var run = Run(extra: ("/p/.github/dependabot.yml", "version: 2\nupdates: []\n"));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0039", "/p/.github/dependabot.yml"), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path));
        Assert.EndsWith("give its type files: \"../.github/dependabot.yml\" and layout: record in the schema", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    /// <summary>A pattern written from its folder with './' still matches when another pattern of the type starts with '../'.</summary>
    [Fact]
    public void ADotSlashPatternBesideADotDotOneStillMatches()
    {
        var run = Run(Schema.Replace("[\"../_data/authors.yml\", \"people/*.yml\"]", "[\"../_data/authors.yml\", \"./people/*.yml\"]", StringComparison.Ordinal));

        Assert.Empty(run.FactbookDiagnostics);
        Assert.EndsWith("|ada,alan", (string)run.Invoke("Probe", "Run")!, StringComparison.Ordinal);
    }
}
