namespace Factbook.Generator.Tests.Ids;

/// <summary>
/// A dataset's own retirement: OSV marks an advisory <c>withdrawn: &lt;time&gt;</c>. With <c>retired: { when: withdrawn }</c>
/// on the type, such entries behave like retired ones: <c>[Obsolete]</c>, left out of <c>All</c>, <c>Count</c> and lookups,
/// still reached by id, with the field and its value as the reason.
/// </summary>
public sealed class RetiredWhenTests
{
    private const string Schema = """
        types:
          Advisory:
            files: "vulns/*.yaml"
            layout: record
            id: { from: field, field: id }
            retired: { when: withdrawn }
            fields:
              summary: { type: string, index: true, default: none }
              withdrawn: { type: datetime, optional: true }
        """;

    private static GeneratorRun Run(string probe, string schema = Schema) => GeneratorHarness.Run(
        [
            new ContentFile("/p/content/advisories.schema.yaml", schema),
            new ContentFile("/p/content/vulns/PYSEC-1.yaml", "id: PYSEC-1\nsummary: kept\n"),
            new ContentFile("/p/content/vulns/PYSEC-2.yaml", "id: PYSEC-2\nsummary: gone\nwithdrawn: 2024-05-01T00:00:00Z\n"),
            new ContentFile("/p/content/vulns/PYSEC-3.yaml", "id: PYSEC-3\nsummary: kept\nwithdrawn: null\n"),
        ],
        probe);

    [Fact]
    public void AnEntryWithAValueInTheFieldIsRetired()
    {
        var run = Run("""
            using Test.Content;
            public static class Probe
            {
                public static string Run() =>
                    Advisories.Count + "|" + string.Join(",", System.Linq.Enumerable.Select(Advisories.All, a => a.Id)) + "|" + Advisories.AllIncludingRetired.Count + "|" +
                    Advisories.Get("PYSEC-2").IsRetired + "|" + Advisories.Get("PYSEC-2").RetirementReason + "|" + Advisories.BySummary("gone").Count;
            }
            """);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal("2|PYSEC-1,PYSEC-3|3|True|withdrawn 2024-05-01T00:00:00Z|0", run.Invoke("Probe", "Run"));
        Assert.Contains(run.Sources, source => source.Text.Contains("[global::System.Obsolete(\"Retired: withdrawn 2024-05-01T00:00:00Z.\")]", StringComparison.Ordinal));
    }

    /// <summary>A bool field retires on true only: false, and no under booleans: yaml1.1, keep the entry.</summary>
    [Fact]
    public void ABoolFieldRetiresOnTrueOnly()
    {
        var run = GeneratorHarness.Run(
            [
                new ContentFile("/p/content/gems.schema.yaml", "booleans: yaml1.1\ntypes:\n  Gem:\n    retired: { when: yanked }\n    fields:\n      yanked: { type: bool, optional: true }\n"),
                new ContentFile("/p/content/gems.yaml", "gems:\n  - id: a\n    yanked: yes\n  - id: b\n    yanked: no\n  - id: c\n    yanked: false\n  - id: d\n"),
            ],
            "public static class Probe { public static string Run() => string.Join(\",\", System.Linq.Enumerable.Select(Test.Content.Gems.All, g => g.Id)) + \"|\" + Test.Content.Gems.Get(\"a\").RetirementReason; }");

        Assert.Empty(run.FactbookDiagnostics);
        Assert.Equal("b,c,d|yanked yes", run.Invoke("Probe", "Run"));
    }

    [Theory]
    [InlineData("retired: withdrawn", "'retired' of type 'Advisory' must name the field whose value retires an entry, as retired: { when: withdrawn }, not the text 'withdrawn'")]
    [InlineData("retired: { when: withdrawm }", "'retired: { when: withdrawm }' of type 'Advisory' must name one of its fields with a single value and no default (did you mean 'withdrawn'?)")]
    [InlineData("retired: { when: summary }\n    members: none", "'retired: { when: summary }' of type 'Advisory' must name one of its fields with a single value and no default")]
    public void AWrongDeclarationIsFB0051AtIt(string line, string message)
    {
        var run = Run(string.Empty, Schema.Replace("retired: { when: withdrawn }", line, StringComparison.Ordinal));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal("FB0051", diagnostic.Id);
        Assert.EndsWith(message, diagnostic.GetMessage(), StringComparison.Ordinal);
    }
}
