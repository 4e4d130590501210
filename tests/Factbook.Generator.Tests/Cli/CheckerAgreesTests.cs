using System.IO;
using Factbook.Cli;

namespace Factbook.Generator.Tests.Cli;

/// <summary>
/// The checker reports what the build reports: a file checked on its own is read with every schema the build
/// loads, and a project whose tables are string constants gets FB0037 from both.
/// </summary>
public sealed class CheckerAgreesTests : IDisposable
{
    private readonly TempFolder _temp = new("agree");

    public void Dispose() => _temp.Dispose();

    private static (int Exit, string Output) Check(params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(arguments, output, error);
        return (exit, output.ToString() + ProjectNote.Without(error.ToString()));
    }

    private string Write(string relative, string text) => _temp.Write(relative, text);

    [Fact]
    public void AFileIsCheckedWithEverySchemaOfItsContent()
    {
        // The build's glob takes content/**: a schema split over content/ and content/facts/ is one schema, and a
        // file of content/facts/ uses types of both. The checker took only content/facts/: FB0012 "Unknown type".
        Write("App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>\n");
        Write("content/root.schema.yaml", "types:\n  Place:\n    fields:\n      name: string\n");
        Write("content/places.yaml", "places:\n  - id: kaliningrad\n    name: Kaliningrad\n");
        Write("content/facts/facts.schema.yaml", "types:\n  Claim:\n    fields:\n      about: Place\n      text: string\n");
        var claims = Write("content/facts/claims.yaml", "claims:\n  - id: moved\n    about: kaliningrad\n    text: Air defences moved.\n");

        var (exit, output) = Check("check", claims);

        Assert.True(exit == CliApp.Success, output);
        Assert.Equal("1 file: 0 errors, 0 warnings", output.Trim());
    }

    private void WriteLargeContent()
    {
        Write("content/places.schema.yaml", TestContent.PlaceSchema);
        Write("content/places.yaml", "places:\n" + string.Concat(Enumerable.Range(0, 9).Select(i => $"  - id: p{i}\n    name: {new string((char)('a' + i), 999_000 - i)}\n    kind: city\n")));
    }

    [Theory]
    [InlineData("netstandard2.0", null, true)]
    [InlineData("net48", null, true)]
    [InlineData("net10.0", "10.0", true)]
    [InlineData("net10.0", null, false)]
    public void TheCheckerReadsTheProjectsFrameworkForStringTables(string framework, string? language, bool stringTables)
    {
        Write("App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>" + framework + "</TargetFramework>\n" +
            (language is null ? string.Empty : "    <LangVersion>" + language + "</LangVersion>\n") + "  </PropertyGroup>\n</Project>\n");
        WriteLargeContent();

        var (exit, output) = Check("check", Path.Combine(_temp.Root, "content"));

        if (stringTables)
        {
            Assert.Equal(CliApp.ContentErrors, exit);
            Assert.Contains("places.yaml(2,9): error FB0037: This entry holds about", output, StringComparison.Ordinal);
        }
        else
        {
            Assert.True(exit == CliApp.Success, output);
        }
    }

    [Fact]
    public void APropertyGivenOnTheCommandLineWins()
    {
        Write("App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>\n");
        WriteLargeContent();

        var (exit, output) = Check("check", Path.Combine(_temp.Root, "content"), "-p", "TargetFramework=netstandard2.0");

        Assert.Equal(CliApp.ContentErrors, exit);
        Assert.Contains("error FB0037", output, StringComparison.Ordinal);
    }

    [Fact]
    public void TheBuildReportsTheSameForAStringTableProject()
    {
        WriteLargeContent();
        var files = Directory.EnumerateFiles(Path.Combine(_temp.Root, "content")).Select(path => new ContentFile(path, File.ReadAllText(path)));

        var run = GeneratorHarness.Run(files, properties: TestContent.StringTables);

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0037", 2, 9), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
    }

    [Fact]
    public void AnUnreadFileCheckedAloneKeepsItsOwnWarning()
    {
        // Three unread files get one FB0039 between them in a build, at the first: checked alone, the third was
        // "0 errors, 0 warnings".
        Write("App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>\n");
        Write("content/places.schema.yaml", TestContent.PlaceSchema);
        foreach (var name in new[] { "a", "b", "c" })
        {
            Write("content/" + name + ".yml", "- name: " + name + "\n");
        }

        var (_, output) = Check("check", Path.Combine(_temp.Root, "content", "c.yml"));

        Assert.Contains("c.yml(1,1): warning FB0039: This file is not read", output, StringComparison.Ordinal);
        Assert.Contains("1 file: 0 errors, 1 warning", output, StringComparison.Ordinal);
    }

    [Fact]
    public void OutsideAnyProjectAFileIsCheckedWithItsNearestSchema()
    {
        // With no project file or repository above, a schema further up may belong to other content.
        var folder = Path.Combine(Path.GetTempPath(), "factbook-loose-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "proj"));
            File.WriteAllText(Path.Combine(folder, "top.schema.yaml"), "types:\n  Broken:\n    fields: [x]\n");
            File.WriteAllText(Path.Combine(folder, "proj", "s.schema.yaml"), TestContent.PlaceSchema);
            var file = Path.Combine(folder, "proj", "places.yaml");
            File.WriteAllText(file, "places:\n  - id: a\n    name: A\n    kind: city\n");

            var (exit, output) = Check("check", file);

            Assert.True(exit == CliApp.Success, output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
