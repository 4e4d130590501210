using System.IO;
using Factbook.Cli;
using static Factbook.Generator.Tests.Infrastructure.RunFixtures;

namespace Factbook.Generator.Tests.Layouts;

/// <summary>
/// A <c>files</c> pattern that matches nothing is said at the pattern, with the folder it searched and the one a
/// typo away that would match; the files it meant get one FB0039 between them, not one each. A pattern is relative
/// to its schema file's folder.
/// </summary>
public sealed class FilesPatternTests : IDisposable
{
    private const string Schema = "types:\n  Advisory:\n    files: gem/**/*.yml\n    layout: record\n    fields:\n      title: string\n";

    private readonly TempFolder _temp = new("patterns");

    public void Dispose() => _temp.Dispose();

    private static ContentFile[] Advisories(string root) =>
    [
        new(root + "/advisories.schema.yaml", Schema),
        new(root + "/gems/actionpack/CVE-2023-1.yml", "title: One\n"),
        new(root + "/gems/actionpack/CVE-2023-2.yml", "title: Two\n"),
        new(root + "/gems/rack/CVE-2023-3.yml", "title: Three\n"),
    ];

    [Fact]
    public void APatternThatMatchesNothingIsAWarningAtThePatternWithTheFolderMeant()
    {
        var run = GeneratorHarness.Run(Advisories("/p/content"));

        var pattern = Assert.Single(run.FactbookDiagnostics, diagnostic => diagnostic.Id == "FB0048");
        Assert.Equal(("/p/content/advisories.schema.yaml", 3, 12), (pattern.Location.GetLineSpan().Path, pattern.Line(), pattern.Column()));
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, pattern.Severity);
        Assert.Equal("The file pattern 'gem/**/*.yml' of type 'Advisory' matches no file of the build (it searches '/p/content/gem/'); did you mean 'gems/**/*.yml'? It reads 3 files", pattern.GetMessage());
    }

    [Fact]
    public void TheFilesItMeantGetOneWarningBetweenThem()
    {
        var run = GeneratorHarness.Run(Advisories("/p/content"));

        var unread = Assert.Single(run.FactbookDiagnostics, diagnostic => diagnostic.Id == "FB0039");
        Assert.Equal("/p/content/gems/actionpack/CVE-2023-1.yml", unread.Location.GetLineSpan().Path);
        Assert.EndsWith("; nor are 2 other files under '/p/content/gems/'", unread.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(2, run.FactbookDiagnostics.Count);
    }

    [Fact]
    public void APatternThatMatchesIsNotReported()
    {
        var files = Advisories("/p/content");
        files[0] = files[0] with { Text = Schema.Replace("gem/", "gems/", StringComparison.Ordinal) };

        var run = GeneratorHarness.Run(files);

        Assert.Empty(run.FactbookDiagnostics);
    }

    [Fact]
    public void APatternFarFromEveryFolderIsReportedWithoutAGuess()
    {
        var files = Advisories("/p/content");
        files[0] = files[0] with { Text = Schema.Replace("gem/", "advisories/", StringComparison.Ordinal) };

        var run = GeneratorHarness.Run(files);

        var pattern = Assert.Single(run.FactbookDiagnostics, diagnostic => diagnostic.Id == "FB0048");
        Assert.EndsWith("matches no file of the build (it searches '/p/content/advisories/')", pattern.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheCheckerSaysTheSame()
    {
        foreach (var file in Advisories(Path.Combine(_temp.Root, "content").Replace('\\', '/')))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file.Path)!);
            File.WriteAllText(file.Path, file.Text);
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(["check", Path.Combine(_temp.Root, "content")], output, error);

        Assert.Equal(CliApp.Success, exit);
        Assert.Contains("advisories.schema.yaml(3,12): warning FB0048: The file pattern 'gem/**/*.yml' of type 'Advisory' matches no file of the build", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("did you mean 'gems/**/*.yml'? It reads 3 files", output.ToString(), StringComparison.Ordinal);
        Assert.Single(output.ToString().Split('\n'), line => line.Contains("FB0039", StringComparison.Ordinal));
    }

    [Fact]
    public void AFilesPatternRelativeToASchemaInASubfolderBindsOnlyBelowIt()
    {
        var schema = "types:\n  Thing:\n    files: \"*.yml\"\n    layout: map\n    fields:\n      name: string\n";

        var run = GeneratorHarness.Run(
            new ContentFile("/project/content/sub/things.schema.yaml", schema),
            new ContentFile("/project/content/sub/a.yml", "a:\n  name: A\n"),
            new ContentFile("/project/content/b.yml", "b:\n  name: B\n"),
            new ContentFile("/project/content/sub/deeper/c.yml", "c:\n  name: C\n"));

        AssertNothingEscaped(run);
        Assert.Equal(["a"], All(run.Load().GetType(Namespace + ".Things")!).Select(IdOf));
        Assert.Equal(["b.yml", "c.yml"], run.FactbookDiagnostics.Select(d => d.Id == "FB0039" ? System.IO.Path.GetFileName(d.Location.GetLineSpan().Path) : d.Id).OrderBy(x => x, StringComparer.Ordinal));
    }
}
