using static Factbook.Generator.Tests.Infrastructure.RunFixtures;
using static Factbook.Generator.Tests.TestContent;

namespace Factbook.Generator.Tests.Robustness;

/// <summary>
/// Inputs of a few bytes on which YamlDotNet misbehaves (a span that ends before it starts, a tag that is not a URI,
/// a <c>\U</c> escape past the last character) and positions found before parsing: each is a located diagnostic, and
/// the rest of the content still generates.
/// </summary>
public class ParserQuirkTests
{
    [Theory]
    [InlineData(": &a #\n:")]
    [InlineData("a: &a #\n:")]
    [InlineData("- &a #\n-")]
    public void ASpanWhoseEndLiesBeforeItsStartIsReportedWithoutDroppingTheGeneratedCode(string text)
    {
        var run = GeneratorHarness.Run(TestContent.Schema(), TestContent.Places(Russia), new ContentFile("/project/content/odd.yaml", text));

        AssertNothingEscaped(run);
        Assert.All(run.FactbookDiagnostics.Where(d => d.Location.GetLineSpan().Path.EndsWith("odd.yaml")), d => Assert.InRange(d.Line(), 1, 2));
        Assert.Contains("Russia = 0", Members(run), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("places:\n  - id: !!str] a\n")]
    [InlineData("places: !!] x\n")]
    [InlineData("!!str] places: x\n")]
    [InlineData("%TAG ! tag:]\n--- !x a\n")]
    public void TagsThatAreNotUrisAreSyntaxErrors(string text)
    {
        var run = GeneratorHarness.Run(TestContent.Schema(), TestContent.Places(Russia), new ContentFile("/project/content/odd.yaml", text));

        AssertNothingEscaped(run);
        Assert.Contains(run.FactbookDiagnostics, d => d.Id == "FB0001" && d.Location.GetLineSpan().Path.EndsWith("odd.yaml"));
        Assert.Contains("Russia = 0", Members(run), System.StringComparison.Ordinal);
    }

    /// <summary>YamlDotNet lets a '\U' escape from \U80000000 up through its check and then throws without a position: the error is at the escape, not about a tag.</summary>
    [Theory]
    [InlineData("places:\n  - id: a\n    name: \"\\UFFFFFFFF\"\n", 3, 12)]
    [InlineData("\uFEFFplaces:\n  - id: a\n    name: \"ok \\\\U80000000 \\U80000000\"\n", 3, 27)]
    [InlineData("- a\n- \"\\U80000000\"\n", 2, 4)]
    public void AUnicodeEscapeBeyondTheLastCharacterIsASyntaxErrorAtTheEscape(string text, int line, int column)
    {
        var run = GeneratorHarness.Run(TestContent.Schema(), TestContent.Places(Russia), new ContentFile("/project/content/odd.yaml", text));

        AssertNothingEscaped(run);
        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0001", line, column), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("\\U0010FFFF", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("Russia = 0", Members(run), StringComparison.Ordinal);
    }

    /// <summary>
    /// Positions found outside YamlDotNet (a byte that was not UTF-8, a tab that indents) count lines as YamlDotNet
    /// and Roslyn do, in the text after the byte order mark: CR line ends, U+2028 or a byte order mark put them
    /// on another line than the offset, or one character off.
    /// </summary>
    [Theory]
    [InlineData("places:\r  - id: a\r    name: \uFFFD\r", "FB0008", 3, 11, 28)]
    [InlineData("\uFEFFplaces:\n  - id: a\n    name: \uFFFD\n", "FB0008", 3, 11, 28)]
    [InlineData("places:\n  - id: a\n    name: b\u2028c\uFFFD\n", "FB0008", 4, 2, 31)]
    [InlineData("places:\r  - id: a\r\tname: x\r", "FB0001", 3, 1, 18)]
    public void PositionsFoundBeforeParsingCountLinesAsTheParserDoes(string text, string id, int line, int column, int offset)
    {
        var run = GeneratorHarness.Run(TestContent.Schema(), TestContent.Places(Russia), new ContentFile("/project/content/odd.yaml", text));

        AssertNothingEscaped(run);
        var diagnostic = Assert.Single(run.FactbookDiagnostics, d => d.Id == id);
        Assert.Equal((line, column, offset), (diagnostic.Line(), diagnostic.Column(), diagnostic.Location.SourceSpan.Start));
    }
}
