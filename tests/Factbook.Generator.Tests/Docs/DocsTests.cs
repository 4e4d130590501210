using System.IO;
using System.Text.RegularExpressions;

namespace Factbook.Generator.Tests.Docs;

/// <summary>
/// README is the front door and the reference lives in docs/: README stays short with the commands near its
/// top, and every relative link of README and docs/ leads to a file (and a heading) that exists.
/// </summary>
public sealed class DocsTests
{
    private static readonly Regex Link = new(@"\]\((?<target>[^)\s]+)\)", RegexOptions.CultureInvariant);

    public static TheoryData<string> Pages()
    {
        var root = RepositoryPaths.Root();
        var pages = new TheoryData<string>();
        foreach (var page in new[] { "README.md" }.Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Select(path => "docs/" + Path.GetFileName(path)).Order(StringComparer.Ordinal)))
        {
            pages.Add(page);
        }

        return pages;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void EveryRelativeLinkResolves(string page)
    {
        var path = Path.Combine(RepositoryPaths.Root(), page);
        var broken = new List<string>();
        foreach (Match match in Link.Matches(File.ReadAllText(path)))
        {
            var target = match.Groups["target"].Value;
            if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            var hash = target.IndexOf('#');
            var file = hash < 0 ? target : target[..hash];
            var resolved = file.Length == 0 ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, file));
            if (!File.Exists(resolved) && !Directory.Exists(resolved))
            {
                broken.Add(target + " (no such file)");
            }
            else if (hash >= 0 && resolved.EndsWith(".md", StringComparison.Ordinal) && !Anchors(resolved).Contains(target[(hash + 1)..]))
            {
                broken.Add(target + " (no such heading)");
            }
        }

        Assert.Empty(broken);
    }

    [Fact]
    public void ReadmeIsAFrontDoorWithItsCommandsNearTheTop()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root(), "README.md"));

        Assert.InRange(lines.Length, 1, 250);
        var first80 = string.Join("\n", lines.Take(80));
        Assert.Contains("dotnet run --project samples/FactSheet", first80, StringComparison.Ordinal);
        Assert.Contains("dotnet test", first80, StringComparison.Ordinal);
        Assert.Contains("dotnet pack factbook -c Release -o factbook/feed", first80, StringComparison.Ordinal);
    }

    /// <summary>README's example is what <c>dotnet new factbook</c> writes: the schema and the content, to the byte.</summary>
    [Theory]
    [InlineData("content/books.schema.yaml")]
    [InlineData("content/books.yaml")]
    public void ReadmesExampleIsTheTemplatesContent(string file)
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root(), "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var header = "```yaml\n# " + file + "\n";
        var start = readme.IndexOf(header, StringComparison.Ordinal);
        Assert.True(start >= 0, "README shows no " + file);
        var block = readme[(start + header.Length)..readme.IndexOf("```", start + header.Length, StringComparison.Ordinal)];

        var template = File.ReadAllText(Path.Combine(RepositoryPaths.Root(), "src", "Factbook.Templates", "templates", "factbook", file)).Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.Equal(template, block);
    }

    /// <summary>The anchors GitHub makes of a page's headings: lowercase, spaces to '-', punctuation dropped.</summary>
    private static HashSet<string> Anchors(string page) =>
        File.ReadAllLines(page)
            .Where(line => line.StartsWith('#'))
            .Select(line => Regex.Replace(line.TrimStart('#').Trim().ToLowerInvariant(), @"[^\p{L}\p{N}\s_-]", string.Empty, RegexOptions.CultureInvariant).Replace(' ', '-'))
            .ToHashSet(StringComparer.Ordinal);
}
