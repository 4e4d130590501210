using System.Text.Json;
using Factbook.Cli.JsonSchemas;
using Factbook.Generator.Parsing;
using Json.Schema;

namespace Factbook.Generator.Tests.Schema;

/// <summary>
/// <c>required_when</c>: an optional field that another field's value makes required, as a fact-checker's review
/// needs its verdict, reviewer, date and a source once it is <c>checked</c>. Missing, it is FB0054 at the entry,
/// which is left out; editors' JSON Schemas say the same.
/// </summary>
public sealed class RequiredWhenTests
{
    private const string Schema = """
        types:
          Review:
            fields:
              status: { type: enum, values: [unchecked, in progress, checked], default: unchecked }
              verdict: { type: enum, values: [accurate, misleading, false], optional: true, required_when: { status: checked } }
              reviewer: { type: string, optional: true, required_when: { status: checked } }
              sources: { type: "url[]", optional: true, required_when: { status: checked } }
        """;

    private static GeneratorRun Run(string reviews) => GeneratorHarness.Run(
        [new ContentFile("/p/content/reviews.schema.yaml", Schema), new ContentFile("/p/content/reviews.yaml", reviews)],
        "public static class Probe { public static int Run() => Test.Content.Reviews.Count; }");

    [Fact]
    public void AnEntryWithoutTheValueNeedsNothing()
    {
        var run = Run("reviews:\n  - id: a\n  - id: b\n    status: in progress\n    reviewer: Ana\n  - id: c\n    status: checked\n    verdict: accurate\n    reviewer: Ana\n    sources: [https://example.org/a]\n");

        Assert.Empty(run.FactbookDiagnostics);
        Assert.Equal(3, run.Invoke("Probe", "Run"));
    }

    [Fact]
    public void WithTheValueEachMissingFieldIsFB0054AtTheEntryWhichIsLeftOut()
    {
        var run = Run("reviews:\n  - id: ok\n  - id: c\n    status: checked\n    reviewer: Ana\n    sources: []\n");

        Assert.Equal(
            ["FB0054 3:9 The Review entry 'c' is missing 'verdict', which is required when 'status' is 'checked'", "FB0054 3:9 The Review entry 'c' is missing 'sources' (at least one), which is required when 'status' is 'checked'"],
            run.FactbookDiagnostics.Select(d => d.Id + " " + d.Line() + ":" + d.Column() + " " + d.GetMessage().Split(';')[0]));
        Assert.All(run.FactbookDiagnostics, d => Assert.Contains("is left out of All, Count and Get", d.GetMessage(), StringComparison.Ordinal));
        Assert.Equal(1, run.Invoke("Probe", "Run"));
    }

    [Theory]
    [InlineData("verdict: { type: string, required_when: { status: checked } }", "applies to optional fields")]
    [InlineData("verdict: { type: string, optional: true, required_when: { stauts: checked } }", "(did you mean 'status'?)")]
    [InlineData("verdict: { type: string, optional: true, required_when: { status: done } }", "(it is one of unchecked, in progress, checked)")]
    [InlineData("verdict: { type: string, optional: true, required_when: [status] }", "must name one field beside it and its value")]
    public void AWrongRequiredWhenIsFB0010(string field, string phrase)
    {
        var run = GeneratorHarness.Run(new ContentFile("/p/content/reviews.schema.yaml", "types:\n  Review:\n    fields:\n      status: { type: enum, values: [unchecked, in progress, checked] }\n      " + field + "\n"));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal("FB0010", diagnostic.Id);
        Assert.Contains(phrase, diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void EditorsAreToldTheSame()
    {
        var loaded = Factbook.Generator.Content.ContentLoader.Load([("/p/content/reviews.schema.yaml", Schema)], ParseLimits.Default, cancellationToken: TestContext.Current.CancellationToken);
        var schema = JsonSchema.FromText(JsonSchemaExporter.Export(loaded.Schema, loaded.Content).Single(file => file.FileName == "reviews.schema.json").Json);
        bool Valid(string json) => schema.Evaluate(JsonDocument.Parse(json).RootElement).IsValid;

        Assert.True(Valid("""{ "reviews": [{ "id": "a", "status": "in progress" }] }"""));
        Assert.True(Valid("""{ "reviews": [{ "id": "a", "status": "checked", "verdict": "accurate", "reviewer": "Ana", "sources": ["https://example.org/"] }] }"""));
        Assert.False(Valid("""{ "reviews": [{ "id": "a", "status": "checked", "reviewer": "Ana", "sources": ["https://example.org/"] }] }"""));
        Assert.False(Valid("""{ "reviews": [{ "id": "a", "status": "checked", "verdict": "accurate", "reviewer": "Ana", "sources": [] }] }"""));
    }
}
