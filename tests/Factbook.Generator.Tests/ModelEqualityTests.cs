using System.Linq;
using Factbook.Generator.Content;
using Factbook.Generator.Parsing;
using Factbook.Generator.Schema;
using Factbook.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Factbook.Generator.Tests;

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
            # The same facts, written differently.
            places:
              - { id: russia, kind: country, name: "Russia" }

              - id: moscow
                part_of: russia   # the capital
                kind: city
                name: 'Moscow'
            """;

        Assert.Equal(Bind(Content), Bind(equivalent));
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

    [Fact]
    public void EditingCSharpReusesEveryFactbookStep()
    {
        var files = new[] { TestContent.Schema(), TestContent.Places(Content) };
        var driver = GeneratorHarness.CreateDriver(files);
        var compilation = GeneratorHarness.CreateCompilation("class A { }");
        driver = driver.RunGenerators(compilation, TestContext.Current.CancellationToken);

        var edited = compilation.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class B { }", cancellationToken: TestContext.Current.CancellationToken));
        var result = driver.RunGenerators(edited, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        Assert.All(result.TrackedSteps[TrackingNames.Content].SelectMany(step => step.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs), output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
    }

    private static EquatableArrayView Bind(string content)
    {
        var schema = SchemaReader.Read([YamlFileParser.Parse(TestContent.SchemaPath, TestContent.PlaceSchema)]);
        var model = ContentAssembler.Assemble([EntryReader.Read(YamlFileParser.Parse(TestContent.PlacesPath, content), schema)], schema);
        Assert.Empty(model.Diagnostics);
        return new EquatableArrayView(model);
    }

    /// <summary>Wraps the model so xunit compares it with its own Equals rather than as a sequence.</summary>
    private sealed record EquatableArrayView(ContentModel Model);
}
