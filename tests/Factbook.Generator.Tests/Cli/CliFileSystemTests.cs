using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Factbook.Cli;

namespace Factbook.Generator.Tests.Cli;

/// <summary>
/// The factbook command on what a file system can hold besides YAML files: links that loop or lead to a sibling
/// folder, named pipes, links that lead nowhere, output paths that are files. Each finishes promptly, reads no
/// file twice and opens nothing but regular files; what stops a command is one line and exit 2.
/// </summary>
public sealed class CliFileSystemTests : IDisposable
{
    private const string Places = "places:\n  - id: russia\n    name: Russia\n    kind: country\n  - id: moscow\n    name: Moscow\n    kind: city\n    part_of: russia\n";

    /// <summary>Generous for a command that takes well under a second; a hang fails the test instead of the run.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "factbook-cli-fs-" + Guid.NewGuid().ToString("N"));

    public CliFileSystemTests()
    {
        Directory.CreateDirectory(Content);
        File.WriteAllText(Path.Combine(Content, "places.schema.yaml"), TestContent.PlaceSchema);
        File.WriteAllText(Path.Combine(Content, "places.yaml"), Places);
    }

    private string Content => Path.Combine(_folder, "content").Replace('\\', '/');

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ALinkToItsOwnFolderIsSkippedWithAWarning()
    {
        SkipOnWindows();
        Directory.CreateSymbolicLink(Path.Combine(Content, "self"), ".");

        var (exit, output, error) = await RunWithinLimit("check", Content);

        Assert.Equal(CliApp.Success, exit);
        Assert.Equal(["2 entries in 1 collection: 0 errors, 0 warnings"], Lines(output));
        Assert.Equal(["warning: skipped the link '" + Content + "/self' (links are not followed)"], Lines(error));
    }

    [Fact]
    public async Task ALinkToTheFolderAboveIsSkippedWithAWarning()
    {
        SkipOnWindows();
        Directory.CreateDirectory(Path.Combine(Content, "more"));
        Directory.CreateSymbolicLink(Path.Combine(Content, "more", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(Content, "self"), ".");

        var (exit, output, error) = await RunWithinLimit("check", Content);

        Assert.Equal(CliApp.Success, exit);
        Assert.Equal(["2 entries in 1 collection: 0 errors, 0 warnings"], Lines(output));
        Assert.Equal(
            [
                "warning: skipped the link '" + Content + "/more/up' (links are not followed)",
                "warning: skipped the link '" + Content + "/self' (links are not followed)",
            ],
            Lines(error));
    }

    [Fact]
    public async Task ALinkToASiblingFolderReadsNoFileTwice()
    {
        SkipOnWindows();
        Directory.CreateDirectory(Path.Combine(Content, "europe"));
        File.Move(Path.Combine(Content, "places.yaml"), Path.Combine(Content, "europe", "places.yaml"));
        Directory.CreateSymbolicLink(Path.Combine(Content, "mirror"), "europe");

        var (exit, output, error) = await RunWithinLimit("check", Content);

        Assert.Equal(CliApp.Success, exit);
        Assert.DoesNotContain("FB0023", output, StringComparison.Ordinal);
        Assert.Equal(["2 entries in 1 collection: 0 errors, 0 warnings"], Lines(output));
        Assert.Equal(["warning: skipped the link '" + Content + "/mirror' (links are not followed)"], Lines(error));
    }

    [Fact]
    public async Task ALinkToAFileIsReadAsTheBuildsGlobReadsIt()
    {
        SkipOnWindows();
        File.WriteAllText(Path.Combine(_folder, "shared.yaml"), "places:\n  - id: gdansk\n    name: Gdansk\n    kind: port\n");
        File.CreateSymbolicLink(Path.Combine(Content, "shared.yaml"), "../shared.yaml");

        var (exit, output, error) = await RunWithinLimit("check", Content);

        Assert.Equal(CliApp.ContentErrors, exit);
        Assert.Equal(
            [
                Content + "/shared.yaml(4,11): error FB0028: 'port' is not an allowed value of 'kind'; allowed values are country, city; until it is fixed, the Place entry 'gdansk' is left out of All, Count and Get, with the entries that refer to it",
                "2 entries in 1 collection: 1 error, 0 warnings",
            ],
            Lines(output));
        Assert.Empty(error);
    }

    [Fact]
    public async Task ANamedPipeIsSkippedWithoutBeingOpened()
    {
        SkipOnWindows();
        var pipe = Content + "/x.yaml";
        MakeNamedPipe(pipe);

        var (exit, output, error) = await RunWithinLimit("check", Content);

        Assert.Equal(CliApp.Success, exit);
        Assert.Equal(["2 entries in 1 collection: 0 errors, 0 warnings"], Lines(output));
        Assert.Equal(["warning: skipped '" + pipe + "' (a named pipe, not a regular file)"], Lines(error));
    }

    [Theory]
    [InlineData("check")]
    [InlineData("list")]
    [InlineData("schema")]
    public async Task ANamedPipeGivenAsAnArgumentCannotRun(string command)
    {
        SkipOnWindows();
        var pipe = Content + "/x.yaml";
        MakeNamedPipe(pipe);

        var (exit, output, error) = await RunWithinLimit(command, pipe);

        Assert.Equal(CliApp.CannotRun, exit);
        Assert.Empty(output);
        Assert.Equal(["'" + pipe + "' is a named pipe, not a regular file."], Lines(error));
    }

    /// <summary>Where there is no statx (macOS, the BSDs), a non-blocking open tells a pipe from a file.</summary>
    [Fact]
    public async Task WithoutStatxANonBlockingOpenTellsAPipeFromAFile()
    {
        SkipOnWindows();
        var pipe = Content + "/x.yaml";
        MakeNamedPipe(pipe);

        var cancel = TestContext.Current.CancellationToken;

        var types = await Task.Run(() => (Pipe: FileTypes.ByOpening(pipe), File: FileTypes.ByOpening(Content + "/places.yaml")), cancel).WaitAsync(Limit, cancel);

        Assert.Equal(FileKind.Special, types.Pipe.Kind);
        Assert.Equal(FileKind.File, types.File.Kind);
    }

    [Fact]
    public void SchemaToAnExistingFileCannotRunAndLeavesItAsItWas()
    {
        var existing = Path.Combine(_folder, "notes.txt").Replace('\\', '/');
        File.WriteAllText(existing, "keep me");

        var (exit, output, error) = Run("schema", Content, "-o", existing);

        Assert.Equal(CliApp.CannotRun, exit);
        Assert.Empty(output);
        Assert.Equal(["Cannot write the schemas to '" + existing + "': it is a file, not a folder."], Lines(error));
        Assert.Equal("keep me", File.ReadAllText(existing));
    }

    [Fact]
    public void SchemaToAFolderThatCannotBeCreatedCannotRun()
    {
        var existing = Path.Combine(_folder, "notes.txt").Replace('\\', '/');
        File.WriteAllText(existing, "keep me");
        var below = existing + "/schemas";

        var (exit, output, error) = Run("schema", Content, "-o", below);

        Assert.Equal(CliApp.CannotRun, exit);
        Assert.Empty(output);
        Assert.StartsWith("Cannot create the folder '" + below + "' for the schemas: ", Assert.Single(Lines(error)), StringComparison.Ordinal);
    }

    [Fact]
    public void SchemaDoesNotWriteThroughALinkThatCameWithTheContent()
    {
        SkipOnWindows();
        var outside = Path.Combine(_folder, "outside.txt");
        File.WriteAllText(outside, "keep me");
        Directory.CreateDirectory(Path.Combine(Content, ".schemas"));
        File.CreateSymbolicLink(Path.Combine(Content, ".schemas", "places.schema.json"), outside);

        var (exit, output, error) = Run("schema", Content);

        Assert.Equal(CliApp.CannotRun, exit);
        Assert.Empty(output);
        Assert.StartsWith("Cannot write '" + Content + "/.schemas/places.schema.json': it is a link to ", Assert.Single(Lines(error)), StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(outside));
        Assert.Single(Directory.GetFileSystemEntries(Path.Combine(Content, ".schemas")));
    }

    [Theory]
    [InlineData("check", "gone.yaml")]
    [InlineData("check", "gone")]
    [InlineData("list", "gone")]
    [InlineData("schema", "gone")]
    public async Task ADanglingLinkGivenAsAnArgumentCannotRun(string command, string name)
    {
        SkipOnWindows();
        var dangling = Path.Combine(_folder, name).Replace('\\', '/');
        var nowhere = Path.Combine(_folder, "nowhere").Replace('\\', '/');
        File.CreateSymbolicLink(dangling, nowhere);

        var (exit, output, error) = await RunWithinLimit(command, dangling);

        Assert.Equal(CliApp.CannotRun, exit);
        Assert.Empty(output);
        Assert.Equal(["'" + dangling + "' is a link to '" + nowhere + "', which does not exist."], Lines(error));
    }

    [Fact]
    public void SchemaToADanglingLinkCannotRun()
    {
        SkipOnWindows();
        var dangling = Path.Combine(_folder, "schemas").Replace('\\', '/');
        Directory.CreateSymbolicLink(dangling, Path.Combine(_folder, "nowhere"));

        var (exit, output, error) = Run("schema", Content, "-o", dangling);

        Assert.Equal(CliApp.CannotRun, exit);
        Assert.Empty(output);
        Assert.StartsWith("Cannot write the schemas to '" + dangling + "': it is a link to ", Assert.Single(Lines(error)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALoopOfFileLinksCannotRun()
    {
        SkipOnWindows();
        File.CreateSymbolicLink(Path.Combine(Content, "a.yaml"), "b.yaml");
        File.CreateSymbolicLink(Path.Combine(Content, "b.yaml"), "a.yaml");

        var (exit, output, error) = await RunWithinLimit("check", Content);

        Assert.Equal(CliApp.CannotRun, exit);
        Assert.Empty(output);
        Assert.Equal(["'" + Content + "/a.yaml' is a link to 'b.yaml', which is a loop of links."], Lines(error));
    }

    [Fact]
    public async Task AFileReachedOnlyThroughALinkIsNotCheckedSilently()
    {
        SkipOnWindows();
        Directory.CreateDirectory(Path.Combine(_folder, "europe"));
        File.WriteAllText(Path.Combine(_folder, "europe", "cities.yaml"), "places:\n  - id: gdansk\n    name: Gdansk\n    kind: city\n");
        Directory.CreateSymbolicLink(Path.Combine(Content, "europe"), "../europe");

        var (exit, output, error) = await RunWithinLimit("check", Content + "/europe/cities.yaml");

        Assert.Equal(CliApp.CannotRun, exit);
        Assert.Empty(output);
        var line = Assert.Single(Lines(error), line => !line.StartsWith("warning: ", StringComparison.Ordinal));
        Assert.Contains("europe/cities.yaml' is not content of '", line, StringComparison.Ordinal);
        Assert.Contains("links are not followed", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("list")]
    [InlineData("schema")]
    public void APathWithACharacterNoPathCanHaveCannotRun(string command)
    {
        var (exit, output, error) = Run(command, Content + "/pla\0ces.yaml");

        Assert.Equal(CliApp.CannotRun, exit);
        Assert.Empty(output);
        Assert.Equal(["'" + Content + "/pla\\u0000ces.yaml' is not a valid path: it holds a character no path can have."], Lines(error));
    }

    [Fact]
    public void SchemaToAPathWithACharacterNoPathCanHaveCannotRun()
    {
        var (exit, output, error) = Run("schema", Content, "-o", Content + "/sche\0mas");

        Assert.Equal(CliApp.CannotRun, exit);
        Assert.Empty(output);
        Assert.Equal(["Cannot write the schemas to '" + Content + "/sche\\u0000mas': it is not a valid path."], Lines(error));
    }

    /// <summary>
    /// The tests run as root, which reads every file whatever its permissions; a name longer than the file
    /// system allows is a path the system refuses to look at all the same.
    /// </summary>
    [Fact]
    public void APathTheSystemRefusesCannotRun()
    {
        SkipOnWindows();
        var tooLong = Content + "/" + new string('a', 300) + ".yaml";

        var (exit, output, error) = Run("check", tooLong);

        Assert.Equal(CliApp.CannotRun, exit);
        Assert.Empty(output);
        Assert.StartsWith("Cannot read '" + tooLong + "': ", Assert.Single(Lines(error)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("bogus")]
    [InlineData("schema", "--output")]
    public void AMistypedCommandCannotRun(params string[] arguments)
    {
        var (exit, output, error) = Run(arguments);

        Assert.Equal(CliApp.CannotRun, exit);
        Assert.Empty(output);
        Assert.EndsWith(" See 'factbook --help'.", Assert.Single(Lines(error)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PathsStayAsTheUserWroteThemRelative()
    {
        SkipOnWindows();
        Directory.CreateSymbolicLink(Path.Combine(Content, "self"), ".");
        File.WriteAllText(Path.Combine(Content, "places.yaml"), "places:\n  - id: moscow\n    name: Moscow\n    kind: town\n");
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), Content).Replace('\\', '/');
        Assert.False(Path.IsPathRooted(relative));

        var (exit, output, error) = await RunWithinLimit("check", relative);

        Assert.Equal(CliApp.ContentErrors, exit);
        Assert.StartsWith(relative + "/places.yaml(4,11): error FB0028: ", Lines(output)[0], StringComparison.Ordinal);
        Assert.Equal(["warning: skipped the link '" + relative + "/self' (links are not followed)"], Lines(error));
    }

    private static void SkipOnWindows()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Symbolic links need privileges on Windows, and named pipes are not files there.");
        }
    }

    private static void MakeNamedPipe(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private static string[] Lines(string text) =>
        text.Length == 0 ? [] : text.TrimEnd().Split('\n').Select(line => line.TrimEnd('\r')).ToArray();

    /// <summary>A command that could hang (a loop of links, a pipe) fails the test with a TimeoutException after the limit instead.</summary>
    private static Task<(int Exit, string Output, string Error)> RunWithinLimit(params string[] arguments)
    {
        var cancel = TestContext.Current.CancellationToken;
        return Task.Run(() => Run(arguments), cancel).WaitAsync(Limit, cancel);
    }

    private static (int Exit, string Output, string Error) Run(params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(arguments, output, error);
        return (exit, output.ToString(), ProjectNote.Without(error.ToString()));
    }
}
