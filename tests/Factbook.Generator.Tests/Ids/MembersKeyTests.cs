namespace Factbook.Generator.Tests.Ids;

/// <summary>A <c>members</c> key that is no id of its type names nothing: a warning at the key with the closest id.</summary>
public sealed class MembersKeyTests
{
    private const string Languages = "languages:\n  - id: C#\n  - id: F#\n";

    private static GeneratorRun Run(string members) => GeneratorHarness.Run(
        new ContentFile("/p/content/languages.schema.yaml", "types:\n  Language:\n    members:\n" + members + "    fields:\n      wiki: { type: string, optional: true }\n"),
        new ContentFile("/p/content/languages.yaml", Languages));

    [Theory]
    [InlineData("      \"c#\": CSharpLower\n", "'c#' under 'members' of type 'Language' is not the id of any Language (did you mean 'C#'?), so no entry is named CSharpLower")] // a case slip
    [InlineData("      \"C##\": CSharpTwice\n", "'C##' under 'members' of type 'Language' is not the id of any Language (did you mean 'C#'?), so no entry is named CSharpTwice")] // a typo
    [InlineData("      Cobol: TheCobol\n", "'Cobol' under 'members' of type 'Language' is not the id of any Language, so no entry is named TheCobol")] // an id since removed
    public void AKeyThatIsNoIdIsAWarningAtTheKey(string members, string message)
    {
        var run = Run(members);

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0049", "/p/content/languages.schema.yaml", 4, 7), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path, diagnostic.Line(), diagnostic.Column()));
        Assert.Equal(message, diagnostic.GetMessage());
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void AKeyThatIsAnIdIsUsed()
    {
        var run = GeneratorHarness.Run(
            [
                new ContentFile("/p/content/languages.schema.yaml", "types:\n  Language:\n    members:\n      \"C#\": CSharpLanguage\n    fields:\n      wiki: { type: string, optional: true }\n"),
                new ContentFile("/p/content/languages.yaml", Languages),
            ],
            "public static class Probe { public static string Run() => Test.Content.Languages.CSharpLanguage.Id; }");

        Assert.Empty(run.FactbookDiagnostics);
        Assert.Equal("C#", run.Invoke("Probe", "Run"));
    }
}
