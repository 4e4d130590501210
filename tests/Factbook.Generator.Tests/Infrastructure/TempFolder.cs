using System.IO;

namespace Factbook.Generator.Tests.Infrastructure;

/// <summary>A folder of its own under the system's temporary folder, deleted with everything in it when disposed.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder(string purpose)
    {
        Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "factbook-" + purpose + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    /// <summary>Writes a file below the folder, making its folders; returns its full path.</summary>
    public string Write(string relative, string text)
    {
        var path = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>
    /// A net10.0 console project that uses the generator of <paramref name="copy"/> as an analyzer, as a package
    /// user's project would, with the given AdditionalFiles globs.
    /// </summary>
    public string WriteConsumerProject(string relative, RepositoryCopy copy, string additionalFiles) => Write(relative, $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <OutputType>Exe</OutputType>
          </PropertyGroup>
          <ItemGroup>
            <ProjectReference Include="{copy.PathOf("src/Factbook.Generator/Factbook.Generator.csproj")}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
            <AdditionalFiles Include="{additionalFiles}" />
          </ItemGroup>
        </Project>
        """);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
