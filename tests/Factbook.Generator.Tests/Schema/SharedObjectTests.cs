namespace Factbook.Generator.Tests.Schema;

/// <summary>
/// Object types declared once under <c>objects</c> and used by name by several types: two advisory databases
/// share one <c>Related</c> record (not <c>GemAdvisoryRelated</c> and <c>RubyAdvisoryRelated</c>), emitted once.
/// </summary>
public sealed class SharedObjectTests
{
    private const string Schema = """
        objects:
          Link:
            fields:
              url: url
          Related:
            description: An advisory of another database about the same flaw.
            fields:
              source: { type: enum, values: [osv, ghsa, nvd] }
              link: Link
        types:
          GemAdvisory:
            fields:
              related: { type: "Related[]", optional: true }
          PyAdvisory:
            fields:
              first: { type: Related, optional: true }
              links: "map<Link>"
        """;

    private const string Content = """
        gem_advisories:
          - id: CVE-2024-1
            related:
              - { source: ghsa, link: { url: "https://github.com/advisories/GHSA-1" } }
        py_advisories:
          - id: PYSEC-1
            first: { source: nvd, link: { url: "https://nvd.nist.gov/vuln/detail/CVE-2024-1" } }
            links: { fix: { url: "https://example.org/fix" } }
        """;

    private static GeneratorRun Run(string schema = Schema, string probe = "") => GeneratorHarness.Run(
        [new ContentFile("/p/content/advisories.schema.yaml", schema), new ContentFile("/p/content/advisories.yaml", Content)],
        probe);

    [Fact]
    public void TwoTypesShareOneRecordEmittedOnce()
    {
        var run = Run(probe: """
            using Test.Content;
            public static class Probe
            {
                public static string Run()
                {
                    Related fromGems = GemAdvisories.Cve2024_1.Related[0];
                    Related fromPy = PyAdvisories.Pysec1.First!;
                    Link fix = PyAdvisories.Pysec1.Links["fix"];
                    return fromGems.Source + "|" + fromGems.Link.Url + "|" + fromPy.Source.ToText() + "|" + fix.Url;
                }
            }
            """);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal("Ghsa|https://github.com/advisories/GHSA-1|nvd|https://example.org/fix", run.Invoke("Probe", "Run"));
        Assert.Single(run.Sources, source => source.Text.Contains("public sealed partial record Related", StringComparison.Ordinal));
        Assert.Contains(run.Sources, source => source.HintName.EndsWith("Related.g.cs", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Sources, source => source.Text.Contains("GemAdvisoryRelated", StringComparison.Ordinal));
    }

    /// <summary>An object is emitted only beside types, which bring the reader its code uses: a schema whose one type has an error gives that error alone.</summary>
    [Fact]
    public void ObjectsWithoutATypeGiveNoCode()
    {
        var run = GeneratorHarness.Run(new ContentFile("/p/content/s.schema.yaml", "objects:\n  Pkg:\n    fields:\n      name: string\ntypes:\n  Thing:\n    fields:\n      x: { type: strin }\n"));

        Assert.Equal("FB0012", Assert.Single(run.FactbookDiagnostics).Id);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Theory]
    [InlineData("objects:\n  Link:\n    fields:\n      url: uri\n", "FB0010", "the field 'first' uses the object 'Related', which has an error of its own")]
    [InlineData("objects:\n  GemAdvisory:\n    fields:\n      url: url\n", "FB0014", "The name 'GemAdvisory' would be generated twice")]
    [InlineData("objects:\n  Link:\n    fields:\n      next: { type: Link, optional: true }\n", "FB0010", "the field 'next' uses the object 'Link', which is not declared before the object that holds it")]
    [InlineData("      first: { type: Related, fields: { x: int } }\n", "FB0010", "'fields' of field 'first' of PyAdvisory are those of the object 'Related', declared under 'objects'; remove them here")]
    public void MistakesAreLocatedSchemaErrors(string change, string id, string message)
    {
        var schema = change.StartsWith("objects:", StringComparison.Ordinal)
            ? change + Schema.Substring(Schema.IndexOf("  Related:", StringComparison.Ordinal))
            : Schema.Replace("      first: { type: Related, optional: true }\n", change, StringComparison.Ordinal);

        var run = Run(schema);

        Assert.Contains(run.FactbookDiagnostics, d => d.Id == id && d.GetMessage().Contains(message, StringComparison.Ordinal));
        Assert.DoesNotContain(run.CompilationDiagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
    }
}
