using Microsoft.CodeAnalysis;
using static Factbook.Generator.Tests.Infrastructure.BindingFixtures;
using static Factbook.Generator.Tests.Infrastructure.RunFixtures;

namespace Factbook.Generator.Tests.Layouts;

/// <summary>
/// Unknown fields never cost the entry: <c>extra_fields</c> makes a field the type does not declare an error (FB0025),
/// a warning (FB0042) or nothing, and the entry is generated in every layout.
/// </summary>
public class UnknownFieldTests
{
    [Theory]
    [InlineData("layout: map\n    extra_fields: error", "a:\n  name: A\n  nmae: typo\nb:\n  name: B\n", "FB0025")]
    [InlineData("layout: map", "a:\n  name: A\n  nmae: typo\nb:\n  name: B\n", "FB0025")]
    [InlineData("layout: map\n    extra_fields: warn", "a:\n  name: A\n  nmae: typo\nb:\n  name: B\n", "FB0042")]
    [InlineData("layout: map\n    extra_fields: ignore", "a:\n  name: A\n  nmae: typo\nb:\n  name: B\n", null)]
    [InlineData("layout: list\n    extra_fields: error", "- id: a\n  name: A\n  nmae: typo\n- id: b\n  name: B\n", "FB0025")]
    [InlineData("layout: record\n    extra_fields: error", "name: A\nnmae: typo\n", "FB0025")]
    public void AnEntryWithAnUnknownFieldIsStillGenerated(string layout, string content, string? expected)
    {
        var schema = "types:\n  Thing:\n    files: \"data/a.yml\"\n    " + layout + "\n    fields:\n      name: string\n";

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile("/project/content/data/a.yml", content));

        AssertCleanRun(run);
        Assert.Equal(expected is null ? [] : [expected], run.FactbookDiagnostics.Select(d => d.Id));
        if (expected is not null)
        {
            var diagnostic = run.FactbookDiagnostics[0];
            Assert.Contains("'nmae' (did you mean 'name'?)", diagnostic.GetMessage(), StringComparison.Ordinal);
            Assert.Equal(expected == "FB0025" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, diagnostic.Severity);
        }

        var things = run.Load().GetType(Namespace + ".Things")!;
        var a = Get(things, "a");
        Assert.Equal("A", a.GetType().GetProperty("Name")!.GetValue(a));
    }

    [Fact]
    public void AnEntryInFactbooksOwnLayoutWithAnUnknownFieldIsStillGenerated()
    {
        var run = GeneratorHarness.Run(TestContent.Schema(), TestContent.Places(TestContent.Russia + "    populaton: 5\n"));

        AssertCleanRun(run);
        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0025", 5, 5), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Equal("russia", IdOf(Get(run.Load().GetType(Namespace + ".Places")!, "russia")));
    }
}
