namespace Factbook.Generator.Tests.Schema;

/// <summary>
/// Rules a dataset's values already follow: <c>pattern</c> on string fields (CVE and GHSA ids), and YAML 1.1's
/// booleans (<c>published: yes</c>, as Jekyll and Ruby data write them) where the schema accepts them.
/// </summary>
public sealed class ValueRuleTests
{
    // The shape of a Ruby advisory database: one record per file, ids that follow a pattern, YAML 1.1 booleans.
    private const string AdvisorySchema = """
        types:
          Advisory:
            files: "gems/**/*.yml"
            layout: record
            fields:
              gem: string
              cve: { type: string, optional: true, pattern: '^\d{4}-\d{4,}$' }
              ghsa: { type: string, optional: true, pattern: '^[a-z0-9]{4}(-[a-z0-9]{4}){2}$' }
              aliases: { type: "string[]", optional: true, pattern: '^(CVE|GHSA)-' }
              patched: { type: bool, booleans: yaml1.1 }
        """;

    private static GeneratorRun Advisories(params (string Path, string Text)[] files) => GeneratorHarness.Run(
        new[] { new ContentFile("/p/content/advisories.schema.yaml", AdvisorySchema) }.Concat(files.Select(file => new ContentFile("/p/content/gems/" + file.Path, file.Text))),
        "public static class Probe { public static string Run() => string.Join(\"|\", System.Linq.Enumerable.Select(Test.Content.Advisories.All, a => a.Id + \":\" + a.Cve + \":\" + a.Patched + \":\" + string.Join(\",\", a.Aliases))); }");

    [Fact]
    public void ValuesThatMatchTheirPatternsAndYaml11BooleansRead()
    {
        var run = Advisories(
            ("rack/CVE-2024-1.yml", "gem: rack\ncve: 2024-1234\nghsa: abcd-ef12-3456\naliases: [CVE-2024-1234, GHSA-abcd-ef12-3456]\npatched: yes\n"),
            ("rails/CVE-2023-2.yml", "gem: rails\ncve: 2023-22795\npatched: Off\n"),
            ("rails/OSVDB-1.yml", "gem: rails\npatched: false\n"));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal("rack/CVE-2024-1:2024-1234:True:CVE-2024-1234,GHSA-abcd-ef12-3456|rails/CVE-2023-2:2023-22795:False:|rails/OSVDB-1::False:", run.Invoke("Probe", "Run"));
    }

    [Theory]
    [InlineData("cve: CVE-2024-1\n", 2, 6, "The field 'cve' expects text matching the pattern ^\\d{4}-\\d{4,}$, but 'CVE-2024-1' is not one")]
    [InlineData("aliases: [CVE-1, OSVDB-2]\n", 2, 18, "The field 'aliases' expects text matching the pattern ^(CVE|GHSA)-, but 'OSVDB-2' is not one")]
    public void AValueThatDoesNotMatchIsFB0027AtTheValue(string line, int lineNumber, int column, string message)
    {
        var run = Advisories(("rack/CVE-2024-1.yml", "gem: rack\n" + line + "patched: yes\n"));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0027", lineNumber, column), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.StartsWith(message, diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    /// <summary>YAML 1.1 reads only a plain <c>yes</c> as a boolean: a quoted one is text, and taking it as true would say something else.</summary>
    [Fact]
    public void AQuotedYesIsNotABooleanUnderYaml11()
    {
        var run = Advisories(("rack/CVE-2024-1.yml", "gem: rack\npatched: \"yes\"\n"));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0027", 2, 10), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("quoted (or a block), YAML 1.1 readers take it as text", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutYaml11AYesSaysHowToAcceptIt()
    {
        var run = GeneratorHarness.Run(
            new ContentFile("/p/content/pages.schema.yaml", "types:\n  Page:\n    fields:\n      published: bool\n"),
            new ContentFile("/p/content/pages.yaml", "pages:\n  - id: about\n    published: yes\n"));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0027", 3, 16), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("accept it with 'booleans: yaml1.1' on the field, or at the top of the schema file for all its bool fields", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    /// <summary>At the top of a schema file, <c>booleans: yaml1.1</c> holds for every bool field of that file, nested ones too, and no other file's.</summary>
    [Fact]
    public void AtTheTopOfASchemaFileItHoldsForThatFilesBoolFields()
    {
        var run = GeneratorHarness.Run(
            [
                new ContentFile("/p/content/pages.schema.yaml", "booleans: yaml1.1\ntypes:\n  Page:\n    fields:\n      published: bool\n      seo: { type: object, fields: { index: bool } }\n"),
                new ContentFile("/p/content/posts.schema.yaml", "types:\n  Post:\n    fields:\n      draft: bool\n"),
                new ContentFile("/p/content/pages.yaml", "pages:\n  - id: about\n    published: YES\n    seo: { index: n }\nposts:\n  - id: hello\n    draft: no\n"),
            ],
            "public static class Probe { public static string Run() => Test.Content.Pages.About.Published + \"|\" + Test.Content.Pages.About.Seo.Index; }");

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0027", 7, 12), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Equal("True|False", run.Invoke("Probe", "Run"));
    }

    [Theory]
    [InlineData("      cve: { type: string, pattern: '(' }\n", "'pattern' of field 'cve' of Advisory is not a valid .NET regular expression: ")]
    [InlineData("      year: { type: int, pattern: '^1' }\n", "'pattern' of field 'year' of Advisory only applies to fields of type string")]
    [InlineData("      patched: { type: bool, booleans: yes }\n", "'booleans' of field 'patched' of Advisory can only be 'yaml1.1'")]
    [InlineData("      gem: { type: string, booleans: yaml1.1 }\n", "'booleans' of field 'gem' of Advisory only applies to fields of type bool")]
    public void AWrongRuleIsASchemaErrorAtIt(string field, string message)
    {
        var run = GeneratorHarness.Run(new ContentFile("/p/content/advisories.schema.yaml", "types:\n  Advisory:\n    fields:\n" + field));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal("FB0010", diagnostic.Id);
        Assert.Contains(message, diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    /// <summary>
    /// A pattern that backtracks badly on a near miss must not hang the build, 2,000 values of 40 characters in one
    /// file: <c>^(a+)+$</c> runs on the engine that cannot backtrack, and every value is refused, quickly.
    /// </summary>
    [Fact]
    public void ABacktrackingPatternDoesNotHangTheBuild()
    {
        var values = string.Concat(Enumerable.Range(0, 2_000).Select(i => "  - id: v" + i + "\n    text: " + new string('a', 40) + "!\n"));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var run = GeneratorHarness.Run(
            new ContentFile("/p/content/values.schema.yaml", "types:\n  Value:\n    fields:\n      text: { type: string, pattern: '^(a+)+$' }\n"),
            new ContentFile("/p/content/values.yaml", "values:\n" + values));

        var refused = run.FactbookDiagnostics.Where(d => d.Id == "FB0027").ToList();
        Assert.Equal((3, 11), (refused[0].Line(), refused[0].Column()));
        Assert.True(refused.Count > 1, "every value is refused (up to the cap on problems shown)");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), "a guard against a hang, not a timing: " + watch.Elapsed);
    }

    /// <summary>
    /// A pattern only a backtracking engine can run (a backreference, a lookaround) is refused where the engine that
    /// cannot backtrack exists: with a time limit instead, whether a value is checked would depend on the machine.
    /// </summary>
    [Theory]
    [InlineData("^(a+)+\\1$")]
    [InlineData("^(?=a)a+$")]
    public void APatternThatNeedsBacktrackingIsRefused(string pattern)
    {
        var run = GeneratorHarness.Run(new ContentFile("/p/content/values.schema.yaml", "types:\n  Value:\n    fields:\n      text: { type: string, pattern: '" + pattern + "' }\n"));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal("FB0010", diagnostic.Id);
        Assert.Contains("uses a backreference or a lookaround", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void ADefaultThatDoesNotMatchThePatternIsFB0017()
    {
        var run = GeneratorHarness.Run(new ContentFile("/p/content/values.schema.yaml", "types:\n  Value:\n    fields:\n      code: { type: string, pattern: '^[a-z]+$', default: NOT LOWER }\n"));

        Assert.Equal("FB0017", Assert.Single(run.FactbookDiagnostics).Id);
    }
}
