using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Factbook.Generator.Tests.Package;

/// <summary>
/// netstandard2.0 and .NET Framework projects compile C# 7.3 unless told otherwise, and the generated code
/// needs C# 9: one FB0038 that says what to set, not hundreds of errors inside generated files.
/// </summary>
public class LanguageVersionTests
{
    [Theory]
    [InlineData(LanguageVersion.CSharp7_3, true)]
    [InlineData(LanguageVersion.CSharp8, true)]
    [InlineData(LanguageVersion.CSharp9, false)]
    [InlineData(LanguageVersion.Latest, false)]
    public void AProjectOnTooOldACSharpGetsOneErrorAndNoGeneratedCode(LanguageVersion version, bool tooOld)
    {
        var files = RepositoryPaths.ContentFiles().Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text));
        var options = new TestOptionsProvider(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" });
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new FactbookGenerator().AsSourceGenerator()], files, new CSharpParseOptions(version), options);

        driver = driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out var output, out var all, TestContext.Current.CancellationToken);
        // The article's text is not ours to ship, so the real content always says its quotes were not checked.
        var diagnostics = all.Where(diagnostic => diagnostic.Id != "FB0045").ToList();

        var errors = output.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error);
        if (tooOld)
        {
            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal("FB0038", diagnostic.Id);
            Assert.Contains("set <LangVersion>9.0</LangVersion>", diagnostic.GetMessage(), StringComparison.Ordinal);
            Assert.Empty(driver.GetRunResult().GeneratedTrees);
        }
        else
        {
            Assert.Empty(diagnostics);
            Assert.NotEmpty(driver.GetRunResult().GeneratedTrees);
        }

        Assert.Empty(errors);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void ANetStandardLibraryBuildsOnceItSetsTheVersionTheErrorNames()
    {
        // Outside the repository, whose Directory.Build.props sets LangVersion for its own projects.
        using var copy = RepositoryCopy.Create();
        var project = Path.Combine(Path.GetTempPath(), "factbook-library-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(project);
        var projectFile = Path.Combine(project, "Library.csproj");
        File.WriteAllText(projectFile, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{copy.PathOf("src/Factbook.Generator/Factbook.Generator.csproj")}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <AdditionalFiles Include="{copy.PathOf("content")}/*.yaml" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Uses.cs"), "namespace Library { public static class Uses { public static string Name() { return Content.Places.Kaliningrad.Name; } } }\n");

        var (defaultExit, defaultOutput) = DotnetCommand.Run(project, "build", "--disable-build-servers", "-nologo");
        File.WriteAllText(projectFile, File.ReadAllText(projectFile).Replace("<TargetFramework>", "<LangVersion>9.0</LangVersion><TargetFramework>", StringComparison.Ordinal));
        var (raisedExit, raisedOutput) = DotnetCommand.Run(project, "build", "--disable-build-servers", "-nologo");
        Directory.Delete(project, recursive: true);

        Assert.NotEqual(0, defaultExit);
        var errors = defaultOutput.Split('\n').Where(line => line.Contains(": error ", StringComparison.Ordinal)).Select(line => line.Trim()).Distinct().ToList();
        Assert.Contains(errors, line => line.Contains("error FB0038: The project compiles C# 7.3", StringComparison.Ordinal));
        Assert.All(errors, line => Assert.True(line.Contains("FB0038", StringComparison.Ordinal) || line.Contains("Uses.cs", StringComparison.Ordinal), line));
        Assert.True(raisedExit == 0, raisedOutput);
    }
}
