using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Factbook.Generator.Tests.Infrastructure;
using Xunit;

namespace Factbook.Generator.Tests;

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
        Assert.Contains("source: UK Ministry of Defence (MoD); confidence: likely", output, StringComparison.Ordinal);
        Assert.Contains("- Kaliningrad: air-defences-moved-from-kaliningrad", output, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenContentFailsTheBuildAtTheExactFileAndLine()
    {
        using var copy = RepositoryCopy.Create();
        var history = copy.Edit("content/history.yaml", text => text.Replace("    date: 1946\n", "    date: [1946\n"));
        var syntaxLine = LineOf(history, "[1946");
        File.Copy(copy.PathOf("content/organisations.yaml"), copy.PathOf("content/organisations-copy.yaml"));
        var claims = copy.Edit("content/claims.yaml", text => text.Replace("source: polish-government", "source: polish-goverment"));
        var referenceLine = LineOf(claims, "polish-goverment");

        var (exitCode, output) = DotnetCommand.Run(copy.Root, "build", "samples/FactSheet", "--disable-build-servers", "-nologo");

        Assert.NotEqual(0, exitCode);
        Assert.Matches(new Regex(@"content/history\.yaml\(" + syntaxLine + @",\d+\): error FB0001"), output);
        Assert.Contains("content/organisations-copy.yaml(2,9): error FB0023", output, StringComparison.Ordinal);
        Assert.Contains("content/organisations.yaml(2,9): error FB0023", output, StringComparison.Ordinal);
        Assert.Contains("content/claims.yaml(" + referenceLine + ",13): error FB0029", output, StringComparison.Ordinal);
        Assert.Contains("(did you mean 'polish-government'?)", output, StringComparison.Ordinal);
        var otherErrors = output.Split('\n').Where(line => line.Contains(": error ", StringComparison.Ordinal) && !line.Contains(": error FB", StringComparison.Ordinal));
        Assert.Empty(otherErrors);
    }

    private static int LineOf(string text, string fragment) =>
        text.Split('\n').Select((line, index) => (line, index)).First(pair => pair.line.Contains(fragment, StringComparison.Ordinal)).index + 1;
}
