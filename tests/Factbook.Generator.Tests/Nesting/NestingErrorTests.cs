namespace Factbook.Generator.Tests.Nesting;

/// <summary>
/// Mistakes in <c>in</c>, <c>at</c> and <c>parent</c>, and content that does not have the shape <c>at</c> says: each
/// is one located error that says what to write instead, and no C# error follows.
/// </summary>
public sealed class NestingErrorTests
{
    private const string Box = "types:\n  Box:\n    files: boxes.yml\n    layout: list\n    id: { from: field, field: name }\n    fields:\n      name: string\n  Item:\n";

    public static TheoryData<string, int, int, string> SchemaErrors => new()
    {
        // Item's keys (from line 9, each line indented by 4), line, column, a phrase of the message
        { "in: Bxo\n    at: items[]", 9, 9, "'in' of type 'Item' must name the type whose entries hold this one's, not 'Bxo' (did you mean 'Box'?)" },
        { "in: [Box]\n    at: items[]", 9, 9, "not a list" },
        { "in: Item\n    at: items[]", 9, 9, "goes round (Item in Item)" },
        { "at: items[]", 9, 9, "'at' of type 'Item' only applies with 'in'" },
        { "parent: box", 9, 13, "'parent' of type 'Item' only applies with 'in'" },
        { "in: Box", 9, 9, "needs 'at': the way from a Box entry down to these entries" },
        { "in: Box\n    at: items[].", 10, 9, "has the step ''" },
        { "in: Box\n    at: \"items[] \"", 10, 9, "has the step 'items[] '" },
        { "in: Box\n    at: it[e]ms", 10, 9, "has the step 'it[e]ms'" },
        { "in: Box\n    at: a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q", 10, 9, "has 17 steps, more than 16" },
        { "in: Box\n    at: items[]\n    files: items.yml", 11, 12, "'files' of type 'Item' does not apply with 'in: Box'" },
        { "in: Box\n    at: items[]\n    layout: list", 11, 13, "'layout' of type 'Item' does not apply" },
        { "in: Box\n    at: items[]\n    id: { from: key }", 11, 9, "needs 'at' to end in '{}'" },
        { "in: Box\n    at: items[]\n    id: { from: path }", 11, 9, "use 'from: position'" },
        { "in: Box\n    at: items[]\n    parent: name", 11, 13, "the link 'name' of type 'Item' to the entry that holds it is the name of one of its fields; name it with 'parent: <name>'" },
        { "in: Box\n    at: items[]\n    parent: 1x", 11, 13, "must start with a letter" },
        { "in: Box\n    at: items[]\n    parent: id", 11, 13, "is reserved" },
        { "in: Box\n    at: items[]\n    parent: { a: b }", 11, 13, "must be a name, not a mapping" },
        { "in: Box\n    at: [items]", 10, 9, "needs 'at'" },
        { "in: Box\n    at: \" items[]\"", 10, 9, "has the step ' items[]'" },
        { "in: Box\n    at: \"[]\"", 10, 9, "has the step '[]'" },
    };

    [Theory]
    [MemberData(nameof(SchemaErrors))]
    public void AMistakeInNestingIsOneLocatedFB0051(string keys, int line, int column, string phrase)
    {
        var run = GeneratorHarness.Run(
            new ContentFile("/p/content/boxes.schema.yaml", Box + "    " + keys + "\n    fields:\n      name: string\n"),
            new ContentFile("/p/content/boxes.yml", "- name: a\n  items:\n    - name: b\n"));

        var diagnostic = Assert.Single(run.FactbookDiagnostics, d => d.Location.GetLineSpan().Path.EndsWith(".schema.yaml", StringComparison.Ordinal));
        // One mistake, one error: where 'in' and 'at' say, however wrongly, that Box holds 'items', the key is not also an
        // unknown field of each Box.
        var saysBoxHoldsItems = keys.StartsWith("in: B", StringComparison.Ordinal) || keys.StartsWith("in: [Box]", StringComparison.Ordinal);
        if (saysBoxHoldsItems && (keys.Contains("at: items", StringComparison.Ordinal) || keys.Contains("at: [items]", StringComparison.Ordinal) || keys.Contains("at: \" items", StringComparison.Ordinal) || keys.Contains("at: \"items", StringComparison.Ordinal)))
        {
            Assert.Single(run.FactbookDiagnostics);
        }
        Assert.Equal(("FB0051", line, column), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains(phrase, diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void ACycleThroughTwoTypesIsReportedAtEach()
    {
        var run = GeneratorHarness.Run(new ContentFile("/p/content/a.schema.yaml", "types:\n  A:\n    in: B\n    at: bs[]\n    fields: { name: string }\n  B:\n    in: A\n    at: as[]\n    fields: { name: string }\n"));

        Assert.Equal(
            ["FB0051 3:9 (A in B in A)", "FB0051 7:9 (B in A in B)"],
            run.FactbookDiagnostics.Select(d => d.Id + " " + d.Line() + ":" + d.Column() + " " + d.GetMessage().Substring(d.GetMessage().IndexOf('(', StringComparison.Ordinal), d.GetMessage().IndexOf(')', StringComparison.Ordinal) - d.GetMessage().IndexOf('(', StringComparison.Ordinal) + 1)).Order(StringComparer.Ordinal));
        Assert.Empty(run.CompilationDiagnostics);
    }

    public static TheoryData<string, int, int, string, string> ContentErrors => new()
    {
        // boxes.yml, line, column, id, a phrase of the message
        { "- name: a\n  items: { name: b }\n", 2, 10, "FB0030", "'items' on the way down to 'items' (at: items[]) expects a list, but here is a mapping; the entries below it are not read" },
        { "- name: a\n  items:\n    - b\n", 3, 7, "FB0030", "An entry of 'items' (at: items[]) expects a mapping of fields, but here is" },
        { "- name: a\n  items:\n    - name: b\n      box: c\n", 4, 7, "FB0025", "'box' is the link to the Box entry that holds it, set from where the entry is" },
        { "- name: a\n  items:\n    - name: b\n- name: c\n  items:\n    - name: b\n", 6, 13, "FB0023", "The id 'b' is used twice in items" },
    };

    [Theory]
    [MemberData(nameof(ContentErrors))]
    public void ContentNotInTheShapeAtSaysIsReportedWhereItIs(string boxes, int line, int column, string id, string phrase)
    {
        var run = GeneratorHarness.Run(
            new ContentFile("/p/content/boxes.schema.yaml", Box + "    in: Box\n    at: items[]\n    id: { from: field, field: name }\n    fields:\n      name: string\n"),
            new ContentFile("/p/content/boxes.yml", boxes));

        var diagnostic = run.FactbookDiagnostics.FirstOrDefault(d => d.Id == id);
        Assert.True(diagnostic is not null, string.Join("\n", run.FactbookDiagnostics));
        Assert.Equal((line, column), (diagnostic.Line(), diagnostic.Column()));
        Assert.Contains(phrase, diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(run.CompilationDiagnostics);
    }

    /// <summary>A key naming a held type's collection in Factbook's own layout is told where those entries are read.</summary>
    [Fact]
    public void ACollectionKeyForAHeldTypeSaysWhereItsEntriesAre()
    {
        var run = GeneratorHarness.Run(
            new ContentFile("/p/content/boxes.schema.yaml", Box + "    in: Box\n    at: items[]\n    fields:\n      name: string\n"),
            new ContentFile("/p/content/boxes.yml", "- name: a\n  items:\n    - id: b\n      name: b\n"),
            new ContentFile("/p/content/more.yaml", "items:\n  - id: x\n    name: x\n"));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0020", 1, 1), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("its entries are read inside Box entries, at items[]", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    /// <summary>A typo in 'at' finds nothing in any file: one FB0053 at 'at', not silence; a holder without the key is no problem.</summary>
    [Theory]
    [InlineData("item[]", true)]
    [InlineData("items{}", false)] // the key is there, as a list: FB0030 at it says so
    [InlineData("items[]", false)]
    public void AWayDownThatFindsNoEntryIsSaidAtAt(string at, bool warned)
    {
        var run = GeneratorHarness.Run(
            new ContentFile("/p/content/boxes.schema.yaml", Box + "    in: Box\n    at: " + at + "\n    id: { from: field, field: name }\n    fields:\n      name: string\n"),
            new ContentFile("/p/content/boxes.yml", "- name: a\n  items:\n    - name: b\n- name: empty\n"));

        var found = run.FactbookDiagnostics.Where(d => d.Id == "FB0053").Select(d => (d.Line(), d.Column(), d.GetMessage())).ToList();
        Assert.Equal(warned ? [(10, 9, "'at: " + at + "' of type 'Item' leads to no entry inside the 2 Box entries; check each key along the way, starting with '" + at.Substring(0, at.Length - 2) + "' in each Box entry")] : [], found);
    }

    private static GeneratorRun RunBoxes(string itemKeys, params (string Name, string Text)[] boxes) => GeneratorHarness.Run(
        [new ContentFile("/p/content/boxes.schema.yaml", Box.Replace("files: boxes.yml", "files: \"boxes/*.yml\"", StringComparison.Ordinal) + itemKeys), .. boxes.Select(box => new ContentFile("/p/content/boxes/" + box.Name, box.Text))],
        "using Test.Content; public static class Probe { public static string Run() => string.Join(\",\", System.Linq.Enumerable.Select(Items.All, item => item.Id + \"@\" + item.Box.Provenance)); }");

    private const string HeldItems = "    in: Box\n    at: items[]\n    id: { from: field, field: name }\n    fields:\n      name: string\n";

    /// <summary>A holder left out as a duplicate of another takes its entries with it; they are never passed to the other.</summary>
    [Fact]
    public void EntriesOfADuplicateHolderAreLeftOutWithIt()
    {
        var run = RunBoxes(HeldItems, ("a.yml", "- name: a\n  items: [{ name: b }]\n"), ("b.yml", "- name: a\n  items: [{ name: c }]\n"));

        Assert.Equal(["FB0023", "FB0023"], run.FactbookDiagnostics.Select(d => d.Id));
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal("b@a.yml:1", run.Invoke("Probe", "Run"));
    }

    /// <summary>A held type left out for a schema error still keeps its key from its holders: one error, not one per holder.</summary>
    [Theory]
    [InlineData("    in: Box\n    at: items[]\n    parent: name\n    fields:\n      name: string\n")]
    [InlineData("    in: Box\n    at: items[].x\n    fields:\n      name: nope\n")]
    [InlineData("    in: Box\n    at: items{}\n    retired: { when: box }\n    fields:\n      name: string\n")]
    public void AHeldTypeLeftOutForASchemaErrorIsOneError(string itemKeys)
    {
        var run = RunBoxes(itemKeys, ("a.yml", "- name: a\n  items: []\n- name: b\n  items: []\n- name: c\n"));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.EndsWith(".schema.yaml", diagnostic.Location.GetLineSpan().Path, StringComparison.Ordinal);
    }

    /// <summary>An empty item of a held list is FB0030, as in a list file; an empty value of a held map is an entry with no fields, as in a map file.</summary>
    [Fact]
    public void EmptyHeldValuesAreReadAsTheTopLevelReadsThem()
    {
        var list = RunBoxes(HeldItems, ("a.yml", "- name: a\n  items:\n    -\n    - name: x\n"));
        var map = RunBoxes("    in: Box\n    at: items{}\n    fields:\n      size: { type: int, optional: true }\n", ("a.yml", "- name: a\n  items:\n    k1:\n    k2: { size: 2 }\n"));

        var empty = Assert.Single(list.FactbookDiagnostics);
        Assert.Equal(("FB0030", 3, 6), (empty.Id, empty.Line(), empty.Column()));
        Assert.Empty(map.FactbookDiagnostics);
        Assert.Equal("k1@a.yml:1,k2@a.yml:1", map.Invoke("Probe", "Run"));
    }

    /// <summary>Held entries without ids in one file are one FB0021 that counts them and gives the fix, as in a bound file.</summary>
    [Fact]
    public void HeldEntriesWithoutIdsAreOneProblemWithTheFix()
    {
        var run = RunBoxes("    in: Box\n    at: items[]\n    fields:\n      name: string\n", ("a.yml", "- name: a\n  items: [{ name: b }, { name: c }, { name: d }]\n"));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal("FB0021", diagnostic.Id);
        Assert.Contains("nor do 2 other entries of this file; give each an id, or say in the schema where ids come from: id: { from: position } or id: { from: field, field: name }", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    /// <summary>FB0053 is for a way that reaches its last key nowhere: holders whose lists are empty, or whose ids are wrong, hold none, and that is no typo.</summary>
    [Theory]
    [InlineData("- name: a\n  items: []\n- name: b\n  items:\n")]
    [InlineData("- name: [a]\n  items: [{ name: b }]\n- name: c\n")]
    public void AWayDownThatReachesItsKeyIsNoFB0053(string boxes)
    {
        var run = RunBoxes(HeldItems, ("a.yml", boxes));

        Assert.DoesNotContain(run.FactbookDiagnostics, d => d.Id == "FB0053");
    }

    [Fact]
    public void ATypeOutsideACycleIsToldItLeadsIntoOne()
    {
        var run = GeneratorHarness.Run(new ContentFile("/p/content/a.schema.yaml", "types:\n  A:\n    in: B\n    at: bs[]\n    fields: { name: string }\n  B:\n    in: A\n    at: as[]\n    fields: { name: string }\n  C:\n    in: A\n    at: cs[]\n    fields: { name: string }\n"));

        var c = Assert.Single(run.FactbookDiagnostics, d => d.Line() == 11);
        Assert.Contains("'in: A' of type 'C' leads to types that hold each other (A in B in A)", c.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void AVeryLongWayDownIsShortenedInMessages()
    {
        var key = new string('k', 1000);
        var run = RunBoxes("    in: Box\n    at: " + key + "[]\n    id: { from: field, field: name }\n    fields:\n      name: string\n", ("a.yml", "- name: a\n  " + key + ": { name: b }\n"));

        var diagnostic = Assert.Single(run.FactbookDiagnostics, d => d.Id == "FB0030");
        Assert.True(diagnostic.GetMessage().Length < 700, diagnostic.GetMessage().Length + " characters");
    }

    /// <summary>Writing the link's key is reported, but like any unknown field it never costs the entry; a retired holder's entries are not warned of.</summary>
    [Fact]
    public void TheLinkKeyWrittenIsReportedAndTheEntryKeptAndARetiredHolderIsNoWarning()
    {
        var run = RunBoxes(HeldItems, ("a.yml", "- name: a\n  retired: gone\n  items: [{ name: b, box: zz }]\n"));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal("FB0025", diagnostic.Id);
        Assert.Equal("b@a.yml:1", run.Invoke("Probe", "Run"));
    }

    /// <summary>A way down may pass through another held type's entries (Item at subs[].items[] through each Sub at subs[]): its key is not theirs to declare.</summary>
    [Fact]
    public void AWayThroughAnotherHeldTypesEntriesIsNoUnknownFieldOfThem()
    {
        var run = GeneratorHarness.Run(
            [
                new ContentFile("/p/content/boxes.schema.yaml", "types:\n  Box:\n    files: boxes.yml\n    layout: list\n    id: { from: field, field: name }\n    fields: { name: string }\n  Sub:\n    in: Box\n    at: subs[]\n    id: { from: field, field: name }\n    fields: { name: string }\n  Item:\n    in: Box\n    at: subs[].items[]\n    id: { from: field, field: name }\n    fields: { name: string }\n"),
                new ContentFile("/p/content/boxes.yml", "- name: a\n  subs: [{ name: s1, items: [{ name: i1 }, { name: i2 }] }]\n"),
            ],
            "using Test.Content; public static class Probe { public static string Run() => Items.Get(\"i2\").Box.Id + Subs.Get(\"s1\").Box.Id + Items.Count; }");

        Assert.Empty(run.FactbookDiagnostics);
        Assert.Equal("aa2", run.Invoke("Probe", "Run"));
    }

    /// <summary>Under a holder without an id nothing is read, so a right way two levels down reaches nothing: no FB0053 until that error is fixed.</summary>
    [Fact]
    public void NoFB0053WhileAHolderAboveHasNoId()
    {
        var run = GeneratorHarness.Run(
            new ContentFile("/p/content/boxes.schema.yaml", "types:\n  Box:\n    files: boxes.yml\n    layout: list\n    id: { from: field, field: name }\n    fields: { name: string }\n  Sub:\n    in: Box\n    at: subs[]\n    id: { from: field, field: name }\n    fields: { name: string }\n  Item:\n    in: Sub\n    at: items[]\n    id: { from: field, field: name }\n    fields: { name: string }\n"),
            new ContentFile("/p/content/boxes.yml", "- name: a\n  subs: [{ name: s1 }]\n- name: [b]\n  subs: [{ name: s2, items: [{ name: i }] }]\n"));

        Assert.DoesNotContain(run.FactbookDiagnostics, d => d.Id == "FB0053");
        Assert.Contains(run.FactbookDiagnostics, d => d.Id == "FB0021");
    }

    [Theory]
    [InlineData("items")]
    [InlineData("retired")]
    public void AWayDownThroughAKeyTheHolderOwnsIsRefused(string key)
    {
        var run = GeneratorHarness.Run(
            new ContentFile("/p/content/boxes.schema.yaml", "types:\n  Box:\n    files: boxes.yml\n    layout: list\n    id: { from: field, field: name }\n    fields: { name: string, items: { type: \"string[]\", optional: true } }\n  Item:\n    in: Box\n    at: " + key + "[]\n    fields: { name: string }\n"),
            new ContentFile("/p/content/boxes.yml", "- name: a\n"));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0051", 9, 9), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("starts with '" + key + "', which is a field of Box or a key every entry has", diagnostic.GetMessage(), StringComparison.Ordinal);
    }
}
