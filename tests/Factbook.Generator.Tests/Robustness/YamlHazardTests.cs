namespace Factbook.Generator.Tests.Robustness;

/// <summary>
/// YAML that could hang, crash or exhaust the build gets a located diagnostic instead, within limits that
/// MSBuild properties can raise. Each hazard is listed in docs/reliability.md with the test that shows it.
/// </summary>
public class YamlHazardTests
{
    private const string Places = TestContent.PlacesPath;

    [Fact]
    public void AMillionNestedBracketsStopAtTheDepthLimit()
    {
        var run = GeneratorHarness.Run(TestContent.Schema(), TestContent.Places("places: " + new string('[', 1_000_000)));

        AssertOnly(run, ("FB0003", Places, 1, 72));
    }

    [Fact]
    public void TheDepthLimitCanBeRaised()
    {
        var nested = "places:\n  - id: a\n    name: " + new string('[', 80) + "x" + new string(']', 80) + "\n    kind: city\n";

        var strict = GeneratorHarness.Run(TestContent.Schema(), TestContent.Places(nested));
        var raised = GeneratorHarness.Run([TestContent.Schema(), TestContent.Places(nested)], properties: new Dictionary<string, string> { ["FactbookMaxDepth"] = "200" });

        Assert.Equal("FB0003", Assert.Single(strict.FactbookDiagnostics).Id);
        Assert.Equal("FB0030", Assert.Single(raised.FactbookDiagnostics).Id);
    }

    [Fact]
    public void ABillionLaughsIsRefusedWithoutExpandingAnything()
    {
        var laughs = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n" +
            string.Join("\n", Enumerable.Range(1, 8).Select(i => $"{(char)('a' + i)}: &{(char)('a' + i)} [" + string.Join(",", Enumerable.Repeat("*" + (char)('a' + i - 1), 9)) + "]")) + "\n";

        var run = GeneratorHarness.Run(TestContent.Schema(), TestContent.Places(laughs));

        AssertOnly(run, ("FB0004", Places, 1, 4));
    }

    [Fact]
    public void ASelfReferencingAliasIsRefused()
    {
        var run = GeneratorHarness.Run(TestContent.Schema(), TestContent.Places("places: &x {b: *x}\n"));

        AssertOnly(run, ("FB0004", Places, 1, 9));
    }

    [Fact]
    public void AHugeValueIsRefusedAndTheLimitCanBeRaised()
    {
        var content = "places:\n  - id: a\n    name: " + new string('x', 1_500_000) + "\n    kind: city\n";

        var strict = GeneratorHarness.Run(TestContent.Schema(), TestContent.Places(content));
        var raised = GeneratorHarness.Run([TestContent.Schema(), TestContent.Places(content)], properties: new Dictionary<string, string> { ["FactbookMaxScalarChars"] = "2000000" });

        Assert.Contains(strict.FactbookDiagnostics, d => (d.Id, d.Line(), d.Column()) == ("FB0007", 3, 11));
        Assert.Empty(raised.FactbookDiagnostics);
        Assert.Empty(raised.CompilationDiagnostics);
    }

    [Fact]
    public void AHugeFileIsRefusedBeforeParsing()
    {
        var huge = "# " + new string('x', 16_000_001) + "\n";

        var run = GeneratorHarness.Run(TestContent.Schema(), TestContent.Places(huge));

        AssertOnly(run, ("FB0006", Places, 1, 1));
    }

    [Fact]
    public void TextThatWasNotUtf8IsReported()
    {
        var run = GeneratorHarness.Run(TestContent.Schema(), TestContent.Places("places:\n  - id: a\n    name: Kr\uFFFDlewiec\n    kind: city\n"));

        AssertOnly(run, ("FB0008", Places, 3, 13));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("\uFEFF")]
    [InlineData("---\n")]
    [InlineData("~\n")]
    public void EmptyAndCommentOnlyFilesAreFine(string text)
    {
        var run = GeneratorHarness.Run(TestContent.Schema(), TestContent.Places(text));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void AnInvalidLimitIsReportedAndTheDefaultUsed()
    {
        var run = GeneratorHarness.Run([TestContent.Schema()], properties: new Dictionary<string, string> { ["FactbookMaxDepth"] = "deep" });

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal("FB0033", diagnostic.Id);
        Assert.Contains("using 64", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    private static void AssertOnly(GeneratorRun run, (string Id, string Path, int Line, int Column) expected)
    {
        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(expected, (diagnostic.Id, diagnostic.Location.GetLineSpan().Path, diagnostic.Line(), diagnostic.Column()));
        Assert.Empty(run.CompilationDiagnostics);
    }
}
