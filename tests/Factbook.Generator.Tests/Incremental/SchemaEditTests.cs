using Microsoft.CodeAnalysis;

namespace Factbook.Generator.Tests.Incremental;

/// <summary>
/// Edits of the schema, run incrementally: what they re-run, and that the result is what a cold run of the
/// edited files gives, so no cached step keeps a stale schema.
/// </summary>
public class SchemaEditTests
{
    private readonly InMemoryAdditionalText[] _files = SyntheticContent.Make(300).Select(file => new InMemoryAdditionalText(file.Path, file.Text)).ToArray();

    private InMemoryAdditionalText SchemaFile => _files.Single(file => file.Path.EndsWith(".schema.yaml", System.StringComparison.Ordinal));

    [Fact]
    public void ACommentInTheSchemaReReadsNoContentFileAndReEmitsNothing()
    {
        var result = Edit(SchemaFile.Text + "\n# A comment at the end of the schema.\n", out _);

        Assert.Equal(IncrementalStepRunReason.Modified, Outputs(result, TrackingNames.SchemaFiles).Single(reason => reason != IncrementalStepRunReason.Cached));
        Assert.All(Outputs(result, TrackingNames.ContentFiles), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.All(SourceOutputs(result), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "source output: " + reason));
    }

    [Fact]
    public void AFieldAddedToTheSchemaGivesWhatAColdRunGives()
    {
        var edited = SchemaFile.Text.Replace(
            "      code: { type: int, description: A numeric code. }\n",
            "      code: { type: int, description: A numeric code. }\n      motto: { type: string, optional: true }\n",
            System.StringComparison.Ordinal);
        Assert.NotEqual(SchemaFile.Text, edited);

        var result = Edit(edited, out var incremental);

        Assert.All(Outputs(result, TrackingNames.ContentFiles), reason => Assert.NotEqual(IncrementalStepRunReason.Cached, reason)); // every file is read against the new schema
        Assert.Contains(result.GeneratedSources, source => source.SourceText.ToString().Contains("public string? Motto { get; }", System.StringComparison.Ordinal));
        Assert.Equal(ColdRun(edited), incremental);
    }

    [Fact]
    public void ADescriptionEditedInTheSchemaGivesWhatAColdRunGives()
    {
        var edited = SchemaFile.Text.Replace("description: A city.", "description: A city, town or village.", System.StringComparison.Ordinal);

        var result = Edit(edited, out var incremental);

        Assert.Contains(result.GeneratedSources, source => source.SourceText.ToString().Contains("A city, town or village.", System.StringComparison.Ordinal));
        Assert.Equal(ColdRun(edited), incremental);
    }

    [Fact]
    public void ATypeRemovedFromTheSchemaReportsItsEntriesAsAColdRunDoes()
    {
        var start = SchemaFile.Text.IndexOf("  Fact:\n", System.StringComparison.Ordinal);
        var edited = SchemaFile.Text.Substring(0, start);

        var result = Edit(edited, out var incremental);

        Assert.DoesNotContain(result.GeneratedSources, source => source.HintName.StartsWith("Fact.", System.StringComparison.Ordinal));
        Assert.Equal(ColdRun(edited), incremental);
        Assert.Equal(
            GeneratorHarness.CreateDriver(WithSchema(edited)).RunGenerators(GeneratorHarness.CreateCompilation("class A { }"), TestContext.Current.CancellationToken).GetRunResult().Diagnostics.Select(d => d.ToString()).Order(System.StringComparer.Ordinal),
            result.Diagnostics.Select(d => d.ToString()).Order(System.StringComparer.Ordinal));
    }

    /// <summary>Runs the original files, replaces the schema's text, runs again; gives the second run and its sources.</summary>
    private GeneratorRunResult Edit(string schemaText, out List<(string, string)> sources)
    {
        var compilation = GeneratorHarness.CreateCompilation("class A { }");
        var driver = GeneratorHarness.CreateDriver(_files).RunGenerators(compilation, TestContext.Current.CancellationToken);
        Assert.Empty(driver.GetRunResult().Diagnostics);
        driver = driver.ReplaceAdditionalText(SchemaFile, new InMemoryAdditionalText(SchemaFile.Path, schemaText)).RunGenerators(compilation, TestContext.Current.CancellationToken);
        var result = driver.GetRunResult().Results.Single();
        sources = Sources(result);
        return result;
    }

    private List<(string, string)> ColdRun(string schemaText) =>
        Sources(GeneratorHarness.CreateDriver(WithSchema(schemaText)).RunGenerators(GeneratorHarness.CreateCompilation("class A { }"), TestContext.Current.CancellationToken).GetRunResult().Results.Single());

    private IEnumerable<AdditionalText> WithSchema(string schemaText) =>
        _files.Select(file => file == SchemaFile ? new InMemoryAdditionalText(file.Path, schemaText) : file);

    private static List<(string, string)> Sources(GeneratorRunResult result) =>
        result.GeneratedSources.Select(source => (source.HintName, source.SourceText.ToString())).OrderBy(source => source.HintName, System.StringComparer.Ordinal).ToList();

    private static List<IncrementalStepRunReason> Outputs(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(run => run.Outputs).Select(output => output.Reason).ToList();

    private static List<IncrementalStepRunReason> SourceOutputs(GeneratorRunResult result) =>
        result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();
}
