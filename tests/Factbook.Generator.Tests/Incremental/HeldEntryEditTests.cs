using Microsoft.CodeAnalysis;

namespace Factbook.Generator.Tests.Incremental;

/// <summary>
/// Entries inside entries are read with the file that holds them: an edit of a held entry's value re-reads and
/// re-binds that file alone and re-emits one table, and adding a held entry re-emits the same as a cold run.
/// </summary>
public class HeldEntryEditTests
{
    private const string Schema = """
        types:
          Workflow:
            files: "workflows/*.yml"
            layout: record
            fields: { name: string }
          Job:
            in: Workflow
            at: jobs{}
            id: { from: position }
            fields:
              runs-on: { type: string, index: true }
        """;

    private readonly InMemoryAdditionalText[] _files =
        new[] { new InMemoryAdditionalText("/p/content/ci.schema.yaml", Schema) }
            .Concat(Enumerable.Range(0, 200).Select(i => new InMemoryAdditionalText(
                $"/p/content/workflows/w{i:D3}.yml",
                $"name: W{i}\njobs:\n  test: {{ runs-on: ubuntu-{i % 3} }}\n  pack: {{ runs-on: windows }}\n")))
            .ToArray();

    [Fact]
    public void AValueEditOfAHeldEntryReBindsOneFileAndReEmitsOneTable()
    {
        var compilation = GeneratorHarness.CreateCompilation("class A { }");
        var driver = GeneratorHarness.CreateDriver(_files).RunGenerators(compilation, TestContext.Current.CancellationToken);
        Assert.Empty(driver.GetRunResult().Diagnostics);
        var file = _files.Single(f => f.Path.EndsWith("/w017.yml", StringComparison.Ordinal));

        var result = driver.ReplaceAdditionalText(file, new InMemoryAdditionalText(file.Path, file.Text.Replace("runs-on: windows", "runs-on: macos", StringComparison.Ordinal)))
            .RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(1, Outputs(result, TrackingNames.ContentFiles).Count(reason => reason != IncrementalStepRunReason.Cached));
        Assert.All(Outputs(result, TrackingNames.Index), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "index: " + reason));
        Assert.Equal(1, Outputs(result, TrackingNames.BoundFiles).Count(reason => reason == IncrementalStepRunReason.Modified));
        Assert.Equal(1, Outputs(result, TrackingNames.Tables).Count(reason => reason == IncrementalStepRunReason.Modified));
    }

    [Fact]
    public void AnAddedHeldEntryGivesWhatAColdRunGives()
    {
        var compilation = GeneratorHarness.CreateCompilation("class A { }");
        var driver = GeneratorHarness.CreateDriver(_files).RunGenerators(compilation, TestContext.Current.CancellationToken);
        var file = _files.Single(f => f.Path.EndsWith("/w017.yml", StringComparison.Ordinal));
        var edited = new InMemoryAdditionalText(file.Path, file.Text + "  lint: { runs-on: ubuntu-9 }\n");

        var incremental = driver.ReplaceAdditionalText(file, edited).RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult();
        var cold = GeneratorHarness.CreateDriver(_files.Select(f => f == file ? edited : f).ToArray()).RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult();

        Assert.Empty(incremental.Diagnostics);
        Assert.Equal(Sources(cold), Sources(incremental));
        Assert.Contains(Sources(incremental), source => source.Contains("w017/3", StringComparison.Ordinal));
    }

    private static List<string> Sources(GeneratorDriverRunResult result) =>
        result.Results.Single().GeneratedSources.OrderBy(source => source.HintName, StringComparer.Ordinal).Select(source => source.HintName + "\n" + source.SourceText).ToList();

    private static List<IncrementalStepRunReason> Outputs(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(run => run.Outputs).Select(output => output.Reason).ToList();
}
