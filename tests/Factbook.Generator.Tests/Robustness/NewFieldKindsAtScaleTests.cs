using System.Globalization;

namespace Factbook.Generator.Tests.Robustness;

/// <summary>
/// Maps, unions and yaml fields at scale and with hostile text: 3,000 entries, each with a map of keys from the
/// whole Unicode range (quotes, line breaks, a lone surrogate, markup), a union and a yaml tree, generate code
/// that compiles and reads every value back.
/// </summary>
[Trait("Category", "Slow")]
public sealed class NewFieldKindsAtScaleTests
{
    private static readonly string[] Keys = ["a", "\"q\"", "line\nbreak", "<b>&amp;</b>", "Київ 🎉", "\u202Eevil", "x\u2028y", "*/ //", "\\u0041"];

    [Fact]
    public void ThousandsOfEntriesWithHostileKeysCompileAndReadBack()
    {
        const int Count = 3_000;
        var schema = "types:\n  Item:\n    fields:\n      env: \"map<string>\"\n      score: [int, string]\n      extra: { type: yaml, optional: true }\n";
        var content = new System.Text.StringBuilder("items:\n");
        for (var i = 0; i < Count; i++)
        {
            content.Append("  - id: i").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\n    env: {");
            content.Append(string.Join(", ", Keys.Select((key, k) => YamlText.DoubleQuoted(key) + ": " + YamlText.DoubleQuoted(key + i.ToString(CultureInfo.InvariantCulture) + k.ToString(CultureInfo.InvariantCulture)))));
            content.Append("}\n    score: ").Append(i % 2 == 0 ? i.ToString(CultureInfo.InvariantCulture) : YamlText.DoubleQuoted(Keys[i % Keys.Length]));
            content.Append("\n    extra: { ").Append(YamlText.DoubleQuoted(Keys[i % Keys.Length])).Append(": [1, ~, { deep: ").Append(YamlText.DoubleQuoted(Keys[(i + 1) % Keys.Length])).Append(" }] }\n");
        }

        const string probe = """
            using System.Linq;
            using Test.Content;
            public static class Probe
            {
                public static string Run() =>
                    Items.Count + "|" + Items.All.Sum(item => item.Env.Count) + "|" + Items.Get("i7").Env["Київ 🎉"] + "|" + Items.Get("i8").Score.Int + "|" + Items.Get("i1").Score.String + "|" +
                    Items.Get("i4").Extra!.Entries.Keys.Single() + "|" + Items.Get("i4").Extra!.Entries.Values.Single().Items[2]["deep"];
            }
            """;

        var run = GeneratorHarness.Run([new ContentFile("/p/content/items.schema.yaml", schema), new ContentFile("/p/content/items.yaml", content.ToString())], probe);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal(Count + "|" + (Count * Keys.Length) + "|Київ 🎉74|8|" + Keys[1] + "|" + Keys[4] + "|" + Keys[5], run.Invoke("Probe", "Run"));
        Assert.All(run.Sources, source => Assert.True(source.Text.All(c => c < 128), source.HintName + " is not plain ASCII"));
    }
}
