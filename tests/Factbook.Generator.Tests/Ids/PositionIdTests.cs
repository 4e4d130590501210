using static Factbook.Generator.Tests.Infrastructure.BindingFixtures;
using static Factbook.Generator.Tests.Infrastructure.RunFixtures;

namespace Factbook.Generator.Tests.Ids;

/// <summary>
/// Ids that come from where an entry is: <c>from: position</c> numbers the entries of a file in order, across
/// groups and collections, never restarting; <c>from: path</c> is for one entry per file, and the schema says so
/// whenever a file could hold more. A path id is the same with either separator, and comes back from <c>Get</c>
/// whatever its file is called.
/// </summary>
public sealed class PositionIdTests
{
    private const string Probe = "public static class Probe { public static string Run() => string.Join(\",\", System.Linq.Enumerable.Select(Test.Content.Things.All, thing => thing.Id)); }";

    [Fact]
    public void PositionsRunOnAcrossGroups()
    {
        // Each group once started again at 1: FB0023 "used twice" for a valid file.
        var schema = "types:\n  Thing:\n    files: things/*.yml\n    layout: groups\n    group: kind\n    id: { from: position }\n    fields:\n      name: string\n      kind: string\n";
        var things = "tools:\n  - name: Hammer\n  - name: Saw\nparts:\n  - name: Nail\n  - name: Screw\n";

        var run = GeneratorHarness.Run([new ContentFile("/p/content/things.schema.yaml", schema), new ContentFile("/p/content/things/shed.yml", things)], Probe);

        Assert.Empty(run.FactbookDiagnostics);
        Assert.Equal("shed/1,shed/2,shed/3,shed/4", run.Invoke("Probe", "Run"));
    }

    [Fact]
    public void PositionsInFactbooksOwnLayoutComeWithTheFilesPath()
    {
        // With files and layout: collections, every entry of every file was 'entry/1'.
        var schema = "types:\n  Thing:\n    files: things/*.yml\n    layout: collections\n    id: { from: position }\n    fields:\n      name: string\n";

        var run = GeneratorHarness.Run(
            [
                new ContentFile("/p/content/things.schema.yaml", schema),
                new ContentFile("/p/content/things/shed.yml", "things:\n  - name: Hammer\n  - name: Saw\n"),
                new ContentFile("/p/content/things/attic.yml", "things:\n  - name: Lamp\n"),
            ],
            Probe);

        Assert.Empty(run.FactbookDiagnostics);
        Assert.Equal("attic/1,shed/1,shed/2", run.Invoke("Probe", "Run"));
    }

    [Theory]
    [InlineData("")] // the layout left to each file: one that is a list would give all its entries one id
    [InlineData("    layout: map\n")]
    public void PathIdsNeedOneEntryPerFile(string layout)
    {
        var schema = "types:\n  Thing:\n    files: things/*.yml\n" + layout + "    id: { from: path }\n    fields:\n      name: string\n";

        var run = GeneratorHarness.Run([new ContentFile("/p/content/things.schema.yaml", schema), new ContentFile("/p/content/things/shed.yml", "- name: Hammer\n- name: Saw\n")]);

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0051", "/p/content/things.schema.yaml", 4 + (layout.Length > 0 ? 1 : 0), 9), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("gives every entry of a file the same id; use it with 'layout: record' (one entry per file), or use 'from: position'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void PathIdsOfRecordsPass()
    {
        var schema = "types:\n  Thing:\n    files: things/*.yml\n    layout: record\n    id: { from: path }\n    fields:\n      name: string\n";

        var run = GeneratorHarness.Run([new ContentFile("/p/content/things.schema.yaml", schema), new ContentFile("/p/content/things/hammer.yml", "name: Hammer\n")], Probe);

        Assert.Empty(run.FactbookDiagnostics);
        Assert.Equal("hammer", run.Invoke("Probe", "Run"));
    }

    [Theory]
    [InlineData("gems/we\u202Eird/CVE 1.yml", "we\u202Eird/CVE 1")]
    [InlineData("gems/a\"b/c\\d.yml", "a\"b/c/d")]
    [InlineData("gems/Київ/*/x.yml", "Київ/*/x")]
    [InlineData("gems/.yml", ".yml")]
    [InlineData("gems/a.b.c.yml", "a.b.c")]
    public void PathIdsFromOddFileNamesComeBackFromGet(string relative, string id)
    {
        var schema = "types:\n  Thing:\n    files: \"gems/**/*.yml\"\n    layout: record\n    fields:\n      name: string\n";

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile("/project/content/" + relative, "name: X\n"));

        AssertCleanRun(run);
        Assert.Empty(run.FactbookDiagnostics);
        Assert.Equal(id, IdOf(Get(run.Load().GetType(Namespace + ".Things")!, id)));
    }

    [Fact]
    public void PathIdsForAListAreRefusedInTheSchemaAsEveryEntryWouldShareOne()
    {
        var schema = "types:\n  Thing:\n    files: data.yml\n    layout: list\n    id: { from: path }\n    fields:\n      name: string\n";

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile("/project/content/data.yml", "- name: A\n- name: B\n"));

        AssertNothingEscaped(run);
        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0051", 5, 9), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("gives every entry of a file the same id", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("C:\\project\\content\\things.schema.yaml", "C:\\project\\content\\gems\\a\\x.yml")]
    [InlineData("/project/content/things.schema.yaml", "/project/content/gems/a/x.yml")]
    public void PathIdsAreTheSameWithEitherSeparator(string schemaPath, string filePath)
    {
        var schema = "types:\n  Thing:\n    files: \"gems/**/*.yml\"\n    layout: record\n    fields:\n      name: string\n";

        var run = GeneratorHarness.Run(new ContentFile(schemaPath, schema), new ContentFile(filePath, "name: X\n"));

        AssertCleanRun(run);
        Assert.Equal(["a/x"], All(run.Load().GetType(Namespace + ".Things")!).Select(IdOf));
    }
}
