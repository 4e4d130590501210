using System.Threading;
using Factbook.Generator.Content;
using Factbook.Generator.Model;
using Factbook.Generator.Parsing;

namespace Factbook.Generator.Tests.Incremental;

/// <summary>
/// Every step stops when its run is cancelled (an edit in the IDE makes the run stale): it throws
/// <see cref="OperationCanceledException"/>, which Roslyn expects, and never turns it into FB0999.
/// </summary>
public class CancellationTests
{
    private static readonly CancellationToken Cancelled = new(canceled: true);

    private static readonly string ManyPlaces = "places:\n" + string.Concat(Enumerable.Range(0, 2000).Select(i => "  - id: p" + i + "\n    name: P\n    kind: city\n"));

    private static readonly string LongSchema = TestContent.PlaceSchema + "\n" + string.Concat(Enumerable.Range(0, 2000).Select(i => "  T" + i + ":\n    fields:\n      a: string\n"));

    [Fact]
    public void ParsingAndReadingStop()
    {
        Assert.Throws<OperationCanceledException>(() => PipelineSteps.ParseSchemaFile(TestContent.SchemaPath, LongSchema, ParseLimits.Default, Cancelled));
        var schema = Schema();
        Assert.Throws<OperationCanceledException>(() => PipelineSteps.ReadSchema([YamlFileParser.Parse(TestContent.SchemaPath, TestContent.PlaceSchema)], Cancelled));
        Assert.Throws<OperationCanceledException>(() => PipelineSteps.ReadContentFile(TestContent.PlacesPath, ManyPlaces, schema, ParseLimits.Default, Cancelled));
    }

    [Fact]
    public void AssemblyStops()
    {
        var schema = Schema();
        var file = PipelineSteps.ReadContentFile(TestContent.PlacesPath, ManyPlaces, schema, ParseLimits.Default, CancellationToken.None);
        var keys = PipelineSteps.KeysOf(file, stringTables: false);
        Assert.Throws<OperationCanceledException>(() => PipelineSteps.Index([keys], schema, stringTables: false, Cancelled));
        var index = PipelineSteps.Index([keys], schema, stringTables: false, CancellationToken.None);
        Assert.Throws<OperationCanceledException>(() => PipelineSteps.Bind(file, index, schema, "/project", Cancelled));
        var bound = PipelineSteps.Bind(file, index, schema, "/project", CancellationToken.None);
        Assert.Throws<OperationCanceledException>(() => PipelineSteps.Collect([bound], index, schema, Cancelled));
        Assert.Equal(2000, PipelineSteps.Collect([bound], index, schema, CancellationToken.None).Collections.Single().Entries.Count);
    }

    [Fact]
    public void ChecksOverEveryFileStop()
    {
        var schema = PipelineSteps.ReadSchema([YamlFileParser.Parse(TestContent.SchemaPath, "types:\n  Place:\n    files: places/*.yaml\n    fields: { name: string }\n")], CancellationToken.None);
        Assert.Throws<OperationCanceledException>(() => PipelineSteps.FindUnmatchedPatterns(schema, ["/project/content/other.yaml"], Cancelled));

        const string quotes = "sources:\n  - id: book\n    text: book.txt\nquotes:\n  - id: q\n    text: words\n    source: book\n";
        var quoting = PipelineSteps.ReadSchema([YamlFileParser.Parse(TestContent.SchemaPath, "types:\n  Source:\n    fields: { text: file }\n  Quote:\n    fields: { text: { type: string, verbatim_in: source }, source: Source }\n")], CancellationToken.None);
        var file = PipelineSteps.ReadContentFile("/project/content/quotes.yaml", quotes, quoting, ParseLimits.Default, CancellationToken.None);
        var text = VerbatimCheck.Read("/project/book.txt", () => "some words", 10, int.MaxValue);
        Assert.Throws<OperationCanceledException>(() => PipelineSteps.CheckVerbatim(file.Citations, file.Documents, [text], [], Cancelled));
        Assert.Empty(PipelineSteps.CheckVerbatim(file.Citations, file.Documents, [text], [], CancellationToken.None));
    }

    [Fact]
    public void TheLoaderStops() =>
        Assert.Throws<OperationCanceledException>(() => ContentLoader.Load([(TestContent.SchemaPath, TestContent.PlaceSchema), (TestContent.PlacesPath, ManyPlaces)], ParseLimits.Default, cancellationToken: Cancelled));

    private static Factbook.Generator.Schema.SchemaSpec Schema() =>
        PipelineSteps.ReadSchema([YamlFileParser.Parse(TestContent.SchemaPath, TestContent.PlaceSchema)], CancellationToken.None);

    /// <summary>The one pass over a long text stops too: a text of millions of characters is not searched to its end.</summary>
    [Fact]
    public void TheSearchOfALongTextStops() =>
        Assert.Throws<OperationCanceledException>(() => Factbook.Generator.Content.TextSearch.LongestPrefixMatches(new string('a', 200_000), ["ab"], Cancelled));
}
