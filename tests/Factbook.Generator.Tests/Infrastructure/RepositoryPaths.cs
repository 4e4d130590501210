using System.IO;
using System.Runtime.CompilerServices;

namespace Factbook.Generator.Tests.Infrastructure;

/// <summary>Finds the repository's own folders from the test sources, to test the real content.</summary>
internal static class RepositoryPaths
{
    public static string Root([CallerFilePath] string thisFile = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(thisFile)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Generator.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("Generator.sln not found above " + thisFile);
    }

    public static string Content => Path.Combine(Root(), "content");

    /// <summary>Every YAML file of <c>content/</c>, with paths as the build gives them.</summary>
    public static ContentFile[] ContentFiles() =>
        Directory.GetFiles(Content, "*.yaml", SearchOption.AllDirectories)
            .OrderBy(path => path, System.StringComparer.Ordinal)
            .Select(path => new ContentFile(path, File.ReadAllText(path)))
            .ToArray();
}
