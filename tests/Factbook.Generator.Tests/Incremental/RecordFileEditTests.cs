using Microsoft.CodeAnalysis;

namespace Factbook.Generator.Tests.Incremental;

/// <summary>
/// The shape of real advisory databases: one record per file, ids from a field, an indexed field, nested lists.
/// An edit of one value, even of the indexed field, re-reads and re-binds that file alone and re-emits one table.
/// </summary>
public class RecordFileEditTests
{
    private const string Schema = """
        types:
          Advisory:
            files: "vulns/**/*.yaml"
            layout: record
            id: { from: field, field: id }
            fields:
              details: string
              package: { type: string, index: true }
              aliases: { type: "string[]", optional: true, index: true }
              affected:
                type: "object[]"
                fields:
                  versions: { type: "string[]", optional: true }
        """;

    private readonly InMemoryAdditionalText[] _files =
        new[] { new InMemoryAdditionalText("/p/content/advisories.schema.yaml", Schema) }
            .Concat(Enumerable.Range(0, 300).Select(i => new InMemoryAdditionalText(
                $"/p/content/vulns/pkg{i % 30:D2}/PYSEC-{i:D4}.yaml",
                $"id: PYSEC-{i:D4}\ndetails: Advisory {i}.\npackage: pkg{i % 30:D2}\naliases: [CVE-{i:D4}]\naffected:\n- versions: [\"1.{i}\"]\n")))
            .ToArray();

    [Theory]
    [InlineData("details: Advisory 17.", "details: Advisory seventeen.")]
    [InlineData("package: pkg17", "package: pkg99")]
    [InlineData("aliases: [CVE-0017]", "aliases: [CVE-0017, GHSA-1]")]
    [InlineData("versions: [\"1.17\"]", "versions: [\"1.17\", \"1.18\"]")]
    public void AValueEditReBindsOneRecordFileAndReEmitsOneTable(string before, string after)
    {
        var compilation = GeneratorHarness.CreateCompilation("class A { }");
        var driver = GeneratorHarness.CreateDriver(_files).RunGenerators(compilation, TestContext.Current.CancellationToken);
        Assert.Empty(driver.GetRunResult().Diagnostics);
        var file = _files.Single(f => f.Path.EndsWith("/PYSEC-0017.yaml", StringComparison.Ordinal));
        Assert.Contains(before, file.Text, StringComparison.Ordinal);

        var result = driver.ReplaceAdditionalText(file, new InMemoryAdditionalText(file.Path, file.Text.Replace(before, after, StringComparison.Ordinal)))
            .RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(1, Outputs(result, TrackingNames.ContentFiles).Count(reason => reason != IncrementalStepRunReason.Cached));
        Assert.All(Outputs(result, TrackingNames.Index), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "index: " + reason));
        Assert.Equal(1, Outputs(result, TrackingNames.BoundFiles).Count(reason => reason == IncrementalStepRunReason.Modified));
        Assert.Equal(299, Outputs(result, TrackingNames.BoundFiles).Count(reason => reason == IncrementalStepRunReason.Cached));
        Assert.All(Outputs(result, TrackingNames.Shapes), reason => Assert.NotEqual(IncrementalStepRunReason.Modified, reason));
        Assert.Equal(1, Outputs(result, TrackingNames.Tables).Count(reason => reason == IncrementalStepRunReason.Modified));
        Assert.Equal(1, result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs).Count(output => output.Reason != IncrementalStepRunReason.Cached));
    }

    private static List<IncrementalStepRunReason> Outputs(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(run => run.Outputs).Select(output => output.Reason).ToList();
}
