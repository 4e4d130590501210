using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Factbook.Generator.Tests.Incremental;

/// <summary>
/// What Roslyn re-runs after an edit, read from the named tracking steps: the generator runs on every
/// keystroke in the IDE, so unchanged content must cost nothing and one edited file little.
/// </summary>
public class IncrementalTests
{
    private static readonly string[] FactbookSteps =
    [
        TrackingNames.SchemaFiles, TrackingNames.Schema, TrackingNames.ContentFiles, TrackingNames.Content,
        TrackingNames.Collections, TrackingNames.Shapes, TrackingNames.Members, TrackingNames.Tables, TrackingNames.Options, TrackingNames.HasTypes,
    ];

    private readonly InMemoryAdditionalText[] _files = SyntheticContent.Make(1000).Select(file => new InMemoryAdditionalText(file.Path, file.Text)).ToArray();

    [Fact]
    public void HasOneSchemaAndAHundredContentFiles()
    {
        Assert.Equal(101, _files.Length);
    }

    [Fact]
    public void EditingOrAddingCSharpReusesEveryStepAndReEmitsNothing()
    {
        var (driver, compilation) = FirstRun();
        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(), Parse("class A { int B; }"));
        var added = compilation.AddSyntaxTrees(Parse("class C { }"));

        foreach (var next in new[] { edited, added })
        {
            var result = Run(driver, next);

            foreach (var step in FactbookSteps)
            {
                Assert.All(Outputs(result, step), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + ": " + reason));
            }

            Assert.All(SourceOutputs(result), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "source output: " + reason));
        }
    }

    [Fact]
    public void EditingOneYamlFileOfAHundredReParsesOnlyThatFile()
    {
        var (driver, compilation) = FirstRun();
        var file = _files.First(f => f.Path.Contains("/cities/", System.StringComparison.Ordinal));
        driver = Replace(driver, file, file.Text.Replace("population: ", "population: 1"));

        var result = Run(driver, compilation);

        var parses = Outputs(result, TrackingNames.ContentFiles);
        Assert.Equal(100, parses.Count);
        Assert.Equal(1, parses.Count(reason => reason == IncrementalStepRunReason.Modified));
        Assert.Equal(99, parses.Count(reason => reason == IncrementalStepRunReason.Cached));
        Assert.All(Outputs(result, TrackingNames.Schema), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.All(Outputs(result, TrackingNames.UnmatchedPatterns), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason)); // paths alone: an edit never re-runs it
        Assert.Equal([IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Unchanged], Outputs(result, TrackingNames.Collections));
        Assert.All(Outputs(result, TrackingNames.Shapes), reason => Assert.NotEqual(IncrementalStepRunReason.Modified, reason));
        Assert.All(Outputs(result, TrackingNames.Members), reason => Assert.NotEqual(IncrementalStepRunReason.Modified, reason));
        Assert.Equal(1, Outputs(result, TrackingNames.Tables).Count(reason => reason == IncrementalStepRunReason.Modified));
        Assert.Equal(1, SourceOutputs(result).Count(reason => reason != IncrementalStepRunReason.Cached));
    }

    [Fact]
    public void EditingTheDisplayTextReEmitsOneChunkOfMembersAndTableAndNothingElse()
    {
        var (driver, compilation) = FirstRun();
        var file = _files.First(f => f.Path.Contains("/cities/", System.StringComparison.Ordinal));
        var index = file.Text.IndexOf("    name: ", System.StringComparison.Ordinal) + "    name: ".Length;
        driver = Replace(driver, file, file.Text.Insert(index, "Renamed "));

        var result = Run(driver, compilation);

        Assert.All(Outputs(result, TrackingNames.Shapes), reason => Assert.NotEqual(IncrementalStepRunReason.Modified, reason));
        Assert.All(Outputs(result, TrackingNames.Members), reason => Assert.NotEqual(IncrementalStepRunReason.Modified, reason));
        Assert.Equal(1, Outputs(result, TrackingNames.Tables).Count(reason => reason == IncrementalStepRunReason.Modified));
        var emitted = Assert.Single(result.GeneratedSources, source => source.SourceText.ToString().Contains("<para>Renamed ", System.StringComparison.Ordinal));
        Assert.Contains(".Table", emitted.HintName, System.StringComparison.Ordinal);
        Assert.Equal(1, SourceOutputs(result).Count(reason => reason != IncrementalStepRunReason.Cached));
    }

    [Fact]
    public void EditingAValueRunsNoCrossFileWorkAndBindsOnlyTheEditedFile()
    {
        var (driver, compilation) = FirstRun();
        var file = _files.First(f => f.Path.Contains("/cities/", System.StringComparison.Ordinal));
        driver = Replace(driver, file, file.Text.Replace("population: ", "population: 1", System.StringComparison.Ordinal));

        var result = Run(driver, compilation);

        Assert.Equal(1, Outputs(result, TrackingNames.FileKeys).Count(reason => reason != IncrementalStepRunReason.Cached));
        Assert.All(Outputs(result, TrackingNames.Index), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "index: " + reason));
        Assert.Equal(1, Outputs(result, TrackingNames.BoundFiles).Count(reason => reason == IncrementalStepRunReason.Modified));
        Assert.Equal(99, Outputs(result, TrackingNames.BoundFiles).Count(reason => reason == IncrementalStepRunReason.Cached));
    }

    [Fact]
    public void RenamingAnIdRunsTheCrossFileWorkAgain()
    {
        var (driver, compilation) = FirstRun();
        var file = _files.First(f => f.Path.Contains("/regions/", System.StringComparison.Ordinal));
        driver = Replace(driver, file, file.Text.Replace("id: region-", "id: renamed-region-", System.StringComparison.Ordinal));

        var result = Run(driver, compilation);

        Assert.Equal(IncrementalStepRunReason.Modified, Outputs(result, TrackingNames.Index).Single());
    }

    [Fact]
    public void EditingOnlyACommentOrLayoutReEmitsNothing()
    {
        var (driver, compilation) = FirstRun();
        var before = Sources(driver);
        var file = _files.First(f => f.Path.Contains("/facts/", System.StringComparison.Ordinal));
        driver = Replace(driver, file, file.Text.Replace("\n", "   \n") + "# A comment at the end.\n");

        var result = Run(driver, compilation);

        Assert.Equal(IncrementalStepRunReason.Modified, Outputs(result, TrackingNames.ContentFiles).Single(reason => reason != IncrementalStepRunReason.Cached));
        Assert.True(Outputs(result, TrackingNames.Content).Single() is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached);
        Assert.All(Outputs(result, TrackingNames.Collections), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.All(SourceOutputs(result), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "source output: " + reason));
        Assert.Equal(before, Sources(driver.RunGenerators(compilation, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public void MovingEntriesDownAFileReEmitsOnlyTheirTable()
    {
        var (driver, compilation) = FirstRun();
        var file = _files.First(f => f.Path.Contains("/facts/", System.StringComparison.Ordinal));
        driver = Replace(driver, file, "# A comment that moves every entry down: their provenance changes.\n" + file.Text);

        var result = Run(driver, compilation);

        Assert.All(Outputs(result, TrackingNames.Shapes), reason => Assert.NotEqual(IncrementalStepRunReason.Modified, reason));
        Assert.All(Outputs(result, TrackingNames.Members), reason => Assert.NotEqual(IncrementalStepRunReason.Modified, reason));
        Assert.Equal(1, Outputs(result, TrackingNames.Tables).Count(reason => reason == IncrementalStepRunReason.Modified));
    }

    [Fact]
    public void ChangingTheNamespaceReEmitsEverythingCorrectly()
    {
        var (driver, compilation) = FirstRun();
        driver = driver.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(new Dictionary<string, string> { ["build_property.FactbookNamespace"] = "Renamed.Facts" }));

        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics, TestContext.Current.CancellationToken);
        var result = driver.GetRunResult().Results.Single();

        Assert.Empty(diagnostics);
        Assert.Equal(result.GeneratedSources.Length, SourceOutputs(result).Count(reason => reason != IncrementalStepRunReason.Cached));
        Assert.All(result.GeneratedSources, source => Assert.Contains("namespace Renamed.Facts", source.SourceText.ToString(), System.StringComparison.Ordinal));
        Assert.Equal(16, result.GeneratedSources.Length);
        Assert.Empty(output.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    private (GeneratorDriver Driver, Compilation Compilation) FirstRun()
    {
        var compilation = GeneratorHarness.CreateCompilation("class A { }");
        var driver = GeneratorHarness.CreateDriver(_files).RunGenerators(compilation, TestContext.Current.CancellationToken);
        Assert.Empty(driver.GetRunResult().Diagnostics);
        return (driver, compilation);
    }

    private static GeneratorDriver Replace(GeneratorDriver driver, InMemoryAdditionalText file, string text) =>
        driver.ReplaceAdditionalText(file, new InMemoryAdditionalText(file.Path, text));

    private static GeneratorRunResult Run(GeneratorDriver driver, Compilation compilation) =>
        driver.RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

    private static List<IncrementalStepRunReason> Outputs(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(run => run.Outputs).Select(output => output.Reason).ToList();

    private static List<IncrementalStepRunReason> SourceOutputs(GeneratorRunResult result) =>
        result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();

    private static List<(string, string)> Sources(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().GeneratedSources.Select(source => (source.HintName, source.SourceText.ToString())).ToList();

    private static SyntaxTree Parse(string code) =>
        CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest), cancellationToken: TestContext.Current.CancellationToken);
}
