namespace Factbook.Generator.Tests.Ids;

/// <summary>
/// Enum values become members by the rule ids follow, so a dataset's values read as its ids do: OSV's
/// <c>CVSS_V3</c> is <c>CvssV3</c> (not <c>CVSSV3</c>), <c>remediation-developer</c> is <c>RemediationDeveloper</c>.
/// </summary>
public sealed class EnumNameTests
{
    private static GeneratorRun Run(string values, string probe = "") => GeneratorHarness.Run(
        [
            new ContentFile("/p/content/scores.schema.yaml", "types:\n  Score:\n    fields:\n      type: { type: enum, values: [" + values + "] }\n"),
            new ContentFile("/p/content/scores.yaml", "scores:\n  - id: s\n    type: CVSS_V3\n"),
        ],
        probe);

    [Fact]
    public void ValuesBecomeMembersAsIdsDo()
    {
        var run = Run(
            "CVSS_V3, CVSS_V4, remediation-developer, Ubuntu, PyPI, café, Київ",
            "using Test.Content; public static class Probe { public static string Run() => string.Join(\",\", System.Linq.Enumerable.Select(new[] { ScoreType.CvssV3, ScoreType.CvssV4, ScoreType.RemediationDeveloper, ScoreType.Ubuntu, ScoreType.PyPI, ScoreType.Cafe, ScoreType.Київ }, value => value.ToText())) + \"|\" + Scores.S.Type; }");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal("CVSS_V3,CVSS_V4,remediation-developer,Ubuntu,PyPI,café,Київ|CvssV3", run.Invoke("Probe", "Run"));
    }

    [Theory]
    [InlineData("CVSS_V3, cvss-v3", "has the values 'CVSS_V3' and 'cvss-v3', which both become 'CvssV3'")]
    [InlineData("CVSS_V3, 18F", "has a value that cannot become a C# name: it must start with a letter (the text '18F')")]
    [InlineData("CVSS_V3, ToString", "has the value 'ToString', whose C# name 'ToString' would hide a member every enum has")]
    public void ValuesThatCannotBeMembersAreFB0016AtTheValue(string values, string message)
    {
        var run = Run(values);

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal("FB0016", diagnostic.Id);
        Assert.EndsWith(message, diagnostic.GetMessage(), StringComparison.Ordinal);
    }
}
