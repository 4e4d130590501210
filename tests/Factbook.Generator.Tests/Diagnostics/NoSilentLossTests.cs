using Factbook.Cli.JsonSchemas;
using Factbook.Generator.Content;
using Factbook.Generator.Parsing;

namespace Factbook.Generator.Tests.Diagnostics;

/// <summary>Content that once disappeared or changed without a word: each is now kept exactly or reported where it is written.</summary>
public class NoSilentLossTests
{
    private const string Russia = TestContent.Russia;

    private const string DecimalSchema = """
        types:
          Place:
            fields:
              name: string
              kind: { type: enum, values: [country, city] }
              share: { type: decimal, optional: true }
        """;

    [Theory]
    [InlineData("    retired: yes\n", "FB0030", 5, 14, "write true or false in lowercase")]
    [InlineData("    retired: True\n", "FB0030", 5, 14, "write true or false in lowercase")]
    [InlineData("    retired:\n      reason: [renamed, moved]\n", "FB0030", 6, 15, "'reason' of 'retired' expects text, but here is a list")]
    [InlineData("    retired:\n      superseded_by: { id: moscow }\n", "FB0030", 6, 22, "'superseded_by' of 'retired' expects the id of an entry, but here is a mapping")]
    public void RetirementThatCannotBeReadIsReportedNotDropped(string retired, string id, int line, int column, string phrase)
    {
        var run = GeneratorHarness.Run(TestContent.Schema(), TestContent.Places(Russia + retired));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal((id, line, column), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains(phrase, diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.00000000000000000000000000001", "would store it as 0.0000000000000000000000000000")]
    [InlineData("0.1234567890123456789012345678901234567890", "a decimal keeps 28 significant digits")]
    [InlineData("100000000000000000000000000000000", "too large for decimal")]
    public void DecimalsAreNeverRoundedWithoutAWord(string value, string phrase)
    {
        var run = GeneratorHarness.Run(TestContent.Schema(DecimalSchema), TestContent.Places(Russia + "    share: " + value + "\n"));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0027", 5, 12), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains(phrase, diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.25")]
    [InlineData("-0.50")]
    [InlineData("+7")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001")]
    public void DecimalsThatFitAreKept(string value)
    {
        var run = GeneratorHarness.Run(TestContent.Schema(DecimalSchema), TestContent.Places(Russia + "    share: " + value + "\n"));

        Assert.Empty(run.FactbookDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Theory]
    [InlineData("content")]
    [InlineData("schema-language")]
    public void ACollectionNamedLikeACombinedSchemaGetsAFileOfItsOwn(string collection)
    {
        var schemaText = "types:\n  Note:\n    collection: " + collection + "\n    fields:\n      text: string\n";
        var loaded = ContentLoader.Load([(TestContent.SchemaPath, schemaText)], ParseLimits.Default, cancellationToken: TestContext.Current.CancellationToken);

        var names = JsonSchemaExporter.Export(loaded.Schema, loaded.Content).Select(file => file.FileName).ToList();

        Assert.Equal(names.Distinct().Count(), names.Count);
        Assert.Contains(collection + ".collection.schema.json", names);
        Assert.Contains(JsonSchemaExporter.CombinedFileName, names);
        Assert.Contains(SchemaLanguageJsonSchema.FileName, names);
    }

    [Fact]
    public void AFailureWhileReadingOneEntryCostsThatEntryNotTheFile()
    {
        var schema = Factbook.Generator.Schema.SchemaReader.Read([Factbook.Generator.Parsing.YamlFileParser.Parse(TestContent.SchemaPath, TestContent.PlaceSchema)], TestContext.Current.CancellationToken);
        var file = Factbook.Generator.Parsing.YamlFileParser.Parse(TestContent.PlacesPath, Russia + "  - id: moscow\n    name: Moscow\n    kind: city\n    population: many\n");

        var content = Factbook.Generator.Content.EntryReader.Read(file, schema, entry =>
        {
            if (entry.Get("id")?.Text == "moscow")
            {
                throw new System.InvalidOperationException("a bug");
            }
        }, TestContext.Current.CancellationToken);

        Assert.Equal(["russia"], content.Entries.Select(entry => entry.Id));
        var problem = Assert.Single(content.Diagnostics);
        Assert.Equal(("FB0999", 5, 9), (problem.Id, problem.Span.Line, problem.Span.Column));
        Assert.Equal("Factbook failed on the Place entry 'moscow': InvalidOperationException: a bug; please report it", problem.Message);
    }
}
