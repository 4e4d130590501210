using System.IO;
using System.Text.RegularExpressions;

namespace Factbook.Generator.Tests.Package;

/// <summary>
/// The sample built by the real SDK from a copy of the repository: it runs on good content, and broken
/// content fails its build with FB errors at the right file and line, and with nothing else.
/// </summary>
[Trait("Category", "Slow")]
public class SampleBuildTests
{
    [Fact]
    public void SamplePrintsTheFactSheet()
    {
        using var copy = RepositoryCopy.Create();

        var (exitCode, output) = DotnetCommand.Run(copy.Root, "run", "--project", "samples/FactSheet", "--disable-build-servers");

        Assert.True(exitCode == 0, output);
        Assert.Contains("Russia forced to move air defences from Kaliningrad", output, StringComparison.Ordinal);
        Assert.Contains("- Russia has moved strategic air defence systems from Kaliningrad.\n" +
            "    chain: UK Ministry of Defence (MoD), said in \"its latest intelligence update on Sunday\" (\"on Sunday\", words only) → reported by The Independent\n" +
            "    how sure: likely\n" +
            "    based on: exceptional-air-transport-movements\n" +
            "    excerpt: \"suggest that Russia has likely moved strategic air defence systems from its Baltic coast enclave of Kaliningrad\"", output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("- headline: \"Russia forced to move air defences from Kaliningrad to Ukraine frontline\" (stated)", output, StringComparison.Ordinal);
        Assert.Contains("- Kaliningrad: headline-air-defences-moved;", output, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenContentFailsTheBuildAtTheExactFileAndLine()
    {
        using var copy = RepositoryCopy.Create();
        var history = copy.Edit("content/history.yaml", text => text.Replace("{ date: 1946,", "{ date: [1946,"));
        var syntaxLine = LineOf(history, "[1946");
        File.Copy(copy.PathOf("content/organisations.yaml"), copy.PathOf("content/organisations-copy.yaml"));
        var claims = copy.Edit("content/claims.yaml", text => text.Replace("asserted_by: polish-government", "asserted_by: polish-goverment"));
        var referenceLine = LineOf(claims, "polish-goverment");

        var (exitCode, output) = DotnetCommand.Run(copy.Root, "build", "samples/FactSheet", "--disable-build-servers", "-nologo");

        Assert.NotEqual(0, exitCode);
        Assert.Matches(new Regex(@"content/history\.yaml\(" + syntaxLine + @",\d+\): error FB0001"), output);
        Assert.Contains("content/organisations-copy.yaml(3,9): error FB0023", output, StringComparison.Ordinal);
        Assert.Contains("content/organisations.yaml(3,9): error FB0023", output, StringComparison.Ordinal);
        Assert.Contains("content/claims.yaml(" + referenceLine + ",18): error FB0029", output, StringComparison.Ordinal);
        Assert.Contains("(did you mean 'polish-government'?)", output, StringComparison.Ordinal);
        var otherErrors = output.Split('\n').Where(line => line.Contains(": error ", StringComparison.Ordinal) && !line.Contains(": error FB", StringComparison.Ordinal));
        Assert.Empty(otherErrors);
    }

    private static int LineOf(string text, string fragment) =>
        text.Split('\n').Select((line, index) => (line, index)).First(pair => pair.line.Contains(fragment, StringComparison.Ordinal)).index + 1;
}
