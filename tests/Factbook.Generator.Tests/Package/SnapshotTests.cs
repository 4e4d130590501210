namespace Factbook.Generator.Tests.Package;

/// <summary>The generated source for small schemas, reviewed as snapshots; each must compile cleanly.</summary>
public class SnapshotTests
{
    [Fact]
    public void OneTypeTwoEntries()
    {
        var run = GeneratorHarness.Run(
            TestContent.Schema("""
                types:
                  Country:
                    description: A sovereign state.
                    fields:
                      name: { type: string, description: The common English name. }
                """),
            new ContentFile("/project/content/countries.yaml", """
                countries:
                  - id: poland
                    name: Poland
                  - id: lithuania
                    name: Lithuania
                """));

        AssertCleanAndVerify(run);
    }

    /// <summary>A schema with a field of every kind, and content that uses each, with text that needs escaping.</summary>
    internal static readonly ContentFile[] EveryFieldKindFiles =
    [
        TestContent.Schema("""
            types:
              Source:
                fields:
                  name: string
              Report:
                description: A report with one field of every kind.
                display: headline
                fields:
                  headline: { type: string, description: The headline. }
                  count: { type: int, description: A whole number. }
                  share: { type: decimal, optional: true }
                  verified: { type: bool, default: false }
                  published: { type: date }
                  link: { type: url, optional: true }
                  confidence: { type: enum, values: [certain, most likely], default: certain }
                  tags: { type: "string[]", optional: true }
                  source: { type: Source }
                  also_from: { type: "Source[]", optional: true }
                  reviewer: { type: Source, optional: true }
                  figure:
                    type: object
                    optional: true
                    fields:
                      value: int
                      unit: { type: string, optional: true }
                      about: { type: Source, optional: true }
            """),
        new ContentFile("/project/content/sources.yaml", """
            sources:
              - id: ministry
                name: The "Ministry" & <Co>
              - id: agency
                name: Agency
            """),
        new ContentFile("/project/content/reports.yaml", """
            reports:
              - id: first
                headline: At least four
                count: -4
                share: 0.25
                verified: true
                published: 2023-11-02
                link: https://example.org/report?a=1&b=2
                confidence: most likely
                tags: [air defence, "quote \" and \\ backslash"]
                source: ministry
                also_from: [agency, ministry]
                reviewer: agency
                figure: { value: 4, unit: systems, about: agency }
              - id: second
                headline: Undated month
                count: 0
                published: 2023-05
                source: agency
            """),
    ];

    [Fact]
    public void EveryFieldKind()
    {
        var run = GeneratorHarness.Run(EveryFieldKindFiles);

        AssertCleanAndVerify(run);
    }

    [Fact]
    public void EveryFieldKindReadsBackExactly()
    {
        var run = GeneratorHarness.Run(EveryFieldKindFiles, """
            using System.Linq;
            using Test.Content;

            public static class Probe
            {
                public static string Run()
                {
                    var first = Reports.First;
                    var second = Reports.Second;
                    return string.Join("\n", new object?[]
                    {
                        first.Id, first.Headline, first.Count, first.Share, first.Verified, first.Published, first.Link, first.Confidence.ToText(),
                        string.Join("|", first.Tags), first.Source.Name, string.Join("|", first.AlsoFrom.Select(s => s.Id)), first.Reviewer?.Id,
                        first.Figure!.Value, first.Figure.Unit, first.Figure.About?.Id,
                        second.Share is null, second.Verified, second.Published, second.Published.IsFullDate, second.Link is null, second.Confidence, second.Tags.Count, second.AlsoFrom.Count, second.Reviewer is null, second.Figure is null,
                        string.Join("|", Reports.BySource(Sources.Agency).Select(r => r.Id)), string.Join("|", Reports.ByAlsoFrom(Sources.Ministry).Select(r => r.Id)),
                    });
                }
            }
            """);

        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal(
            [
                "first", "At least four", "-4", "0.25", "True", "2023-11-02", "https://example.org/report?a=1&b=2", "most likely",
                "air defence|quote \" and \\ backslash", "The \"Ministry\" & <Co>", "agency|ministry", "agency",
                "4", "systems", "agency",
                "True", "False", "2023-05", "False", "True", "Certain", "0", "0", "True", "True",
                "second", "first",
            ],
            ((string)run.Invoke("Probe", "Run")!).Split('\n'));
    }

    [Fact]
    public void EmptyCollection()
    {
        var run = GeneratorHarness.Run(TestContent.Schema("""
            types:
              Note:
                fields:
                  text: string
            """));

        AssertCleanAndVerify(run);
    }

    private static void AssertCleanAndVerify(GeneratorRun run, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);

        // The support file is the same for every schema: one snapshot of it is enough.
        var sources = test == nameof(EveryFieldKind) ? run.Sources : run.Sources.Where(source => source.HintName != Factbook.Generator.Emit.SupportEmitter.HintName).ToList();
        Snapshot.Verify(sources, nameof(SnapshotTests), test);
    }
}
