using Microsoft.CodeAnalysis;
using static Factbook.Generator.Tests.Infrastructure.RunFixtures;

namespace Factbook.Generator.Tests.Layouts;

/// <summary>
/// Files no type binds: a misspelt collection is FB0020 with the closest name; other YAML is one FB0039 that says what
/// the file holds and the <c>files</c> and <c>layout</c> lines that would bind it, its name quoted.
/// </summary>
public class UnboundFileTests
{
    [Fact]
    public void AnUnboundFileWithAMisspeltCollectionIsFB0020()
    {
        var run = GeneratorHarness.Run(TestContent.Schema(), new ContentFile("/project/content/other.yaml", "plaecs:\n  - id: a\n    name: A\n    kind: city\n"));

        AssertNothingEscaped(run);
        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0020", DiagnosticSeverity.Error, 1, 1), (diagnostic.Id, diagnostic.Severity, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("(did you mean 'places'?)", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: My blog\nbaseurl: /blog\nauthor: { name: Tom }\n", "one record", "layout: record")]
    [InlineData("- name: Tom's blog\n  url: https://example.org\n- name: Other\n", "a list", "layout: list")]
    [InlineData("main:\n  title: Home\nfooter:\n  title: About\n", "a mapping without a collection key", "layout: map")]
    [InlineData("just text\n", "the text 'just text'", "layout: map")]
    public void AnUnboundFileWithUnrelatedKeysIsOneFB0039(string content, string shape, string layout)
    {
        var run = GeneratorHarness.Run(TestContent.Schema(), TestContent.Places(TestContent.Russia), new ContentFile("/project/content/_config.yml", content));

        AssertCleanRun(run);
        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0039", DiagnosticSeverity.Warning, "/project/content/_config.yml", 1, 1), (diagnostic.Id, diagnostic.Severity, diagnostic.Location.GetLineSpan().Path, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("it is " + shape, diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("files: \"_config.yml\" and " + layout, diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("russia", All(run.Load().GetType(Namespace + ".Places")!).Select(IdOf));
    }

    [Fact]
    public void TheFB0039SuggestionForAFileInASubfolderBindsIt()
    {
        var run = GeneratorHarness.Run(TestContent.Schema(), TestContent.Places(TestContent.Russia), new ContentFile("/project/content/_data/nav.yml", "- title: Home\n"));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal("FB0039", diagnostic.Id);
        Assert.Contains("files: \"_data/nav.yml\"", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheFB0039SuggestionQuotesAnOddFileName()
    {
        var run = GeneratorHarness.Run(TestContent.Schema(), TestContent.Places(TestContent.Russia), new ContentFile("/project/content/we\u202Eird\".yml", "- title: Home\n"));

        AssertCleanRun(run);
        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal("FB0039", diagnostic.Id);
        Assert.DoesNotContain(diagnostic.GetMessage(), c => c is '\u202E');
    }
}
