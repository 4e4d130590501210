using System.Collections;
using System.Diagnostics;
using static Factbook.Generator.Tests.Infrastructure.BindingFixtures;
using static Factbook.Generator.Tests.Infrastructure.RunFixtures;

namespace Factbook.Generator.Tests.Tables;

/// <summary>
/// Bound YAML at scale: a map of 20,000 natural ids, 2,000 record files, 20,000 member overrides, and a collection
/// too large to load all bind, generate and compile, or are reported; reading grows linearly with the input.
/// </summary>
public class BindingScaleTests
{
    [Fact]
    [Trait("Category", "Slow")] // a scale test: seconds of work, run by CI and the full run
    public void AMapOf20000EntriesWithNaturalIdsBindsGeneratesAndCompiles()
    {
        const int count = 20_000;
        var schema = "types:\n  Thing:\n    files: things.yml\n    layout: map\n    fields:\n      name: string\n      gem: { type: string, index: true }\n";
        var content = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var id = (i % 3) switch
            {
                0 => "CVE-2023-" + i.ToString(CultureInfo.InvariantCulture),
                1 => "Café #" + i.ToString(CultureInfo.InvariantCulture),
                _ => "Київ " + i.ToString(CultureInfo.InvariantCulture),
            };
            content.Append(YamlText.DoubleQuoted(id)).Append(":\n  name: N").Append(i).Append("\n  gem: g").Append(i % 100).Append('\n');
        }

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, content.ToString()));

        AssertCleanRun(run);
        var things = run.Load().GetType(Namespace + ".Things")!;
        Assert.Equal(count, (int)things.GetField("Count")!.GetValue(null)!);
        Assert.Equal("Café #19999", IdOf(Get(things, "Café #19999")));
        Assert.Equal(count / 100, ((IEnumerable)things.GetMethod("ByGem")!.Invoke(null, ["g7"])!).Cast<object>().Count());
    }

    [Fact]
    public void TwoThousandRecordFilesBindGenerateAndCompile()
    {
        const int count = 2_000;
        var schema = "types:\n  Advisory:\n    files: \"gems/**/*.yml\"\n    layout: record\n    fields:\n      gem: { type: string, index: true }\n      title: string\n";
        var files = new List<ContentFile> { new("/project/content/advisories.schema.yaml", schema) };
        for (var i = 0; i < count; i++)
        {
            var gem = "gem" + (i % 40).ToString(CultureInfo.InvariantCulture);
            files.Add(new ContentFile("/project/content/gems/" + gem + "/CVE-2020-" + i.ToString(CultureInfo.InvariantCulture) + ".yml", "gem: " + gem + "\ntitle: Advisory " + i + "\n"));
        }

        var run = GeneratorHarness.Run(files, string.Empty);

        AssertCleanRun(run);
        var advisories = run.Load().GetType(Namespace + ".Advisories")!;
        Assert.Equal(count, (int)advisories.GetField("Count")!.GetValue(null)!);
        Assert.Equal("gem7/CVE-2020-7", IdOf(Get(advisories, "gem7/CVE-2020-7")));
        Assert.Equal(count / 40, ((IEnumerable)advisories.GetMethod("ByGem")!.Invoke(null, ["gem7"])!).Cast<object>().Count());
    }

    [Fact]
    [Trait("Category", "Slow")] // a scale test: seconds of work, run by CI and the full run
    public void ManyMemberOverridesAndManyEntriesAreNotQuadratic()
    {
        var (schema, content) = Overrides(20_000);

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, content));

        AssertCleanRun(run);
        Assert.Equal("id 19999", IdOf(run.Load().GetType(Namespace + ".Things")!.GetProperty("Named19999")!.GetValue(null)!));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void ACollectionTooLargeToLoadIsReportedOrLoads()
    {
        const int count = 70_000;
        var schema = "types:\n  Thing:\n    files: things.yml\n    layout: map\n    fields:\n      name: string\n";
        var content = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            content.Append("id ").Append(i).Append(":\n  name: n\n");
        }

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, content.ToString()));

        AssertNothingEscaped(run);
        if (run.FactbookDiagnostics.Count == 0)
        {
            Assert.Equal(count, All(run.Load().GetType(Namespace + ".Things")!).Count());
        }
    }
}
