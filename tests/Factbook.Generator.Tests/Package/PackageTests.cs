using System.IO;
using System.Text.Json;

namespace Factbook.Generator.Tests.Package;

/// <summary>
/// The Factbook package as a user gets it: packed into a local feed, referenced by a fresh console app in a
/// folder of its own that names nothing else, with content under content/ picked up by default.
/// </summary>
[Trait("Category", "Slow")]
public class PackageTests
{
    private const string Schema = """
        types:
          Fact:
            description: A fact.
            fields:
              text: { type: string, description: What is true. }
              confidence: { type: enum, values: [stated, likely], default: stated }
        """;

    private const string Facts = """
        facts:
          - id: sky
            text: The sky is blue.
          - id: rain
            text: It will rain tomorrow.
            confidence: likely
        """;

    private const string Program = """
        using Consumer.Content;

        foreach (var fact in Facts.All)
        {
            System.Console.WriteLine($"{fact.Id}: {fact.Text} ({fact.Confidence.ToText()})");
        }

        System.Console.WriteLine(Facts.Get("rain").Text);
        """;

    [Fact]
    public void AFreshProjectUsesThePackageAndItsErrorsPointAtTheYaml()
    {
        using var repository = RepositoryCopy.Create();
        var feed = repository.PathOf("feed");
        var (packed, packOutput) = DotnetCommand.Run(repository.Root, "pack", "src/Factbook.Generator", "-c", "Release", "-o", feed, "--disable-build-servers");
        Assert.True(packed == 0, packOutput);
        Assert.DoesNotContain("missing a readme", packOutput, StringComparison.OrdinalIgnoreCase);

        // Outside the repository copy, so none of its Directory.*.props apply.
        var consumer = Path.Combine(Path.GetTempPath(), "factbook-consumer-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(consumer, "content"));
        try
        {
            BuildAndRun(consumer, feed, repository.PathOf("packages"));
        }
        finally
        {
            Directory.Delete(consumer, recursive: true);
        }
    }

    private static void BuildAndRun(string consumer, string feed, string packages)
    {
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Factbook" Version="0.1.0" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), Program);
        File.WriteAllText(Path.Combine(consumer, "content", "facts.schema.yaml"), Schema);
        File.WriteAllText(Path.Combine(consumer, "content", "facts.yaml"), Facts);

        // A package folder of its own, so the Factbook just packed is the one restored.
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = packages };
        var (ran, output) = DotnetCommand.Run(consumer, environment, "run", "--disable-build-servers");

        Assert.True(ran == 0, output);
        Assert.Contains("sky: The sky is blue. (stated)\nrain: It will rain tomorrow. (likely)\nIt will rain tomorrow.", output.Replace("\r\n", "\n"), StringComparison.Ordinal);

        // dotnet watch rebuilds when content changes: the package makes the content files Watch items.
        var (listed, watchItems) = DotnetCommand.Run(consumer, environment, "msbuild", "-getItem:Watch", "-nologo");
        Assert.True(listed == 0, watchItems);
        var watched = JsonDocument.Parse(watchItems).RootElement.GetProperty("Items").GetProperty("Watch").EnumerateArray()
            .Select(item => item.GetProperty("FullPath").GetString()).ToList();
        Assert.Contains(Path.Combine(consumer, "content", "facts.schema.yaml"), watched);
        Assert.Contains(Path.Combine(consumer, "content", "facts.yaml"), watched);

        File.WriteAllText(Path.Combine(consumer, "content", "facts.yaml"), Facts.Replace("confidence: likely", "confidence: certain"));
        var (built, buildOutput) = DotnetCommand.Run(consumer, environment, "build", "--disable-build-servers", "-nologo");

        Assert.NotEqual(0, built);
        Assert.Contains(Path.Combine("content", "facts.yaml") + "(6,17): error FB0028: 'certain' is not an allowed value of 'confidence'; allowed values are stated, likely", buildOutput, StringComparison.Ordinal);

        // Severities are configured like any compiler diagnostic's; YAML files are not C# files, so the
        // setting belongs in a global config file.
        File.WriteAllText(Path.Combine(consumer, ".globalconfig"), "is_global = true\ndotnet_diagnostic.FB0028.severity = warning\n");
        var (relaxed, relaxedOutput) = DotnetCommand.Run(consumer, environment, "build", "--disable-build-servers", "-nologo", "-p:TreatWarningsAsErrors=false");

        Assert.True(relaxed == 0, relaxedOutput);
        Assert.Contains("(6,17): warning FB0028", relaxedOutput, StringComparison.Ordinal);
    }
}
