namespace Factbook.Generator.Tests.Schema;

/// <summary>
/// The kinds added through the kind registry, each as one class and one registration: valid values read back
/// exactly by running the generated code, invalid ones are located FB0027 with the fix.
/// </summary>
public class FieldKindTests
{
    [Theory]
    [InlineData("long", "9223372036854775807", "9223372036854775807")]
    [InlineData("long", "-9223372036854775808", "-9223372036854775808")]
    [InlineData("long", "+42", "42")]
    [InlineData("double", "1e3", "1000")]
    [InlineData("double", "-2.5E-4", "-0.00025")]
    [InlineData("double", "0.1", "0.1")]
    [InlineData("double", "0", "0")]
    [InlineData("double", "5e-324", "5E-324")]
    [InlineData("double", "1.7976931348623157E+308", "1.7976931348623157E+308")]
    [InlineData("datetime", "2023-11-02T10:15:00Z", "2023-11-02T10:15:00.0000000+00:00")]
    [InlineData("datetime", "2023-11-02T10:15:00+01:00", "2023-11-02T10:15:00.0000000+01:00")]
    [InlineData("datetime", "2023-11-02T10:15:30.1234567-05:30", "2023-11-02T10:15:30.1234567-05:30")]
    [InlineData("datetime", "2023-11-02T10:15Z", "2023-11-02T10:15:00.0000000+00:00")]
    public void ValidValuesReadBackExactly(string kind, string yaml, string expected)
    {
        var run = GeneratorHarness.Run([Schema(kind), Content(yaml)], Probe);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal(expected, run.Invoke("Probe", "Run"));
    }

    [Theory]
    [InlineData("long", "9223372036854775808", "too large for long")]
    [InlineData("long", "1,000,000", "; write it without separators: 1000000")]
    [InlineData("long", "1.5", "expects a whole number, but '1.5' is not one")]
    [InlineData("double", ".inf", "infinities and NaN are not numbers a fact can hold")]
    [InlineData("double", "-.inf", "infinities and NaN")]
    [InlineData("double", ".nan", "infinities and NaN")]
    [InlineData("double", "1e400", "too large for double")]
    [InlineData("double", "1,5", "; write the decimal point as '.': 1.5")]
    [InlineData("double", "2e-324", "; it is too small for double, which would store 0")]
    [InlineData("datetime", "2023-11-02T10:15:00", "; it has no offset, so the moment is ambiguous: add Z for UTC or the offset, as in 2023-11-02T10:15:00Z or 2023-11-02T10:15:00+01:00")]
    [InlineData("datetime", "2023-11-02 10:15", "it has no offset")]
    [InlineData("datetime", "2023-02-30T10:15:00Z", "; that date or time does not exist")]
    [InlineData("datetime", "2023-11-02T10:15:00+15:00", "or its offset is outside -14:00 to +14:00")]
    [InlineData("datetime", "2023-11-02", "; write it as 2023-11-02T10:15:00Z")]
    [InlineData("datetime", "２０２３-11-02T10:15:00Z", "; write it as")]
    public void InvalidValuesAreLocatedWithTheFix(string kind, string yaml, string phrase)
    {
        var run = GeneratorHarness.Run(Schema(kind), Content(yaml));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0027", 3, 12), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains(phrase, diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(run.CompilationDiagnostics);
    }

    private const string Probe = """
        public static class Probe
        {
            public static string Run() => (object)Test.Content.Readings.First.Value is System.DateTimeOffset moment
                ? moment.ToString("o", System.Globalization.CultureInfo.InvariantCulture)
                : System.FormattableString.Invariant($"{Test.Content.Readings.First.Value}");
        }
        """;

    private static ContentFile Schema(string kind) =>
        TestContent.Schema("types:\n  Reading:\n    fields:\n      value: " + kind + "\n");

    private static ContentFile Content(string value) =>
        new("/project/content/readings.yaml", "readings:\n  - id: first\n    value: " + value + "\n");
}
