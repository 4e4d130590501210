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
    [InlineData("verdict: { type: string, optional: true, required_when: { status: done } }", "(it is one of 'unchecked', 'in progress', 'checked')")]
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

    /// <summary>
    /// The sibling is an enum, read alike by the build and by editors: a bool is refused. A sibling left out counts by
    /// its default, and an empty list, written as nothing, is missing to both.
    /// </summary>
    [Fact]
    public void EditorsCountADefaultAndAnEmptyListAsTheBuildDoes()
    {
        const string schema = "types:\n  Task:\n    fields:\n      state: { type: enum, values: [open, done], default: done }\n      note: { type: string, optional: true, required_when: { state: done } }\n      tags: { type: \"string[]\", optional: true, required_when: { state: open } }\n";
        var loaded = Factbook.Generator.Content.ContentLoader.Load([("/p/content/tasks.schema.yaml", schema)], ParseLimits.Default, cancellationToken: TestContext.Current.CancellationToken);
        var exported = JsonSchema.FromText(JsonSchemaExporter.Export(loaded.Schema, loaded.Content).Single(file => file.FileName == "tasks.schema.json").Json);
        bool Valid(string json) => exported.Evaluate(JsonDocument.Parse(json).RootElement).IsValid;
        var built = GeneratorHarness.Run(new ContentFile("/p/content/tasks.schema.yaml", schema), new ContentFile("/p/content/tasks.yaml", "tasks:\n  - id: a\n  - id: b\n    state: open\n    tags: ~\n"));

        Assert.False(Valid("""{ "tasks": [{ "id": "a" }] }"""));
        Assert.True(Valid("""{ "tasks": [{ "id": "a", "note": "n" }] }"""));
        Assert.False(Valid("""{ "tasks": [{ "id": "b", "state": "open", "tags": null }] }"""));
        Assert.True(Valid("""{ "tasks": [{ "id": "b", "state": "open", "tags": ["t"] }] }"""));
        Assert.Equal(["FB0054 a note", "FB0054 b tags"], built.FactbookDiagnostics.Select(d => d.Id + " " + d.GetMessage().Split('\'')[1] + " " + d.GetMessage().Split('\'')[3]));
        var refused = Assert.Single(GeneratorHarness.Run(new ContentFile("/p/content/tasks.schema.yaml", "types:\n  Task:\n    fields:\n      done: bool\n      note: { type: string, optional: true, required_when: { done: true } }\n")).FactbookDiagnostics);
        Assert.Contains("('done' is no enum)", refused.GetMessage(), StringComparison.Ordinal);
    }

    /// <summary>One mistake, one error: a sibling refused for its own error is not also said to be no enum.</summary>
    [Fact]
    public void ASiblingRefusedForItsOwnErrorIsOneError()
    {
        var run = GeneratorHarness.Run(new ContentFile("/p/content/reviews.schema.yaml", "types:\n  Review:\n    fields:\n      status: { type: enum, values: [a, b], verbatim_in: nope }\n      note: { type: string, optional: true, required_when: { status: a } }\n"));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Contains("verbatim_in", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    /// <summary>In a nested object, FB0054 names the entry and its type, not the object's generated type.</summary>
    [Fact]
    public void InANestedObjectTheEntryIsNamed()
    {
        var run = GeneratorHarness.Run(
            new ContentFile("/p/content/reviews.schema.yaml", "types:\n  Review:\n    fields:\n      check:\n        type: object\n        fields:\n          status: { type: enum, values: [open, checked] }\n          verdict: { type: string, optional: true, required_when: { status: checked } }\n"),
            new ContentFile("/p/content/reviews.yaml", "reviews:\n  - id: r1\n    check: { status: checked }\n"));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.StartsWith("The Review entry 'r1' is missing 'verdict', which is required when 'status' is 'checked'", diagnostic.GetMessage(), StringComparison.Ordinal);
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
