using static Factbook.Generator.Tests.Infrastructure.BindingFixtures;
using static Factbook.Generator.Tests.Infrastructure.RunFixtures;

namespace Factbook.Generator.Tests.Layouts;

/// <summary>
/// Files in the wrong layout for their type: a file, a map's value or an item in the wrong shape is a located FB0030
/// and the rest generates; an empty file gives nothing; a file two types match is FB0041 and read as neither; a file in
/// Factbook's own layout, an inferred map whose ids are field names, and a group key that is no allowed value are read
/// as the schema says.
/// </summary>
public class WrongLayoutTests
{
    public static TheoryData<string, string, int, int, string> WrongLayouts => new()
    {
        { "layout: record", "- name: A\n- name: B\n", 1, 1, "A file of 'things' expects one entry (layout: record), but here is a list" },
        { "layout: list", "just text\n", 1, 1, "expects a list of entries (layout: list), but here is the text 'just text'" },
        { "layout: map", "- name: A\n", 1, 1, "expects a map from ids to entries (layout: map), but here is a list" },
        { "layout: groups\n    group: name", "- name: A\n", 1, 1, "expects a map from group keys to lists of entries (layout: groups), but here is a list" },
        { "layout: record", "42\n", 1, 1, "expects one entry (layout: record)" },
        { "description: inferred", "just text\n", 1, 1, "a list of entries, a map from ids to entries, or one entry" },
        { "description: inferred", "a: [1, 2]\nb: [3]\n", 1, 1, "a list of entries, a map from ids to entries, or one entry" },
        { "description: inferred", "\"\\u202E\"\n", 1, 1, "\\u202E" },
    };

    [Theory]
    [MemberData(nameof(WrongLayouts))]
    public void AFileInTheWrongLayoutIsOneLocatedFB0030(string layout, string content, int line, int column, string phrase)
    {
        var schema = "types:\n  Thing:\n    files: things.yml\n    " + layout + "\n    fields:\n      name: string\n";

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, content));

        AssertNothingEscaped(run);
        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0030", ThingsPath, line, column), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains(phrase, diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void AMapWhoseValuesAreListsIsOneFB0030PerValue()
    {
        var schema = "types:\n  Thing:\n    files: things.yml\n    layout: map\n    fields:\n      name: string\n";

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, "a: [1, 2]\nb:\n  - 3\nc:\n  name: C\n"));

        AssertNothingEscaped(run);
        Assert.Equal([("FB0030", 1, 4), ("FB0030", 3, 3)], run.FactbookDiagnostics.Select(d => (d.Id, d.Line(), d.Column())));
        Assert.Contains("The entry 'a' of 'things' expects a mapping of fields, but here is a list", run.FactbookDiagnostics[0].GetMessage(), StringComparison.Ordinal);
        Assert.Equal(["c"], All(run.Load().GetType(Namespace + ".Things")!).Select(IdOf));
    }

    [Theory]
    [InlineData("layout: list", "- name: A\n- just text\n- [a]\n- name: B\n", 2)]
    [InlineData("layout: groups\n    group: tag", "x:\n  - name: A\n  - 7\ny: text\nz:\n", 2)]
    public void ItemsInTheWrongShapeAreEachLocatedAndTheRestGenerates(string layout, string content, int errors)
    {
        var schema = "types:\n  Thing:\n    files: things.yml\n    " + layout + "\n    id: { from: field, field: name }\n    fields:\n      name: string\n      tag: { type: string, optional: true }\n";

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, content));

        AssertNothingEscaped(run);
        Assert.Equal(errors, run.FactbookDiagnostics.Count(d => d.Id == "FB0030"));
        Assert.Equal(errors, run.FactbookDiagnostics.Count);
        Assert.Contains("A", All(run.Load().GetType(Namespace + ".Things")!).Select(IdOf));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n# and another\n")]
    [InlineData("---\n")]
    [InlineData("~\n")]
    [InlineData("\n\n\n")]
    public void AnEmptyBoundFileGivesNothing(string content)
    {
        foreach (var layout in new[] { "layout: map", "layout: list", "layout: record", "layout: groups\n    group: name", "description: inferred" })
        {
            var schema = "types:\n  Thing:\n    files: things.yml\n    " + layout + "\n    fields:\n      name: string\n";

            var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, content));

            AssertCleanRun(run);
            Assert.Empty(All(run.Load().GetType(Namespace + ".Things")!));
        }
    }

    [Fact]
    public void AFileMatchedByTwoTypesIsFB0041AndReadAsNeither()
    {
        var schema = "types:\n  Thing:\n    files: \"*.yml\"\n    layout: map\n    fields:\n      name: string\n  Other:\n    files: \"things.*\"\n    layout: map\n    fields:\n      name: string\n";

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, "a:\n  name: A\n"));

        AssertNothingEscaped(run);
        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0041", ThingsPath, 1, 1), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("both Thing and Other", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(All(run.Load().GetType(Namespace + ".Things")!));
        Assert.Empty(All(run.Load().GetType(Namespace + ".Others")!));
    }

    [Fact]
    public void ABoundFileInFactbooksOwnLayoutIsRead()
    {
        var schema = "types:\n  Thing:\n    files: things.yml\n    layout: collections\n    fields:\n      name: string\n";

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, "things:\n  - id: a\n    name: A\n"));

        AssertCleanRun(run);
        Assert.Equal(["a"], All(run.Load().GetType(Namespace + ".Things")!).Select(IdOf));
    }

    [Fact]
    public void AnInferredMapWhoseIdIsAlsoAFieldNameIsReadAsAMap()
    {
        var schema = "types:\n  Thing:\n    files: things.yml\n    fields:\n      name: string\n      color: { type: string, optional: true }\n";

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, "name:\n  name: Name\ncolor:\n  name: Colour\n  color: red\n"));

        AssertCleanRun(run);
        Assert.Equal(["name", "color"], All(run.Load().GetType(Namespace + ".Things")!).Select(IdOf));
    }

    [Fact]
    public void AGroupKeyThatIsNotAnAllowedValueIsReportedAtTheKey()
    {
        var schema = "types:\n  Link:\n    files: nav.yml\n    layout: groups\n    group: menu\n    id: { from: field, field: title }\n    fields:\n      menu: { type: enum, values: [main, footer] }\n      title: string\n";

        var run = GeneratorHarness.Run(new ContentFile("/project/content/nav.schema.yaml", schema), new ContentFile("/project/content/nav.yml", "main:\n  - title: Home\nsidebar:\n  - title: A\n  - title: B\n"));

        AssertNothingEscaped(run);
        Assert.NotEmpty(run.FactbookDiagnostics);
        Assert.All(run.FactbookDiagnostics, d => Assert.Equal(("FB0028", 3, 1), (d.Id, d.Line(), d.Column())));
        Assert.Equal(["Home"], All(run.Load().GetType(Namespace + ".Links")!).Select(IdOf));
    }
}
