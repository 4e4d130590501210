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
    [InlineData("verdict: { type: string, optional: true, default: none, required_when: { status: checked } }", "can never apply: the field has a default")]
    public void AWrongRequiredWhenIsFB0010(string field, string phrase)
    {
        var run = GeneratorHarness.Run(new ContentFile("/p/content/reviews.schema.yaml", "types:\n  Review:\n    fields:\n      status: { type: enum, values: [unchecked, in progress, checked] }\n      " + field + "\n"));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal("FB0010", diagnostic.Id);
        Assert.Contains(phrase, diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    /// <summary>A value written but refused is that error alone, as for a required field, not also "missing".</summary>
    [Fact]
    public void AWrittenValueThatIsRefusedIsNotAlsoMissing()
    {
        var run = Run("reviews:\n  - id: c\n    status: checked\n    verdict: maybe\n    reviewer: Ana\n    sources: [https://example.org/a]\n");

        Assert.Equal(["FB0028"], run.FactbookDiagnostics.Select(d => d.Id));
    }

    /// <summary>A bool or number sibling is compared as the editor reads it, and a sibling's default counts when it is left out.</summary>
    [Fact]
    public void EditorsCompareTypedValuesAndDefaults()
    {
        const string schema = "types:\n  Task:\n    fields:\n      done: bool\n      size: { type: int, default: 1 }\n      note: { type: string, optional: true, required_when: { done: true } }\n      owner: { type: string, optional: true, required_when: { size: 1 } }\n";
        var loaded = Factbook.Generator.Content.ContentLoader.Load([("/p/content/tasks.schema.yaml", schema)], ParseLimits.Default, cancellationToken: TestContext.Current.CancellationToken);
        var exported = JsonSchema.FromText(JsonSchemaExporter.Export(loaded.Schema, loaded.Content).Single(file => file.FileName == "tasks.schema.json").Json);
        bool Valid(string json) => exported.Evaluate(JsonDocument.Parse(json).RootElement).IsValid;

        Assert.False(Valid("""{ "tasks": [{ "id": "a", "done": true, "owner": "x" }] }"""));
        Assert.True(Valid("""{ "tasks": [{ "id": "a", "done": true, "note": "n", "owner": "x" }] }"""));
        Assert.False(Valid("""{ "tasks": [{ "id": "a", "done": false }] }"""));
        Assert.True(Valid("""{ "tasks": [{ "id": "a", "done": false, "size": 2 }] }"""));
        Assert.Contains(GeneratorHarness.Run(new ContentFile("/p/content/tasks.schema.yaml", schema), new ContentFile("/p/content/tasks.yaml", "tasks:\n  - id: a\n    done: false\n")).FactbookDiagnostics, d => d.Id == "FB0054" && d.GetMessage().Contains("'owner'", StringComparison.Ordinal));
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
