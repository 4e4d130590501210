namespace Factbook.Generator.Tests.References;

/// <summary>
/// Lookups by id: the first ones search the id list itself, later ones use the index of every id, and both
/// give the same answers, in both table forms, for ids that are prefixes of others, at either end of the list.
/// </summary>
public class LookupTests
{
    private const string Schema = "types:\n  Thing:\n    files: things.yml\n    layout: map\n    fields:\n      n: int\n";
    private const string Content = "a:\n  n: 1\nab:\n  n: 2\n\"a b\":\n  n: 3\nb:\n  n: 4\nba:\n  n: 5\n";

    // Forty rounds over the ids and some that are not: the first sixteen lookups search, the rest use the index.
    private const string Probe = """
        public static class Probe
        {
            public static string Run()
            {
                var ids = new[] { "a", "ab", "a b", "b", "ba", "", "x", "a\nab", "b\n", "\nb", "ab\nb", "A" };
                var text = new System.Text.StringBuilder();
                for (var round = 0; round < 40; round++)
                {
                    foreach (var id in ids)
                    {
                        text.Append(Test.Content.Things.TryGet(id, out var thing) ? thing!.N.ToString() : "-");
                    }

                    text.Append('|');
                }

                return text.ToString();
            }
        }
        """;

    [Fact]
    public void TheFirstLookupsSearchTheIdListAndLaterOnesUseTheIndexWithTheSameAnswers() => AssertLookups(properties: null);

    [Fact]
    public void WithStringTablesToo() => AssertLookups(TestContent.StringTables);

    private static void AssertLookups(System.Collections.Generic.IReadOnlyDictionary<string, string>? properties)
    {
        var run = GeneratorHarness.Run([new ContentFile("/project/content/things.schema.yaml", Schema), new ContentFile("/project/content/things.yml", Content)], Probe, properties: properties);

        Assert.Empty(run.GeneratorDiagnostics);
        var rounds = ((string)run.Invoke("Probe", "Run")!).TrimEnd('|').Split('|');
        Assert.Equal(40, rounds.Length);
        Assert.All(rounds, round => Assert.Equal("12345-------", round));
    }
}
