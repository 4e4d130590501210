namespace Factbook.Generator.Tests.References;

/// <summary>
/// <c>index: true</c> below the top level, in the shape of OSV advisories: a lookup over <c>affected[].package.name</c>
/// and over an optional value three lists down, each entry once and in content order, absent values giving nothing.
/// </summary>
public sealed class NestedIndexTests
{
    private const string Schema = """
        types:
          Advisory:
            files: "vulns/**/*.yaml"
            layout: record
            id: { from: field, field: id }
            fields:
              summary: string
              affected:
                type: "object[]"
                fields:
                  package:
                    type: object
                    fields:
                      name: { type: string, index: true }
                      ecosystem: { type: enum, values: [PyPI, npm], index: true }
                  ranges:
                    type: "object[]"
                    optional: true
                    fields:
                      events:
                        type: "object[]"
                        fields:
                          introduced: { type: string, optional: true }
                          fixed: { type: string, optional: true, index: true }
        """;

    private static string Advisory(string id, string summary, params (string Package, string Ecosystem, string? Fixed)[] affected) =>
        "id: " + id + "\nsummary: " + summary + "\naffected:\n" + string.Concat(affected.Select(item =>
            "  - package:\n      name: " + item.Package + "\n      ecosystem: " + item.Ecosystem + "\n" +
            (item.Fixed is null ? string.Empty : "    ranges:\n      - events:\n          - introduced: \"0\"\n          - fixed: \"" + item.Fixed + "\"\n")));

    private static GeneratorRun Run(string probe) => GeneratorHarness.Run(
        [
            new ContentFile("/p/content/advisories.schema.yaml", Schema),
            new ContentFile("/p/content/vulns/django/PYSEC-1.yaml", Advisory("PYSEC-1", "Django and its admin", ("django", "PyPI", "4.2.1"), ("django", "PyPI", null))),
            new ContentFile("/p/content/vulns/flask/PYSEC-2.yaml", Advisory("PYSEC-2", "Flask", ("flask", "PyPI", "2.0.1"))),
            new ContentFile("/p/content/vulns/left-pad/GHSA-3.yaml", Advisory("GHSA-3", "Two ecosystems", ("left-pad", "npm", null), ("django", "PyPI", "4.2.1"))),
        ],
        "using Test.Content; public static class Probe { " + probe + " static string Ids(System.Collections.Generic.IEnumerable<Advisory> found) => string.Join(\",\", System.Linq.Enumerable.Select(found, a => a.Id)); }");

    [Fact]
    public void ALookupOverANestedListFindsEachEntryOnceInContentOrder()
    {
        var run = Run("public static string Run() => Ids(Advisories.ByAffectedPackageName(\"django\")) + \"|\" + Ids(Advisories.ByAffectedPackageName(\"flask\")) + \"|\" + Ids(Advisories.ByAffectedPackageName(\"rails\")) + \"|\" + Ids(Advisories.ByAffectedPackageEcosystem(AdvisoryAffectedPackageEcosystem.Npm));");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.DoesNotContain(run.CompilationDiagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Assert.Equal("PYSEC-1,GHSA-3|PYSEC-2||GHSA-3", run.Invoke("Probe", "Run"));
    }

    [Fact]
    public void ALookupThroughOptionalListsSkipsWhatIsAbsent()
    {
        var run = Run("public static string Run() => Ids(Advisories.ByAffectedRangesEventsFixed(\"4.2.1\")) + \"|\" + Ids(Advisories.ByAffectedRangesEventsFixed(\"2.0.1\")) + \"|\" + Ids(Advisories.ByAffectedRangesEventsFixed(null));");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal("PYSEC-1,GHSA-3|PYSEC-2|", run.Invoke("Probe", "Run"));
    }

    /// <summary><c>a_b.c</c> and <c>a.b_c</c> both give <c>ByABC</c>: FB0014 at the fields, and the type is left out as for any schema error, so no C# error follows.</summary>
    [Fact]
    public void TwoIndexesOfOneNameAreFB0014AndTheSecondIsDropped()
    {
        var run = GeneratorHarness.Run(
            [
                new ContentFile("/p/content/things.schema.yaml", "types:\n  Thing:\n    fields:\n      a_b: { type: object, fields: { c: { type: string, index: true } } }\n      a: { type: object, fields: { b_c: { type: string, index: true } } }\n"),
                new ContentFile("/p/content/things.yaml", "things:\n  - id: t\n    a_b: { c: x }\n    a: { b_c: y }\n"),
            ]);

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0014", 4, 7), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.StartsWith("The name 'ByABC' would be generated twice: for the index of 'a_b.c' of Thing and for the index of 'a.b_c' of Thing; rename one", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(run.CompilationDiagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
    }

    /// <summary>100,000 nested items (10,000 advisories of ten affected packages each) index in one pass.</summary>
    [Fact]
    [Trait("Category", "Slow")]
    public void AnIndexOverAHundredThousandNestedItemsIsBuiltOnce()
    {
        var files = new List<ContentFile> { new("/p/content/advisories.schema.yaml", Schema) };
        for (var i = 0; i < 10_000; i++)
        {
            files.Add(new ContentFile($"/p/content/vulns/p{i % 100}/A-{i}.yaml", Advisory("A-" + i, "s", Enumerable.Range(0, 10).Select(j => ("pkg" + ((i + j) % 500), "PyPI", (string?)null)).ToArray())));
        }

        var run = GeneratorHarness.Run(files, "public static class Probe { public static string Run() => Test.Content.Advisories.ByAffectedPackageName(\"pkg7\").Count + \"|\" + Test.Content.Advisories.ByAffectedPackageName(\"pkg7\")[0].Id; }");

        Assert.Empty(run.GeneratorDiagnostics);
        // pkg7 is in advisories i with (i + j) % 500 == 7 for some j in 0..9: 10 of every 500.
        Assert.Equal("200|A-0", run.Invoke("Probe", "Run"));
    }
}
