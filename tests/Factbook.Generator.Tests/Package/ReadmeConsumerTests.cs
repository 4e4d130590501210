using System.IO;

namespace Factbook.Generator.Tests.Package;

/// <summary>
/// README's "Quick start" works when followed literally: tests/readme-consumer.sh runs its commands
/// and writes its files, in a temporary folder outside the repository with an empty package folder, then
/// checks the printed output and the errors of broken content.
/// </summary>
[Trait("Category", "Slow")]
public class ReadmeConsumerTests
{
    [Fact]
    public void TheConsumerSectionWorksAsWritten()
    {
        var script = Path.Combine(RepositoryPaths.Root(), "tests", "readme-consumer.sh");

        var (exitCode, output) = DotnetCommand.RunProgram("bash", RepositoryPaths.Root(), null, script);

        Assert.True(exitCode == 0, output);
        Assert.Contains("README's Quick start works as written.", output, System.StringComparison.Ordinal);
    }
}
