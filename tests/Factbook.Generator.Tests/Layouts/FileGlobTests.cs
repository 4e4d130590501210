using Factbook.Generator.Naming;

namespace Factbook.Generator.Tests.Layouts;

/// <summary>
/// What a <c>files</c> pattern matches, as documented, and the patterns refused with the reason: empty, absolute,
/// leaving the schema's folder, <c>***</c>, longer than 500 characters, more than 8 wildcards.
/// </summary>
public class FileGlobTests
{
    [Theory]
    [InlineData("*.yml", "a.yml", true)]
    [InlineData("*.yml", ".yml", true)]
    [InlineData("*.yml", "a/b.yml", false)]
    [InlineData("*.yml", "a.yaml", false)]
    [InlineData("*.yml", "A.YML", false)]
    [InlineData("?.yml", "a.yml", true)]
    [InlineData("?.yml", "ab.yml", false)]
    [InlineData("?.yml", "/.yml", false)]
    [InlineData("?.yml", "é.yml", true)]
    [InlineData("?.yml", "🎉.yml", true)]
    [InlineData("a?c.yml", "a🎉c.yml", true)]
    [InlineData("??.yml", "🎉.yml", false)]
    [InlineData("gems/**/*.yml", "gems/a.yml", true)]
    [InlineData("gems/**/*.yml", "gems/a/b.yml", true)]
    [InlineData("gems/**/*.yml", "gems/a/b/c.yml", true)]
    [InlineData("gems/**/*.yml", "other/a.yml", false)]
    [InlineData("gems/**/*.yml", "gemsx/a.yml", false)]
    [InlineData("gems/**/*.yml", "other/gems/a.yml", false)]
    [InlineData("gems/**", "gems/a/b.yml", true)]
    [InlineData("**/*.yml", "a.yml", true)]
    [InlineData("**/*.yml", "a/b/c.yml", true)]
    [InlineData("**", "a/b/c.yml", true)]
    [InlineData("./x.yml", "x.yml", true)]
    [InlineData("./x.yml", "a/x.yml", false)]
    [InlineData("x.yml", "x.yml", true)]
    [InlineData("x.yml", "xx.yml", false)]
    [InlineData("a/*/c.yml", "a/b/c.yml", true)]
    [InlineData("a/*/c.yml", "a/b/b/c.yml", false)]
    [InlineData("a/*/c.yml", "a//c.yml", true)]
    [InlineData("data/*.yml", "data/a.yml", true)]
    [InlineData("x**.yml", "xa.yml", true)]
    [InlineData("x**.yml", "x/a.yml", false)]
    [InlineData("gems**/a.yml", "gems/deep/a.yml", false)]
    [InlineData("a/**b.yml", "a/xb.yml", true)]
    [InlineData("a/**b.yml", "a/x/b.yml", false)]
    [InlineData("**/rec.yml", "rec.yml", true)] // '**/' is zero folders too
    [InlineData("gems/**/rec.yml", "gems/rec.yml", true)]
    [InlineData("a/**/b/**/c.yml", "a/b/c.yml", true)]
    [InlineData("a/**/b/**/c.yml", "a/x/b/y/z/c.yml", true)]
    [InlineData("a/*/rec.yml", "a/rec.yml", false)]
    [InlineData("[ab].yml", "[ab].yml", true)]
    [InlineData("[ab].yml", "a.yml", false)]
    [InlineData("{a,b}.yml", "{a,b}.yml", true)]
    public void PatternsMatchAsDocumented(string pattern, string path, bool matches)
    {
        var glob = FileGlob.Parse(pattern, out var problem);

        Assert.Null(problem);
        Assert.Equal(matches, glob!.Matches(path));
    }

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("gems\\*.yml", "'\\'")]
    [InlineData("/etc/*.yml", "starts with '/'")]
    [InlineData("a/../*.yml", "'..' inside it")]
    [InlineData("../../../../../../../../../a.yml", "more than 8 folders")]
    [InlineData("gems/../../x.yml", "'..'")]
    [InlineData("a/..", "'..'")]
    [InlineData("***.yml", "'***'")]
    [InlineData("a/***/b", "'***'")]
    public void BadPatternsAreRefusedWithTheReason(string pattern, string reason)
    {
        Assert.Null(FileGlob.Parse(pattern, out var problem));
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void APatternLongerThan500CharactersIsRefused()
    {
        Assert.NotNull(FileGlob.Parse(new string('a', 500), out _));
        Assert.Null(FileGlob.Parse(new string('a', 501), out var problem));
        Assert.Contains("longer than 500", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*a*a*a*a*a*a*a*a*a*a*a*b")]
    [InlineData("**/*a*a*a*a*a*a*a*a*a*a*a*b")]
    [InlineData("**/a/**/a/**/a/**/a/**/a/b")]
    public void APathologicalPatternIsRefusedForItsWildcards(string pattern)
    {
        // Each wildcard multiplies what a match may try: past eight, a pattern is refused (FileGlobWorkTests
        // counts the work of the worst one allowed).
        Assert.Null(FileGlob.Parse(pattern, out var problem));
        Assert.Contains("has more than 8 wildcards", problem, StringComparison.Ordinal);
    }
}
