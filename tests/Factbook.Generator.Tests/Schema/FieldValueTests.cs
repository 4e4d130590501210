using static Factbook.Generator.Tests.Infrastructure.RunFixtures;
using static Factbook.Generator.Tests.TestContent;

namespace Factbook.Generator.Tests.Schema;

/// <summary>
/// Values that .NET's own parsers would misread are invalid values (FB0027) at the value, and the rest generates:
/// dates in digits that are not ASCII (<c>\d</c> matches them), URLs that make <c>Uri</c> throw.
/// </summary>
public class FieldValueTests
{
    private const string UrlSchema = """
        types:
          Place:
            fields:
              name: string
              kind: { type: enum, values: [country, city] }
              founded: { type: date, optional: true }
              site: { type: url, optional: true }
        """;

    [Theory]
    [InlineData("٢٠٢٣")]
    [InlineData("２０２３")]
    [InlineData("٢٠٢٣-٠١-٠١")]
    [InlineData("2023-٠١")]
    public void DatesInNonAsciiDigitsAreInvalidValues(string date)
    {
        var run = GeneratorHarness.Run(TestContent.Schema(UrlSchema), TestContent.Places(Russia + "  - id: moscow\n    name: Moscow\n    kind: city\n    founded: " + date + "\n"));

        AssertNothingEscaped(run);
        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0027", 8, 14), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("Russia = 0", Members(run), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"//\\u202E\"")]
    [InlineData("\"http://\\u202E\"")]
    [InlineData("\"https://a\\u0000b/\"")]
    [InlineData("\"http://[::1\"")]
    public void UrlsThatMakeUriThrowAreInvalidValues(string url)
    {
        var run = GeneratorHarness.Run(TestContent.Schema(UrlSchema), TestContent.Places(Russia + "  - id: moscow\n    name: Moscow\n    kind: city\n    site: " + url + "\n"));

        AssertNothingEscaped(run);
        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0027", 8, 11), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
    }
}
