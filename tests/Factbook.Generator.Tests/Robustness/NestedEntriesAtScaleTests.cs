using System.Globalization;

namespace Factbook.Generator.Tests.Robustness;

/// <summary>
/// Entries inside entries at scale and with hostile keys: 100,000 items three levels down, with an index over a
/// nested field of each, and jobs read from a map (<c>at: jobs{}</c>) whose keys, the ids, come from the whole
/// Unicode range. The code compiles, every lookup finds what the content holds, and the output stays ASCII.
/// </summary>
[Trait("Category", "Slow")]
public sealed class NestedEntriesAtScaleTests
{
    private static readonly string[] Keys = ["a", "\"q\"", "line\nbreak", "<b>&amp;</b>", "Київ 🎉", "\u202Eevil", "x\u2028y", "*/ //", "\\u0041", "class", "Items"];

    [Fact]
    public void AHundredThousandItemsThreeLevelsDownAreIndexedAndLinked()
    {
        const int Categories = 100, Subcategories = 10, Items = 100;
        const string schema = """
            types:
              Category:
                files: landscape.yml
                layout: list
                id: { from: field, field: name }
                fields: { name: string }
              Subcategory:
                in: Category
                at: subcategories[]
                id: { from: position }
                fields: { name: string }
              Item:
                in: Subcategory
                at: items[]
                id: { from: field, field: name }
                members: none
                fields:
                  name: string
                  repo: { type: object, fields: { host: { type: string, index: true } } }
            """;
        var content = new System.Text.StringBuilder();
        var item = 0;
        for (var c = 0; c < Categories; c++)
        {
            content.Append("- name: c").Append(c.ToString(CultureInfo.InvariantCulture)).Append("\n  subcategories:\n");
            for (var s = 0; s < Subcategories; s++)
            {
                content.Append("    - name: s\n      items:\n");
                for (var i = 0; i < Items; i++, item++)
                {
                    content.Append("        - name: i").Append(item.ToString(CultureInfo.InvariantCulture)).Append("\n          repo: { host: h").Append((item % 7).ToString(CultureInfo.InvariantCulture)).Append(" }\n");
                }
            }
        }

        const string probe = """
            using System.Linq;
            using Test.Content;
            public static class Probe
            {
                public static string Run() =>
                    Items.Count + "|" + Items.ByRepoHost("h3").Count + "|" + Items.Get("i99999").Subcategory.Id + "|" + Items.Get("i12345").Subcategory.Category.Id + "|" +
                    Items.BySubcategory(Subcategories.Get("c7/3")).Count + "|" + Subcategories.Count;
            }
            """;

        var run = GeneratorHarness.Run([new ContentFile("/p/content/landscape.schema.yaml", schema), new ContentFile("/p/content/landscape.yml", content.ToString())], probe, properties: new Dictionary<string, string> { ["FactbookMaxFileChars"] = "20000000" });

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal("100000|14286|c99/10|c12|100|1000", run.Invoke("Probe", "Run"));
    }

    [Fact]
    public void EntriesOfAMapWithHostileKeysTakeThemAsIdsAndStayAscii()
    {
        const string schema = """
            types:
              Workflow:
                files: "workflows/*.yml"
                layout: record
                fields: { name: string }
              Job:
                in: Workflow
                at: jobs{}
                members: none
                fields: { runs-on: string }
            """;
        var files = new List<ContentFile> { new("/p/content/ci.schema.yaml", schema) };
        for (var w = 0; w < 300; w++)
        {
            // An id is one line: the key with a line break is a value here, as 'runs-on' of every job.
            var jobs = string.Concat(Keys.Where(key => key.IndexOf('\n') < 0).Select(key => "  " + YamlText.DoubleQuoted(key + "/" + w.ToString(CultureInfo.InvariantCulture)) + ": { runs-on: " + YamlText.DoubleQuoted(key + "\n" + Keys[2]) + " }\n"));
            files.Add(new ContentFile("/p/content/workflows/w" + w.ToString(CultureInfo.InvariantCulture) + ".yml", "name: w\njobs:\n" + jobs));
        }

        const string probe = """
            using Test.Content;
            public static class Probe
            {
                public static string Run() => Jobs.Count + "|" + Jobs.Get("Київ 🎉/17").RunsOn + "|" + Jobs.Get("\u202Eevil/299").Workflow.Id + "|" + Jobs.Get("x\u2028y/0").RunsOn;
            }
            """;

        var run = GeneratorHarness.Run(files.ToArray(), probe);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal((300 * (Keys.Length - 1)) + "|Київ 🎉\nline\nbreak|w299|x\u2028y\nline\nbreak", run.Invoke("Probe", "Run"));
        Assert.All(run.Sources, source => Assert.True(source.Text.All(c => c < 128), source.HintName + " is not plain ASCII"));
    }
}
