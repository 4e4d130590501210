using CsCheck;
using Factbook.Generator.Naming;

namespace Factbook.Generator.Tests.Schema;

/// <summary>
/// "Did you mean" and the exclusion cascade stay linear-ish at scale (docs/performance.md has the numbers)
/// and give the same answers as the simple definitions they replace.
/// </summary>
public class SuggestionTests
{
    private static readonly Gen<string> Word = Gen.Char["abc-"].Array[0, 12].Select(chars => new string(chars));

    [Fact]
    public void TheBoundedSearchFindsWhatTheFullEditDistanceFinds()
    {
        Gen.Select(Word, Word.Array[0, 30]).Sample((text, candidates) =>
        {
            var index = new SuggestionIndex(candidates);
            Assert.Equal(Naive(text, candidates), index.Closest(text));
            Assert.Equal(Naive(text, candidates), index.Closest(text)); // remembered answers are the same
        }, iter: 5_000);
    }

    [Theory]
    [InlineData("rusia", "russia")]
    [InlineData("RUSSIA", "russia")]
    [InlineData("kalinigrad", "kaliningrad")]
    [InlineData("zzzzzz", null)]
    [InlineData("", null)]
    public void SuggestsTheClosestIdWithinAThirdOfItsLength(string text, string? expected)
    {
        var index = new SuggestionIndex(["russia", "kaliningrad", "poland", "baltic-sea"]);

        Assert.Equal(expected, index.Closest(text));
    }

    [Fact]
    public void AnEntryAtTheEndOfALongChainOfReferencesTakesTheWholeChainWithIt()
    {
        const int count = 20_000;
        var entries = string.Concat(Enumerable.Range(0, count).Select(i =>
            $"  - id: p{i}\n    name: P\n    kind: city\n    part_of: {(i + 1 < count ? "p" + (i + 1) : "nowhere")}\n"));
        var separate = "  - id: alone\n    name: Alone\n    kind: city\n";

        var run = GeneratorHarness.Run(TestContent.Schema(), TestContent.Places("places:\n" + entries + separate));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0029", count * 4 + 1), (diagnostic.Id, diagnostic.Line()));
        var members = run.Sources.Single(source => source.HintName == "Place.Members.g.cs").Text;
        Assert.Contains("Alone = 0", members, StringComparison.Ordinal);
        Assert.DoesNotContain("P0", members, StringComparison.Ordinal);
    }

    /// <summary>The definition: the first candidate, in ordinal order, at the least edit distance within its allowance.</summary>
    private static string? Naive(string text, string[] candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Distinct().OrderBy(c => c, StringComparer.Ordinal))
        {
            var distance = Levenshtein(text.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance <= SuggestionIndex.AllowedEdits(candidate.Length) && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static int Levenshtein(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }

        return d[a.Length, b.Length];
    }
}
