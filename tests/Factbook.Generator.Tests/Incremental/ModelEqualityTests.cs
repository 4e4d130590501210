using Factbook.Generator.Content;
using Factbook.Generator.Parsing;
using Factbook.Generator.Schema;
using Microsoft.CodeAnalysis;

namespace Factbook.Generator.Tests.Incremental;

/// <summary>
/// The models that decide re-emission are compared by value: equivalent YAML gives equal models, so the
/// incremental pipeline skips work; any real change gives unequal ones, so it never skips too much.
/// </summary>
public class ModelEqualityTests
{
    private const string Content = """
        places:
          - id: russia
            name: Russia
            kind: country
          - id: moscow
            name: Moscow
            kind: city
            part_of: russia
        """;

    [Fact]
    public void CommentsWhitespaceAndKeyOrderDoNotChangeTheModel()
    {
        const string equivalent = """
            places:   # the same facts, written differently, ids on the same lines
              - id: russia
                kind: country
                name: "Russia"
              - id: moscow
                part_of: russia   # the capital
                kind: city
                name: 'Moscow'
            """;

        Assert.Equal(Bind(Content), Bind(equivalent));
    }

    [Fact]
    public void MovingAnEntryToAnotherLineChangesItsProvenance()
    {
        Assert.NotEqual(Bind(Content), Bind("# a new first line\n" + Content));
    }

    [Theory]
    [InlineData("/srv/site/content/places.yaml", "/srv/site/", "content/places.yaml:3")]
    [InlineData("/srv/content/places.yaml", "/srv/samples/FactSheet/", "../../content/places.yaml:3")]
    [InlineData(@"C:\work\site\content\places.yaml", @"C:\work\site\", "content/places.yaml:3")]
    [InlineData(@"D:\content\places.yaml", @"C:\work\site\", "places.yaml:3")]
    [InlineData("/srv/site/content/places.yaml", "", "places.yaml:3")]
    public void ProvenanceIsRelativeToTheProject(string path, string projectDirectory, string expected)
    {
        Assert.Equal(expected, ContentAssembler.Provenance(path, 3, projectDirectory));
    }

    [Fact]
    public void AChangedValueChangesTheModel()
    {
        Assert.NotEqual(Bind(Content), Bind(Content.Replace("Moscow", "Moskva")));
        Assert.NotEqual(Bind(Content), Bind(Content.Replace("kind: city", "kind: country")));
    }

    [Fact]
    public void ParsedFilesAreEqualWhenTheTextIsEqual()
    {
        Assert.Equal(YamlFileParser.Parse(TestContent.PlacesPath, Content), YamlFileParser.Parse(TestContent.PlacesPath, Content));
        Assert.NotEqual(YamlFileParser.Parse(TestContent.PlacesPath, Content), YamlFileParser.Parse(TestContent.PlacesPath, Content + "  - id: x\n"));
    }

    private static EquatableArrayView Bind(string content)
    {
        var schema = SchemaReader.Read([YamlFileParser.Parse(TestContent.SchemaPath, TestContent.PlaceSchema)]);
        var model = PipelineSteps.Assemble([EntryReader.Read(YamlFileParser.Parse(TestContent.PlacesPath, content), schema)], schema, string.Empty, stringTables: false, TestContext.Current.CancellationToken);
        Assert.Empty(model.Diagnostics);
        return new EquatableArrayView(model);
    }

    /// <summary>Wraps the model so xunit compares it with its own Equals rather than as a sequence.</summary>
    private sealed record EquatableArrayView(ContentModel Model);
}
