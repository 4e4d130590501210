using Factbook.Generator.Naming;

namespace Factbook.Generator.Tests.Layouts;

/// <summary>
/// Matching <c>files</c> patterns against every file of a build stays bounded: a path that differs in the literal
/// start or end costs nothing (2,000 patterns of 500 characters against 1,500 files once took 258 s, a memo
/// allocated for every pair), and wildcards are few enough that a hostile pattern stays cheap. Work is counted,
/// not timed.
/// </summary>
public sealed class FileGlobWorkTests
{
    [Fact]
    public void APathThatDiffersInTheLiteralStartOrEndCostsNoWork()
    {
        var glob = FileGlob.Parse(new string('a', 200) + "/**/*" + new string('b', 200) + ".yml", out _)!;

        Assert.False(glob.Matches(new string('a', 199) + "c/x/y" + new string('b', 200) + ".yml", out var startSteps));
        Assert.False(glob.Matches(new string('a', 200) + "/x/y" + new string('b', 200) + ".yaml", out var endSteps));
        Assert.Equal((0L, 0L), (startSteps, endSteps));
    }

    [Fact]
    public void TheWorstPatternAllowedStaysWithinItsBoundOnALongPath()
    {
        // As many stars as allowed, each with one letter after it, against a name of one repeated letter: the
        // classic pattern that makes naive backtracking exponential.
        var pattern = string.Concat(Enumerable.Repeat("*a", FileGlob.MaxWildcards)) + "b.yml";
        var glob = FileGlob.Parse(pattern, out var problem);
        Assert.Null(problem);
        var path = new string('a', 250) + "b.yml";
        var miss = new string('a', FileGlob.MaxWildcards - 2) + new string('x', 244) + "ab.yml"; // one 'a' short

        Assert.True(glob!.Matches(path, out var hitSteps));
        Assert.False(glob.Matches(miss, out var missSteps));
        var bound = (long)FileGlob.MaxWildcards * (path.Length + 2) * (path.Length + 2);
        Assert.InRange(hitSteps, 1, bound);
        Assert.InRange(missSteps, 1, bound);
    }

    [Fact]
    public void MoreWildcardsThanAllowedAreRefusedAtThePattern()
    {
        var pattern = string.Concat(Enumerable.Repeat("*a", FileGlob.MaxWildcards + 1)) + ".yml";
        var schema = "types:\n  Thing:\n    files: \"" + pattern + "\"\n    fields:\n      name: string\n";

        var run = GeneratorHarness.Run(new ContentFile("/p/content/things.schema.yaml", schema));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0051", 3, 12), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("has more than 8 wildcards ('*' and '?'); a folder of files needs a few ('gems/**/*.yml')", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void MorePatternsThanAllowedAreRefusedAtTheList()
    {
        var patterns = string.Concat(Enumerable.Range(0, 2_000).Select(i => "\n      - \"f" + i + "/*.yml\""));
        var schema = "types:\n  Thing:\n    files:" + patterns + "\n    fields:\n      name: string\n";

        var run = GeneratorHarness.Run(new ContentFile("/p/content/things.schema.yaml", schema));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0051", 4, 7), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("lists 2000 patterns, more than 64; match folders with '**'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void ManyLongPatternsAgainstManyFilesStayCheap()
    {
        // The measured case: long patterns of many wildcards against many files with a shared start.
        var patterns = Enumerable.Range(0, FileGlobWorkTestsPatterns).Select(i => "data/" + new string('x', 480) + "/*" + i + "*.yml").Select(text => FileGlob.Parse(text, out _)!).ToList();
        var paths = Enumerable.Range(0, 1_500).Select(i => "data/" + new string('x', 480) + "/file" + i + ".yml").ToList();

        long total = 0;
        var matched = 0;
        foreach (var glob in patterns)
        {
            foreach (var path in paths)
            {
                matched += glob.Matches(path, out var steps) ? 1 : 0;
                total += steps;
            }
        }

        Assert.True(matched > 0);
        Assert.InRange(total, 0, (long)patterns.Count * paths.Count * 64);
    }

    [Fact]
    public void TheMostGlobstarsAllowedAgainstADeepPathStayBounded()
    {
        var glob = FileGlob.Parse("**/a/**/a/**/a/**/b", out _)!;
        var path = string.Join("/", Enumerable.Repeat("a", 400)) + "/b";
        var miss = string.Join("/", Enumerable.Repeat("x", 400)) + "/a/a/b"; // one folder a short

        Assert.True(glob.Matches(path, out var hit));
        Assert.False(glob.Matches(miss, out var missed));
        Assert.InRange(hit + missed, 1, 8L * (miss.Length + 2) * (miss.Length + 2));
    }

    private const int FileGlobWorkTestsPatterns = 64;
}
