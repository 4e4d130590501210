using Factbook.Generator.Tests.Infrastructure;
using Xunit;

namespace Factbook.Generator.Tests;

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

    [Fact]
    public void EveryFieldKind()
    {
        var run = GeneratorHarness.Run(
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
                """));

        AssertCleanAndVerify(run);
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
        Snapshot.Verify(run.Sources, nameof(SnapshotTests), test);
    }
}
