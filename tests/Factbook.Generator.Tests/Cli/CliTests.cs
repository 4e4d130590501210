using System.IO;
using System.Text.Json;
using Factbook.Cli;

namespace Factbook.Generator.Tests.Cli;

/// <summary>The factbook command on good and broken content: its output and exit codes.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "factbook-cli-" + Guid.NewGuid().ToString("N"));

    public CliTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "content"));
        File.WriteAllText(Path.Combine(_folder, "content", "places.schema.yaml"), TestContent.PlaceSchema);
        File.WriteAllText(Path.Combine(_folder, "content", "places.yaml"), "places:\n  - id: russia\n    name: Russia\n    kind: country\n  - id: moscow\n    name: Moscow\n    kind: city\n    part_of: russia\n");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void CheckPassesTheRealContent()
    {
        var (exit, output, _) = Run("check", RepositoryPaths.Content);

        Assert.Equal(CliApp.Success, exit);
        Assert.Equal(
            [
                "content/article.yaml(10,11): warning FB0045: Quotes and excerpts were not checked word for word (47): Article 'russia-moves-kaliningrad-air-defences' names 'source-article.txt', which is not among the project's AdditionalFiles; add it there (or give it to 'factbook check --text') to check them",
                "95 entries in 11 collections: 0 errors, 1 warning",
            ],
            Lines(output).Select(line => line.Replace(RepositoryPaths.Root().Replace('\\', '/') + "/", string.Empty, StringComparison.Ordinal)));
    }

    [Fact]
    public void CheckTakesTheTextQuotesAreCheckedAgainst()
    {
        File.WriteAllText(Path.Combine(_folder, "content", "notes.schema.yaml"), "types:\n  Report:\n    fields:\n      text: file\n  Note:\n    fields:\n      report: Report\n      words: { type: string, verbatim_in: report }\n");
        File.WriteAllText(Path.Combine(_folder, "content", "notes.yaml"), "reports:\n  - id: harbour\n    text: harbour.txt\nnotes:\n  - id: pier\n    report: harbour\n    words: the pier reopens in May\n");
        var text = Path.Combine(_folder, "harbour.txt");
        File.WriteAllText(text, "Officials said\nthe pier reopens in   May.");

        var (passed, passedOutput, _) = Run("check", Path.Combine(_folder, "content"), "--text", text);
        File.WriteAllText(text, "Officials said the pier reopens in June.");
        var (failed, failedOutput, _) = Run("check", Path.Combine(_folder, "content"), "--text", text);
        var (notChecked, notCheckedOutput, _) = Run("check", Path.Combine(_folder, "content"));

        Assert.Equal((CliApp.Success, "4 entries in 3 collections: 0 errors, 0 warnings"), (passed, passedOutput.Trim()));
        Assert.Equal(CliApp.ContentErrors, failed);
        Assert.Contains("notes.yaml(7,12): error FB0044: 'the pier reopens in May' in the field 'words' is not word for word in the text of Report 'harbour' (harbour.txt); after 'the pier reopens in ' the text goes on 'June.' and the quote 'May'", failedOutput, StringComparison.Ordinal);
        Assert.Equal(CliApp.Success, notChecked);
        Assert.Contains("notes.yaml(3,11): warning FB0045: Quotes and excerpts were not checked word for word (1)", notCheckedOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckPrintsTheGeneratorsDiagnosticsInTheCompilersFormAndFails()
    {
        File.WriteAllText(Path.Combine(_folder, "content", "places.yaml"), "places:\n  - id: moscow\n    name: Moscow\n    kind: town\n    part_of: rusia\n");
        var content = Path.Combine(_folder, "content").Replace('\\', '/');

        var (exit, output, _) = Run("check", content);

        Assert.Equal(CliApp.ContentErrors, exit);
        Assert.Equal(
            [
                content + "/places.yaml(4,11): error FB0028: 'town' is not an allowed value of 'kind'; allowed values are country, city; until it is fixed, the Place entry 'moscow' is left out of All, Count and Get, with the entries that refer to it",
                content + "/places.yaml(5,14): error FB0029: The field 'part_of' refers to Place 'rusia', which does not exist; until it is fixed, the Place entry 'moscow' is left out of All, Count and Get, with the entries that refer to it",
                "0 entries in 1 collection: 2 errors, 0 warnings",
            ],
            Lines(output));
    }

    [Fact]
    public void ANamedFilesErrorIsNeverLeftOutForTheProblemsOfOtherFiles()
    {
        var content = Path.Combine(_folder, "content");
        for (var f = 0; f < 26; f++)
        {
            File.WriteAllText(Path.Combine(content, $"a{f:D2}.yaml"), "places:\n" + string.Concat(Enumerable.Range(0, 210).Select(i => $"  - id: a{f}-x{i}\n    name: A\n    kind: town\n")));
        }

        File.WriteAllText(Path.Combine(content, "z.yaml"), "places:\n  - id: z\n    name: Z\n    kind: village\n");

        var (exit, output, _) = Run("check", Path.Combine(content, "z.yaml"));

        Assert.Equal(CliApp.ContentErrors, exit);
        Assert.Contains("z.yaml(4,11): error FB0028", output, StringComparison.Ordinal);
        Assert.EndsWith("1 file: 1 error, 0 warnings", output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheProjectsLimitsAreTakenAsPropertiesAsTheBuildTakesThem()
    {
        File.WriteAllText(Path.Combine(_folder, "content", "places.yaml"), "places:\n  - id: long\n    name: " + new string('x', 1_200_000) + "\n    kind: city\n");
        var content = Path.Combine(_folder, "content");

        var (defaultExit, defaultOutput, _) = Run("check", content);
        var (raisedExit, raisedOutput, _) = Run("check", content, "-p", "FactbookMaxScalarChars=2000000");
        var (badExit, badOutput, _) = Run("check", content, "-p", "FactbookMaxDepth=deep");

        Assert.Equal(CliApp.ContentErrors, defaultExit);
        Assert.Contains("error FB0007", defaultOutput, StringComparison.Ordinal);
        Assert.Equal(CliApp.Success, raisedExit);
        Assert.Equal("1 entry in 1 collection: 0 errors, 0 warnings", raisedOutput.Trim());
        Assert.Equal(CliApp.ContentErrors, badExit);
        Assert.StartsWith("error FB0033: The MSBuild property FactbookMaxDepth must be a whole number from 1 to 256, not 'deep'; using 64", badOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void SchemaWritesOneJsonSchemaPerCollectionAndOneForAll()
    {
        var target = Path.Combine(_folder, "schemas");

        var (exit, output, _) = Run("schema", Path.Combine(_folder, "content"), "-o", target);

        Assert.Equal(CliApp.Success, exit);
        Assert.Equal(["content.schema.json", "places.schema.json", "schema-language.schema.json"], Directory.GetFiles(target).Select(Path.GetFileName).OrderBy(name => name));
        Assert.Equal(3, output.Trim().Split('\n').Count(line => line.StartsWith("wrote ", StringComparison.Ordinal)));
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(target, "places.schema.json")));
        var partOf = schema.RootElement.GetProperty("$defs").GetProperty("Place").GetProperty("properties").GetProperty("part_of");
        Assert.Contains("\"moscow\"", partOf.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void SchemaWritesByDefaultWhereTheReadmesHeaderLinesPoint()
    {
        var content = Path.Combine(_folder, "content");
        var headers = File.ReadAllLines(Path.Combine(RepositoryPaths.Root(), "docs", "checker-and-editors.md"))
            .Where(line => line.StartsWith("# yaml-language-server: $schema=", StringComparison.Ordinal))
            .Select(line => line["# yaml-language-server: $schema=".Length..].Trim())
            .ToList();

        var (exit, _, _) = Run("schema", content);

        Assert.Equal(CliApp.Success, exit);
        Assert.Equal([".schemas/places.schema.json", ".schemas/schema-language.schema.json"], headers.Order(StringComparer.Ordinal));
        Assert.All(headers, header => Assert.True(File.Exists(Path.Combine(content, header)), header));
    }

    [Theory]
    [InlineData("static-site", "7 entries in 2 collections: 0 errors, 0 warnings")]
    [InlineData("languages", "6 entries in 1 collection: 0 errors, 0 warnings")]
    [InlineData("advisories", "5 entries in 2 collections: 0 errors, 0 warnings")]
    [InlineData("landscape", "14 entries in 3 collections: 0 errors, 0 warnings")]
    [InlineData("osv", "4 entries in 1 collection: 0 errors, 0 warnings")]
    [InlineData("workflows/content", "2 entries in 1 collection: 0 errors, 0 warnings")] // files beside the folder, named by '../' patterns
    [InlineData("jekyll-data/content", "4 entries in 1 collection: 0 errors, 0 warnings")]
    public void CheckReadsExistingYamlInEveryShape(string fixture, string summary)
    {
        var (exit, output, _) = Run("check", Path.Combine(RepositoryPaths.Root(), "tests", "fixtures", "existing-yaml", fixture));

        Assert.Equal(CliApp.Success, exit);
        Assert.Equal(summary, output.Trim());
    }

    /// <summary>Given a content folder, the checker reads the files its schema names beside it, and only what the pattern can match.</summary>
    [Fact]
    public void CheckingAContentFolderReadsWhatItsPatternsNameBesideItAndNothingElse()
    {
        var content = Path.Combine(_folder, "site", "content");
        var data = Path.Combine(_folder, "site", "data");
        Directory.CreateDirectory(content);
        Directory.CreateDirectory(Path.Combine(data, "sub"));
        File.WriteAllText(Path.Combine(content, "site.schema.yaml"), "types:\n  Author:\n    files: \"../data/*.yml\"\n    layout: map\n    fields: { name: string }\n");
        File.WriteAllText(Path.Combine(data, "authors.yml"), "parkr: { name: Parker }\nashmaroli: { name: [Ashwin] }\n");
        File.WriteAllText(Path.Combine(data, "sub", "other.yml"), "not: [read\n"); // below the pattern's one folder
        File.CreateSymbolicLink(Path.Combine(data, "sub", "broken.yml"), Path.Combine(_folder, "nowhere.yml"));

        var (exit, output, _) = Run("check", content);

        Assert.Equal(CliApp.ContentErrors, exit);
        Assert.Equal(["error FB0030", "1 entry in 1 collection: 1 error, 0 warnings"], output.Trim().Split('\n').Select(line => line.Contains(": error ", StringComparison.Ordinal) ? line.Substring(line.IndexOf("error FB", StringComparison.Ordinal), 12) : line.Trim()));
        Assert.Contains("data/authors.yml(2,20)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckingOneRecordFileFindsItsSchemaFoldersAboveAndReportsAtItsLine()
    {
        var advisories = Path.Combine(_folder, "advisories");
        var gems = Path.Combine(advisories, "gems", "rack");
        Directory.CreateDirectory(gems);
        File.WriteAllText(Path.Combine(advisories, "advisories.schema.yaml"), "types:\n  Advisory:\n    files: \"gems/**/*.yml\"\n    layout: record\n    fields:\n      gem: string\n      date: date\n");
        File.WriteAllText(Path.Combine(gems, "CVE-2024-1.yml"), "---\ngem: rack\ndate: 2024-02-30\n");
        var file = Path.Combine(gems, "CVE-2024-1.yml").Replace('\\', '/');

        var (exit, output, _) = Run("check", file);

        Assert.Equal(CliApp.ContentErrors, exit);
        Assert.StartsWith(file + "(3,7): error FB0027: The field 'date' expects ", Lines(output)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void ListPrintsCollectionsAndCounts()
    {
        var (exit, output, _) = Run("list", Path.Combine(_folder, "content"));

        Assert.Equal(CliApp.Success, exit);
        Assert.Equal("places (Place): 2", output.Trim());
    }

    [Fact]
    public void ListCountsRetiredEntriesApartAsTheGeneratedCountDoes()
    {
        var (exit, output, _) = Run("list", RepositoryPaths.Content);

        var lines = Lines(output);
        Assert.Equal(CliApp.Success, exit);
        Assert.Contains("places (Place): 13 (+1 retired)", lines);
        Assert.Contains("claims (Claim): 30", lines);
    }

    [Fact]
    public void CheckingAFileReportsItsProblemsOnly()
    {
        var content = Path.Combine(_folder, "content").Replace('\\', '/');
        File.WriteAllText(Path.Combine(content, "cities.yaml"), "places:\n  - id: kaliningrad\n    name: Kaliningrad\n    kind: town\n");
        File.WriteAllText(Path.Combine(content, "towns.yaml"), "places:\n  - id: sopot\n    name: Sopot\n    kind: village\n");

        var (exit, output, _) = Run("check", content + "/cities.yaml");

        Assert.Equal(CliApp.ContentErrors, exit);
        Assert.Equal(
            [
                content + "/cities.yaml(4,11): error FB0028: 'town' is not an allowed value of 'kind'; allowed values are country, city; until it is fixed, the Place entry 'kaliningrad' is left out of All, Count and Get, with the entries that refer to it",
                "1 file: 1 error, 0 warnings",
            ],
            Lines(output));
    }

    [Fact]
    public void AFileIsCheckedWithTheOtherFilesOfItsContentFolderSoItsReferencesResolve()
    {
        var content = Path.Combine(_folder, "content");
        Directory.CreateDirectory(Path.Combine(content, "more"));
        File.WriteAllText(Path.Combine(content, "more", "cities.yaml"), "places:\n  - id: kaliningrad\n    name: Kaliningrad\n    kind: city\n    part_of: russia\n");
        File.WriteAllText(Path.Combine(content, "towns.yaml"), "places:\n  - id: sopot\n    name: Sopot\n    kind: village\n");

        var (exit, output, _) = Run("check", Path.Combine(content, "more", "cities.yaml"));

        Assert.Equal(CliApp.Success, exit);
        Assert.Equal(["1 file: 0 errors, 0 warnings"], Lines(output));
    }

    [Fact]
    public void SchemaProblemsAreReportedWithANamedFileAsTheyConcernEveryFile()
    {
        var content = Path.Combine(_folder, "content").Replace('\\', '/');
        File.WriteAllText(Path.Combine(content, "more.schema.yaml"), "types:\n  Person:\n    fields:\n      name: strin\n");

        var (exit, output, _) = Run("check", content + "/places.yaml");

        Assert.Equal(CliApp.ContentErrors, exit);
        Assert.StartsWith(content + "/more.schema.yaml(4,13): error FB0012: ", Lines(output)[0], StringComparison.Ordinal);
        Assert.Equal("1 file: 1 error, 0 warnings", Lines(output)[^1]);
    }

    [Fact]
    public void CheckTakesFilesAndFoldersTogether()
    {
        var content = Path.Combine(_folder, "content").Replace('\\', '/');
        var other = Path.Combine(_folder, "other").Replace('\\', '/');
        Directory.CreateDirectory(other);
        File.WriteAllText(Path.Combine(other, "places.schema.yaml"), TestContent.PlaceSchema);
        File.WriteAllText(Path.Combine(other, "places.yaml"), "places:\n  - id: gdansk\n    name: Gdansk\n    kind: port\n  - id: poland\n    name: Poland\n    kind: country\n");
        File.WriteAllText(Path.Combine(content, "cities.yaml"), "places:\n  - id: kaliningrad\n    name: Kaliningrad\n    kind: city\n    part_of: rusia\n");

        var (exit, output, _) = Run("check", content + "/cities.yaml", other);

        Assert.Equal(CliApp.ContentErrors, exit);
        Assert.Equal(
            [
                content + "/cities.yaml(5,14): error FB0029: The field 'part_of' refers to Place 'rusia', which does not exist (did you mean 'russia'?); until it is fixed, the Place entry 'kaliningrad' is left out of All, Count and Get, with the entries that refer to it",
                other + "/places.yaml(4,11): error FB0028: 'port' is not an allowed value of 'kind'; allowed values are country, city; until it is fixed, the Place entry 'gdansk' is left out of All, Count and Get, with the entries that refer to it",
                "1 entry in 1 collection and 1 file: 2 errors, 0 warnings",
            ],
            Lines(output));
    }

    [Theory]
    [InlineData("check")]
    [InlineData("list")]
    [InlineData("schema")]
    public void AFolderWithoutYamlCannotRun(string command)
    {
        var empty = Path.Combine(_folder, "empty");
        Directory.CreateDirectory(empty);
        File.WriteAllText(Path.Combine(empty, "notes.txt"), "no content here");

        var (exit, output, error) = Run(command, empty);

        Assert.Equal(CliApp.CannotRun, exit);
        Assert.DoesNotContain("0 errors", output, StringComparison.Ordinal);
        Assert.Contains("No YAML files", error, StringComparison.Ordinal);
        Assert.Contains(empty, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("check", "--help")]
    [InlineData("schema", "--help")]
    [InlineData("list", "--help")]
    public void EveryCommandHasHelp(params string[] arguments)
    {
        var (exit, output, _) = Run(arguments);

        Assert.Equal(CliApp.Success, exit);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check", "No file or folder")]
    [InlineData("list", "No folder")]
    [InlineData("schema", "No folder")]
    public void AMissingPathCannotRun(string command, string message)
    {
        var nowhere = Path.Combine(_folder, "nowhere");

        var (exit, _, error) = Run(command, nowhere);

        Assert.Equal(CliApp.CannotRun, exit);
        Assert.Contains(message + " '" + nowhere + "'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckSaysWhichOfSeveralPathsIsMissing()
    {
        var nowhere = Path.Combine(_folder, "nowhere.yaml");

        var (exit, output, error) = Run("check", Path.Combine(_folder, "content"), nowhere);

        Assert.Equal(CliApp.CannotRun, exit);
        Assert.Empty(output);
        Assert.Contains("'" + nowhere + "'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileThatCannotBeReadCannotRun()
    {
        var dangling = Path.Combine(_folder, "content", "gone.yaml");
        File.CreateSymbolicLink(dangling, Path.Combine(_folder, "nowhere.yaml"));

        var (exit, output, error) = Run("check", Path.Combine(_folder, "content"));

        Assert.Equal(CliApp.CannotRun, exit);
        Assert.Empty(output);
        Assert.Contains(dangling, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check", "is not a YAML file")]
    [InlineData("list", "is a file")]
    public void AFileThatIsNotContentCannotRun(string command, string message)
    {
        var notes = Path.Combine(_folder, "content", "notes.txt");
        File.WriteAllText(notes, "not content");

        var (exit, _, error) = Run(command, notes);

        Assert.Equal(CliApp.CannotRun, exit);
        Assert.Contains("'" + notes + "' " + message, error, StringComparison.Ordinal);
    }

    private static string[] Lines(string output) => output.Trim().Split('\n').Select(line => line.TrimEnd('\r')).ToArray();

    private static (int Exit, string Output, string Error) Run(params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(arguments, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
