using System.Diagnostics;
using System.IO;

namespace Factbook.Generator.Tests.Infrastructure;

/// <summary>Runs the real .NET SDK, as a user would, with no build server left behind.</summary>
internal static class DotnetCommand
{
    public static (int ExitCode, string Output) Run(string workingDirectory, params string[] arguments) => Run(workingDirectory, null, arguments);

    /// <summary>Runs dotnet with extra environment variables.</summary>
    public static (int ExitCode, string Output) Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        RunProgram("dotnet", workingDirectory, environment, arguments);

    /// <summary>Runs a program to its end; returns its exit code and its output (standard output, then errors).</summary>
    public static (int ExitCode, string Output) RunProgram(string program, string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}

/// <summary>The files needed to build the generator and the sample, copied to a temporary folder.</summary>
internal sealed class RepositoryCopy : IDisposable
{
    private RepositoryCopy(string root) => Root = root;

    public string Root { get; }

    public static RepositoryCopy Create()
    {
        var source = RepositoryPaths.Root();
        var root = Path.Combine(Path.GetTempPath(), "factbook-" + Guid.NewGuid().ToString("N"));
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "README.md" })
        {
            Directory.CreateDirectory(root);
            File.Copy(Path.Combine(source, file), Path.Combine(root, file));
        }

        foreach (var folder in new[] { "src/Factbook.Generator", "src/Factbook.CodeFixes", "samples/FactSheet", "content" })
        {
            CopyFolder(Path.Combine(source, folder), Path.Combine(root, folder));
        }

        return new RepositoryCopy(root);
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Edit(string relative, Func<string, string> change)
    {
        var path = PathOf(relative);
        var before = File.ReadAllText(path);
        var after = change(before);
        Assert.NotEqual(before, after);
        File.WriteAllText(path, after);
        return after;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.GetDirectories(from).Where(folder => Path.GetFileName(folder) is not ("bin" or "obj")))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
