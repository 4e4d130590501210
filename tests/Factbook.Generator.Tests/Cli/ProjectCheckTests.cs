using System.IO;
using Factbook.Cli;

namespace Factbook.Generator.Tests.Cli;

/// <summary>
/// <c>factbook check</c> given a project reads it as its build does (<c>dotnet msbuild -getItem:AdditionalFiles</c>):
/// the text a quote is checked against comes from the project's AdditionalFiles, so a wrong quote is FB0044 there
/// as in the build, not FB0045 "not checked"; the framework decides FB0038.
/// </summary>
public sealed class ProjectCheckTests : IDisposable
{
    private const string Speech = "We shall fight on the beaches. We shall never surrender.\n";
    private const string Schema = "types:\n  Speech:\n    fields:\n      title: string\n      text: file\n  Quote:\n    fields:\n      speech: Speech\n      words: { type: string, verbatim_in: speech }\n";

    private readonly TempFolder _temp = new("project-check");

    public void Dispose() => _temp.Dispose();

    private string Project(string framework = "net10.0", string quote = "We will never surrender")
    {
        _temp.Write("texts/speech.txt", Speech);
        _temp.Write("content/speeches.schema.yaml", Schema);
        _temp.Write("content/speeches.yaml", "speeches:\n  - id: beaches\n    title: We shall fight on the beaches\n    text: speech.txt\nquotes:\n  - id: never\n    speech: beaches\n    words: " + quote + "\n");
        return _temp.Write("Speeches.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>{framework}</TargetFramework></PropertyGroup>
              <ItemGroup>
                <AdditionalFiles Include="content/**/*.yaml" />
                <AdditionalFiles Include="texts/speech.txt" />
              </ItemGroup>
            </Project>
            """);
    }

    [Fact]
    public void AWrongQuoteIsAnErrorAtItsLineAsInTheBuild()
    {
        var (exit, output, error) = Run("check", Project());

        Assert.True(exit == CliApp.ContentErrors, output + error);
        var line = Assert.Single(Lines(output), line => line.Contains("FB0044", StringComparison.Ordinal));
        Assert.EndsWith("content/speeches.yaml(8,12): error FB0044: 'We will never surrender' in the field 'words' is not word for word in the text of Speech 'beaches' (speech.txt); after 'We ' the text goes on 'shall fight on the beaches. We...' and the quote 'will never surrender'", line, StringComparison.Ordinal);
        Assert.DoesNotContain("FB0045", output, StringComparison.Ordinal);
        Assert.EndsWith("2 entries in 2 collections of " + _temp.Path("Speeches.csproj").Replace('\\', '/') + ": 1 error, 0 warnings", Lines(output)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void TheQuoteFixedPasses()
    {
        var (exit, output, error) = Run("check", Project(quote: "We shall never surrender"));

        Assert.True(exit == CliApp.Success, output + error);
        Assert.EndsWith(": 0 errors, 0 warnings", Lines(output).Single(), StringComparison.Ordinal);
        Assert.Empty(error);
    }

    /// <summary>The same folder checked as a folder cannot know the text: FB0045, and a note of what a project would have given.</summary>
    [Fact]
    public void TheContentFolderAloneSaysWhatItCouldNotCheck()
    {
        Project();

        var (exit, output, error) = Run("check", _temp.Path("content"));

        Assert.Equal(CliApp.Success, exit);
        Assert.Contains("warning FB0045", output, StringComparison.Ordinal);
        Assert.StartsWith(ProjectNote.Start + ", so the project's namespace, framework and C# version (FB0032, FB0038) were not checked, and quotes only against texts given with --text", error, StringComparison.Ordinal);
    }

    /// <summary>A netstandard2.0 project compiles C# 7.3 unless it says otherwise: FB0038 from the checker as from the build.</summary>
    [Theory]
    [InlineData("netstandard2.0", "", true)]
    [InlineData("netstandard2.0", "<LangVersion>9.0</LangVersion>", false)]
    [InlineData("net10.0", "", false)]
    public void TheFrameworkAndLangVersionDecideFB0038(string framework, string langVersion, bool tooOld)
    {
        var project = Project(framework, quote: "We shall never surrender");
        File.WriteAllText(project, File.ReadAllText(project).Replace("</TargetFramework>", "</TargetFramework>" + langVersion, StringComparison.Ordinal));

        var (exit, output, _) = Run("check", project);

        Assert.Equal(tooOld ? CliApp.ContentErrors : CliApp.Success, exit);
        Assert.Equal(tooOld, output.Contains("error FB0038: The project compiles C# 7.3, and the code Factbook generates needs C# 9.0 or later", StringComparison.Ordinal));
    }

    /// <summary>Files the project adds beside its content (a workflow) are checked as the build checks them, wherever the command runs.</summary>
    [Fact]
    public void FilesBesideTheContentFolderAreChecked()
    {
        var project = Project(quote: "We shall never surrender");
        _temp.Write("content/workflows.schema.yaml", "types:\n  Workflow:\n    files: \"../.github/workflows/*.yml\"\n    layout: record\n    fields:\n      name: string\n");
        _temp.Write(".github/workflows/ci.yml", "name: CI\nbogus: 1\n");
        File.WriteAllText(project, File.ReadAllText(project).Replace("<AdditionalFiles Include=\"texts/speech.txt\" />", "<AdditionalFiles Include=\"texts/speech.txt;.github/workflows/*.yml\" />", StringComparison.Ordinal));

        var (exit, output, error) = Run("check", project);

        Assert.True(exit == CliApp.ContentErrors, output + error);
        Assert.Contains(".github/workflows/ci.yml(2,1): error FB0025: Workflow has no field 'bogus'", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AnInvalidNamespaceIsFB0032AsInTheBuild()
    {
        var project = Project(quote: "We shall never surrender");
        File.WriteAllText(project, File.ReadAllText(project).Replace("</TargetFramework>", "</TargetFramework><FactbookNamespace>My.class</FactbookNamespace>", StringComparison.Ordinal));

        var (exit, output, _) = Run("check", project);

        Assert.Equal(CliApp.ContentErrors, exit);
        Assert.Contains("error FB0032: The namespace 'My.class' is not a valid C# namespace; using 'Factbook.Content' instead", output, StringComparison.Ordinal);
    }

    private static string[] Lines(string text) => text.TrimEnd().Split('\n').Select(line => line.TrimEnd('\r')).ToArray();

    private static (int Exit, string Output, string Error) Run(params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(arguments, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
